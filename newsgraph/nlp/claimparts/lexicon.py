"""Word lists the claim reader works from: general English, never names.

Every list is a frozenset of lemmas (lower case), built once at import, so a
membership test in the hot path is one hash lookup. The lists say *kinds* of
words (verbs of saying, of wanting, of failing; nouns that name events), which
is what lets the claim rules hold for any article rather than one.
"""

from __future__ import annotations

# the status words and the verbs of saying are shared with the query stage: they live in newsgraph.lexicon
from ...lexicon import SPEECH_VERBS  # noqa: F401 (re-exported as ``lx.SPEECH_VERBS``)
from ...lexicon.status import (  # noqa: F401 (re-exported: the claim reader reads every list as ``lx.NAME``)
    DESIRE,
    FAIL_PHRASAL,
    FAIL_VERBS,
    HEDGE_ADVERBS,
    MODAL_STATUS,
    NEGATING_VERBS,
    NEGATING_WORDS,
    PLAN,
    POSSIBLE,
    PREDICT_VERBS,
    REQUEST,
)

# --- statuses -----------------------------------------------------------------

#: Nouns whose determiner "no"/"absence of" negates the event they name.
ABSENCE_NOUNS = frozenset({"absence", "lack", "dearth", "shortage"})

#: Negation words (dependency label ``neg`` covers most; these catch the rest).
NEGATIONS = frozenset({"not", "n't", "never", "no", "nor", "neither"})

#: Verbs saying an event did (or did not) come about: their subject names the event.
OCCUR_VERBS = frozenset({
    "happen", "occur", "materialize", "materialise", "transpire", "proceed", "succeed",
    "take", "go", "come", "unfold", "start", "begin", "end", "conclude", "collapse", "fail",
    "fall", "stall", "resume",
})

#: Nouns naming plans whose failure settles the plans of the same sentence.
PLAN_NOUNS = frozenset({
    "plan", "intention", "deal", "bid", "attempt", "effort", "hope", "talk", "negotiation",
    "proposal", "agreement", "arrangement", "scheme", "idea", "project", "offer",
})

# --- predicates ---------------------------------------------------------------

# SPEECH_VERBS (verbs of saying) is shared with the query stage: it lives in newsgraph.lexicon

#: Verbs of thinking and deciding whose "that"-clause is what they are about: "she hoped
#: [the trip would go well]" — without it the claim says only "she hoped".
THOUGHT_VERBS = frozenset({
    "hope", "decide", "fear", "wish", "expect", "worry", "doubt", "feel", "realize", "realise",
    "suspect", "understand", "conclude", "assume", "guess", "imagine", "recognize", "recognise",
    "reckon", "figure", "discover", "determine", "notice", "sense", "suppose", "trust", "bet",
    "see", "prefer", "want", "dream", "forget", "remember", "regret", "ensure",
    "forecast", "anticipate", "envision", "envisage",
})

#: Speech verbs that name who spoke as the *source* (a subset that reads as "X says").
ATTRIBUTION_VERBS = frozenset({
    "say", "tell", "reveal", "report", "suggest", "indicate", "claim", "state", "announce",
    "emphasize", "emphasise", "stress", "clarify", "explain", "add", "note", "insist", "argue",
    "allege", "confirm", "write", "tweet", "post", "propose", "admit", "warn", "predict",
    "assert", "declare", "maintain", "acknowledge", "disclose", "testify", "comment",
    "reply", "respond", "recall", "observe", "remark", "contend", "speculate", "estimate",
    "hint", "concede", "caution", "believe", "think", "accuse", "deny", "insinuate",
    "answer", "counter", "retort", "recount",
    # what a person assumes, fears or concludes is theirs to answer for, not the outlet's ("planners
    # assumed that the bridge would be the easy part", "'… could be high,' worries a former adviser")
    "assume", "worry", "fear", "suspect", "conclude",
})

