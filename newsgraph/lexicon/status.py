"""Words that say a claim's status: general English, shared by the stages that read and say claims.

The nlp stage reads a claim's status from these words ("wants to" → desired,
"may" → possible, "refused to" → negated); the query stage, saying a claim
again, needs the same words to know when a predicate already says its status
("declined to comment" is never "did not declined to comment"). Both import
them from here, so neither reaches into the other's internals.
"""

from __future__ import annotations

#: Verbs, nouns and adjectives whose complement is wanted, not done.
DESIRE = frozenset({
    "want", "hope", "wish", "desire", "aim", "long", "yearn", "crave", "seek", "aspire",
    "eager", "keen", "anxious", "desperate", "interest", "interested", "dream", "ambition",
    "goal", "willing", "willingness", "like", "love", "prefer", "aspiration",
})

#: Words whose complement is scheduled or intended.
PLAN = frozenset({
    "plan", "intend", "intention", "schedule", "scheduled", "expect", "expected", "set",
    "prepare", "prepared", "poised", "due", "going", "decide", "decision", "agree", "promise",
    "pledge", "vow", "commit", "propose", "proposal", "arrange", "target", "mean", "resolve",
    "determined", "ready", "initiative", "attempt", "try", "bid", "effort", "offer",
    "threaten", "vote", "move", "announce", "consider", "mull", "weigh", "look", "negotiate",
})

#: Words whose complement is asked for.
REQUEST = frozenset({
    "ask", "request", "call", "urge", "demand", "petition", "appeal", "invite", "invitation",
    "plead", "beg", "implore", "press", "push", "lobby", "order", "instruct", "require",
    "need", "recommend", "advise", "encourage",
})

#: Words that make their complement only possible.
POSSIBLE = frozenset({
    "possibility", "possible", "possibly", "potential", "potentially", "chance", "idea",
    "prospect", "option", "likely", "unlikely", "probably", "perhaps", "maybe", "reportedly",
    "allegedly", "apparently", "supposedly", "open", "receptive", "rumor", "rumour",
    "speculation", "could", "might", "may", "seem", "appear", "suspect", "consider",
})

#: Modal auxiliaries → status of the verb they govern.
MODAL_STATUS = {
    "will": "planned", "shall": "planned", "'ll": "planned", "wo": "planned",
    "would": "planned", "'d": "planned",
    "may": "possible", "might": "possible", "could": "possible", "can": "possible", "ca": "possible",
    "should": "requested", "must": "requested", "ought": "requested",
}

#: Adverbs that hedge the clause they modify.
HEDGE_ADVERBS = frozenset({
    "reportedly", "allegedly", "possibly", "perhaps", "maybe", "probably", "likely",
    "apparently", "supposedly", "potentially", "purportedly", "seemingly", "presumably",
})

#: Verbs of failing: their subject (or complement) did not come about.
FAIL_VERBS = frozenset({
    "fail", "collapse", "cancel", "scrap", "abandon", "derail", "thwart", "foil", "founder",
    "falter", "stall", "sink", "block", "halt", "reject", "veto",
})

#: Phrasal failures: verb lemma → particle.
FAIL_PHRASAL = {"fall": "through", "call": "off", "break": "down"}

#: Verbs that negate their complement ("denied meeting", "refused to sign").
NEGATING_VERBS = frozenset({"deny", "refuse", "decline", "reject", "avoid", "stop", "cease", "quit", "disavow",
                            "renounce", "forswear"})

#: Adjectives and nouns that negate their complement ("unwilling to comment", "his refusal to sign"): a
#: predicate holding one says its negation itself ("are unwilling to make", never "are not unwilling to make").
NEGATING_WORDS = frozenset({"unable", "unwilling", "refusal", "inability"})

#: Predictions: what someone expects or forecasts may come about; it is not their plan.
PREDICT_VERBS = frozenset({"expect", "forecast", "predict", "anticipate", "envision", "envisage", "project"})
