"""Word lists more than one stage needs (general English, never names); see ``status``."""

#: Verbs (and their nouns) of a change in amount: "sales fell 35%", "a rise of 2%".
AMOUNT_CHANGES = frozenset({"rise", "fall", "drop", "decline", "increase", "decrease", "climb", "grow", "jump", "slip",
                            "plunge", "soar", "slide", "gain", "shrink", "dip", "tumble", "surge", "sink", "swell"})