#: Prepositional attributions: "according to X", "as per X", "per X".
ATTRIBUTION_PREPS = frozenset({"according", "per"})

#: Verbs that take an object-controlled complement ("thank X for V-ing", "ask X to V").
OBJECT_CONTROL = frozenset({
    "ask", "urge", "tell", "order", "force", "allow", "permit", "persuade", "invite",
    "encourage", "require", "help", "thank", "praise", "blame", "accuse", "criticize",
    "criticise", "congratulate", "fine", "charge", "sue", "punish", "convince", "enable",
    "instruct", "advise", "pressure", "push", "lead", "cause", "get", "want", "expect",
    "need", "prevent", "stop", "ban", "bar", "forbid", "commission", "hire", "appoint",
    "name", "elect", "select", "choose", "pick", "recruit", "credit", "reward", "arrest",
})

#: Light verbs whose noun complement carries the event ("took the initiative to", "made a decision to").
LIGHT_VERBS = frozenset({"take", "make", "have", "give", "express", "show", "voice", "announce",
                         "unveil", "reveal", "state", "declare", "signal", "indicate", "play",
                         "launch", "begin", "start", "lodge", "file", "submit", "issue",
                         "extend", "pursue", "outline", "confirm", "reiterate", "share"})

#: Nouns that pass their complement's status on ("desire to meet", "interest in producing").
CUE_NOUNS = frozenset({
    "desire", "wish", "hope", "intention", "intent", "plan", "interest", "willingness",
    "readiness", "eagerness", "request", "call", "demand", "bid", "attempt", "effort",
    "decision", "initiative", "ambition", "aim", "goal", "idea", "possibility", "prospect",
    "chance", "option", "commitment", "promise", "pledge", "proposal", "offer", "threat",
    "invitation", "opportunity", "right", "permission", "order", "need", "refusal",
    "failure", "inability", "ability", "step", "move", "way", "time", "role",
})

#: Adjectives that pass their complement's status on ("eager to", "open to the possibility of").
CUE_ADJECTIVES = frozenset({
    "able", "unable", "eager", "keen", "willing", "unwilling", "ready", "set", "likely",
    "unlikely", "open", "receptive", "committed", "determined", "due", "poised", "prepared",
    "expected", "scheduled", "supposed", "about", "sure", "certain", "bound", "free",
    "interested", "anxious", "desperate", "reluctant", "hesitant", "happy", "glad", "proud",
    "thrilled", "excited", "delighted", "dedicated", "intent",
})

#: Cue adjectives that change the status of their complement (others leave it as it is).
ADJECTIVE_STATUS = {
    "eager": "desired", "keen": "desired", "willing": "desired", "interested": "desired",
    "anxious": "desired", "desperate": "desired", "hopeful": "desired", "intent": "planned",
    "ready": "planned", "set": "planned", "due": "planned", "poised": "planned",
    "prepared": "planned", "expected": "planned", "scheduled": "planned", "supposed": "planned",
    "about": "planned", "determined": "planned", "bound": "planned",
    "likely": "possible", "unlikely": "possible", "open": "possible", "receptive": "possible",
    "unable": "negated", "unwilling": "negated", "reluctant": "possible", "hesitant": "possible",
    "eligible": "possible",
}

#: Adjectives (and participles) of belief, hope and fear whose "that"-clause is what their holder
#: thinks, not what the article states ("is convinced the match was fixed", "is sure that …").
BELIEF_ADJECTIVES = frozenset({
    "sure", "certain", "confident", "convinced", "positive", "adamant", "persuaded", "hopeful", "optimistic",
    "pessimistic", "afraid", "fearful", "worried", "concerned", "suspicious", "skeptical", "sceptical",
    "doubtful", "unsure", "uncertain", "unconvinced",
})

#: Take-to frames: "took to <channel> to <verb>" reads as <verb> on <channel>.
TAKE_TO_VERBS = frozenset({"take", "go", "turn", "head"})

# --- arguments ----------------------------------------------------------------

