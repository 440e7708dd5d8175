"""The regular expressions that find time expressions in text.

Each pattern is compiled once, at import, and run over the whole article text
(no per-token work). A pattern names its parts with groups that the readers in
``normalize`` turn into a TIMEX3 value; the optional group ``x`` marks the
expression inside a longer match (context that must be there but is not part
of the expression). Month and weekday names are matched case-insensitively
here and checked for a capital in ``normalize`` ("may", "march" are words too).
"""

from __future__ import annotations

import re

from .lexicon import (
    DAY_PART,
    EASTER_HOLIDAYS,
    FIXED_HOLIDAYS,
    MONTH,
    NUMBER,
    ORDINAL,
    SEASON,
    VAGUE,
    WEEKDAY,
    WEEKDAY_HOLIDAYS,
    ZONE,
    alternation,
)

FLAGS = re.IGNORECASE

#: A comma between parts of a date, also as tokenized text writes it ("March 01 , 2008").
SEP = r"(?:\s*,\s*|\s+)"
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR4 = r"(?:1[5-9]\d\d|20\d\d)"
UNIT = (
    r"(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|nights?|weeks?|weekends?|fortnights?|months?"
    r"|quarters?|years?|decades?|century|centuries|millenni(?:um|a))"
)
#: Words that bound a period without changing its value (TIMEX3 ``mod``).
MOD = (
    r"(?:(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|close|turn|rest|remainder)\s+of\s+(?:the\s+)?"
    r"|(?:the\s+)?(?:early|late|mid)[-\s]*|(?:sometime|some\s+time)\s+(?:in\s+)?)"
)
APPROX = (
    r"(?:about|nearly|almost|approximately|around|roughly|some|more\s+than|less\s+than|fewer\s+than"
    r"|at\s+least|at\s+most|up\s+to|over|under|just|only|another|an\s+additional|a\s+further|an\s+extra"
    r"|well\s+over|no\s+more\s+than|not\s+more\s+than|close\s+to|upwards\s+of|the\s+better\s+part\s+of)"
)
REL = r"(?:this|last|next|this\s+past|this\s+coming|coming|past|previous|following|that)"
DATE_TAIL = rf"(?:{SEP}(?P<year>{YEAR4})\b|{SEP}'(?P<yy>\d\d)\b)?"
HOLIDAYS = alternation(list(FIXED_HOLIDAYS) + list(WEEKDAY_HOLIDAYS) + list(EASTER_HOLIDAYS))


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, FLAGS)


