"""Word lists more than one stage needs (general English, never names); see ``status``."""