#: Nouns of media and channels: "on social media", "in an interview", "via Instagram".
CHANNEL_NOUNS = frozenset({
    "media", "medium", "twitter", "instagram", "facebook", "tiktok", "youtube", "x", "threads",
    "snapchat", "reddit", "linkedin", "television", "tv", "radio", "website", "site", "blog",
    "podcast", "interview", "statement", "post", "tweet", "video", "press", "release",
    "letter", "email", "e-mail", "message", "broadcast", "show", "programme", "program",
    "newspaper", "magazine", "column", "op-ed", "conference", "livestream", "stream",
    "platform", "account", "page", "story", "stories", "feed", "channel", "speech", "call",
    "phone", "telephone", "filing", "memo", "note", "documentary",
})

#: Verbs that are acts of communication: "on <entity>" after them names a channel.
COMMUNICATIVE = SPEECH_VERBS | frozenset({
    "thank", "follow", "unfollow", "like", "message", "reply", "retweet", "mention", "tag",
    "share", "publish", "upload", "livestream", "stream", "broadcast", "air", "appear",
    "promote", "advertise", "react", "apologize", "apologise", "greet", "congratulate",
})

#: Prepositions that introduce a reason ("due to", "because of", "thanks to", "owing to").
REASON_HEADS = frozenset({"due", "because", "owing", "thanks"})

#: Subordinators of a reason clause.
REASON_MARKS = frozenset({"because", "since"})

#: Verbs whose "for"-phrase gives a reason ("thank X for", "blame X for").
REASON_FOR_VERBS = frozenset({
    "thank", "praise", "blame", "criticize", "criticise", "apologize", "apologise", "sue",
    "fine", "punish", "arrest", "convict", "charge", "congratulate", "credit", "reward",
    "slam", "condemn", "fire", "honor", "honour", "forgive", "jail", "sentence",
    "indict", "investigate", "attack", "mock", "scold", "celebrate",
})

#: Prepositions of place (their object must be a place to count as one).
PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "from", "to"})

#: Verbs of dwelling: said without where or with whom ("the couple plans to live"), they say another thing.
DWELLING_VERBS = frozenset({"live", "reside", "dwell"})

#: Entity types that are places.
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})

#: Verbs that take a prepositional object ("advocate for X", "meet with X"): verb → prepositions.
PREP_OBJECT_PREPS = frozenset({
    "for", "to", "with", "on", "about", "against", "into", "at", "of", "from", "in", "over",
    "toward", "towards", "upon", "after", "through", "as",
})

#: Verbs that take no "with"-companion but a "with"-object ("meet with", "deal with").
WITH_OBJECT_VERBS = frozenset({
    "meet", "deal", "cope", "collaborate", "cooperate", "partner", "work", "talk", "speak",
    "negotiate", "merge", "communicate", "connect", "side", "agree", "disagree", "clash",
    "compete", "reconcile", "settle", "ally", "team", "unite", "engage", "interact", "argue",
})

#: Verbs that hold a relation between their subject and their object, not an act (→ "ongoing" in present).
STATIVE = frozenset({
    "be", "have", "own", "hold", "know", "believe", "want", "like", "love", "hate", "need",
    "remain", "seem", "appear", "follow", "live", "work", "employ", "lead", "run", "head",
    "control", "represent", "contain", "include", "consist", "mean", "cost", "weigh", "lie",
    "belong", "depend", "exist", "face", "view", "see", "consider", "hope", "wish", "expect",
})

#: Verbs that take an advocacy object: a possessive pronoun under them names someone else
#: ("she campaigned for her release" is, in news, nearly always another woman's release).
ADVOCACY_VERBS = frozenset({
    "advocate", "campaign", "lobby", "fight", "push", "plead", "petition", "call", "press",
    "argue", "rally", "march", "pray", "demand", "seek", "secure", "win", "celebrate",
    "welcome", "oppose", "protest", "appeal",
})