# Absolute dates -------------------------------------------------------------------
#: "Thursday, January 4, 2024", "Jan. 4", "Sept. 30, 1989", "April 2nd"
DATE_MDY = _c(rf"\b(?:(?P<wd>{WEEKDAY}){SEP})?(?P<mon>{MONTH})\s*(?P<day>{DAYNUM})\b(?!\s*(?:%|-\d|:\d))" + DATE_TAIL)
#: "4 January 2024", "the 4th of July", "Thursday 4 January"
DATE_DMY = _c(rf"\b(?:(?P<wd>{WEEKDAY}){SEP})?(?:the\s+)?(?P<day>{DAYNUM})(?:\s+of)?\s+(?P<mon>{MONTH})(?![a-z])" + DATE_TAIL)
#: "January 2024", "July of 1997", "late November 1999"
MONTH_YEAR = _c(rf"\b{MOD}?(?P<mon>{MONTH})(?:\s+of)?,?\s+(?P<year>{YEAR4})\b(?!\s*(?:%|-\d))")
#: "November", "last November", "early December", "November of last year"
MONTH_ALONE = _c(
    rf"\b(?:{MOD}|(?P<rel>this|last|next|this\s+past|this\s+coming|coming|past|previous|following)\s+)?"
    rf"(?P<mon>{MONTH})(?:\s+(?:of\s+)?(?P<yrel>this|last|next)\s+year)?(?![a-z-])"
)
#: "2024-01-04", "2024-01-04T09:30"
ISO_DATE = _c(
    rf"\b(?P<year>{YEAR4})-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])"
    r"(?:T(?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d)(?::[0-5]\d)?)?(?![\d-])"
)
#: "01/04/2024", "7/8/07"
SLASH_DATE = _c(r"(?<![\d/])(?P<a>[01]?\d|3[01]|2\d)/(?P<b>[0-3]?\d)/(?P<y>\d{4}|\d{2})(?![\d/])")
#: "2019", "fiscal 1989", "the end of 2024", "mid-2011" (checked against the parse in normalize)
YEAR = _c(
    rf"(?:(?<![\w$#£€.,/-])|(?<=\bpost-)|(?<=\bpre-))(?:{MOD}|(?P<fiscal>fiscal(?:\s+year)?|calendar(?:\s+year)?|FY|the\s+year|model\s+year)[\s-]*)?"
    rf"(?P<year>{YEAR4})(?![\w%-]|,\d|\.\d|\s*(?:%|percent))"
)
#: "the 1990s", "the '90s", "the mid-1980s", "70s"
DECADE = _c(
    rf"(?<![\w$])(?:{MOD}|(?P<the>the)\s+)?(?:(?P<century>1[5-9]|20)(?P<d4>\d)0|'(?P<d2>\d)0|(?P<d1>[1-9])0)'?s\b"
)
#: "the nineties", "the early seventies"
DECADE_WORD = _c(
    r"\b(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?(?:nineteen[-\s]+)?"
    r"(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b"
)
#: "the 19th century", "the twentieth century"
CENTURY = _c(rf"\b(?:{MOD}|the\s+)?(?P<ord>{ORDINAL})[-\s]century\b")

