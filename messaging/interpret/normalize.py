"""Turn a raw SMS into one canonical lowercase string the recognisers can trust.

Steps: Unicode NFKC, emoji to pseudo-words, SMS spellings to words, number words to digits
next to time words, and masking of numbers that must never read as times (phones, codes,
units, addresses, money, ages, roads).
"""

from __future__ import annotations

import functools
import re
import unicodedata

from .cues.anchors import AnchorIndex, Anchors, alternatives, grams, required_literals
from .timewords import DAY_AFTER_CLOCK, WEEKDAY_NAMES
from .vocab import (
    CHINESE_DIGITS,
    DOUBLE_LETTER_WORDS,
    EMOJI_WORDS,
    FOREIGN_TIME_WORDS,
    HOMOPHONE_NUMBERS,
    NUMBER_WORDS,
    TXT_WORDS,
    WEEKDAYS,
)

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]")
_EMOJI_MODIFIERS = re.compile(r"[\ufe0e\ufe0f\u200d\U0001f3fb-\U0001f3ff\u2640\u2642]")
# Pictographs, symbols and flags by code point: a regex is far cheaper than an emoji package.
_EMOJI_ANY = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2300-\u23ff\u2b00-\u2bff\u2190-\u21ff\u3030\u303d\u3297\u3299]"
)
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "`": "'", "\u201c": '"', "\u201d": '"'})
_WORD = re.compile(r"[\w'/-]+|[^\w\s]", re.UNICODE)
_STRETCH = re.compile(r"([a-z])\1{2,}")
# Tripled letters that are a name, not a stretched word: "calling the BBB" (the Better Business
# Bureau) is a churn threat, not "calling the be" (issue 13, h13urgent8).
_TRIPLED_NAMES = frozenset({"bbb"})


# Ordinal indicators NFKC would fold into letters ("3º izquierda" -> "3o"); notes keep them as written.
_ORDINALS = str.maketrans({"º": "\ue000", "ª": "\ue001"})
_ORDINALS_BACK = str.maketrans({"\ue000": "º", "\ue001": "ª"})


def clean(text: str) -> str:
    """NFKC with control characters and zero-width marks turned into spaces; never raises."""
    text = text or ""
    if not text.isascii():  # NFKC leaves ASCII as it is, and the ordinal signs lie outside it
        text = unicodedata.normalize("NFKC", text.translate(_ORDINALS)).translate(_ORDINALS_BACK)
    return _CONTROL.sub(" ", text).translate(_QUOTES)


# The emoticons written in ASCII (":)"): all an ASCII text can hold, the pictographs and their
# modifiers lying outside it. The words that replace emoji are ASCII too, so an ASCII text stays one.
_ASCII_EMOJI_WORDS = {emoji: word for emoji, word in EMOJI_WORDS.items() if emoji.isascii()}


def emoji_words(text: str) -> str:
    """Replace emoji that carry meaning by pseudo-words (`emo_ok`...) and drop the rest."""
    if text.isascii():  # most texts: only the emoticons can be there, in the same order as below
        for emoji, word in _ASCII_EMOJI_WORDS.items():
            if emoji in text:
                text = text.replace(emoji, word)
        return text
    text = _EMOJI_MODIFIERS.sub("", text)
    for emoji, word in EMOJI_WORDS.items():
        if emoji in text:
            text = text.replace(emoji, word)
    return _EMOJI_ANY.sub(" ", text)


def _unstretch(match: re.Match[str]) -> str:
    return match.group(1)


def _unstretch_word(word: str) -> str:
    if not _STRETCH.search(word) or word in _TRIPLED_NAMES:
        return word
    doubled = _STRETCH.sub(lambda m: m.group(1) * 2, word)
    return doubled if doubled in DOUBLE_LETTER_WORDS else _STRETCH.sub(_unstretch, word)


# "ur" is "your" after these words ("where's ur guy", "at ur place"), else "you're".
_UR_IS_YOUR_AFTER = frozenset(
    "where where's wheres at to for with on of from in is tell has did does".split()
)
# Dictation homophones that only a neighbour can correct: "I'll be they're", "I'm hear now".
_SOUND_ALIKES = (
    (re.compile(r"\bbe (?:they're|their)\b"), "be there"),
    (re.compile(r"\b(i'm|we're|i am|we are|is) hear\b"), r"\1 here"),
    (re.compile(r"(\w)[- ]?ish(?=\s+(?:minutes|hours?)\b)"), r"\1"),  # "ten-ish minutes"
    (re.compile(r"(\d)-?ish\b"), r"\1 ish"),  # "in 25ish", "4ish"
    (re.compile(r"\b(morning|afternoon|evening)-?ish\b"), r"\1 ish"),  # "tomorrow eveningish"
    (re.compile(r"\b(?:une |d'une )?dizaine de\b"), "10"),  # French round numbers: "une vingtaine de minutes"
    (re.compile(r"\b(?:une |d'une )?quinzaine de\b"), "15"),
    (re.compile(r"\b(?:une |d'une )?vingtaine de\b"), "20"),
    (re.compile(r"\b(?:une |d'une )?trentaine de\b"), "30"),
)