#: Event nouns whose possessor is the patient ("her release" = she was released).
PATIENT_NOUNS = frozenset({
    "release", "arrest", "conviction", "acquittal", "sentencing", "execution", "capture",
    "appointment", "election", "dismissal", "firing", "murder", "killing", "death", "rescue",
    "kidnapping", "abduction", "detention", "imprisonment", "incarceration", "trial",
    "pardon", "parole", "exoneration", "extradition", "deportation", "injury", "nomination",
    "promotion", "hiring", "removal", "ouster", "impeachment", "indictment", "birth",
    "freedom", "treatment", "abuse", "assassination", "eviction", "expulsion", "recall",
    "acquisition", "takeover", "bailout", "sale",
})

#: Relational nouns: "no reciprocation of the following from Z" = Z did not do it back.
RECIPROCAL_NOUNS = frozenset({"reciprocation", "reciprocity", "return", "reciprocal"})

#: Event nouns whose form is also the verb's ("a visit", "the release").
ZERO_EVENT_NOUNS = frozenset({
    "visit", "release", "request", "attack", "call", "offer", "bid", "deal", "cut", "raid",
    "strike", "protest", "vote", "launch", "purchase", "talk", "plan", "crash", "collapse",
    "rise", "fall", "increase", "decrease", "decline", "drop", "jump", "surge", "slump",
    "loss", "sale", "win", "defeat", "return", "review", "probe", "hire", "fire", "claim",
    "move", "change", "merge", "split", "search", "rescue", "escape", "delay", "ban",
    "boycott", "appeal", "debut", "tour", "feud", "fight", "clash", "shift",
    "contact", "exchange", "order", "payment", "report", "test", "trade", "transfer",
    "export", "import", "record", "arrest", "murder", "profit", "recall", "layoff", "stake",
    "comment", "post", "tweet", "interview", "trial", "charge", "deliver",
})