# Relative to the publication date ---------------------------------------------------
#: today, tonight, tomorrow, yesterday, (+ a part of the day)
NAMED_DAY = _c(
    r"\b(?:(?P<pre>early|late|earlier|later)\s+)?(?P<the>the\s+day\s+(?:before|after)\s+)?"
    rf"(?P<word>today|tonight|tomorrow|yesterday)(?:\s+(?P<part>{DAY_PART}))?\b"
)
#: "this morning", "last night", "late last night", "later this afternoon", "tomorrow night"
PART_OF_DAY = _c(
    r"\b(?:(?P<pre>early|late|earlier|later|mid)[-\s]+)?(?P<rel>this|last|tomorrow|yesterday|tonight)"
    rf"\s+(?P<part>{DAY_PART})\b"
)
#: "Thursday", "last Thursday", "Friday morning", "early Monday", "Sunday night"
WEEKDAY_RE = _c(
    rf"\b(?:(?P<pre>early|late|earlier|later|mid)[-\s]+)?(?:(?P<rel>{REL})\s+)?(?P<wd>{WEEKDAY})"
    rf"(?:\s+(?P<part>{DAY_PART}))?(?![\w-])"
)
#: "Mondays", "on Sundays": a set
WEEKDAYS_SET = _c(rf"\b(?P<wd>{WEEKDAY})s\b")
#: "9 a.m.", "10:35 a.m. EST", "noon Thursday", "16:00 UTC", "5 p.m. EST, Nov. 6"; spaced as pre-tokenised text
#: writes them ("2 : 18 p . m .")
TIME_OF_DAY = _c(
    r"\b(?:(?P<approx>about|around|approximately|roughly|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
    r"(?:(?P<h>1[0-2]|0?[1-9])(?: ?[:.] ?(?P<m>[0-5]\d))?\s*(?P<ampm>a ?\.\s?m\b(?: ?\.)?|p ?\.\s?m\b(?: ?\.)?|am\b|pm\b)"
    r"|(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?=\s*(?:" + ZONE + r"|hours?\b|local\b))"
    r"|(?P<hoc>1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o'clock"
    r"|(?P<named>noon|midday|midnight)(?!\w)"
    r"|(?P<hpart>1[0-2]|[1-9])\s+in\s+the\s+(?P<inpart>morning|afternoon|evening))"
    rf"(?:\s*\(?(?P<zone>{ZONE})(?:\s*(?P<zoff>[+-]\d{{1,2}})(?::?(?P<zoffm>\d\d))?)?\)?(?!\w))?(?:\s+local\s+time)?"
    rf"(?:{SEP}(?P<dayword>today|tonight|yesterday|tomorrow|{WEEKDAY})\b"
    rf"|{SEP}(?P<dmon>{MONTH})\s*(?P<dday>{DAYNUM})\b(?:{SEP}(?P<dyear>{YEAR4})\b)?)?"
)
#: "this week", "last month", "next year", "the past weekend", "early next year",
#: "earlier this month", "this fiscal year", "the same month"
PERIOD = _c(
    rf"\b(?:{MOD}|(?P<pre>earlier|later|sometime|some\s+time)\s+(?:in\s+)?)?"
    r"(?P<rel>this\s+past|this\s+coming|this|last|next|the\s+past|the\s+last|the\s+next|the\s+coming|past|coming"
    r"|the\s+previous|the\s+following|the\s+current|the\s+same|the\s+upcoming|the\s+latest|the\s+most\s+recent"
    r"|the\s+prior|the\s+preceding|the\s+year-earlier|the\s+year-ago|the\s+comparable|the\s+corresponding"
    r"|the\s+prior-year|the\s+previous\s+year's|last\s+year's|this\s+year's|the\s+full|the\s+entire|the\s+whole"
    r"|that(?=\s+(?:quarter|period))|the)"
    r"\s+(?:(?P<fiscal>fiscal|financial|calendar|school)\s+)?"
    r"(?P<unit>week|weekend|month|year|quarter|decade|century|period|half|season)\b(?!-)"
)
#: "two years ago", "a year earlier", "three days later", "a week before", "decades ago"
AGO = _c(
    rf"\b(?:(?P<approx>{APPROX})\s+)?(?P<num>{NUMBER}|{VAGUE}|an?|a\s+couple\s+of|a\s+few|the)?\s*"
    rf"(?:(?P<more>more|or\s+so)\s+)?(?P<unit>{UNIT})(?:\s+or\s+so)?\s+"
    r"(?P<dir>ago|earlier|later|back|from\s+now|hence|previously|afterwards?|(?:after|before)(?=\s*[,.;:)]))\b"
    r"(?!\s+(?:than|on|in\s+the)\b)"
)
#: "ten years", "the past two months", "a 10-year sentence", "several weeks", "nearly an hour"
DURATION = _c(
    r"\b(?:(?P<rel>the\s+(?:past|last|next|first|final|previous|coming|following|latest|initial|remaining|same"
    r"|preceding|ensuing|subsequent|year-earlier|year-ago|full|entire)|the|past|last|next|first|final|coming|recent"
    r"|the\s+(?:recent|coming|upcoming))\s+)?"
    rf"(?:(?P<approx>{APPROX})\s+)?(?:(?P<num>{NUMBER}|{VAGUE}|an?)(?:\s+or\s+(?P<num2>{NUMBER}))?"
    rf"(?:\s+to\s+(?P<num3>{NUMBER}))?\s*[-\s]\s*)?(?:(?P<more>more|additional|straight|consecutive|full|long|short)\s+)?"
    rf"(?:(?P<kind>trading|business|calendar|working|fiscal)\s+)?(?P<unit>{UNIT})"
    r"(?P<long>[-\s]long)?(?P<old>[-\s]old\b)?(?![\w])"
)
#: "every week", "each Thursday", "daily", "weekly", "twice a year", "$5 a year"
SET_EVERY = _c(
    rf"\b(?:every|each|per)\s+(?:other\s+)?(?:(?P<num>{NUMBER})\s+)?"
    rf"(?P<unit>{UNIT}|(?P<wd>{WEEKDAY})|(?P<mon>{MONTH})|(?P<part>morning|afternoon|evening|night))\b"
)
SET_ADVERB = _c(
    r"\b(?P<word>daily|weekly|monthly|yearly|annually|hourly|nightly|quarterly|biweekly|bimonthly"
    r"|semiannually|semi-annually|biannually|fortnightly)\b"
)
#: "twice a year", "$5 a year", "700 seats a week": how often, a set
SET_RATE = _c(
    r"(?:\b(?P<freq>once|twice|thrice|times)|(?P<rate>[\d%]|\b(?:million|billion|thousand|hundred|dollars|cents|percent"
    r"|barrels|tons|[a-z]+s)))\s+(?P<x>(?:a|an|per)\s+(?P<unit>day|night|week|month|year|hour|minute|quarter))\b"
)
#: "the third quarter", "fourth-quarter", "the fiscal first quarter", "the first half of 2024"
QUARTER = _c(
    r"\b(?:(?P<pre>the|this\s+year's|last\s+year's|next\s+year's|(?:the\s+)?(?P<fy>" + YEAR4 + r")(?:'s)?"
    r"|(?:the\s+)?(?P<ago>year-earlier|year-ago|prior-year|comparable|corresponding))\s+)?"
    r"(?:(?P<fiscal>fiscal|calendar)[-\s]+)?"
    rf"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[-\s]+(?:fiscal[-\s]+)?(?P<unit>quarter|half)(?!\w)"
    rf"(?:\s+of\s+(?:the\s+)?(?:fiscal\s+)?(?:(?P<of>{YEAR4})|(?P<ofrel>this|last|next|the\s+current|the\s+previous|the\s+last)\s+(?:fiscal\s+)?year)\b"
    rf"|,?\s+(?P<of2>{YEAR4})\b)?"
)
#: "fall", "last spring", "the summer of 1998", "winter 2009"
SEASON_RE = _c(
    rf"\b(?:{MOD}|(?P<rel>this\s+past|this\s+coming|this|last|next|coming|past|previous|following|the)\s+)?"
    rf"(?P<season>{SEASON})(?:\s+(?:of\s+)?(?P<year>{YEAR4})\b)?(?![\w-])"
)
HOLIDAY = _c(
    rf"\b(?:(?P<rel>this|last|next|this\s+past|this\s+coming|the)\s+)?(?P<name>{HOLIDAYS})(?:\s+(?P<year>{YEAR4}))?(?![\w])"
)

