"""Word lists more than one stage needs (general English, never names); see ``status``."""

#: Verbs (and their nouns) of a change in amount: "sales fell 35%", "a rise of 2%".
AMOUNT_CHANGES = frozenset({"rise", "fall", "drop", "decline", "increase", "decrease", "climb", "grow", "jump", "slip",
                            "plunge", "soar", "slide", "gain", "shrink", "dip", "tumble", "surge", "sink", "swell"})

#: Verbs of saying/reporting: their subject is the source of their complement (the query stage: the
#: subject of "said" is the speaker, not a noun of the event it reports).
SPEECH_VERBS = frozenset({
    "say", "tell", "reveal", "report", "suggest", "indicate", "claim", "state", "announce",
    "emphasize", "emphasise", "stress", "clarify", "explain", "add", "note", "insist", "argue",
    "accuse", "allege", "confirm", "deny", "write", "tweet", "post", "propose", "admit",
    "warn", "predict", "believe", "think", "assert", "declare", "maintain", "mention",
    "acknowledge", "disclose", "testify", "comment", "reply", "respond", "answer", "recall",
    "observe", "remark", "contend", "speculate", "estimate", "hint", "signal", "point",
    "concede", "caution", "ask", "quip", "joke", "boast", "complain", "lament", "vow",
    "promise", "pledge", "assure", "inform", "notify", "share", "express", "describe",
    "characterize", "call", "brand", "dub", "label", "praise", "criticize", "criticise",
    "blame", "slam", "condemn", "agree", "know", "learn", "hear", "show", "find",
})