#: Irregular event nouns → their verb.
IRREGULAR_NOUNS = {
    "sale": "sell", "sales": "sell", "loss": "lose", "losses": "lose", "death": "die",
    "growth": "grow", "birth": "bear", "flight": "fly", "choice": "choose", "proof": "prove",
    "belief": "believe", "speech": "speak", "sight": "see", "thought": "think",
    "success": "succeed", "failure": "fail", "departure": "depart", "closure": "close",
    "seizure": "seize", "pressure": "press", "exposure": "expose", "disclosure": "disclose",
    "procedure": "proceed", "recovery": "recover", "delivery": "deliver",
    "discovery": "discover", "inquiry": "inquire", "bankruptcy": "bankrupt", "trial": "try",
    "layoff": "lay", "merger": "merge", "takeover": "take", "bailout": "bail",
    "analysis": "analyze", "agreement": "agree", "involvement": "involve",
    "reciprocation": "reciprocate", "decision": "decide", "collision": "collide",
    "division": "divide", "provision": "provide", "revision": "revise",
    "conclusion": "conclude", "exclusion": "exclude", "inclusion": "include",
    "expansion": "expand", "extension": "extend", "suspension": "suspend",
    "permission": "permit", "admission": "admit", "submission": "submit",
    "omission": "omit", "emission": "emit", "transmission": "transmit",
    "explosion": "explode", "invasion": "invade", "persuasion": "persuade",
    "intention": "intend", "attention": "attend", "retention": "retain",
    "detention": "detain", "prevention": "prevent", "intervention": "intervene",
    "convention": "convene", "acquisition": "acquire", "competition": "compete",
    "opposition": "oppose", "proposition": "propose", "composition": "compose",
    "repetition": "repeat", "addition": "add", "definition": "define",
    "recognition": "recognize", "production": "produce", "reduction": "reduce",
    "introduction": "introduce", "destruction": "destroy", "consumption": "consume",
    "assumption": "assume", "description": "describe", "subscription": "subscribe",
    "resolution": "resolve", "solution": "solve", "revolution": "revolt",
    "execution": "execute", "pursuit": "pursue", "complaint": "complain",
    "response": "respond", "defense": "defend", "defence": "defend", "offense": "offend",
    "pretense": "pretend", "appearance": "appear", "assistance": "assist",
    "resistance": "resist", "acceptance": "accept", "performance": "perform",
    "reliance": "rely", "compliance": "comply", "alliance": "ally", "guidance": "guide",
    "existence": "exist", "reference": "refer", "preference": "prefer",
    "interference": "interfere", "occurrence": "occur", "dependence": "depend",
    "approval": "approve", "arrival": "arrive", "refusal": "refuse", "removal": "remove",
    "denial": "deny", "proposal": "propose", "survival": "survive", "renewal": "renew",
    "withdrawal": "withdraw", "betrayal": "betray", "dismissal": "dismiss", "marriage": "marry", "divorce": "divorce", "engagement": "engage",
    "collaboration": "collaborate", "communication": "communicate", "meeting": "meet",
    "following": "follow", "hearing": "hear", "ruling": "rule", "filing": "file",
    "spending": "spend", "funding": "fund", "shooting": "shoot", "bombing": "bomb",
    "killing": "kill", "wedding": "wed", "recording": "record", "gathering": "gather",
    "investigation": "investigate", "negotiation": "negotiate", "cancellation": "cancel",
    "recommendation": "recommend", "nomination": "nominate", "celebration": "celebrate",
    "connection": "connect", "election": "elect", "selection": "select",
    "protection": "protect", "rejection": "reject", "prediction": "predict",
    "restriction": "restrict", "construction": "construct", "instruction": "instruct",
    "correction": "correct", "collection": "collect", "creation": "create",
    "donation": "donate", "operation": "operate", "cooperation": "cooperate",
    "imprisonment": "imprison", "incarceration": "incarcerate", "conviction": "convict",
    "abduction": "abduct", "exoneration": "exonerate", "deportation": "deport",
    "sentencing": "sentence", "kidnapping": "kidnap", "rescue": "rescue",
    "hiring": "hire", "firing": "fire", "promotion": "promote", "ouster": "oust",
    "impeachment": "impeach", "indictment": "indict", "treatment": "treat",
    "assassination": "assassinate", "eviction": "evict", "expulsion": "expel",
    "freedom": "free", "injury": "injure", "abuse": "abuse", "pardon": "pardon",
    "parole": "parole", "extradition": "extradite", "capture": "capture",
    "appointment": "appoint", "payment": "pay", "announcement": "announce",
    "statement": "state", "settlement": "settle", "investment": "invest",
    "development": "develop", "employment": "employ", "retirement": "retire",
    "replacement": "replace", "requirement": "require", "commitment": "commit",
    "shipment": "ship", "advertisement": "advertise", "endorsement": "endorse",
    "enforcement": "enforce", "improvement": "improve", "management": "manage",
    "movement": "move", "punishment": "punish", "establishment": "establish",
    "acknowledgment": "acknowledge", "achievement": "achieve",
    "manufacture": "manufacture", "purchase": "purchase",
    "closing": "close", "opening": "open", "spinoff": "spin", "buyout": "buy",
    "shutdown": "shut", "breakdown": "break", "cutback": "cut", "setback": "set",
    "comeback": "come", "rollout": "roll", "walkout": "walk", "crackdown": "crack",
    "talks": "talk", "cuts": "cut", "attempt": "attempt", "effort": "strive",
    "recall": "recall", "wish": "wish", "desire": "desire", "hope": "hope",
    "intent": "intend", "plan": "plan", "request": "request", "demand": "demand",
    "reform": "reform", "restructuring": "restructure", "reorganization": "reorganize",
    "relaunch": "relaunch", "release": "release", "visit": "visit", "contact": "contact",
}