# The literals one of which each sound-alike needs ("hear", "ish", "dizaine de"): a text without them
# is left as it is without running the pattern (most texts hold none).
_SOUND_ALIKE_NEEDS = tuple(tuple(required_literals(pattern) or ("",)) for pattern, _ in _SOUND_ALIKES)


# German "im" ("im 3. Stock", "im Hinterhof") is no SMS "i'm" (issue 13, h13langeu): kept before an
# ordinal or in a text with German function words.
_GERMAN_IM = re.compile(
    r"\bim \d{1,2}\.(?!\d)|\b(?:ich|wir|bitte|ist|und|nicht|beim|hinterm|vom|zum|zur|klingeln|stock|keller|hinterhof|"
    r"erdgeschoss|garten|haus|uhr|komme|sind|dem)\b"
)


_VIETNAMESE_TY_AFTER = frozenset({"công", "cong"})


def _spell(text: str) -> str:
    tokens: list[str] = []
    stretched = _STRETCH.search(text) is not None  # one search for the text, not one per word
    german_im = " im " in f" {text} " and _GERMAN_IM.search(text) is not None
    for token in text.split():
        core = token.strip('.,!?;:()"')
        if not core:
            tokens.append(token)
            continue
        word = _unstretch_word(core) if stretched else core
        if word == "ur" and tokens and tokens[-1] in _UR_IS_YOUR_AFTER:
            word = "your"
        # Vietnamese "công ty" (a company, "at work") is no SMS "ty" (issue 13, h13multi13)
        vietnamese_ty = word == "ty" and bool(tokens) and tokens[-1] in _VIETNAMESE_TY_AFTER
        if not (german_im and word == "im") and not vietnamese_ty:
            word = TXT_WORDS.get(word, word)
        tokens.append(token if word == core else token.replace(core, word, 1))
    text = " ".join(tokens)
    for (pattern, replacement), needs in zip(_SOUND_ALIKES, _SOUND_ALIKE_NEEDS, strict=True):
        if any(map(text.__contains__, needs)):
            text = pattern.sub(replacement, text)
    return text


_TIME_UNIT = (
    r"(?=\s*-?(?:minutes|minutos|minutes?|hours?|horas?|am|pm|a\.m|p\.m|o'clock|ish|out|away|more)\b)"
)
_HOMOPHONES = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, HOMOPHONE_NUMBERS), key=len, reverse=True)) + r")\b" + _TIME_UNIT
)
# "running twenty late", "fifteen behind": a lateness's minutes ("too late", "one late night" are none)
_LATE_AFTER_NUMBER = r"(?=\s*(?:late|behind)\b(?!\s+(?:night|nights|payment|fee|charge|start|shift|lunch)))"
_NUMBER_ALT = "|".join(sorted(map(re.escape, NUMBER_WORDS), key=len, reverse=True))
_NUMBER_BEFORE_UNIT = re.compile(
    rf"\b({_NUMBER_ALT})\b{_TIME_UNIT}|\b((?!one\b|a\b|an\b|uno\b|una\b|un\b)(?:{_NUMBER_ALT}))\b{_LATE_AFTER_NUMBER}"
)
_NUMBER_AFTER_CUE = re.compile(
    # "another twenty five or so" (h13time8; "another one" is no count of minutes)
    rf"\b(at|by|in|until|before|after|around|about|like|past|to|half|las|en|give me|gimme|another(?=\s+(?!one\b|an?\b)))\s+({_NUMBER_ALT})\b"
    r"(?!\s*(?:of|people|kids|times|days?|weeks?|d[ií]as|semanas?|guys?|knocks?|rings?|calls?|tries|tenants?|units?|things?|more\s+(?:day|time)))"
)


# Spanish minutes after an hour: "las 3 y veinte", "las 5 menos diez".
_MINUTES_AFTER_HOUR = re.compile(
    r"(?<=\d )((?:y|menos) )(cinco|diez|quince|veinte|veinticinco|treinta|cuarenta|cuarenta y cinco|cincuenta)\b"
    # and the end of a range after a number: "in 15 or twenty", "10 to fifteen"
    r"|(?<=\d )((?:or|to|-|a|o) )(five|ten|fifteen|twenty|twenty-five|twenty five|thirty|forty|forty-five|"
    r"forty five|fifty|sixty|cinco|diez|quince|veinte|treinta)\b(?!\s*(?:past|to|after|of)\b)"
)
# Minutes in words before an hour ("twenty to 5"), or before an hour nobody names, where the
# phrase ends ("be there twenty past", "at ten to, ok?"): the grammar reads the next such minute.
_NUMBER_BEFORE_CLOCK_WORD = re.compile(
    r"\b(five|ten|fifteen|twenty|twenty-five|twenty five)\s+"
    r"(?=(?:to|past|til|till|until|of|after|before)\s+(?:\d|noon|midnight|midday)"
    r"|(?:past|after|to|til|till|until)\s*(?:$|[.,!?;)]|(?:and|so|or|ok|okay|then|tops|latest|at the latest|sorry)\b))"
)

