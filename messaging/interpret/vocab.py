"""Word data for normalising SMS text and reading times: SMS spellings, emoji, numbers, days.

Pure data: the recognisers in `normalize` and `timewords` read these tables.
"""

from __future__ import annotations

# Emoji (after NFKC, variation selectors and skin tones removed) -> a pseudo-word the cue lexicons use.
EMOJI_WORDS: dict[str, str] = {
    ":-(": " emo_neg ",  # text emoticons, before the pictographs
    ":(": " emo_neg ",
    ":'(": " emo_neg ",
    ":-)": " emo_pos ",
    ":)": " emo_pos ",
    "👍": " emo_ok ",
    "👌": " emo_ok ",
    "✅": " emo_ok ",
    "✔": " emo_ok ",
    "🆗": " emo_ok ",
    "🙏": " emo_thanks ",
    "🙌": " emo_pos ",
    "💪": " emo_pos ",
    "🎉": " emo_pos ",
    "🥳": " emo_pos ",
    "😊": " emo_pos ",
    "🙂": " emo_pos ",
    "😀": " emo_pos ",
    "😃": " emo_pos ",
    "😄": " emo_pos ",
    "😁": " emo_pos ",
    "❤": " emo_pos ",
    "♥": " emo_pos ",
    "💯": " emo_pos ",
    "⭐": " emo_pos ",
    "🌟": " emo_pos ",
    "😍": " emo_pos ",
    "🥰": " emo_pos ",
    "😎": " emo_pos ",
    "😂": " emo_laugh ",
    "🤣": " emo_laugh ",
    "😆": " emo_laugh ",
    "😅": " emo_sorry ",
    "😬": " emo_sorry ",
    "🤦": " emo_sorry ",
    "😡": " emo_neg ",
    "😠": " emo_neg ",
    "🤬": " emo_neg ",
    "😤": " emo_neg ",
    "😩": " emo_neg ",
    "😫": " emo_neg ",
    "😞": " emo_neg ",
    "😢": " emo_neg ",
    "😭": " emo_neg ",
    "🙄": " emo_meh ",
    "👎": " emo_neg ",
    "💩": " emo_neg ",
    "😒": " emo_neg ",
    "🔥": " emo_fire ",
    "💧": " emo_water ",
    "🚗": " emo_car ",
    "🏃": " emo_run ",
}

# SMS spellings -> canonical words, applied to whole lowercase tokens.
TXT_WORDS: dict[str, str] = {
    "omw": "on my way",
    "otw": "on the way",
    "b": "be",
    "u": "you",
    "ur": "you're",
    "r": "are",
    "2morrow": "tomorrow",
    "2moro": "tomorrow",
    "2mrw": "tomorrow",
    "tmrw": "tomorrow",
    "tmrrw": "tomorrow",
    "tmr": "tomorrow",
    "tmw": "tomorrow",
    "tomoz": "tomorrow",
    "tommorow": "tomorrow",
    "tomorow": "tomorrow",
    "2day": "today",
    "2nite": "tonight",
    "tonite": "tonight",
    "b4": "before",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "min": "minutes",
    "mins": "minutes",
    "minute": "minutes",
    "mns": "minutes",
    "hr": "hour",
    "hrs": "hours",
    "til": "until",
    "till": "until",
    "untill": "until",
    "'til": "until",
    "thurs": "thursday",
    "thur": "thursday",
    "thu": "thursday",
    "tues": "tuesday",
    "tue": "tuesday",
    "weds": "wednesday",
    "wed": "wednesday",
    "mon": "monday",
    "fri": "friday",
    "pls": "please",
    "plz": "please",
    "plse": "please",
    "thx": "thanks",
    "thnx": "thanks",
    "thanx": "thanks",
    "tx": "thanks",
    "ty": "thank you",
    "tysm": "thank you",
    "appt": "appointment",
    "msg": "message",
    "morn": "morning",
    "cx": "cancel",
    "canx": "cancel",
    "wya": "where are you",
    "cofirm": "confirm",
    "comfirm": "confirm",
    "confrim": "confirm",
    "idk": "i don't know",
    "q": "que",
    "xq": "porque",
    "pq": "porque",
    "tmb": "también",
    "minutitos": "minutos",
    "msgs": "messages",
    "txt": "text",
    "txts": "texts",
    "txting": "texting",
    "appts": "appointments",
    "abt": "about",
    "approx": "about",
    "k": "ok",
    "kk": "ok",
    "okay": "ok",
    "okey": "ok",
    "yep": "yes",
    "yup": "yes",
    "yeah": "yes",
    "yea": "yes",
    "yse": "yes",
    "ys": "yes",
    "im": "i'm",
    "ive": "i've",
    "dont": "don't",
    "cant": "can't",
    "wont": "won't",
    "didnt": "didn't",
    "doesnt": "doesn't",
    "isnt": "isn't",
    "wasnt": "wasn't",
    "arent": "aren't",
    "couldnt": "couldn't",
    "wouldnt": "wouldn't",
    "shouldnt": "shouldn't",
    "hes": "he's",
    "shes": "she's",
    "thats": "that's",
    "whats": "what's",
    "wheres": "where's",
    "theres": "there's",
    "its": "it's",
    "gonna": "going to",
    "gotta": "got to",
    "wanna": "want to",
    "wud": "would",
    "cud": "could",
    "shud": "should",
    "tho": "though",
    "thru": "through",
    "goin": "going",
    "comin": "coming",
    "leakin": "leaking",
    "pourin": "pouring",
    "runnin": "running",
    "rn": "right now",
    "asap": "as soon as possible",
    "hv": "have",
    "w/": "with",
    "nite": "night",
    "arvo": "afternoon",
    "avo": "afternoon",
    "sparky": "electrician",
    "sparkie": "electrician",
}