#: Class nouns that, with "the", stand for the most recent organization ("the company").
ORG_CLASS_NOUNS = frozenset({
    "company", "firm", "automaker", "carmaker", "manufacturer", "maker", "group", "airline",
    "bank", "corporation", "business", "retailer", "giant", "conglomerate", "network",
    "outlet", "publication", "studio", "label", "agency", "organization", "organisation",
    "team", "club", "party", "union", "board", "court", "government", "administration",
    "ministry", "department", "startup", "supplier", "producer", "brand", "channel",
})

#: Nouns of people in groups that "they" may stand for.
GROUP_NOUNS = frozenset({
    "source", "insider", "critic", "official", "executive", "analyst", "expert", "fan",
    "investor", "worker", "employee", "member", "lawmaker", "senator", "leader", "people",
    "parent", "resident", "activist", "protester", "police", "officer", "researcher",
    "scientist", "doctor", "lawyer", "attorney", "prosecutor", "witness", "reporter",
    "observer", "party", "follower", "supporter", "spokesperson", "representative",
    "family", "friend", "couple", "pair", "duo", "both", "authority", "regulator",
    "shareholder", "bondholder", "creditor", "dealer", "customer", "user", "voter",
})

#: Nouns that name an occasion, an event with no verb of its own ("the summit", "a ceremony"): they can
#: be dated ("the June summit") and date what happens at them ("said at a briefing today").
OCCASION_NOUNS = frozenset({
    "summit", "ceremony", "conference", "election", "referendum", "campaign", "mission", "session",
    "rally", "interview", "hearing", "trial", "debate", "funeral", "wedding", "festival", "concert",
    "tour", "trip", "voyage", "war", "battle", "storm", "earthquake", "flood", "accident", "incident",
    "crisis", "scandal", "embargo", "coup", "quiz", "parade", "vigil", "lunch", "dinner", "banquet",
    "game", "match", "race", "tournament", "premiere", "broadcast", "keynote", "meeting", "briefing",
})

#: What a period brings a company ("a net profit in the third quarter", "Friday's trading volume"): events
#: of the period they are dated by.
PERIOD_RESULT_NOUNS = frozenset({"profit", "earnings", "revenue", "income", "result", "gain", "deficit",
                                 "surplus", "volume", "turnover"})

#: Anaphoric time nouns: "during that exchange" refers to the time of the previous sentence.
ANAPHORIC_TIME_NOUNS = frozenset({
    "exchange", "time", "moment", "period", "conversation", "interview", "post", "meeting",
    "occasion", "event", "day", "night", "week", "month", "year", "session", "call",
    "appearance", "visit", "speech", "statement", "tweet", "message", "episode", "trip",
})

#: Subjects that are expletives, never participants.
EXPLETIVES = frozenset({"there", "it"})

#: First- and second-person pronouns: in a quote they stand for the speaker or the audience.
PERSONAL_PRONOUNS = frozenset({"i", "me", "my", "we", "us", "our", "you", "your"})

#: Quotation marks, opening → closing.
QUOTE_PAIRS = {"\u201c": "\u201d", '"': '"', "\u00ab": "\u00bb", "\u201e": "\u201d", "\u2018": "\u2019"}

#: Words that count or measure a group ("most Americans", "many voters", "all staff"): a share of a
#: group is not the group.
QUANTIFIERS = frozenset({"most", "many", "some", "few", "several", "all", "both", "half", "no", "any", "each",
                         "every", "more", "fewer", "less", "much", "numerous", "countless", "majority"})

#: Markers of an embedded question, kept when the clause is said ("asked whether fees may be seized":
#: without them the question would read as a statement).
QUESTION_MARKS = frozenset({"whether", "if"})

#: Tags of a finite verb (or a modal) that opens a clause's verb group ("will", "has", "said").
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})

#: Dashes as the tokenizer leaves them (an em or en dash, a hyphen, a typed "--"): what opens or closes an aside
#: ("Lee -- the firm's chief -- said") or follows a dateline ("NEW YORK (AP) —").
DASHES = frozenset({"-", "--", "\u2014", "\u2013"})