# Reference words ------------------------------------------------------------------
PRESENT_REF = _c(
    r"\b(?:right\s+now|(?<!from\s)now|currently|presently|nowadays|these\s+days|at\s+present"
    r"|the\s+present(?:\s+time|\s+day)?(?!\s+(?:value|tense|case|system|form|situation))"
    r"|at\s+(?:this|the\s+present)\s+(?:moment|time)"
    r"|(?<=\s)current(?=\s+(?!(?:account|affairs|events|events|flowing|through)\b)[a-z]))\b"
)
PAST_REF = _c(
    r"\b(?:(?:more\s+|most\s+|very\s+|until\s+|only\s+|just\s+)?recently|lately|formerly"
    r"|(?:the|in\s+the)\s+past(?![\s-]+(?:\w+\s+)?(?:" + UNIT + r"|few|several|two|three|four|five|six|seven|eight|nine|ten|\d))"
    r"|(?:not\s+so\s+|not\s+that\s+)?long\s+(?:time\s+)?ago|a\s+while\s+(?:ago|back)|some\s+time\s+ago"
    r"|at\s+the\s+time)\b"
)
FUTURE_REF = _c(
    r"\b(?:(?:very\s+|as\s+)?soon(?!\s+as\b|-)|(?:the|in\s+the)\s+(?:near\s+|distant\s+|foreseeable\s+|immediate\s+)?future"
    r"|the\s+(?:near|short|medium|long)[-\s]term(?![-\w]|\s+(?!(?:and|or|but|as|to|for|in|the|a|we|they|it|he|she|i|you)\b)[a-z])"
    r"|the\s+long\s+run"
    r"|(?<=\s)future\s+(?:years|months|weeks|quarters|decades|generations)"
    r"|someday|one\s+day(?=\s+(?:soon|we|they|he|she|it|i|you|the)\b)|down\s+the\s+(?:line|road)"
    r"|in\s+due\s+course|in\s+the\s+(?:years|months|weeks|days)\s+(?:ahead|to\s+come)|a\s+later\s+date)\b"
)
#: "the next day", "the following week", "the day before", "that day": read against the story's own time
REF_RELATIVE = _c(
    r"\b(?:(?P<rel>the\s+next|the\s+following|the\s+previous|the\s+preceding|the\s+prior|the\s+same|that)"
    r"\s+(?P<unit>day|morning|afternoon|evening|night|week|weekend|month|year)\b"
    r"(?!\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b)"  # "said that day one went well": a
    # numbered day ("day one") after the word "that", no day of the story
    r"|the\s+(?P<unit2>day|week|month|year)\s+(?P<dir>before|after|earlier|later|previous|prior)(?!\s+(?:that|the|yesterday|tomorrow|last|this|next|\w+day)\b))\b(?![-'])"
)