# Dictation homophones, replaced only right before a time unit ("in for tee minutes", "at tin am").
HOMOPHONE_NUMBERS: dict[str, str] = {
    "for tee": "forty",
    "fore tee": "forty",
    "for tea": "forty",
    "tin": "ten",
    "ate": "eight",
    "won": "one",
    "too": "two",
    "for": "four",
    "fore": "four",
    "tree": "three",
}

# Number words (English and Spanish) up to what a time or a wait needs.
_UNITS_EN = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen".split()
)
_TEENS_EN = {"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS_EN = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60}
_UNITS_ES = (
    "cero uno una dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince".split()
)
_ES_VALUES = [0, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]
_TENS_ES = {"veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60}


def _number_words() -> dict[str, int]:
    words = {w: i for i, w in enumerate(_UNITS_EN)} | _TEENS_EN | _TENS_EN
    words |= dict(zip(_UNITS_ES, _ES_VALUES, strict=True)) | _TENS_ES
    words |= {"dieciséis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinticinco": 25}
    for tens, value in _TENS_EN.items():
        for unit in _UNITS_EN[1:10]:
            words[f"{tens} {unit}"] = words[f"{tens}-{unit}"] = value + _UNITS_EN.index(unit)
    for tens, value in _TENS_ES.items():
        for unit, unit_value in zip(_UNITS_ES[1:11], _ES_VALUES[1:11], strict=True):
            words[f"{tens} y {unit}"] = value + unit_value
    return words


NUMBER_WORDS: dict[str, int] = _number_words()

WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
    "lunes": 0,
    "martes": 1,
    "miércoles": 2,
    "miercoles": 2,
    "jueves": 3,
    "viernes": 4,
    "sábado": 5,
    "sabado": 5,
    "domingo": 6,
    "lundi": 0,
    "mardi": 1,
    "mercredi": 2,
    "jeudi": 3,
    "vendredi": 4,
    "samedi": 5,
    "dimanche": 6,
}

MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
    "enero": 1,
    "febrero": 2,
    "marzo": 3,
    "abril": 4,
    "mayo": 5,
    "junio": 6,
    "julio": 7,
    "agosto": 8,
    "septiembre": 9,
    "setiembre": 9,
    "octubre": 10,
    "noviembre": 11,
    "diciembre": 12,
}

# Words naming a part of the day, by the part they name.
PARTS_OF_DAY_WORDS: dict[str, str] = {
    "morning": "morning",
    "mornings": "morning",
    "la mañana": "morning",
    "las mañanas": "morning",
    "matin": "morning",
    "afternoon": "afternoon",
    "afternoons": "afternoon",
    "la tarde": "afternoon",
    "las tardes": "afternoon",
    "après-midi": "afternoon",
    "avant-midi": "morning",
    "la tardecita": "afternoon",
    "pm": "afternoon",
    "first thing": "morning",
    "before lunch": "morning",
    "after lunch": "afternoon",
    "matinée": "morning",
    "soirée": "evening",
    "apres-midi": "afternoon",
    "evening": "evening",
    "evenings": "evening",
    "tonight": "evening",
    "la noche": "evening",
    "esta noche": "evening",
    "esta tarde": "afternoon",
    "soir": "evening",
    "after work": "evening",
}

# Day words relative to the day the message arrives.
RELATIVE_DAYS: dict[str, int] = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "later today": 0,
    "hoy": 0,
    "esta tarde": 0,
    "esta mañana": 0,
    "esta noche": 0,
    "aujourd'hui": 0,
    "tomorrow": 1,
    "mañana": 1,
    "manana": 1,
    "demain": 1,
    "day after tomorrow": 2,
    "pasado mañana": 2,
}

# Waking hours (inclusive start, exclusive end) used to give a bare clock time its am or pm.
WAKING_HOURS: tuple[int, int] = (6, 22)
# For a time asked on another day, bare hours below this are afternoon ("after 2" -> 14:00).
BUSINESS_PM_BEFORE = 7

# Words spelled with a double letter, kept when a stretched spelling ("soooon", "stilll") is shortened.
DOUBLE_LETTER_WORDS: frozenset[str] = frozenset(
    "soon good need see sorry all will still off too cool asap feel free been door floor week weeks keep "
    "sleep street tree three coffee boss pass less mess miss yess call tell well hell hello really "
    "happy apple appointment appt ott toilet little better butter letter matter sitting getting putting "
    "running waiting stuff staff shall small full pull book look took cook hook loo zoo moon noon".split()
)