# The time grammar's spelling step: forms people write that the recognisers read only canonically.
_EN_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen"
).split()
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50}


def _english_numbers() -> dict[str, int]:
    """English number words 0-59, compounds written with a space or a hyphen ("twenty-five")."""
    found = {word: value for value, word in enumerate(_EN_ONES)} | dict(_EN_TENS)
    for tens, value in _EN_TENS.items():
        for unit in range(1, 10):
            found[f"{tens} {_EN_ONES[unit]}"] = found[f"{tens}-{_EN_ONES[unit]}"] = value + unit
    return found


_EN_NUMBERS = _english_numbers()
_NUMBER_NAMES = {value: word for word, value in _EN_NUMBERS.items() if " " not in word and word != "fourty"}
_NUMBER_NAMES |= {v: w.replace("-", " ") for w, v in _EN_NUMBERS.items() if "-" in w}
_HOUR_WORDS = "|".join(_EN_ONES[1:13])
_MINUTE_WORDS = "|".join(sorted((w for w, v in _EN_NUMBERS.items() if 10 <= v <= 59), key=len, reverse=True))
# "three twenty", "seven thirty p.m.", "at four oh five": an hour word and a minute word read as H:MM
# where a clock cue stands before them or a meridiem or part of day after them.
_SPELLED_CLOCK = re.compile(
    rf"\b({_HOUR_WORDS})[\s-]+(?:(?:oh|o|o')[\s-]?({'|'.join(_EN_ONES[1:10])})|({_MINUTE_WORDS}))\b"
    r"(?!\s*(?:minutes|hours?|days?|weeks?|years?|people|dollars|bucks|kids|times|feet|ft|inch\w*|amps?|volts?|"
    r"gallons?|percent|of\b|-?year))"
)
_SPELLED_CLOCK_BEFORE = re.compile(
    r"(?:\b(?:at|by|around|round|about|until|till|before|after|from|between|and|or|like|eta|be there|be home|back|home|"
    r"there|arrive|arriving|get there|get home|leave|leaving|say|maybe|ish|come|come by|come at|do|make it|"
    r"how about|what about|for)|@|~"
    # "move it to friday, ten thirty", "the 14th two thirty": right after the day it is asked on (issue 13, h14time)
    rf"|\b(?:{WEEKDAY_NAMES}|tomorrow|today|tonight|\d{{1,2}}(?:st|nd|rd|th)|\d{{1,2}}/\d{{1,2}}|week),?)\s*$"
)
_SPELLED_CLOCK_AFTER = re.compile(
    r"\s*(?:a\.?m\b|p\.?m\b|o'?clock|tonight|this (?:morning|afternoon|evening)|in the (?:morning|afternoon|evening)|"
    rf"at night|tomorrow|today|ish\b|(?:on )?(?:{WEEKDAY_NAMES})\b|{DAY_AFTER_CLOCK})"
)


def _spelled_clock(match: re.Match[str]) -> str:
    text = match.string
    before = text[max(0, match.start() - 16) : match.start()]
    if not (_SPELLED_CLOCK_BEFORE.search(before) or _SPELLED_CLOCK_AFTER.match(text, match.end())):
        return match.group(0)
    hour = _EN_NUMBERS[match.group(1)]
    minute = _EN_NUMBERS[match.group(2)] if match.group(2) else _EN_NUMBERS[match.group(3)]
    return f"{hour}:{minute:02d}"


# Units written against the number: "2hr", "20mins", "1.5h", "2h30m". A bare "Nh" is a French
# clock ("à 14h") unless a wait word stands around it ("in 1h", "1h late") or it has a decimal.
_GLUED_UNITS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(\d{1,2})\s?h(?:rs?|ours?)?\s?(\d{1,2})\s?m(?:ins?|inutes)?\b"), r"\1 hours \2 minutes"),
    # "in 1h15", "another 1h20": hours and minutes after a wait word (a bare "14h30" stays a French clock)
    (
        re.compile(r"\b(in|within|another|about|approx|like|eta|dans|en) (\d)\s?h\s?([0-5]\d)\b(?![:\d])"),
        r"\1 \2 hours \3 minutes",
    ),
    (re.compile(r"\b(\d{1,2}(?:\.\d{1,2})?)\s?(?:hrs?|hours?)\b"), r"\1 hours"),
    (re.compile(r"\b(\d{1,2}\.\d{1,2})\s?h\b"), r"\1 hours"),
    (re.compile(r"\b(\d{1,3})\s?(?:mins?|mns|minutes?)\b"), r"\1 minutes"),
    (
        re.compile(
            r"(?<![\w.])()(\d{1,3})\s?(h|m)\b(?=\s*(?:late|away|out|behind|more|tops|max|later|from now|de retard|en retard)\b)"
            r"|\b(in|within|another|extra|like|maybe|about|approx|dans|en) (\d{1,3})\s?(h|m)\b(?![\d:])"
        ),
        "",
    ),
)