# Further calendar words ---------------------------------------------------------------
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
#: Years said in words (broadcast transcripts): "nineteen ninety-six", "two thousand and one"
SPOKEN_YEAR = _c(
    rf"\b(?:the\s+year\s+)?(?:(?P<c>nineteen|eighteen|twenty)[-\s](?P<t>{_TENS})(?:[-\s](?P<o>{_ONES}))?"
    rf"|two\s+thousand(?:\s+and)?(?:[-\s](?P<o2>{_ONES}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?)\b"
)
#: "year-end", "by year's end", "the end of the year" is in PERIOD
YEAR_END = _c(r"\b(?:around\s+)?(?P<x>year[-\s]end|year's\s+end)\b")
#: "year-earlier results", "the year-ago period": the story's period, one year back
YEAR_AGO_ADJ = _c(
    r"\b(?:the\s+)?(?:comparable\s+|same\s+|corresponding\s+)?(?:year-earlier|year-ago|year-before|prior-year)"
    r"(?:\s+(?:quarter|period|half)\b)?"
)
#: "mid-afternoon", "overnight", "the morning", "later in the day"
DAY_TIME = _c(
    r"\b(?:(?P<mid>mid)[-\s]?(?P<part>morning|afternoon|evening|day)\b|(?P<overnight>overnight)(?!\s+(?:rate|loan)s?\b)"
    r"|(?P<pre>later|earlier|late|early)\s+in\s+the\s+(?P<punit>day|week|month|year|morning|afternoon|evening)"
    r"|the\s+(?P<tpart>morning|afternoon|evening)(?=\s*[,.;]|\s+(?:to|and|when|as|before|after|with|on|at)\b))\b"
)
#: "the same period last year", "the same month a year ago": the story's period, a year back
SAME_PERIOD = _c(
    r"\bthe\s+same\s+(?P<unit>day|week|month|quarter|period|season)"
    r"(?:\s+(?P<back>(?:of\s+)?last\s+year|a\s+year\s+(?:ago|earlier|before)|(?:of\s+)?the\s+(?:previous|last|prior)\s+year))?\b"
)
#: "the 1988 period", "the 1989 quarter": the story's quarter in that year
YEAR_PERIOD = _c(rf"\bthe\s+(?P<year>{YEAR4})\s+(?:fiscal\s+)?(?:quarter|period)\b")