def _glued_unit(match: re.Match[str]) -> str:
    cue, number, unit = match.group(1, 2, 3) if match.group(2) else match.group(4, 5, 6)
    return f"{cue + ' ' if cue else ''}{number} {'hours' if unit == 'h' else 'minutes'}"


# Every pattern above needs a digit and then, after one space at most, an "h" or an "m": a text
# without one matches none of the six and is left as it is. Most pieces the access note normalises
# hold a code or a house number but no unit, and the six scans were a fifth of their normalising
# (`tests/interpret/test_cue_anchors.py` checks the gate against every pattern).
_GLUED_UNIT_GATE = re.compile(r"\d\s?[hm]")


def _glued_units(text: str) -> str:
    if not _GLUED_UNIT_GATE.search(text):
        return text
    for pattern, replacement in _GLUED_UNITS:
        text = pattern.sub(replacement or _glued_unit, text)
    return text


# "in 3 days", "2 weeks from now", "2 weeks from Wednesday": the count is written out so no digit is read as a clock or a wait,
# and the day recogniser reads the words ("in three days").
_DAYS_AHEAD = re.compile(
    r"\b(in|within|en|dentro de|daqui a|em|dans) (\d{1,2}) (days?|weeks?|d[ií]as?|semanas?|semaines?|jours|wochen|tagen)\b"
    rf"|\b(\d{{1,2}}) (days?|weeks?) (from (?:now|today|tomorrow|this|{WEEKDAY_NAMES})|"
    rf"on (?:{WEEKDAY_NAMES})|later|out)\b"
)


# "dans 15 jours", "dentro de quince días", "em 15 dias": fifteen days is the Romance idiom for two weeks.
_FIFTEEN_DAYS = re.compile(
    r"\b(?:dans|dentro de|en|em|in|d'ici|daqui a) (?:15|fifteen|quinze|quince) (?:jours|d[ií]as)\b"
)


def _days_ahead(match: re.Match[str]) -> str:
    if int(match.group(2) or match.group(4)) not in _NUMBER_NAMES:
        return match.group(0)  # "in 60 days": no day anyone books by counting
    if match.group(1):
        return f"{match.group(1)} {_NUMBER_NAMES[int(match.group(2))]} {match.group(3)}"
    return f"{_NUMBER_NAMES[int(match.group(4))]} {match.group(5)} {match.group(6)}"


_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "primero": 1,
}  # fmt: skip
_ORDINAL_WORDS |= {
    f"{tens}{sep}{word}": base + value
    for tens, base in (("twenty", 20), ("thirty", 30))
    for sep in (" ", "-")
    for word, value in list(_ORDINAL_WORDS.items())[:9]
    if base + value <= 31
}
_ORDINAL_ALT = "|".join(sorted(map(re.escape, _ORDINAL_WORDS), key=len, reverse=True))
_MONTH_WORDS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    "septiembre|octubre|noviembre|diciembre"
)
_WEEKDAY_WORDS = "|".join(WEEKDAYS)
# An ordinal word is a day of the month beside a month ("the first of March", "March third"), after a
# weekday ("Monday the second") or as "the third" closing a phrase; "the first time" or "second floor"
# keep their words.
_ORDINAL_DAY = re.compile(
    rf"\b(?:(?P<month>{_MONTH_WORDS}) (?:the )?(?P<m_ord>{_ORDINAL_ALT})\b"
    rf"|(?P<o_ord>{_ORDINAL_ALT}) (?P<of>of|de) (?P<o_month>{_MONTH_WORDS})\b"
    rf"|(?P<lead>(?:{_WEEKDAY_WORDS}),? the|the|el) (?P<t_ord>{_ORDINAL_ALT})\b"
    r"(?=\s*(?:$|[.,!?;)]|(?:at|around|by|or|and|instead|then|would|works?|is|if|please|pls|for|after|before|"
    r"between|from|maybe|morning|afternoon|evening|ok|okay|fine|good|too|possible|still|de|"
    r"in the (?:morning|afternoon|evening)|"  # "the fifth in the afternoon" (h13time8)
    r"(?:of )?(?:next|this|the) month)\b)))"
)


def _ordinal_day(match: re.Match[str]) -> str:
    def number(word: str) -> str:
        value = _ORDINAL_WORDS[word]
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(value % 10 if value not in (11, 12, 13) else 0, "th")
        return f"{value}{suffix}" if word != "primero" else str(value)

    if match.group("month"):
        return f"{match.group('month')} {number(match.group('m_ord'))}"
    if match.group("o_ord"):
        return f"{number(match.group('o_ord'))} {match.group('of')} {match.group('o_month')}"
    return f"{match.group('lead')} {number(match.group('t_ord'))}"


# Words that must be present before a pattern is worth running (most messages hold none of them).
_HOUR_TOKENS = frozenset(_EN_ONES[1:13])
_ORDINAL_TOKENS = frozenset(word.split("-")[0].split(" ")[0] for word in _ORDINAL_WORDS)


# "el quince de julio", "el veintiuno de marzo": a Spanish day of the month in words.
_SPANISH_DAYS = {w: v for w, v in NUMBER_WORDS.items() if 1 <= v <= 31 and not w.isascii() or w in (
    "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "trece",
    "catorce", "quince", "veinte", "veinticinco", "treinta")} | {
    "veintiuno": 21, "veintidós": 22, "veintidos": 22, "veintitrés": 23, "veintitres": 23, "veinticuatro": 24,
    "veintiséis": 26, "veintiseis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29, "treinta y uno": 31,
}  # fmt: skip
_SPANISH_DAY = re.compile(
    r"\b(el|del|para el) ("
    + "|".join(sorted(map(re.escape, _SPANISH_DAYS), key=len, reverse=True))
    + rf") de ({_MONTH_WORDS})\b"
)


# Time words in Vietnamese, Chinese, Korean, Portuguese, German and Tagalog (vocab.FOREIGN_TIME_WORDS),
# rewritten to the words the grammar reads, each language's rules only where its hint is found.
_CHINESE_NUMBER = "(?:\\d{1,2}|[" + "".join(CHINESE_DIGITS) + "十]{1,3})"
_FOREIGN_TIME_WORDS = tuple(
    (
        re.compile(hint),
        tuple(
            (re.compile(pattern.replace("<n>", _CHINESE_NUMBER)), replacement)
            for pattern, replacement in rules
        ),
    )
    for hint, rules in FOREIGN_TIME_WORDS.values()
)

# Each language's hint cut into its top-level alternatives, each with the anchors it needs (`cues/
# anchors.py`): a text holds a hint when it holds one of its alternatives, and one whose anchors the
# text lacks cannot be there. So most texts are settled without a search, where one search for every
# language's hint at once cost a long scan of each (about a quarter of `normalise`, which the access
# note runs on many pieces of a text). An alternative without anchors (a class of letters:
# "[\u3400-\u9fff]") is searched; alone, it scans fast.
_HINT_PARTS = tuple(
    (language, re.compile(part))
    for language, (hint, _) in enumerate(_FOREIGN_TIME_WORDS)
    for part in alternatives(hint.pattern)
)


@functools.cache
def _hint_index() -> AnchorIndex:
    """Made on first use, when the cue records' examples (the sample that picks each anchor) are read."""
    return AnchorIndex(Anchors.of(part) for _, part in _HINT_PARTS)


def _hinted(text: str) -> set[int]:
    """The languages (places in `_FOREIGN_TIME_WORDS`) whose hint `text` holds."""
    found: set[int] = set()
    for index in _hint_index().admitted(text, grams(text)):
        language, part = _HINT_PARTS[index]
        if language not in found and part.search(text):
            found.add(language)
    return found


_CHINESE_NUMERALS = re.compile("[" + "".join(CHINESE_DIGITS) + "十]{1,3}")


def chinese_number(written: str) -> int:
    """ "20", "二十", "十一", "两", "四十五": a count or an hour written in digits or Chinese numerals."""
    if written.isdigit():
        return int(written)
    tens, _, units = written.rpartition("十")
    if "十" not in written:
        return CHINESE_DIGITS.get(written, 0)
    return (CHINESE_DIGITS.get(tens, 0) if tens else 1) * 10 + (CHINESE_DIGITS.get(units, 0) if units else 0)


def _foreign_group(match: re.Match[str], replacement: str) -> str:
    def group(ref: re.Match[str]) -> str:
        found = match.group(int(ref.group(2)))
        if found is None:
            return ref.group(1)
        value = str(chinese_number(found)) if _CHINESE_NUMERALS.fullmatch(found) else found
        return ref.group(1) + (value.zfill(2) if ref.group(1) == ":" else value)

    return re.sub(r"(:?)\\(\d)", group, replacement)


def foreign_time_words(text: str) -> str:
    """ "trễ 15 phút" -> "trễ 15 minutes", "明天上午" -> "tomorrow morning", "11시" -> "at 11"."""
    hinted = _hinted(text)
    if not hinted:
        return text
    given = text
    for language, (hint, rules) in enumerate(_FOREIGN_TIME_WORDS):
        # `hinted` holds for the text as given; once a language's rules rewrote it, ask each hint
        if not (language in hinted if text == given else hint.search(text)):
            continue
        for pattern, replacement in rules:
            if "\\" in replacement:
                text = pattern.sub(functools.partial(_foreign_group, replacement=replacement), text)
            else:
                text = pattern.sub(replacement, text)
    return text


# A range of hours written short: "btw 2 and 4", "b/w 2-4", and "friday 2-4" right after a day or
# part of day (a range elsewhere, "in 10-15", "2-3 weeks", stays as written).
_BETWEEN_SHORT = re.compile(r"\b(?:btw|b/w)\s+(?=\d)")
# "monday a.m." after a day: its stops would end the sentence before the rest of the request.
_DAY_MERIDIEM_DOTS = re.compile(rf"(?:\b({WEEKDAY_NAMES}|tomorrow|today)|(?<=\d)()) ?([ap])\.m\.?(?!\w)")
_HOUR_RANGE_AFTER_DAY = re.compile(
    rf"\b({WEEKDAY_NAMES}|tomorrow|today|morning|afternoon|evening) "
    r"(?:from )?(1[0-2]|[1-9])\s*-\s*(1[0-2]|[1-9])(?=\s*(?:[ap]\.?m\b|$|[.,!?;]|or\b|works?\b|suits?\b|is\b|would\b|if\b|instead\b|please\b))"
)


# "wednesday eve", "tomorrow morn", "sat eve": a part of day cut short, read as one only right after a
# day ("christmas eve" and "the morn" keep their words).
_DAY_PART_CUT_SHORT = re.compile(rf"\b({WEEKDAY_NAMES}|tomorrow|today|this) (eve|morn)\b(?!')")


# "el sábado 21 temprano", "el domingo temprano": early on a named day is its morning ("más temprano"
# is only sooner).
_EARLY_ON_A_DAY = re.compile(
    rf"\b({_WEEKDAY_WORDS})((?: the)? \d{{1,2}}(?:st|nd|rd|th)?)? (?:temprano|tempranito)\b"
)
# "no earlier than 11", "not sooner than 2": the slot opens then ("after 11").
_NO_EARLIER_THAN = re.compile(r"\b(?:no|not) (?:earlier|sooner) than\b|\bnot before\b")


_LETTER_RUN = re.compile(r"[a-z]+")
# "tenish", "eleven-ish", "two-ish": an hour word hedged, read as the hour with its "ish" ("10ish") (h13time9b)
_HOUR_WORD_ISH = re.compile(rf"\b({_HOUR_WORDS}|twelv)[\s-]?ish\b")


def _time_grammar(text: str) -> str:
    """Spelled clock times to H:MM, glued units apart, day counts in words, ordinal days in digits."""
    tokens = set(_LETTER_RUN.findall(text))
    if tokens & _HOUR_TOKENS:
        text = _SPELLED_CLOCK.sub(_spelled_clock, text)
    if "ish" in text:
        text = _HOUR_WORD_ISH.sub(lambda m: f"{_EN_NUMBERS.get(m.group(1), 12)}ish", text)
    if " eve" in text or " morn" in text:
        text = _DAY_PART_CUT_SHORT.sub(
            lambda m: f"{m.group(1)} {'evening' if m.group(2) == 'eve' else 'morning'}", text
        )
    if ".m" in text:
        text = _DAY_MERIDIEM_DOTS.sub(lambda m: f"{m.group(1) or ''} {m.group(3)}m", text)
    if any(map(str.isdigit, text)):
        text = _BETWEEN_SHORT.sub("between ", text)
        text = _HOUR_RANGE_AFTER_DAY.sub(
            lambda m: f"{m.group(1)} between {m.group(2)} and {m.group(3)}", text
        )
        text = _glued_units(text)
        text = _DAYS_AHEAD.sub(_days_ahead, text)
    if "jours" in text or "días" in text or "dias" in text:
        text = _FIFTEEN_DAYS.sub("in a fortnight", text)
    if "temprano" in tokens or "tempranito" in tokens:
        text = _EARLY_ON_A_DAY.sub(r"\1\2 morning", text)
    if "than" in tokens or "before" in tokens:
        text = _NO_EARLIER_THAN.sub("after", text)
    if tokens & _ORDINAL_TOKENS:
        text = _ORDINAL_DAY.sub(_ordinal_day, text)
    if "de" in tokens:
        text = _SPANISH_DAY.sub(lambda m: f"{m.group(1)} {_SPANISH_DAYS[m.group(2)]} de {m.group(3)}", text)
    return text


# The four patterns after the homophones rewrite a number word standing as a word of its own
# (r"\b(twenty|...)\b", "las 3 y veinte"): a text without the first word of any number word keeps
# them all as they are, and their long alternations (most of a long text's cost here) need not run.
# `tests/interpret/test_cue_anchors.py` checks that their words are number words.
_WORD_RUN = re.compile(r"\w+")
_NUMBER_FIRST_WORDS = frozenset(
    _WORD_RUN.match(word).group(0)  # type: ignore[union-attr]  # every number word opens with a letter
    for word in NUMBER_WORDS
)


# French, German and Portuguese minutes in words ("dans vingt minutes", "in zwanzig Minuten", "em vinte
# minutos"): English and Spanish ones are read with the number words above.
_FOREIGN_MINUTE_WORDS = {
    "cinq": 5, "dix": 10, "quinze": 15, "vingt": 20, "vingt-cinq": 25, "trente": 30, "quarante": 40,
    "quarante-cinq": 45, "fünf": 5, "zehn": 10, "fünfzehn": 15, "zwanzig": 20, "fünfundzwanzig": 25,
    "dreißig": 30, "vierzig": 40, "fünfundvierzig": 45, "dez": 10, "vinte": 20, "vinte e cinco": 25,
    "trinta": 30, "quarenta": 40, "quarenta e cinco": 45,
}  # fmt: skip
_FOREIGN_MINUTES = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, _FOREIGN_MINUTE_WORDS), key=len, reverse=True)) + r")"
    r"(?= (?:minutes|minuten|minutos|min)\b)"
)


def _digits(text: str) -> str:
    text = _time_grammar(text)
    if "min" in text:
        text = _FOREIGN_MINUTES.sub(lambda m: str(_FOREIGN_MINUTE_WORDS[m.group(1)]), text)
    text = _HOMOPHONES.sub(lambda m: HOMOPHONE_NUMBERS[m.group(1)], text)
    if _NUMBER_FIRST_WORDS.isdisjoint(_WORD_RUN.findall(text)):
        return text
    text = _NUMBER_BEFORE_UNIT.sub(lambda m: str(NUMBER_WORDS[m.group(1) or m.group(2)]), text)
    text = _NUMBER_AFTER_CUE.sub(lambda m: f"{m.group(1)} {NUMBER_WORDS[m.group(2)]}", text)
    text = _MINUTES_AFTER_HOUR.sub(
        lambda m: f"{m.group(1) or m.group(3)}{NUMBER_WORDS[m.group(2) or m.group(4)]}", text
    )
    return _NUMBER_BEFORE_CLOCK_WORD.sub(lambda m: f"{NUMBER_WORDS[m.group(1)]} ", text)  # "twenty to 5"


_DAY_OR_MONTH = "|".join(WEEKDAYS) + "|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
# Applied to the cased text: a house number is 3-5 digits followed by a capitalised street name.
_ADDRESS = re.compile(
    rf"\b\d{{3,5}}(?= (?!(?i:{_DAY_OR_MONTH}))[A-Z][a-z]{{2,}})"
    # a short house number where the customer says where they are ("I'm at 41 Birch, not 14 Birch")
    rf"|(?<=\bat )\d{{1,2}}(?= (?!(?i:{_DAY_OR_MONTH}))[A-Z][a-z]{{2,}}(?:[,.!?]|$| (?:St|Rd|Ave|Dr|Ln|Ct|Way|Street|Road|Lane)\b))"
)
_MASKS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?<![\w-])-\d+(?:\s*°?\s*[cf]\b)?"), " <cold> "),  # "-25 tonight": below zero
    # A code asked about and given at once ("does he need the gate code? it's 2580"): the question
    # keeps its word and its mark, the answer after it is the code (issue 13, h13access9b).
    (
        re.compile(
            r"\b(code|pin|passcode|combo|c[oó]digo|clave)\?\s*(?:(?:it'?s|its|it is|that'?s|es)\s+)?[#*]?\d[\d #*-]{1,12}"
        ),
        r" \1? <code> ",
    ),
    (
        re.compile(
            r"\b(?:code|pin|passcode|combo|combination|lock ?box|key ?safe|keypad|c[oó]digo|clave)\b"
            # a postal, promo or coupon code in the languages opens no door: "code promo 2024", "código do cupom 1234"
            r"(?! (?:postal|promo\w*|de (?:descuento|desconto|promo\w*|cup[oó]n|cupom|r[ée]duction|suivi|rastreio|confirma\w*)|do cupom|du coupon))"
            r"[^\d#*\n]{0,14}[#*]?\d[\d #*-]{1,12}"
        ),
        " <code> ",
    ),
    (re.compile(r"\+?\(?\d[\d\-. ()]{6,}\d"), " <phone> "),
    (re.compile(r"\b(?:buzz|buzzer|intercom)\s*(?:#|no\.?|number)?\s*\d+[a-z]?\b"), " <buzz> "),
    (re.compile(r"[$€£]\s?\d[\d,.]*k?|\b\d[\d,.]*\s?(?:dollars|bucks|usd|pesos|euros|quid)\b"), " <money> "),
    (
        re.compile(
            # "at 9, wait no 10", "10am... no 11": a correction's "no", not a number (h15part)
            r"\b(?:unit|apt|apartment|suite|ste|flat|lot|room|rm|space|spot|stall|bay|house|(?<!wait )(?<!oh )(?<!sorry )(?<!\.\.\. )(?<!… )(?<!\d, )(?<!\d\. )no\.?|"
            r"number|depto|departamento|(?<!semana )del)\s*#?\s*\d+[a-z]?\b|#\s?\d+[a-z]?\b|\b\d+[b-gi-lnoq-z]\b|\b\d+[ºª]"
            # a floor as Hong Kong and Singapore write it ("come up to 15/F", "12/fl"), never a clock or a date
            r"|\b\d{1,3}\s?/\s?f(?:l(?:oor)?)?\b"
        ),
        " <unit> ",
    ),
    (
        re.compile(
            r"\b(?:i-|hwy ?|highway |route |rte |interstate |m|h)\d{1,3}\b|\bthe \d{2,3}\b(?![:\d/]|\s*(?:am|pm|o'clock|minutes|hours?)\b)"
        ),
        " <road> ",
    ),
    (
        re.compile(
            r"\(\d+\)|\b\d+\s*(?:yo|y/o|years?|yrs?|yr|weeks?|months?|days?|degrees?|deg|°|%|percent|kids|"
            r"people|times|floors?|stor(?:e|ie)s|units|ft|feet|inches|años|meses|días|semanas)\b|\b\d+x\b|"
            r"\b\d+(?:st|nd|rd|th)(?=\s+(?:time|floor|visit|call|house|door|attempt|one)\b)"
        ),
        " <qty> ",
    ),
)


def mask(text: str) -> str:
    """Hide numbers that are not times; keeps placeholders so words around them still read."""
    if not any(map(str.isdigit, text)):
        return text  # every mask needs a digit (tests/interpret/test_cue_anchors.py)
    for pattern, placeholder in _MASKS:
        text = pattern.sub(placeholder, text)
    return text


# "sat" and "sun" are weekdays only where a day fits ("on sat", "do sun"), never "sat in traffic".
_SHORT_WEEKEND = re.compile(
    r"\b(on|this|next|week|do|for|until|by|or|and|to|instead|fri|sat|sun|thing) (sat|sun)\b(?! in\b(?! the (?:am|pm)\b))"
    r"|()\b(sat|sun)(?= (?:morning|afternoon|evening|night|am|pm|a\.m|p\.m|arvo|morn|eve|in the (?:am|pm))\b"
    # "sat 10am?", "sun @ 2pm": a clock with its am or pm (h13time8)
    r"| (?:at |@ ?)?\d{1,2}(?::\d\d)? ?[ap]\.?m\b)"
    r"|()^\s*(sat)(?= ?(?:or|/|&|and) ?sun)"
    # "sat at 9 or sun at 9": opening the text before a clock (h13time9); "sat at the bar" stays
    r"|()^\s*(sat|sun)(?= (?:at|@) ?\d)"
    # "sat, anytime after 10", "sat at quarter past 9": opening the text before a comma or a clock in words (h13time9b)
    r"|()^\s*(sat|sun)(?=,? (?:at|@) (?:quarter|half|noon|midday|\d)|, (?:any ?time|after|before|from|around|about|\d))"
    # "would sat at 4 work", "cant do thursday, sat half 3?", "any chance of sun after 2": after a word that
    # offers or weighs a day, before its clock (issue 13, h14time); "they sat at 4" and "we sat around 3" stay
    r"|\b(would|could|how about|what about|of|maybe|perhaps|say|either|prefer|rather|not|but|till|til|from|after|"
    r"before|except|,) (sat|sun)(?=,? (?:(?:at|@|around|about|after|before|between|from|by|say|like) ?)?"
    r"(?:\d|(?:quarter|half|noon|midday|lunch\w*|any ?time|no earlier|first thing|morning|afternoon|evening|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)\b))"
    # "9am sat?", "11 sharp sun?", "say 2 sat or sun": the day closing the phrase right after its clock
    r"|(?<![a-z])(\d|[ap]m|ish|sharp|noon|lunchtime|o'clock|thirty|fifteen|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (sat|sun)(?=\s*(?:[?!.,]|$|or\b|instead\b|works?\b|would\b|please\b|pls\b))"
)


def _weekend_day(match: re.Match[str]) -> str:
    if match.group(6):  # "sat or sun" opening the text
        return "saturday"
    if match.group(8):  # "sat at 9" opening the text
        return "saturday" if match.group(8) == "sat" else "sunday"
    if match.group(10):  # "sat, anytime after 10" opening the text
        return "saturday" if match.group(10) == "sat" else "sunday"
    if match.group(14):  # "9am sat?": after its clock
        return f"{match.group(13)} {'saturday' if match.group(14) == 'sat' else 'sunday'}"
    if match.group(12):  # "would sat at 4": a word that weighs a day, then its clock
        return f"{match.group(11)} {'saturday' if match.group(12) == 'sat' else 'sunday'}"
    before, short = (match.group(1), match.group(2)) if match.group(2) else (match.group(3), match.group(4))
    day = "saturday" if short == "sat" else "sunday"
    return f"{before} {day}" if match.group(2) else f"{before}{day}"


_GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
_GREEK_QUESTION = re.compile(r";(?=\s|$)")


@functools.lru_cache(maxsize=4096)
def normalise(text: str) -> str:
    """The canonical lowercase form of an SMS, with numbers that are not times masked.

    Pure, and asked again for the same pieces within one reading (the access note and the hazard
    cues normalise the clauses the rules already normalised), so the last few thousand are kept."""
    text = emoji_words(clean(text))
    if any(map(str.isdigit, text)):  # a house number
        text = _ADDRESS.sub(" <addr> ", text)
    text = _spell(
        foreign_time_words(text.lower())
    )  # before SMS spellings: "thu 6" is Friday, not "thursday 6"
    if "sat" in text or "sun" in text:  # each alternative holds one (test_cue_anchors.py); most texts neither
        text = _SHORT_WEEKEND.sub(_weekend_day, text)
    if ";" in text and _GREEK.search(text):  # the Greek question mark (U+037E) is a semicolon after NFKC
        text = _GREEK_QUESTION.sub("?", text)
    text = mask(_digits(text))
    # Runs of spaces to one, none at the ends: `str.split` cuts at the characters `\s` matches
    return " ".join(text.split())


def words(text: str) -> list[str]:
    """Tokens of a normalised text (words and single punctuation marks)."""
    return _WORD.findall(text)
