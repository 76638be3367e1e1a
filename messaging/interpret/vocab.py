"""Word data for normalising SMS text and reading times: SMS spellings, emoji, numbers, days.

Pure data: the recognisers in `normalize` and `timewords` read these tables.
"""

from __future__ import annotations

import re
import unicodedata

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
    "btwn": "between",
    "btween": "between",
    "betwn": "between",
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
    "nxt": "next",
    "wk": "week",
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
    "minutillos": "minutos",  # Costa Rica, Cuba (issue 13, h13es9)
    "msgs": "messages",
    "txt": "text",
    "txts": "texts",
    "txting": "texting",
    "appts": "appointments",
    "abt": "about",
    "bout": "about",
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
    # hazard words as typed in a hurry (issue 13, h13urgent13): "PLZ HURRY SMELS LIKE GAS IN TEH LAUNDRY ROOM"
    "smels": "smells",
    "smel": "smell",
    "smellz": "smells",
    "smelz": "smells",
    "smellin": "smelling",
    "teh": "the",
    "sparkin": "sparking",
    "smokin": "smoking",
    "burnin": "burning",
    "drippin": "dripping",
    "flodded": "flooded",
    "floodin": "flooding",
    "cieling": "ceiling",
    "celing": "ceiling",
    "ceilling": "ceiling",
    "basment": "basement",
    "watter": "water",
    "pourin": "pouring",
    "runnin": "running",
    "rn": "right now",
    "asap": "as soon as possible",
    "hv": "have",
    "w/": "with",
    "nite": "night",
    # parts of the day as texted (issue 13, h13time): "tmrw aftn", "2morrow mornin"
    "aftn": "afternoon",
    "aftrn": "afternoon",
    "aftrnoon": "afternoon",
    "afternon": "afternoon",
    "mornin": "morning",
    "mornng": "morning",
    "mrng": "morning",
    "evenin": "evening",
    "evng": "evening",
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
    "janvier": 1,
    "février": 2,
    "fevrier": 2,
    "avril": 4,
    # French and German March and May ("le 16 mars", "am 3. Mai"): read only beside a day number (h13date12)
    "mars": 3,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "decembre": 12,
    "janeiro": 1,
    "fevereiro": 2,
    "março": 3,
    "maio": 5,
    "junho": 6,
    "julho": 7,
    "setembro": 9,
    "outubro": 10,
    "novembro": 11,
    "dezembro": 12,
    "januar": 1,
    "februar": 2,
    "märz": 3,
    "juni": 6,
    "juli": 7,
    "oktober": 10,
    "dezember": 12,
    # issue 13, h13langeu: Italian, and the Polish and Russian genitive ("15 grudnia", "15 декабря")
    "gennaio": 1,
    "febbraio": 2,
    "aprile": 4,
    "maggio": 5,
    "giugno": 6,
    "luglio": 7,
    "settembre": 9,
    "ottobre": 10,
    "dicembre": 12,
    "stycznia": 1,
    "lutego": 2,
    "marca": 3,
    "kwietnia": 4,
    "maja": 5,
    "czerwca": 6,
    "lipca": 7,
    "sierpnia": 8,
    "września": 9,
    "wrzesnia": 9,
    "października": 10,
    "pazdziernika": 10,
    "listopada": 11,
    "grudnia": 12,
    "января": 1,
    "февраля": 2,
    "марта": 3,
    "апреля": 4,
    "мая": 5,
    "июня": 6,
    "июля": 7,
    "августа": 8,
    "сентября": 9,
    "октября": 10,
    "ноября": 11,
    "декабря": 12,
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
    "1st thing": "morning",
    "tomorrow early": "morning",
    "early tomorrow": "morning",
    "mañana temprano": "morning",
    "in the am": "morning",
    "before lunch": "morning",
    "after lunch": "afternoon",
    "antes del almuerzo": "morning",
    "después del almuerzo": "afternoon",
    "despues del almuerzo": "afternoon",
    "después de comer": "afternoon",
    "avant le déjeuner": "morning",
    "après le déjeuner": "afternoon",
    "après déjeuner": "afternoon",
    "antes do almoço": "morning",
    "depois do almoço": "afternoon",
    "vor dem mittagessen": "morning",
    "nach dem mittagessen": "afternoon",
    "a primera hora": "morning",
    "primera hora": "morning",
    "à la première heure": "morning",
    "première heure": "morning",
    "logo cedo": "morning",
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
    # school lets out in the afternoon: "after school on Wednesday" (with a clock, the clock says it)
    "after school": "afternoon",
    # glued "mid" forms ("mid-morning" and "mid morning" already end in the part's own word)
    "midmorning": "morning",
    "midafternoon": "afternoon",
    "midarvo": "afternoon",
}

# Holidays with a fixed date, by name (month, day): "christmas eve", "boxing day", "nochevieja". A
# holiday named is its next occurrence, like a month and day.
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1),
    "new years day": (1, 1),
    "new year's": (1, 1),
    "año nuevo": (1, 1),
    "jour de l'an": (1, 1),
    "valentine's day": (2, 14),
    "valentines day": (2, 14),
    "independence day": (7, 4),
    "halloween": (10, 31),
    "christmas eve": (12, 24),
    "xmas eve": (12, 24),
    "nochebuena": (12, 24),
    "heiligabend": (12, 24),
    "véspera de natal": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
    "xmas": (12, 25),
    "navidad": (12, 25),
    "noël": (12, 25),
    "natal": (12, 25),
    "boxing day": (12, 26),
    "new year's eve": (12, 31),
    "new years eve": (12, 31),
    "nye": (12, 31),
    "nochevieja": (12, 31),
    "saint-sylvestre": (12, 31),
    "silvester": (12, 31),
    # issue 13 (h13time5): the rest of the December-January holidays, and the southern summer's
    "christmas eve eve": (12, 23),
    "new year": (1, 1),
    "new years": (1, 1),
    "nouvel an": (1, 1),
    "neujahr": (1, 1),
    "ano novo": (1, 1),
    "ano-novo": (1, 1),
    "epiphany": (1, 6),
    "three kings day": (1, 6),
    "three kings' day": (1, 6),
    "3 kings day": (1, 6),
    "día de reyes": (1, 6),
    "dia de reyes": (1, 6),
    "día de los reyes": (1, 6),
    "día de reyes magos": (1, 6),
    "dia de reis": (1, 6),
    "dia dos reis": (1, 6),
    "épiphanie": (1, 6),
    "jour des rois": (1, 6),
    "dreikönigstag": (1, 6),
    "heilige drei könige": (1, 6),
    "australia day": (1, 26),
    "waitangi day": (2, 6),
    "anzac day": (4, 25),
    "st patrick's day": (3, 17),
    "st patricks day": (3, 17),
    "canada day": (7, 1),
}

# Holidays whose date moves with the year: each is a day counted from an anchor that
# `timewords.moveable_anchor` computes (Easter by the Gregorian computus; the US Monday and
# Thursday holidays by their rule), so "the Monday after Easter" and "Good Friday" fall right
# in any year rather than on a weekday of the current week.
MOVEABLE_HOLIDAYS: dict[str, tuple[str, int]] = {
    "easter": ("easter", 0),
    "easter sunday": ("easter", 0),
    "easter monday": ("easter", 1),
    "good friday": ("easter", -2),
    "holy saturday": ("easter", -1),
    "pascua": ("easter", 0),
    "viernes santo": ("easter", -2),
    "pâques": ("easter", 0),
    "lundi de pâques": ("easter", 1),
    "vendredi saint": ("easter", -2),
    "ostern": ("easter", 0),
    "ostermontag": ("easter", 1),
    "karfreitag": ("easter", -2),
    "thanksgiving": ("thanksgiving", 0),
    "thanksgiving day": ("thanksgiving", 0),
    "black friday": ("thanksgiving", 1),
    "labor day": ("labor day", 0),
    "labour day": ("labor day", 0),
    "memorial day": ("memorial day", 0),
    "mlk day": ("mlk day", 0),
    "mlk": ("mlk day", 0),
    "martin luther king day": ("mlk day", 0),
    "martin luther king jr day": ("mlk day", 0),
    "martin luther king jr. day": ("mlk day", 0),
    "presidents day": ("presidents day", 0),
    "presidents' day": ("presidents day", 0),
    "president's day": ("presidents day", 0),
}

# Day words relative to the day the message arrives.
# The "America/..." zones of the US and Canada, whose customers write a date month first ("3/4" is
# March 4th); the rest of the Americas write the day first, as Europe and Australia do (h13time8).
MONTH_FIRST_AMERICAN_ZONES: frozenset[str] = frozenset(
    "New_York Detroit Chicago Denver Phoenix Los_Angeles Anchorage Juneau Sitka Metlakatla Yakutat Nome Adak "
    "Boise Menominee Puerto_Rico Indianapolis Louisville Fort_Wayne Knox_IN "
    "Indiana/Indianapolis Indiana/Knox Indiana/Marengo Indiana/Petersburg Indiana/Tell_City Indiana/Vevay "
    "Indiana/Vincennes Indiana/Winamac Kentucky/Louisville Kentucky/Monticello North_Dakota/Beulah "
    "North_Dakota/Center North_Dakota/New_Salem "
    "St_Johns Halifax Glace_Bay Moncton Goose_Bay Toronto Montreal Nipigon Thunder_Bay Iqaluit Winnipeg "
    "Rainy_River Rankin_Inlet Resolute Regina Swift_Current Edmonton Cambridge_Bay Yellowknife Inuvik "
    "Creston Dawson_Creek Fort_Nelson Whitehorse Dawson Vancouver Atikokan Blanc-Sablon Coral_Harbour "
    "Pangnirtung".split()
)

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
    # "ce soir", "ce matin": today, with its part of day (h13time8)
    "ce soir": 0,
    "ce matin": 0,
    "cet après-midi": 0,
    "cet apres-midi": 0,
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

# ---- Time words in other languages (issue 13, h13lang) -----------------------------------------
# The time grammar reads English, Spanish and French words. Texts in Vietnamese, Chinese, Korean,
# Portuguese, German and Tagalog name the same minutes, hours, days and parts of day in their own
# words, often glued to digits ("晚到20分钟", "11시", "15 phút"); normalising rewrites them, as
# regexes applied in order (longest first), to the words the grammar reads, padded with spaces so
# that text without spaces between words (Chinese, Korean) gets word edges. `<n>` stands for a
# count in digits or Chinese numerals, rewritten to digits. Per language: a pattern that must be
# in the text for that language's rules to run (most texts hold none), then the rules.
_GERMAN_HOURS = "eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf".split()

FOREIGN_TIME_WORDS: dict[str, tuple[str, tuple[tuple[str, str], ...]]] = {
    # Vietnamese, with and without diacritics ("trễ 15 phút", "ngày mai buổi sáng", "10 giờ 45"); a bare
    # "thu 2" stays English ("see you thu 2" is Thursday at 2), "thứ 2" and "thu hai" are Monday
    "vietnamese": (
        r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]|\b(?:phut|phút|gio|tieng|ngay|ngày|sáng|buoi|nua|ruoi|t[2-7]|thu (?:hai|ba|tu|nam|sau|bay)|chu nhat)\b",
        (
            (r"\b(?:nửa|nua) (?:tiếng|tieng|giờ|gio)\b", " 30 minutes "),
            (r"\b(\d{1,3}) ?(?:phút|phut)\b", r" \1 minutes "),
            (r"\b(trễ|tre|muộn|muon|thêm|them|mất|mat) (\d) (?:giờ|gio|tiếng|tieng)\b", r" \1 \2 hours "),
            (r"\b(\d{1,2}) ?(?:tiếng|tieng)\b", r" \1 hours "),
            # "2 rưỡi chiều", "3 giờ rưỡi sáng": the half hour with its part of day (issue 13, h13time13)
            (
                r"\b(\d{1,2}) ?(?:(?:giờ|gio|h) )?(?:rưỡi|ruoi) (?:chiều|chieu)\b",
                r" at \1:30 in the afternoon ",
            ),
            (
                r"\b(\d{1,2}) ?(?:(?:giờ|gio|h) )?(?:rưỡi|ruoi) (?:sáng|sang)\b(?! (?:mai|nay))",
                r" at \1:30 in the morning ",
            ),
            (
                r"\b(\d{1,2}) ?(?:(?:giờ|gio|h) )?(?:rưỡi|ruoi) (?:tối|toi)\b(?! (?:mai|nay))",
                r" at \1:30 in the evening ",
            ),
            (r"\b(\d{1,2}) ?(?:giờ|gio|h) (?:rưỡi|ruoi)\b|\b(\d{1,2}) (?:rưỡi|ruoi)\b", r" at \1\2:30 "),
            (r"\b(\d{1,2}) (?:giờ|gio) (\d{2})(?: phút| phut)?\b", r" at \1:\2 "),
            (r"\b(?:lúc|luc|khoảng|khoang) (\d{1,2}) ?(?:giờ|gio)\b|\b(\d{1,2}) (?:giờ|gio)\b", r" at \1\2 "),
            (r"\b(?:sáng mai)\b", " tomorrow morning "),
            (r"\b(?:chiều mai)\b", " tomorrow afternoon "),
            (r"\b(?:tối mai)\b", " tomorrow evening "),
            (r"\b(?:ngày mai|ngay mai)\b", " tomorrow "),
            (r"\b(?:ngày mốt|ngay mot|ngày kia|ngay kia)\b", " day after tomorrow "),
            (r"\b(?:hôm nay|hom nay)\b", " today "),
            (r"\b(?:sáng nay)\b", " morning "),
            (r"\b(?:chiều nay)\b", " afternoon "),
            (r"\b(?:tối nay)\b", " tonight "),
            (r"\b(?:buổi sáng|buoi sang)\b", " morning "),
            (r"\b(?:buổi chiều|buoi chieu)\b", " afternoon "),
            (r"\b(?:buổi tối|buoi toi)\b", " evening "),
            (r"\b(?:thứ hai|thứ 2|t2|thu hai)\b", " monday "),
            (r"\b(?:thứ ba|thứ 3|t3|thu ba)\b", " tuesday "),
            (r"\b(?:thứ tư|thứ 4|t4|thu tu)\b", " wednesday "),
            (r"\b(?:thứ năm|thứ 5|t5|thu nam)\b", " thursday "),
            (r"\b(?:thứ sáu|thứ 6|t6|thu sau)\b", " friday "),
            (r"\b(?:thứ bảy|thứ 7|t7|thu bay)\b", " saturday "),
            (r"\b(?:chủ nhật|chu nhat)\b", " sunday "),
        ),
    ),
    # Chinese, simplified and traditional ("晚到20分钟", "明天上午", "十一點半", "下周一")
    "chinese": (
        r"[\u3400-\u9fff]",
        (
            # "一个半小时" an hour and a half, "三点一刻" 3:15, "三点三刻" 3:45 (issue 13, h13time13)
            (r"(<n>) ?(?:个|個)半(?:小时|小時|钟头|鐘頭)", r" \1 and a half hours "),
            (r"半(?:个|個)?(?:小时|小時|钟头|鐘頭)|半(?:个|個)钟", " 30 minutes "),
            (r"一刻(?:钟|鐘)", " 15 minutes "),
            (r"(?<![晚早快慢多少好等有])(<n>) ?[点點]一刻", r" at \1:15 "),
            (r"(?<![晚早快慢多少好等有])(<n>) ?[点點]三刻", r" at \1:45 "),
            (r"(<n>) ?(?:分钟|分鐘|分鍾)", r" \1 minutes "),
            (r"(<n>) ?(?:个|個)?(?:小时|小時|钟头|鐘頭)", r" \1 hours "),
            # "一点" after 晚, 早, 快, 有 is "a bit" ("晚一点" a bit later), not one o'clock
            (r"(?<![晚早快慢多少好等有])(<n>) ?[点點]半", r" at \1:30 "),
            (r"(?<![晚早快慢多少好等有])(<n>) ?[点點] ?(<n>) ?分?", r" at \1:\2 "),
            (r"(?<![晚早快慢多少好等有])(<n>) ?[点點](?:钟|鐘)?", r" at \1 "),
            (r"明天|明日", " tomorrow "),
            (r"后天|後天", " day after tomorrow "),
            (r"今天|今日", " today "),
            (r"今晚", " tonight "),
            (r"上午|早上|早晨", " morning "),
            (r"下午", " afternoon "),
            (r"晚上|傍晚", " evening "),
            # 下周三, 下星期五, 下个礼拜一: that weekday of next calendar week; 这周三, 周三: the coming one
            (r"下(?:个|個)?(?:星期|礼拜|禮拜|周|週)一", " next week monday "),
            (r"下(?:个|個)?(?:星期|礼拜|禮拜|周|週)二", " next week tuesday "),
            (r"下(?:个|個)?(?:星期|礼拜|禮拜|周|週)三", " next week wednesday "),
            (r"下(?:个|個)?(?:星期|礼拜|禮拜|周|週)四", " next week thursday "),
            (r"下(?:个|個)?(?:星期|礼拜|禮拜|周|週)五", " next week friday "),
            (r"下(?:个|個)?(?:星期|礼拜|禮拜|周|週)六", " next week saturday "),
            (r"下(?:个|個)?(?:星期|礼拜|禮拜|周|週)[日天]", " next week sunday "),
            (r"(?:这|這)?(?:个|個)?(?:星期|礼拜|禮拜|周|週)一", " monday "),
            (r"(?:这|這)?(?:个|個)?(?:星期|礼拜|禮拜|周|週)二", " tuesday "),
            (r"(?:这|這)?(?:个|個)?(?:星期|礼拜|禮拜|周|週)三", " wednesday "),
            (r"(?:这|這)?(?:个|個)?(?:星期|礼拜|禮拜|周|週)四", " thursday "),
            (r"(?:这|這)?(?:个|個)?(?:星期|礼拜|禮拜|周|週)五", " friday "),
            (r"(?:这|這)?(?:个|個)?(?:星期|礼拜|禮拜|周|週)六", " saturday "),
            (r"(?:这|這)?(?:个|個)?(?:星期|礼拜|禮拜|周|週)[日天]", " sunday "),
            (r"(?:下|下个|下個)(?:星期|礼拜|禮拜|周|週)", " next week "),
        ),
    ),
    # Korean ("20분", "11시 30분", "내일 오전", "금요일")
    "korean": (
        r"[\uac00-\ud7af]",
        (
            (r"(\d{1,2}) ?시 ?반", r" at \1:30 "),
            (r"(\d{1,2}) ?시 ?(\d{1,2}) ?분", r" at \1:\2 "),
            # "1시간 반", "한 시간 반" an hour and a half, "한 시간" an hour, hours in native numerals (h13time13)
            (r"(\d{1,2}) ?시간 ?반", r" \1 and a half hours "),
            *(
                rule
                for word, count in (("한", 1), ("두", 2), ("세", 3), ("네", 4))
                for rule in (
                    (rf"(?<![\uac00-\ud7af]){word} ?시간 ?반", f" {count} and a half hours "),
                    (
                        rf"(?<![\uac00-\ud7af]){word} ?시간(?!째)",
                        f" {count} hours ",
                    ),  # "세 시간째 기다려" waited 3 hours
                )
            ),
            (r"(\d{1,2}) ?시간", r" \1 hours "),
            (r"(\d{1,2}) ?시(?!간)", r" at \1 "),
            (r"(\d{1,3}) ?분", r" \1 minutes "),
            (r"내일", " tomorrow "),
            (r"모레", " day after tomorrow "),
            (r"오늘", " today "),
            (r"오전|아침", " morning "),
            (r"오후", " afternoon "),
            (r"저녁", " evening "),
            (r"월요일", " monday "),
            (r"화요일", " tuesday "),
            (r"수요일", " wednesday "),
            (r"목요일", " thursday "),
            (r"금요일", " friday "),
            (r"토요일", " saturday "),
            (r"일요일", " sunday "),
        ),
    ),
    # Portuguese, Brazil and Portugal ("amanhã de manhã", "meia hora", "sexta-feira", "às 11h")
    "portuguese": (
        r"\b(?:amanh|hoje|(?:de|pela) manh|(?:à|a|de|pela) tarde|noite|segunda|sexta|ter[çc]a|quarta|quinta|meia hora|minutinh|vinte|quinze|trinta|dez|às|as \d|"
        r"meio-dia|pelas|depois das?|antes das?|entre \d|fim do mês|fim de semana|próxim|que vem|s[áa]bado|domingo|em \d|chego)",
        (
            (r"\bmeia hora\b", " 30 minutes "),
            (r"\bvinte e cinco(?= min)", "25"),
            (r"\bdez(?= min)", "10"),
            (r"\bquinze(?= min)", "15"),
            (r"\bvinte(?= min)", "20"),
            (r"\btrinta(?= min)", "30"),
            (r"\bminutinhos?\b", " minutes "),
            (r"\bdepois de amanh[ãa]\b", " day after tomorrow "),
            (r"\bamanh[ãa](?: de manh[ãa]| pela manh[ãa]| cedo)\b", " tomorrow morning "),
            (r"\bamanh[ãa](?: à| a| de| pela) tarde\b", " tomorrow afternoon "),
            (r"\bamanh[ãa](?: à| a| de)? noite\b", " tomorrow evening "),
            (r"\bamanh[ãa]\b", " tomorrow "),
            (r"\bhoje(?: à| a)? noite\b", " tonight "),
            (r"\bhoje\b", " today "),
            # "na próxima segunda", "próxima sexta-feira": the coming weekday, as "next monday" is
            (r"\bpr[óo]xim[ao] (segunda|ter[çc]a|quarta|quinta|sexta)(?:-feira)?\b", r" next \1-feira "),
            (r"\bpr[óo]ximo (s[áa]bado|domingo)\b", r" next \1 "),
            (r"\b(?:o |no |neste |este )?fim de semana\b", " weekend "),
            (r"(?<!vez )\b(?:de|pela) manh[ãa]\b", " morning "),
            (r"(?:\bà|\ba|\bde|\bpela) tarde\b", " afternoon "),
            (r"(?:\bà|\ba|\bde) noite\b", " evening "),
            (
                r"(?:(?<=\bna )|(?<=\bpra )|(?<=\bpara )|(?<=\bser )|(?<=\bat[ée] )|(?<=\bé )|(?<=\bdizer )|(?<=\bnão )|(?<=\bnao )|(?<=\d de )|(?<=\dh de )|(?<=meia de )|(?<=meio-dia de )|^)segunda\b(?!-)|\bsegunda\b(?=,?\s+(?:às|as \d|de manh|pela manh|à tarde|a tarde|de tarde|à noite|de noite|depois|antes|entre|que vem|cedo|ou|morning|afternoon|evening)\b)|\bsegunda-feira\b",
                " monday ",
            ),
            (
                r"(?:(?<=\bna )|(?<=\bpra )|(?<=\bpara )|(?<=\bser )|(?<=\bat[ée] )|(?<=\bé )|(?<=\bdizer )|(?<=\bnão )|(?<=\bnao )|(?<=\d de )|(?<=\dh de )|(?<=meia de )|(?<=meio-dia de )|^)(?:terça|terca)\b(?!-)|\b(?:terça|terca)\b(?=,?\s+(?:às|as \d|de manh|pela manh|à tarde|a tarde|de tarde|à noite|de noite|depois|antes|entre|que vem|cedo|ou|morning|afternoon|evening)\b)|\b(?:terça|terca)-feira\b",
                " tuesday ",
            ),
            (
                r"(?:(?<=\bna )|(?<=\bpra )|(?<=\bpara )|(?<=\bser )|(?<=\bat[ée] )|(?<=\bé )|(?<=\bdizer )|(?<=\bnão )|(?<=\bnao )|(?<=\d de )|(?<=\dh de )|(?<=meia de )|(?<=meio-dia de )|^)quarta\b(?!-)|\bquarta\b(?=,?\s+(?:às|as \d|de manh|pela manh|à tarde|a tarde|de tarde|à noite|de noite|depois|antes|entre|que vem|cedo|ou|morning|afternoon|evening)\b)|\bquarta-feira\b",
                " wednesday ",
            ),
            (
                r"(?:(?<=\bna )|(?<=\bpra )|(?<=\bpara )|(?<=\bser )|(?<=\bat[ée] )|(?<=\bé )|(?<=\bdizer )|(?<=\bnão )|(?<=\bnao )|(?<=\d de )|(?<=\dh de )|(?<=meia de )|(?<=meio-dia de )|^)quinta\b(?!-)|\bquinta\b(?=,?\s+(?:às|as \d|de manh|pela manh|à tarde|a tarde|de tarde|à noite|de noite|depois|antes|entre|que vem|cedo|ou|morning|afternoon|evening)\b)|\bquinta-feira\b",
                " thursday ",
            ),
            (
                r"(?:(?<=\bna )|(?<=\bpra )|(?<=\bpara )|(?<=\bser )|(?<=\bat[ée] )|(?<=\bé )|(?<=\bdizer )|(?<=\bnão )|(?<=\bnao )|(?<=\d de )|(?<=\dh de )|(?<=meia de )|(?<=meio-dia de )|^)sexta\b(?!-)|\bsexta\b(?=,?\s+(?:às|as \d|de manh|pela manh|à tarde|a tarde|de tarde|à noite|de noite|depois|antes|entre|que vem|cedo|ou|morning|afternoon|evening)\b)|\bsexta-feira\b",
                " friday ",
            ),
            (r"\b(\d{1,2})(?:h)? e meia\b", r"\1:30"),
            (r"\b(\d{1,2})(?:h)? e quinze\b", r"\1:15"),
            (r"\b(\d{1,2})(?:h)? da manh[ãa]\b", r"\1 am"),
            # "3 da tarde" names the afternoon as well as pm (as "5 de la tarde" does) (issue 13, h13time13)
            (r"\b(\d{1,2}(?::\d\d)?)(?:h)? da tarde\b", r"\1 pm in the afternoon"),
            (r"\b(\d{1,2}(?::\d\d)?)(?:h)? da noite\b", r"\1 pm in the evening"),
            (r"\bem (?=\d{1,2}\b(?!\s*(?:h\b|:|de )))", " in "),
            (r"\bàs (\d{1,2})\b|\bas (\d{1,2})(?=h\b|:\d)", r" at \1\2"),
            # the clock's small words ("depois das 3", "lá pelas 11", "entre 13h e 15h", "ao meio-dia")
            (r"\b(?:ao |à )?meio-dia e meia\b", " at 12:30 "),
            (r"\b(?:ao |à )?meio-dia\b", " at noon "),
            (r"\bdepois (?:das?|de) (?=\d)", " after "),
            (r"\bantes (?:das?|de) (?=\d)", " before "),
            (r"\b(?:lá |la )?pelas (?=\d)|\bpor volta das? (?=\d)", " around "),
            (r"\bentre (?:as )?(\d{1,2}(?:h\d\d|h|:\d\d)?) e (?:as )?(?=\d)", r" between \1 and "),
            (r"\bfim do m[êe]s\b", " end of the month "),
            (r"\b(?:na )?pr[óo]xima semana\b|\bsemana que vem\b", " next week "),
            (
                r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|s[áa]bado|domingo) que vem\b",
                r" next \1 ",
            ),
            (r"\bs[áa]bado\b", " saturday "),
            (r"\bdomingo\b", " sunday "),
        ),
    ),
    # French idioms the grammar lacks ("un quart d'heure", "après-demain")
    "french": (
        r"\b(?:un quart|d\'un quart|apr[eè]s|heures?)",
        (
            (r"\b(?:un|d'un) quart d'heure\b", " 15 minutes "),
            # "à 3 heures", "vers 10 heures": an hour on the clock, not three hours
            (r"\b(à|vers|avant|après|apres|pour|jusqu'à) (\d{1,2}) ?heures?\b", r" \1 \2h "),
            (r"\b(?:après|apres)[- ]demain\b", " day after tomorrow "),
            (r"\b[ld]'(apr[eè]s-midi)\b", r" \1 "),
        ),
    ),
    # German ("morgen früh", "gegen 11 Uhr", "eine halbe Stunde")
    "german": (
        r"\b(?:halbe|halben|halb|viertel|stunden?|uhr|morgen|heute|abends?|nachmittags?|vormittags?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|übermorgen|"
        r"mittags?|nächste[nr]?|monats|monatsende|zwischen|viertelstunde|dreiviertelstunde)\b|\b(?:um|am) \d|"
        r"\b(?:mon|diens|donners|frei|sams|sonn)tag(?:vormittag|nachmittag|abend|morgen|früh)|\bmittwoch(?:vormittag|nachmittag|abend|morgen|früh)",
        (
            # issue 13, h13langeu: "eine Viertelstunde", "Donnerstagnachmittag" (a weekday glued to its part of day)
            (r"\b(?:eine |einer )?dreiviertelstunde\b", " 45 minutes "),
            (r"\b(?:eine |einer )?viertelstunde\b", " 15 minutes "),
            (
                r"\b(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)(vormittag|nachmittag|abend|morgen|früh)s?\b",
                r" \1 \2 ",
            ),
            (r"\b(?:eine|einer) halben? stunde\b", " 30 minutes "),
            (r"\b(\d{1,2}) stunden?\b", r" \1 hours "),
            # German "halb 4" is half an hour before 4 (3:30), unlike the English "half 4"
            *((rf"\b(?:um )?halb {hour}\b", f" at {hour - 1 or 12}:30 ") for hour in range(12, 0, -1)),
            # ... and with its hour in words: "gegen halb fünf" (4:30)
            *(
                (rf"\b(?:um |gegen )?halb {word}\b", f" at {hour - 1 or 12}:30 ")
                for hour, word in enumerate(
                    "eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf".split(), start=1
                )
            ),
            # "um halb vier statt vormittags": the part of day replaced is no part asked for (h13time9b)
            (r"\b(?:an)?statt\b", " instead of "),
            # "Viertel nach vier" (4:15), "Viertel vor elf" (10:45) with the hour in words, "dreiviertel elf"
            # (10:45, the south's quarter to) in words or digits; "um" before them stays for the rule that
            # reads it (issue 13, h13time13)
            *(
                (
                    rf"\b((?:um |gegen )?)viertel {kind} {word}\b",
                    r" \1" + (f"{hour}:15 " if kind == "nach" else f"{hour - 1 or 12}:45 "),
                )
                for hour, word in reversed(list(enumerate(_GERMAN_HOURS, start=1)))
                for kind in ("nach", "vor")
            ),
            *(
                (
                    rf"\b((?:um |gegen )?)drei ?viertel (?:{word}|{hour})\b(?! ?(?:minuten|min|stunden?)\b)",
                    r" \1" + f"{hour - 1 or 12}:45 ",
                )
                for hour, word in reversed(list(enumerate(_GERMAN_HOURS, start=1)))
            ),
            (r"\b(?:um )?viertel nach (?=\d)", " quarter past "),
            # "um 4:15 am Freitag": German "am" before a day is never a.m.; dropped, as "on" would count as
            # English when the text's language is told (h13time13)
            (r"\bam (?=(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b)", " "),
            (r"\b(?:um )?viertel vor (?=\d)", " quarter to "),
            (r"\bzwischen (\d{1,2})(?: uhr)? und (\d{1,2})(?: uhr)?", r" between \1 and \2 "),
            (r"\bnach (\d{1,2}(?::\d\d)?)(?: uhr)?", r" after \1 "),
            (r"\bvor (\d{1,2}(?::\d\d)?)(?: uhr)?", r" before \1 "),
            (r"\b(?:ab|gegen) (\d{1,2}(?::\d\d)?)(?: uhr)?", r" from \1 "),
            (r"\b(?:um )?(\d{1,2}) uhr\b", r" at \1:00 "),
            (
                r"\bum (?=\d{1,2}(?::\d\d)?\b(?!\s*(?:minuten|min|stunden?)\b))",
                " at ",
            ),  # "um 10 Minuten" is by ten
            # "am 24.12." is a day and month; "am 3." the 3rd
            (r"\b(\d{1,2})\.(0?[1-9]|1[0-2])\.(?!\d)", r" \1/\2 "),
            (r"\bam (\d{1,2})\.(?!\d)", r" on the \1th "),
            (r"\b(?:ende des monats|monatsende)\b", " end of the month "),
            (r"\bnächste woche\b", " next week "),
            (r"\bnächsten? (?=montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)", " next "),
            (r"\bmorgen mittag\b", " tomorrow at noon "),
            # "Freitag früh": early on a named day is its morning ("bin früh da" is only early)
            (
                "(?:"
                + "|".join(
                    f"(?<={day} )"
                    for day in (
                        "montag",
                        "dienstag",
                        "mittwoch",
                        "donnerstag",
                        "freitag",
                        "samstag",
                        "sonntag",
                    )
                )
                + r")früh\b",
                " morning ",
            ),
            (r"\bmittags?\b", " noon "),
            (r"\bzu hause\b", " home "),
            (
                r"\b(?:ich )?(?:bin|komme|schaffe es(?: erst)?)(?=\s+(?:at|quarter|around|from|after|in \d|home)\b)",
                " I'll be there ",
            ),
            (r"\bheute (?:morgen|früh)\b", " morning "),
            (r"\bübermorgen (?:früh|vormittags?)\b", " day after tomorrow morning "),
            (r"\bmorgen (?:früh|vormittag)\b", " tomorrow morning "),
            (r"\bmorgen nachmittag\b", " tomorrow afternoon "),
            (r"\bmorgen abend\b", " tomorrow evening "),
            (r"\bübermorgen\b", " day after tomorrow "),
            (r"\bmorgen\b", " tomorrow "),
            (r"\bheute\b", " today "),
            (r"\bvormittags?\b", " morning "),
            (r"\bnachmittags?\b", " afternoon "),
            (r"\babends?\b", " evening "),
            (r"\bmontag\b", " monday "),
            (r"\bdienstag\b", " tuesday "),
            (r"\bmittwoch\b", " wednesday "),
            (r"\bdonnerstag\b", " thursday "),
            (r"\bfreitag\b", " friday "),
            (r"\bsamstag\b", " saturday "),
            (r"\bsonntag\b", " sunday "),
        ),
    ),
    # Tagalog ("bukas ng umaga", "mga 11")
    "tagalog": (
        r"\b(?:bukas|mga)\b",
        (
            (r"\bbukas ng umaga\b", " tomorrow morning "),
            (r"\bbukas ng hapon\b", " tomorrow afternoon "),
            (r"\bbukas ng gabi\b", " tomorrow evening "),
            (r"\bbukas\b", " tomorrow "),
            (r"\bmga (\d{1,2})\b(?! ?(?:min|minutes|hours|oras))", r" around \1 "),
        ),
    ),
}
# Italian, Polish, Hindi in Latin script and Russian (issue 13, h13lang2): the languages the r4 sealed
# corpus wrote with no training text ("confermo per domani mattina", "piątek rano", "parso shaam").
# Each names the lateness the grammar's LATENESS words read ("20 minuti di ritardo" -> "20 minutes late").
FOREIGN_TIME_WORDS.update(
    {
        # Italian ("tra 20 minuti", "alle 10 e mezza", "domani mattina", "venerdì pomeriggio")
        "italian": (
            r"\b(?:minut[oi]|mezz'?ora|ore|ora|alle|tardi|decina|ventina|quindicina|verso|prima|delle|dopo|sera|domani|dopodomani|oggi|stasera|stamattina|mattin[ao]|pomeriggio|"
            r"luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|ritardo)\b",
            (
                (r"\b(?:tra|fra) (?:una |un')?mezz'? ?ora\b", " in 30 minutes "),
                (r"\b(?:una |un')?mezz'? ?ora\b", " 30 minutes "),
                (r"\bun quarto d'ora\b", " 15 minutes "),
                (r"\buna decina di minuti\b", " 10 minutes "),
                (r"\buna quindicina di minuti\b", " 15 minutes "),
                (r"\buna ventina di minuti\b", " 20 minutes "),
                (r"\buna mezz'?oretta\b", " 30 minutes "),
                (r"\btardi di\b", " late by "),
                (r"\b(?:tra|fra) (\d{1,3}) ?(?:minuti|minuto|min)\b", r" in \1 minutes "),
                (r"\b(?:tra|fra) (?:circa |una |un )?(\d{1,2}) or[ae]\b", r" in \1 hours "),
                (r"\b(\d{1,3}) ?(?:minuti|minuto)\b", r" \1 minutes "),
                (r"\b(\d{1,2}) or[ae]\b", r" \1 hours "),
                (r"\b(?:in )?ritardo di\b", " late by "),
                (r"\b(?:di|in) ritardo\b", " late "),
                (r"\b(?:alle|verso le|per le) (\d{1,2}) e mezz[ao]\b", r" at \1:30 "),
                # "facciamo 9 e 45", "alle 10 e 15": the minutes after "e" (h15part)
                (r"\b(?:alle|verso le|per le|facciamo(?: alle)?) (\d{1,2}) e ([0-5]\d)\b", r" at \1:\2 "),
                (r"\b(?:alle|verso le|per le) (\d{1,2}) e un quarto\b", r" at \1:15 "),
                (r"\bprima (?:delle|di) (\d{1,2}(?:[:.]\d{2})?)\b", r" before \1 "),
                (r"\b(?:alle|verso le|per le|entro le|dopo le) (\d{1,2}(?:[:.]\d{2})?)\b", r" at \1 "),
                (r"\ball'una\b", " at 1 "),
                (r"\bdomani mattin[ao]\b|\bdomattina\b", " tomorrow morning "),
                (r"\bdomani pomeriggio\b", " tomorrow afternoon "),
                (r"\bdomani sera\b", " tomorrow evening "),
                (r"\bdopodomani\b", " day after tomorrow "),
                (r"\bdomani\b", " tomorrow "),
                (r"\bstamattina\b", " morning "),
                (r"\bstasera\b", " tonight "),
                (r"\boggi\b", " today "),
                (r"\b(?:di |la |in )?mattin(?:a|ata|o)\b", " morning "),
                (r"\b(?:di |il |nel )?pomeriggio\b", " afternoon "),
                (r"\b(?:di|la|in) sera(?:ta)?\b", " evening "),
                (
                    r"\b(luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica) sera\b",
                    r" \1 evening ",
                ),
                # issue 13, h13langeu: "il 18" alone is a day of the month ("preferirei il 18 dopo pranzo")
                (
                    r"\b(?:il|per il|dal|al) (\d{1,2})(?![\d:.,]| ?(?:\w+bre|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|minut|or[ae]\b|euro|€|%|volte|anni))",
                    r" on the \1th ",
                ),
                (r"\bdopo pranzo\b", " afternoon "),
                (r"\bluned[iì]\b", " monday "),
                (r"\bmarted[iì]\b", " tuesday "),
                (r"\bmercoled[iì]\b", " wednesday "),
                (r"\bgioved[iì]\b", " thursday "),
                (r"\bvenerd[iì]\b", " friday "),
                (r"\bsabato\b", " saturday "),
                (r"\bdomenica\b", " sunday "),
            ),
        ),
        # Polish ("za 20 minut", "o wpół do 11", "jutro rano", "w piątek po południu", "spóźnię się 15 minut")
        "polish": (
            r"[ąćęłńśźż]|\b(?:minut[ay]?|godzin[ay]?|jutro|pojutrze|dzisiaj|dziś|dzis|rano|wieczorem|kwadrans|"
            r"poniedzia\w+|wtorek|czwartek|sobot\w|niedziel\w)\b",
            (
                (r"\bza (?:jakie[śs] |oko[łl]o )?p[óo][łl] godziny\b", " in 30 minutes "),
                (r"\bza (?:jakie[śs] |oko[łl]o )?kwadrans\b", " in 15 minutes "),
                (r"\bp[óo][łl] godziny\b", " 30 minutes "),
                (r"\bkwadrans\b", " 15 minutes "),
                (
                    r"\bza (?:jakie[śs] |oko[łl]o |ok\.? )?(\d{1,3}) ?(?:minut[ęey]?|min)\b",
                    r" in \1 minutes ",
                ),
                (r"\bza (?:jakie[śs] |oko[łl]o |ok\.? )?(\d{1,2}) ?godzin[ęya]?\b", r" in \1 hours "),
                (r"\b(\d{1,3}) ?minut[ęey]?\b", r" \1 minutes "),
                (r"\b(\d{1,2}) ?godzin[ęya]?\b", r" \1 hours "),
                *(
                    (rf"\b(?:o |na )?wp[óo][łl] do {hour}\b", f" at {hour - 1 or 12}:30 ")
                    for hour in range(12, 0, -1)
                ),
                (
                    r"\b(?:o|na|przed|po|około|okolo|koło|kolo|do) (\d{1,2}(?:[:.]\d{2})?)\b(?! ?(?:minut|min|godz|<))",
                    r" at \1 ",
                ),
                (r"\bjutro rano\b|\bjutro z rana\b|\bjutro przed po[łl]udniem\b", " tomorrow morning "),
                (r"\bjutro po po[łl]udniu\b", " tomorrow afternoon "),
                (r"\bjutro wieczorem\b", " tomorrow evening "),
                (r"\bpojutrze\b", " day after tomorrow "),
                (r"\bjutro\b", " tomorrow "),
                (r"\bdzi[śs] wieczorem\b|\bdzisiaj wieczorem\b", " tonight "),
                (r"\bdzisiaj\b|\bdzi[śs]\b", " today "),
                (r"\brano\b|\bprzed po[łl]udniem\b", " morning "),
                (r"\bpo po[łl]udniu\b", " afternoon "),
                (r"\bwieczorem\b", " evening "),
                (r"\b(?:w |we )?poniedzia[łl]e?k\w*", " monday "),
                (r"\b(?:we |w )?wtor\w*", " tuesday "),
                (r"\b(?:w |we )?[śs]rod[aęy]\b", " wednesday "),
                (r"\b(?:w |we )?czwart(?:ek|ku|kiem|ki)\b", " thursday "),
                (r"\b(?:w |we )?pi[ąa]t(?:ek|ku)\b", " friday "),
                (r"\b(?:w |we )?sobot[aęy]\b", " saturday "),
                (r"\b(?:w |we )?niedziel[aęi]\b", " sunday "),
            ),
        ),
        # Hindi and Hinglish in Latin script ("20 minute mein", "saade 10 baje", "kal subah", "parso shaam")
        "hindi": (
            r"\b(?:baje|bje|ghant[ae]|mint|minat|mein|kal|parso|parson|aaj|subah|subha|dopahar|dopehar|shaam|"
            r"hoon|hun|hai|pahunch\w*|jaunga|jaungi|jaaunga|raha|rahi|abhi|bhaiya|ji|"
            r"raat|somvar|somvaar|mangalvar|mangalvaar|budhvar|budhvaar|guruvar|guruvaar|shukravar|shukravaar|"
            r"shanivar|shanivaar|ravivar|ravivaar|itvaar|itwar)\b",
            (
                (r"\b(?:aadha|adha|aadhe|adhe) ghant[ae] (?:mein|me|main|mai)\b", " in 30 minutes "),
                (r"\b(?:aadha|adha|aadhe|adhe) ghant[ae]\b", " 30 minutes "),
                (
                    r"\b(\d{1,3}) ?(?:minute|minutes|min|mins|mint|minat)(?: (?:mein|me|main|mai))\b",
                    r" in \1 minutes ",
                ),
                (r"\b(\d{1,2}) ?ghant[ae](?: (?:mein|me|main|mai))\b", r" in \1 hours "),
                (r"\b(\d{1,3}) ?(?:mint|minat)\b", r" \1 minutes "),
                (r"\b(\d{1,2}) ?ghant[ae]\b", r" \1 hours "),
                (r"\b(\d{1,3}) ?(?:minute|minutes|min|mins) (?:der|deri|let)\b", r" \1 minutes late "),
                (r"\bdedh baje\b", " at 1:30 "),
                (r"\bdhai baje\b", " at 2:30 "),
                (r"\b(?:saade|sade|saadhe|sadhe) (\d{1,2}) ?(?:baje|bje)?\b", r" at \1:30 "),
                (r"\b(?:sawa|sava) (\d{1,2}) ?(?:baje|bje)?\b", r" at \1:15 "),
                *(
                    (rf"\b(?:paune|pone) {hour} ?(?:baje|bje)?\b", f" at {hour - 1 or 12}:45 ")
                    for hour in range(12, 0, -1)
                ),
                (r"\b(\d{1,2}(?:[:.]\d{2})?) ?(?:baje|bje)\b", r" at \1 "),
                (r"\bkal (?:subah|subha|savere)\b", " tomorrow morning "),
                (r"\bkal (?:dopahar|dopehar|dopher)\b", " tomorrow afternoon "),
                (r"\bkal (?:shaam|sham|raat)\b", " tomorrow evening "),
                (r"\b(?:parso|parson)\b", " day after tomorrow "),
                (r"\bkal\b", " tomorrow "),
                (r"\baaj (?:shaam|sham|raat)\b", " tonight "),
                (r"\baaj\b", " today "),
                (r"\b(?:subah|subha|savere)\b", " morning "),
                (r"\b(?:dopahar|dopehar|dopher)\b", " afternoon "),
                (r"\b(?:shaam|sham|raat)\b", " evening "),
                (r"\b(?:somvar|somvaar|somwar)\b", " monday "),
                (r"\b(?:mangalvar|mangalvaar|mangalwar)\b", " tuesday "),
                (r"\b(?:budhvar|budhvaar|budhwar)\b", " wednesday "),
                (r"\b(?:guruvar|guruvaar|guruwar|brihaspativar)\b", " thursday "),
                (r"\b(?:shukravar|shukravaar|shukrawar)\b", " friday "),
                (r"\b(?:shanivar|shanivaar|shaniwar)\b", " saturday "),
                (r"\b(?:ravivar|ravivaar|raviwar|itvaar|itwar)\b", " sunday "),
            ),
        ),
        # Russian, Cyrillic and its common Latin spelling ("через 20 минут", "опаздываю на 15 минут",
        # "завтра утром", "в пятницу после обеда", "cherez 20 minut", "zavtra utrom")
        "russian": (
            r"[\u0400-\u04ff]|\b(?:cherez|minut|zavtra|segodnya|utrom|vecherom|opazdyvayu|opozdayu)\b",
            (
                (r"(?:через|cherez)\s+(?:полчаса|пол ?часа|polchasa)", " in 30 minutes "),
                # "буду к часу дня": by one o'clock (issue 13, h13multi13); "около часа" may be an hour long
                (r"(?<![\w])(?:к|в) часу(?: дня)?(?![\w])", " at 1 pm "),
                (r"полчаса|пол ?часа|polchasa", " 30 minutes "),
                (r"четверть часа", " 15 minutes "),
                (
                    r"(?:через|cherez)\s+(?:примерно |около )?(\d{1,3})\s*(?:минут\w*|мин\.?|minut\w*|min)",
                    r" in \1 minutes ",
                ),
                (r"(?:через|cherez) (?:примерно |около )?(\d{1,2}) ?(?:час\w*|chas\w*)", r" in \1 hours "),
                (r"(?:через|cherez) (?:час|chas)\b", " in 1 hours "),
                (r"минут(?:ок)? через (\d{1,3})", r" in \1 minutes "),
                (r"минут(?:ок)? на (\d{1,3})", r" \1 minutes late "),
                (r"(?:на|na) (\d{1,3}) ?(?:минут\w*|мин\.?|minut\w*)", r" \1 minutes late "),
                (r"(?<![\w])(?:в|к|v|k|около) (\d{1,2}) ?(?:час(?:а|ов)?|chas(?:a|ov)?)\b", r" at \1 "),
                (r"(\d{1,3}) ?(?:минут\w*|мин\b\.?|minut\w*)", r" \1 minutes "),
                (r"(\d{1,2}) ?(?:час\w*)", r" \1 hours "),
                (
                    r"(?<![\w])(?:в|к|v|k|около|после|до) (\d{1,2}(?:[:.]\d{2})?)(?! ?(?:минут|мин|час|minut|<))\b",
                    r" at \1 ",
                ),
                # issue 13, h13langeu: "18-го", "на 18-е": a day of the month
                (r"(?<![\w])(?:на )?(\d{1,2})-?(?:го|е)(?![\w])", r" on the \1th "),
                (r"послезавтра утром", " day after tomorrow morning "),
                (r"послезавтра (?:днём|днем|после обеда)", " day after tomorrow afternoon "),
                (r"послезавтра вечером", " day after tomorrow evening "),
                (r"завтра утром|zavtra utrom|завтра с утра", " tomorrow morning "),
                (r"завтра (?:днём|днем|после обеда)|zavtra dnem", " tomorrow afternoon "),
                (r"завтра вечером|zavtra vecherom", " tomorrow evening "),
                (r"послезавтра|poslezavtra", " day after tomorrow "),
                (r"завтра|zavtra", " tomorrow "),
                (r"сегодня вечером|segodnya vecherom", " tonight "),
                (r"сегодня|segodnya", " today "),
                # "на утро", "на вечер": a part of day asked for (issue 13, h14lang)
                (r"(?<![\w])на (?:утро|раннее утро)(?![\w])", " morning "),
                (r"(?<![\w])на вечер(?![\w])", " evening "),
                (r"(?:с )?утр(?:ом|а)\b|\butrom\b", " morning "),
                (r"(?<![\w])(?:днём|днем|после обеда)|\bdnem\b", " afternoon "),
                (r"(?<![\w])до обеда", " morning "),
                (r"вечером|\bvecherom\b", " evening "),
                # issue 13, h13langeu: "во второй половине дня" (the afternoon), "в первой половине дня"
                (r"(?:во |в )?втор(?:ой|ую) половин[еу] дня", " afternoon "),
                (r"(?:в )?перв(?:ой|ую) половин[еу] дня", " morning "),
                (r"(?:в |во )?понедельник", " monday "),
                (r"(?:в |во )?вторник", " tuesday "),
                (r"(?:в |во )?сред[уа]", " wednesday "),
                (r"(?:в |во )?четверг", " thursday "),
                (r"(?:в |во )?пятниц[уа]", " friday "),
                (r"(?:в |во )?суббот[уа]", " saturday "),
                (r"(?:в |во )?воскресенье", " sunday "),
            ),
        ),
    }
)
# Haitian Creole and Arabic (issue 13, h13lang2): "an reta 20 minit", "demen maten", "متأخر 20 دقيقة",
# "بكرة الصبح", "الساعة 10 ونص"; Arabic-Indic digits become ASCII first.
FOREIGN_TIME_WORDS.update(
    {
        "haitian_creole": (
            r"\b(?:minit|demen|apredemen|jodi|maten|apremidi|aprèmidi|aswè|aswe|lendi|madi|mèkredi|mekredi|jedi|"
            r"vandredi|samdi|dimanch|reta|edmi)\b|\d ?è\b",
            (
                (r"\bnan (?:yon )?demi[- ]?(?:è|e|èdtan)\b", " in 30 minutes "),
                (r"\bdemi[- ]?(?:è|e|èdtan)\b", " 30 minutes "),
                (r"\bnan (\d{1,3}) ?minit\b", r" in \1 minutes "),
                (r"\b(\d{1,3}) ?minit\b", r" \1 minutes "),
                (r"\ban reta\b|\banreta\b", " late "),
                (r"\b(?:a|vè|ve) (\d{1,2}) ?(?:è|h) ?edmi\b", r" at \1:30 "),
                (r"\b(?:a|vè|ve) (\d{1,2}(?:[:.]\d{2})?) ?(?:è|h|zè|nè)?(?= |$|[.,!?])", r" at \1 "),
                (r"\bdemen (?:maten|bonè|bone)\b", " tomorrow morning "),
                (r"\bdemen (?:apremidi|aprèmidi)\b", " tomorrow afternoon "),
                (r"\bdemen (?:aswè|aswe)\b", " tomorrow evening "),
                (r"\bapredemen\b", " day after tomorrow "),
                (r"\bdemen\b", " tomorrow "),
                (r"\bjodi a\b|\bjodia\b|\bjodi\b", " today "),
                (r"\bmaten\b", " morning "),
                (r"\b(?:apremidi|aprèmidi)\b", " afternoon "),
                (r"\b(?:aswè|aswe)\b", " evening "),
                (r"\blendi\b", " monday "),
                (r"\bmadi\b", " tuesday "),
                (r"\b(?:mèkredi|mekredi)\b", " wednesday "),
                (r"\bjedi\b", " thursday "),
                (r"\bvandredi\b", " friday "),
                (r"\bsamdi\b", " saturday "),
                (r"\bdimanch\b", " sunday "),
            ),
        ),
        "arabic": (
            r"[\u0600-\u06ff]",
            (
                *((digit, str(value)) for value, digit in enumerate("٠١٢٣٤٥٦٧٨٩")),
                (r"(?:بعد|خلال) (?:نص|نصف) ساع[ةه]", " in 30 minutes "),
                (r"(?:نص|نصف) ساع[ةه]", " 30 minutes "),
                (r"(?:بعد|خلال) ربع ساع[ةه]", " in 15 minutes "),
                (r"ربع ساع[ةه]", " 15 minutes "),
                (
                    r"(?:بعد|خلال) (\d{1,3}) ?(?:دقيق[ةه]|دقائق|دقايق|د)(?![\u0600-\u06ff])",
                    r" in \1 minutes ",
                ),
                (r"(\d{1,3}) ?(?:دقيق[ةه]|دقائق|دقايق)", r" \1 minutes "),
                (r"(\d{1,2}) ?(?:ساعات|ساع[ةه])", r" \1 hours "),
                (r"(?:ال)?ساع[ةه] (\d{1,2}) ?(?:و ?نص|والنص)", r" at \1:30 "),
                (r"(?:ال)?ساع[ةه] (\d{1,2}) ?(?:و ?ربع)", r" at \1:15 "),
                (r"(?:ال)?ساع[ةه] (\d{1,2}(?:[:.]\d{2})?)", r" at \1 "),
                (r"بعد (?:بكر[ةاه]|غد[اًا]?)", " day after tomorrow "),
                (r"(?:بكر[ةاه]|غد[اًا]?) (?:ال)?(?:صبح|صباح)", " tomorrow morning "),
                (r"(?:بكر[ةاه]|غد[اًا]?) (?:العصر|بعد الظهر|الظهر)", " tomorrow afternoon "),
                (r"(?:بكر[ةاه]|غد[اًا]?) (?:ال)?(?:مسا|مساء|ليل)", " tomorrow evening "),
                (r"بكر[ةاه]|(?<![\u0600-\u06ff])غد[اًا]?(?![\u0600-\u06ff])", " tomorrow "),
                (r"اليوم", " today "),
                (r"(?:ال)?(?:صبح|صباح)|صباحا", " morning "),
                (r"العصر|بعد الظهر", " afternoon "),
                (r"(?:ال)?(?:مسا|مساء)|مساءً|بالليل", " evening "),
                (r"(?:يوم )?(?:ال)?(?:[اإ]ثنين|اتنين)", " monday "),
                (r"(?:يوم )?(?:ال)?(?:ثلاثاء|تلات)", " tuesday "),
                (r"(?:يوم )?(?:ال)?(?:[أا]ربعاء|اربع)", " wednesday "),
                (r"(?:يوم )?الخميس", " thursday "),
                (r"(?:يوم )?الجمع[ةه]", " friday "),
                (r"(?:يوم )?السبت", " saturday "),
                (r"(?:يوم )?(?:ال)?[أا]حد", " sunday "),
            ),
        ),
    }
)
# Minute counts spelled out in French, German, Italian, Polish, Russian and Portuguese (issue 13,
# h13langeu): "dix minutes", "zehn Minuten", "dieci minuti", "dziesięć minut", "десять минут",
# "в десяти минутах", "минут на десять", "vinte minutos", "trois quarts d'heure"; rewritten to digits
# only beside a minute word, so "dix" elsewhere stays a word.
_SPELLED_MINUTES: tuple[tuple[str, int], ...] = (
    ("quarante-cinq|fünfundvierzig|quarantacinque|czterdzieści pięć|сорок пять|quarenta e cinco", 45),
    ("vingt-cinq|fünfundzwanzig|venticinque|dwadzieścia pięć|двадцать пять|двадцати пяти|vinte e cinco", 25),
    ("quarante|vierzig|quaranta|czterdzieści|czterdziestu|сорок|сорока|quarenta", 40),
    ("trente|dreißig|dreissig|trenta|trzydzieści|trzydziestu|тридцать|тридцати|trinta", 30),
    ("vingt|zwanzig|venti|dwadzieścia|dwudziestu|двадцать|двадцати|vinte", 20),
    ("quinze|fünfzehn|quindici|piętnaście|pietnascie|piętnastu|пятнадцать|пятнадцати", 15),
    ("dix|zehn|dieci|dziesięć|dziesiec|dziesięciu|dziesieciu|десять|десяти|dez", 10),
    ("cinq|fünf|cinque|pięć|piec|pięciu|пять|пяти|cinco", 5),
)
_MINUTE_WORD = r"(?:minutes?|minuten?|minut[io]|minut[ay]?|минут\w*|minutos?)"
FOREIGN_TIME_WORDS = {
    **{
        "spelled_minutes": (
            r"\b(?:min\w*|минут\w*|quarts? d'heure)|минут",
            (
                (r"\btrois quarts d'heure\b", " 45 minutes "),
                *(
                    (rf"(?<![\w-])(?:{words})(?= (?:de |d')?{_MINUTE_WORD})", f"{value}")
                    for words, value in _SPELLED_MINUTES
                ),
                # "минут на десять", "минут через десять": the count after its word
                *(
                    (rf"(минут(?:ок)? (?:на|через)) (?:{words})(?![\w])", rf"\1 {value}")
                    for words, value in _SPELLED_MINUTES
                ),
            ),
        ),
    },
    **FOREIGN_TIME_WORDS,  # first, so each language's own rules read the digits
}
# Chinese numerals up to 59, as counts and clock hours are written ("二十分钟", "十一點半", "兩個小時").
CHINESE_DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
    "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip


# Issue 13, h13langas: number words before a unit, next week, a day of the month and the customer's
# own arrival verbs, in Vietnamese (with and without diacritics), Tagalog, Chinese, Korean, Hindi
# (Latin and Devanagari), Arabic and Haitian Creole: "mười lăm phút", "kinse minutos", "alas dos ng
# hapon", "ika-15", "십오 분", "다음 주 목요일", "15号", "saade das baje", "अगले हफ्ते", "يوم 15",
# "الساعة عشرة ونص", "kenz minit", "dizè edmi", "semèn pwochèn", "15 desanm". `before` rules run
# ahead of the language's own (they feed it digits), `after` rules once its clock words are read.
def _words_before_unit(
    words: dict[str, int], unit: str, *, not_after: str | None = r"[\w-]"
) -> tuple[tuple[str, str], ...]:
    r"""One rule per number word, longest first, each only right before `unit` and not right after a
    `not_after` character (a script's own letter range where `\w` misses its vowel signs; None: any)."""
    guard = f"(?<!{not_after})" if not_after else ""
    return tuple(
        (rf"{guard}{re.escape(word)}(?= ?(?:{unit}))", f"{value}")
        for word, value in sorted(words.items(), key=lambda item: len(item[0]), reverse=True)
    )


def _extend(
    language: str, hint: str, before: tuple[tuple[str, str], ...], after: tuple[tuple[str, str], ...]
) -> None:
    old_hint, rules = FOREIGN_TIME_WORDS[language]
    FOREIGN_TIME_WORDS[language] = (f"{old_hint}|{hint}" if hint else old_hint, (*before, *rules, *after))


_VI_NUMBERS = {
    "mười lăm": 15, "muoi lam": 15, "mười năm": 15, "mười": 10, "muoi": 10, "hai mươi lăm": 25,
    "hai muoi lam": 25, "hai mươi": 20, "hai muoi": 20, "ba mươi": 30, "ba muoi": 30,
    "bốn mươi lăm": 45, "bon muoi lam": 45, "bốn mươi": 40, "bon muoi": 40, "năm": 5, "nam": 5,
}  # fmt: skip
_extend(
    "vietnamese",
    r"\b(?:tuần|tuan|mười|muoi|sang mai|chieu mai)\b",
    (
        *_words_before_unit(_VI_NUMBERS, r"phút|phut|tiếng|tieng"),
        (r"\b(?:tuần|tuan) (?:sau|tới|toi)\b", " next week "),
        (r"\b(?:buổi )?sáng (thứ \S+|chủ nhật)", r" \1 morning "),
        (r"\b(?:buổi )?chiều (thứ \S+|chủ nhật)", r" \1 afternoon "),
        (r"\b(?:buổi )?tối (thứ \S+|chủ nhật)", r" \1 evening "),
        (r"\b(\d{1,2}) (?:giờ|gio)(?: (\d{2}))? (?:chiều|chieu)\b", r" at \1:\2 in the afternoon "),
        (
            r"\b(\d{1,2}) (?:giờ|gio)(?: (\d{2}))? (?:sáng|sang)\b(?! (?:mai|nay))",
            r" at \1:\2 in the morning ",
        ),
        (r"\b(\d{1,2}) (?:giờ|gio)(?: (\d{2}))? (?:tối|toi)\b(?! (?:mai|nay))", r" at \1:\2 in the evening "),
        (
            r"\b(?:vào )?(?:ngày|ngay) (\d{1,2})(?: (?:tháng|thang) \d{1,2})?\b(?! ?(?:phút|phut|ngày|ngay))",
            r" the \1th ",
        ),
        (r"\bsang sang mai\b", " sang tomorrow morning "),
        (r"(?<!doi )(?<!chuyen )(?<!qua )\bsang mai\b", " tomorrow morning "),
        (r"\bchieu mai\b", " tomorrow afternoon "),
        (r"\b(?:mới|moi) (?:về|ve)(?: (?:được|duoc|nhà|nha|tới nhà|toi nha))?\b", " getting there "),
        (r"\bmai(?= (?:được|duoc|nhé|nhe|nha|thì|thi)\b)", " tomorrow "),
        (r"\b(để|hẹn|hen) mai\b", r" \1 tomorrow "),
    ),
    (),
)
_TL_NUMBERS = {
    "limang": 5, "sampung": 10, "labinlimang": 15, "dalawampung": 20, "tatlumpung": 30,
    "singko": 5, "sinko": 5, "diyes": 10, "dies": 10, "kinse": 15, "beinte singko": 25, "bente singko": 25,
    "beinte": 20, "bente": 20, "trenta": 30, "treinta": 30, "kuwarenta'y singko": 45, "kwarenta y singko": 45,
}  # fmt: skip
_TL_HOURS = {
    "una": 1, "dos": 2, "tres": 3, "kuwatro": 4, "kwatro": 4, "singko": 5, "sais": 6, "siyete": 7,
    "syete": 7, "otso": 8, "nuwebe": 9, "diyes": 10, "onse": 11, "dose": 12,
}  # fmt: skip
_extend(
    "tagalog",
    r"\b(?:alas|makalawa|sampung|limang|labinlimang|dalawampung|tatlumpung|kinse|beinte|bente|trenta|kalahating|oras|ika-?\d|huwebes|biyernes|miyerkules|susunod|hapon|umaga|nandiyan|nandyan|andyan|darating|makakarating)\b",
    (
        *_words_before_unit(_TL_NUMBERS, r"minutos?|minutes?|mins?\b"),
        (r"\b(\d{1,3}) minuto\b", r" \1 minutes "),
        # "alas dose" and "alas-dose" alike (issue 13, h13multi13)
        *((rf"\balas[- ]{word}\b", f" alas {value}") for word, value in _TL_HOURS.items()),
        (r"\balas (\d{1,2}) (?:y|i) (?:medya|media|kalahati)\b", r" at \1:30 "),
        (r"\balas[- ](\d{1,2})(?::(\d{2}))?\b", r" at \1:\2 "),
        (r"\b(?:kalahating|kalahati ng) oras\b", " 30 minutes "),
        (r"\bisang oras\b", " 1 hours "),
        (r"\b(\d{1,2}) oras\b", r" \1 hours "),
        (r"\b(?:sa )?susunod na linggo\b|\bnext week\b", " next week "),
        (r"\b(?:sa )?ika-? ?(\d{1,2})\b", r" the \1th "),
        (r"\b(?:ng|sa) umaga\b", " in the morning "),
        (r"\b(?:ng|sa) hapon\b", " in the afternoon "),
        (r"\b(?:ng|sa) gabi\b", " in the evening "),
        (r"\bhapon\b", " afternoon "),
        (r"\bumaga\b", " morning "),
        (r"\b(?:sa )?miyerkules\b", " wednesday "),
        (r"\b(?:sa )?huwebes\b", " thursday "),
        (r"\b(?:sa )?biyernes\b", " friday "),
        (r"\b(?:sa )?linggo\b(?! (?:na|ang))", " sunday "),
        (
            r"\b(?:nandiyan|nandyan|andiyan|andyan) (?:na )?(?:po )?ako\b|\b(?:darating|dadating|makakarating|makakauwi) (?:na )?(?:po )?ako\b",
            " i'll be there ",
        ),
        (r"\bbandang\b", " around "),
        (r"\b(?:sa )?makalawa\b", " day after tomorrow "),
        (r"\b(?:na )?(?:po )?ako (?:makakarating|makarating|darating|dadating)\b", " getting there "),
        (r"\b(\d{1,3}) (minutes|hours) pa (?:po )?ako\b", r" i'll be there in \1 \2 "),
    ),
    (),
)
_extend(
    "chinese",
    "",
    (),
    (
        (r"(\d{1,2}) ?[号號日](?![楼樓门門室])", r" the \1th "),
        (r"(at \d{1,2}(?::\d\d)?) ?(?:左右|前后|前後|之前)? ?(?:到家|回到家|回家|到)", r" i'll be home \1 "),
        (
            r"(\d{1,3} minutes) ?(?:后|後|以后|以後|之后|之後)(?:就)?(?:能)?(?:到家|到|回家|回到家)",
            r" i'll be there in \1 ",
        ),
    ),
)
_KO_NUMBERS = {
    "오": 5, "십": 10, "십오": 15, "이십": 20, "이십오": 25, "삼십": 30, "사십": 40, "사십오": 45,
}  # fmt: skip
_extend(
    "korean",
    "",
    tuple(
        (rf"(?<![\uac00-\ud7af]){re.escape(word)}(?= ?분)", f"{value}")
        for word, value in sorted(_KO_NUMBERS.items(), key=lambda item: len(item[0]), reverse=True)
    )
    + (
        (r"다음 ?주", " next week "),
        (r"(\d{1,2}) ?일(?! ?(?:동안|째|전|후|만에|간))", r" the \1th "),
    ),
    (
        (r"(\d{1,3}) minutes ?(?:후에?|뒤에?|있으면|안에|내로)", r" in \1 minutes "),
        (
            r"(?:집에 )?(?:도착할 (?:거예요|것 같아요|예정이에요|예정입니다)|도착할게요|도착해요|도착합니다|도착 예정)"
            r"|(?<![\uac00-\ud7af])(?:갈게요|갈 거예요|가요)",
            " getting there ",
        ),
    ),
)
_HI_MINUTES = {
    "paanch": 5, "panch": 5, "das": 10, "pandrah": 15, "pandra": 15, "bees": 20, "pachees": 25, "pachis": 25,
    "tees": 30, "paintalis": 45,
}  # fmt: skip
_HI_HOURS = {
    "ek": 1, "do": 2, "teen": 3, "chaar": 4, "char": 4, "paanch": 5, "panch": 5, "chhe": 6, "chhah": 6,
    "saat": 7, "aath": 8, "nau": 9, "das": 10, "gyarah": 11, "gyara": 11, "barah": 12, "bara": 12,
}  # fmt: skip
_extend(
    "hindi",
    r"\b(?:pandrah|pandra|bees|tees|pachees|das|gyarah|gyara|barah)\b",
    (
        *_words_before_unit(_HI_MINUTES, r"minute|minutes|min\b|mins\b|mint\b|minat\b"),
        *(
            (rf"\b(saade|sade|saadhe|sadhe|sawa|sava|paune|pone) {word}\b", rf"\1 {value}")
            for word, value in _HI_HOURS.items()
        ),
        *((rf"\b{word}(?= ?(?:baje|bje)\b)", f"{value}") for word, value in _HI_HOURS.items()),
    ),
    (
        (
            r"\b(?:tak |tk )?(?:ghar )?(?:pahunch|pohonch|pahuch)(?: jaunga| jaungi| jaaunga| jayenge| jaenge|unga|ungi|enge)\b",
            " getting there ",
        ),
    ),
)
FOREIGN_TIME_WORDS["hindi_devanagari"] = (
    r"[\u0900-\u097f]",
    (
        *((digit, str(value)) for value, digit in enumerate("०१२३४५६७८९")),
        (r"(?:आधा|आधे) (?:घंटा|घंटे|घण्टा)(?: (?:में|मे))?", " 30 minutes "),
        (r"(\d{1,3}) ?मिनट (?:में|मे)", r" in \1 minutes "),
        (r"(\d{1,3}) ?मिनट", r" \1 minutes "),
        (r"(\d{1,2}) ?(?:घंटे|घंटा|घण्टे) (?:में|मे)", r" in \1 hours "),
        (r"(\d{1,2}) ?(?:घंटे|घंटा|घण्टे)", r" \1 hours "),
        (r"(?:लेट|देर)", " late "),
        (r"(?:साढ़े|साढे) (\d{1,2})(?: बजे)?", r" at \1:30 "),
        (r"(?:सवा) (\d{1,2})(?: बजे)?", r" at \1:15 "),
        (r"(\d{1,2}(?::\d\d)?) बजे", r" at \1 "),
        (r"(\d{1,2}) तारीख", r" the \1th "),
        (r"कल सुबह", " tomorrow morning "),
        (r"कल दोपहर", " tomorrow afternoon "),
        (r"कल शाम", " tomorrow evening "),
        (r"कल", " tomorrow "),
        (r"आज", " today "),
        (r"सुबह", " morning "),
        (r"दोपहर", " afternoon "),
        (r"शाम", " evening "),
        (r"अगले (?:हफ्ते|हफ़्ते|सप्ताह)", " next week "),
        (r"सोमवार", " monday "),
        (r"मंगलवार", " tuesday "),
        (r"बुधवार", " wednesday "),
        (r"गुरुवार|बृहस्पतिवार", " thursday "),
        (r"शुक्रवार", " friday "),
        (r"शनिवार", " saturday "),
        (r"रविवार", " sunday "),
        (r"(?:पहुँच|पहुंच)(?:ूँगा|ूंगा|ूँगी|ूंगी| जाऊँगा| जाऊंगा| जाऊँगी| जाऊंगी| जाएंगे| जायेंगे)", " getting there "),
    ),
)
_AR_HOURS = {
    "وحدة": 1, "واحدة": 1, "ثنتين": 2, "اثنين": 2, "تنتين": 2, "ثلاث": 3, "تلاتة": 3, "ثلاثة": 3, "أربع": 4,
    "اربع": 4, "خمس": 5, "ست": 6, "سبع": 7, "ثمان": 8, "تمانية": 8, "ثمانية": 8, "تسع": 9, "عشر": 10, "عشرة": 10,
    "حداش": 11, "احدعش": 11, "إحدى عشر": 11, "اطناش": 12, "اثنا عشر": 12,
    # the written hour as an ordinal, "الساعة العاشرة صباحاً" (issue 13, h13multi13)
    "الواحدة": 1, "الثانية": 2, "الثالثة": 3, "الرابعة": 4, "الخامسة": 5, "السادسة": 6, "السابعة": 7,
    "الثامنة": 8, "التاسعة": 9, "العاشرة": 10, "الحادية عشرة": 11, "الحادية عشر": 11, "الثانية عشرة": 12,
    "الثانية عشر": 12,
}  # fmt: skip
_extend(
    "arabic",
    "",
    ((r"لل(سبت|[أا]حد|[اإ]ثنين|ثلاثاء|[أا]ربعاء|خميس|جمع[ةه])", r" ال\1"),)
    + tuple(
        (rf"((?:ال)?ساع[ةه]) {re.escape(word)}(?![\u0600-\u06ff])", rf"\1 {value}")
        for word, value in sorted(_AR_HOURS.items(), key=lambda item: len(item[0]), reverse=True)
    ),
    (
        (r"(?:ال)?[أا]سبوع (?:ال)?(?:جاي|جاية|قادم|الجاي|الجاية|القادم|الياي)|الجمعة الجاية", " next week "),
        (r"يوم (\d{1,2})(?![\d:])", r" the \1th "),
        # "الساعة الثالثة عصراً", "الواحدة ظهراً", "السابعة مساءً": the hour's part of day (issue 13, h13multi13)
        (r"(at \d{1,2}(?::\d\d)?) ?(?:ال)?ظهر(?:اً|ا|ًا)?(?![\u0620-\u064a])", r"\1 pm "),
        (r"(?<![\u0620-\u064a])عصر(?:اً|ا|ًا)(?![\u0620-\u064a])", " afternoon "),
        (r"(?<![\u0620-\u064a])مساء(?:ً|اً)(?![\u0620-\u064a])", " evening "),
        (
            r"(?:بكون|بكون موجود|راح أكون|رح كون|سأكون|سوف أكون|هكون|حكون) (?:في |ب)?(?:ال)?(?:بيت|منزل|هناك|عندكم)",
            " i'll be home ",
        ),
    ),
)
_HT_NUMBERS = {
    "senk": 5, "dis": 10, "kenz": 15, "ven": 20, "vennsenk": 25, "trant": 30, "karant": 40, "karannsenk": 45,
}  # fmt: skip
_HT_HOURS = {
    "inè": 1, "ine": 1, "dezè": 2, "deze": 2, "twazè": 3, "twaze": 3, "katrè": 4, "katre": 4, "senkè": 5,
    "senke": 5, "sizè": 6, "size": 6, "setè": 7, "sete": 7, "uitè": 8, "uite": 8, "nevè": 9, "neve": 9,
    "dizè": 10, "dize": 10, "onzè": 11, "onze": 11, "midi": 12,
}  # fmt: skip
_HT_MONTHS = {
    "janvye": "january", "fevriye": "february", "mas": "march", "avril": "april", "me": "may", "jen": "june",
    "jiyè": "july", "jiye": "july", "out": "august", "septanm": "september", "oktòb": "october",
    "oktob": "october", "novanm": "november", "desanm": "december",
}  # fmt: skip
_extend(
    "haitian_creole",
    r"\b(?:kenz|ven|kras|trant|dizè|onzè|midi|semèn|semenn|pwochèn|pwochen|desanm|lakay)\b",
    (
        *_words_before_unit(_HT_NUMBERS, r"minit"),
        *((rf"\b(?:a|vè|ve) {word}\b", f" a {value}è") for word, value in _HT_HOURS.items()),
        (r"\ban reta (?:yon )?ti kras\b", " late"),
        (r"\b(?:semèn|semenn) (?:pwochèn|pwochen|kap vini)(?: nan| an)?\b|\blòt semèn\b", " next week "),
        *((rf"\b(\d{{1,2}}) {word}\b", rf" {month} \1 ") for word, month in _HT_MONTHS.items()),
        (r"\b(?:m|mwen) (?:ap|pral|va) (?:rive )?(?:lakay|la a|la)\b", " i'll be home "),
    ),
    (),
)

# Issue 13, h13lang7: Japanese, Turkish, Dutch, Greek and Ukrainian, which blind corpora wrote with no
# time word known: "15分ほど遅れます", "あと10分で着きます", "yirmi dakika geç kalacağım", "10 dakikaya
# oradayım", "een half uur later", "over 10 minuten", "θα αργήσω είκοσι λεπτά", "σε 10 λεπτά",
# "запізнюся хвилин на двадцять", "за 10 хвилин"; their days ("木曜日の朝", "cuma sabah",
# "donderdagmiddag", "την Παρασκευή το πρωί", "в четвер вранці") and parts of day. Japanese runs after the
# Chinese rules (明日 is read there); Ukrainian after the Russian ones (завтра is read there).
_JA_WEEKDAYS = {
    "月": "monday",
    "火": "tuesday",
    "水": "wednesday",
    "木": "thursday",
    "金": "friday",
    "土": "saturday",
    "日": "sunday",
}
_TR_NUMBERS = {
    "beş": 5, "on": 10, "on beş": 15, "onbeş": 15, "yirmi": 20, "yirmi beş": 25, "yirmibeş": 25, "otuz": 30,
    "kırk": 40, "kırk beş": 45, "kırkbeş": 45,
}  # fmt: skip
_NL_NUMBERS = {
    "vijf": 5, "tien": 10, "vijftien": 15, "twintig": 20, "vijfentwintig": 25, "dertig": 30, "veertig": 40,
    "vijfenveertig": 45,
}  # fmt: skip
_EL_NUMBERS = {
    "πέντε": 5, "δέκα": 10, "δεκαπέντε": 15, "είκοσι": 20, "εικοσιπέντε": 25, "είκοσι πέντε": 25,
    "τριάντα": 30, "σαράντα": 40, "σαρανταπέντε": 45, "σαράντα πέντε": 45,
}  # fmt: skip
_UK_NUMBERS = {
    "п'ять": 5, "десять": 10, "п'ятнадцять": 15, "двадцять": 20, "двадцять п'ять": 25, "тридцять": 30,
    "сорок": 40, "сорок п'ять": 45,
}  # fmt: skip
FOREIGN_TIME_WORDS.update(
    {
        "japanese": (
            r"[\u3040-\u30ff]",
            (
                (r"(<n>) ?時間(?:ほど|くらい|ぐらい|程度)?(?:遅れ|遅刻)", r" \1 hours late "),
                (r"(<n>) ?分(?:ほど|くらい|ぐらい|程度)?(?:遅れ|遅刻)", r" \1 minutes late "),
                (r"(?:あと|後)(<n>) ?分(?:ほど|くらい|ぐらい|程度)?で", r" in \1 minutes "),
                (r"(<n>) ?分(?:ほど|くらい|ぐらい|程度)?で(?:着|到着|帰|戻)", r" in \1 minutes "),
                (r"(<n>) ?分", r" \1 minutes "),
                (r"(<n>) ?時半", r" at \1:30 "),
                (r"(<n>) ?時(?!間)", r" at \1 "),
                (r"明後日|あさって", " day after tomorrow "),
                (r"あした|あす", " tomorrow "),
                (r"今日|きょう", " today "),
                (r"午前中?|朝", " morning "),
                (r"午後|昼過ぎ", " afternoon "),
                (r"夕方|今晩|夜", " evening "),
                *((rf"{kanji}曜日?", f" {day} ") for kanji, day in _JA_WEEKDAYS.items()),
            ),
        ),
        "turkish": (
            r"\b(?:dakika\w*|saat\w*|yarın\w*|sabah\w*|öğle\w*|akşam\w*|pazartesi\w*|salı\w*|çarşamba\w*|perşembe\w*|"
            r"cuma\w*|pazar\w*|gecik\w*|bugün\w*)",
            (
                *_words_before_unit(_TR_NUMBERS, r"dakika"),
                (r"\byarım saat (?:kadar |gibi )?(?:gecik\w*|geç kal\w*|rötar\w*)", " 30 minutes late "),
                (
                    r"\b(\d{1,3}) dakika (?:kadar |gibi )?(?:gecik\w*|geç kal\w*|rötar\w*)",
                    r" \1 minutes late ",
                ),
                (
                    r"\b(\d{1,3}) dakika(?:ya|da|ya kadar)? (?=orada|evde|gel|var|ulaş|kapı|burada)",
                    r" in \1 minutes ",
                ),
                (r"\byarım saate?\b", " 30 minutes "),
                (r"\b(\d{1,3}) dakika\w*", r" \1 minutes "),
                (r"\b(\d{1,2}) saat\w*", r" \1 hours "),
                # "saat 3 buçukta": half past three (h15part)
                (r"\bsaat (\d{1,2}) buçuk\w*", r" at \1:30 "),
                (r"\bsaat (\d{1,2}[:.]\d{2}|\d{1,2})\b", r" at \1 "),
                (r"\byarın sabah\w*", " tomorrow morning "),
                (r"\byarın öğleden sonra\w*", " tomorrow afternoon "),
                (r"\byarın akşam\w*", " tomorrow evening "),
                (r"\byarın\w*", " tomorrow "),
                (r"\bbugün\w*", " today "),
                (r"\böğleden sonra\w*", " afternoon "),
                (r"\bsabah\w*", " morning "),
                (r"\bakşam\w*", " evening "),
                (r"\bpazartesi\w*", " monday "),
                (r"\bsalı(?:ya|da|yı| günü)?\b", " tuesday "),
                (r"\bçarşamba\w*", " wednesday "),
                (r"\bperşembe\w*", " thursday "),
                (r"\bcumartesi\w*", " saturday "),
                (r"\bcuma(?:ya|da|yı| günü)?\b", " friday "),
                (r"\bpazar(?:a|da|ı| günü)?\b", " sunday "),
            ),
        ),
        "dutch": (
            r"\b(?:minuten|minuutjes?|kwartier|uur|uurtje|\w*morgen\w*|vandaag|\w*middag|\w*ochtend|\w*avond|maandag\w*|"
            r"dinsdag\w*|woensdag\w*|donderdag\w*|vrijdag\w*|zaterdag\w*|zondag\w*)\b",
            (
                *_words_before_unit(_NL_NUMBERS, r"minuten|minuutjes?"),
                (r"\b(?:een |'n )?half(?: uur|uur|uurtje) (?:te )?(?:later|laat)\b", " 30 minutes late "),
                (r"\b(?:een |'n )?kwartier(?:tje)? (?:te )?(?:later|laat)\b", " 15 minutes late "),
                (r"\b(\d{1,3}) (?:minuten|minuutjes?|min) (?:te )?(?:later|laat)\b", r" \1 minutes late "),
                (r"\bover (?:een |'n )?half(?: uur|uur|uurtje)\b", " in 30 minutes "),
                (r"\bover (?:een |'n )?kwartier(?:tje)?\b", " in 15 minutes "),
                (r"\bover (?:een )?(\d{1,3}) (?:minuten|minuutjes?|min)\b", r" in \1 minutes "),
                (r"\b(\d{1,3}) (?:minuten|minuutjes?)\b", r" \1 minutes "),
                (r"\bom (\d{1,2}(?:[:.]\d{2})?)(?: uur)?\b", r" at \1 "),
                (
                    r"\b(?<!goede)(?<!goeie)morgen ?(?:ochtend|vroeg)\b|\bmorgen in de ochtend\b",
                    " tomorrow morning ",
                ),
                (r"\b(?<!goede)(?<!goeie)morgen ?middag\b", " tomorrow afternoon "),
                (r"\b(?<!goede)(?<!goeie)morgen ?avond\b", " tomorrow evening "),
                (r"\bovermorgen\b", " day after tomorrow "),
                (r"(?<![\w'])(?<!goede )(?<!goeie )morgen\b", " tomorrow "),
                (r"\bvandaag\b", " today "),
                (r"\b(maan|dins|woens|donder|vrij|zater|zon)dag ?(ochtend|middag|avond)\b", r" \1dag \2 "),
                (r"\bmaandag\b", " monday "),
                (r"\bdinsdag\b", " tuesday "),
                (r"\bwoensdag\b", " wednesday "),
                (r"\bdonderdag\b", " thursday "),
                (r"\bvrijdag\b", " friday "),
                (r"\bzaterdag\b", " saturday "),
                (r"\bzondag\b", " sunday "),
                (r"(?:'s )?\bochtends?\b", " morning "),
                (r"(?:'s )?\bmiddags?\b", " afternoon "),
                (r"(?:'s )?\bavonds?\b", " evening "),
            ),
        ),
        "greek": (
            r"[\u0370-\u03ff\u1f00-\u1fff]",
            (
                *_words_before_unit(_EL_NUMBERS, r"λεπτ"),
                (
                    r"(?:θα )?αργήσω (?:περίπου |καμιά |κανά )?μισή ώρα|μισή ώρα (?:αργότερα|καθυστέρηση)",
                    " 30 minutes late ",
                ),
                (r"(?:θα )?αργήσω (?:περίπου |καμιά |κανά )?ένα τέταρτο", " 15 minutes late "),
                (r"(?:θα )?αργήσω (?:περίπου |καμιά |κανά )?(\d{1,3}) λεπτ\w*", r" \1 minutes late "),
                (r"(\d{1,3}) λεπτ\w* (?:αργότερα|καθυστέρηση)", r" \1 minutes late "),
                (r"(?<![\w])(?:σε|μέσα σε) (?:περίπου )?μισή ώρα", " in 30 minutes "),
                (r"(?<![\w])(?:σε|μέσα σε) (?:περίπου )?(\d{1,3}) λεπτ\w*", r" in \1 minutes "),
                (r"μισή ώρα", " 30 minutes "),
                (r"(\d{1,3}) λεπτ\w*", r" \1 minutes "),
                (r"(?<![\w])στις (\d{1,2}(?:[:.]\d{2})?)(?![\w])", r" at \1 "),
                (r"μεθαύριο", " day after tomorrow "),
                (r"αύριο", " tomorrow "),
                (r"σήμερα", " today "),
                (r"(?<![\w])(?:το )?πρωί", " morning "),
                (r"(?<![\w])(?:το )?μεσημέρι", " afternoon "),
                (r"(?<![\w])(?:το )?απόγευμα", " afternoon "),
                (r"(?<![\w])(?:το )?βράδυ", " evening "),
                (r"(?<![\w])(?:τη |την )?δευτέρα(?![\w])", " monday "),
                (r"(?<![\w])(?:τη |την )τρίτη(?![\w])", " tuesday "),
                (r"(?<![\w])(?:τη |την )τετάρτη(?![\w])", " wednesday "),
                (r"(?<![\w])(?:τη |την )πέμπτη(?![\w])", " thursday "),
                (r"(?<![\w])(?:τη |την )?παρασκευή(?![\w])", " friday "),
                (r"(?<![\w])(?:το )?σάββατο(?![\w])", " saturday "),
                (r"(?<![\w])(?:τη |την )?κυριακή(?![\w])", " sunday "),
            ),
        ),
        "ukrainian": (
            r"хвилин|годин|четвер|п'ятниц|понеділ|вівтор|субот|неділ|вранці|зранку|ранку|вечора|обіду|обіді|ввечері|увечері|півгодини|пів години|"
            r"(?<![\w])(?:о|об) \d",
            (
                *_words_before_unit(_UK_NUMBERS, r"хвилин"),
                *(
                    (rf"(хвилин(?:ок|ку)? (?:на|за|через)) {re.escape(word)}(?![\w'])", rf"\1 {value}")
                    for word, value in _UK_NUMBERS.items()
                ),
                (r"(?<![\w])на (?:пів ?години|півгодини)", " 30 minutes late "),
                (r"(?<![\w])(?:за|через) (?:пів ?години|півгодини)", " in 30 minutes "),
                (r"хвилин(?:ок|ку)? на (\d{1,3})", r" \1 minutes late "),
                (r"хвилин(?:ок|ку)? (?:за|через) (\d{1,3})", r" in \1 minutes "),
                (r"(?<![\w])на (\d{1,3}) ?хвилин\w*", r" \1 minutes late "),
                (r"(?<![\w])(?:за|через) (?:приблизно |десь )?(\d{1,3}) ?хвилин\w*", r" in \1 minutes "),
                (r"(\d{1,3}) ?хвилин\w*", r" \1 minutes "),
                (r"пів ?години|півгодини", " 30 minutes "),
                (r"(\d{1,2}) ?годин\w*", r" \1 hours "),
                # "на 9 ранку", "о 7 вечора": a clock hour with its part of day (issue 13, h13multi13)
                (r"(?<![\w])(?:на |о |об )?(\d{1,2}(?::\d\d)?) ранку(?![\w])", r" at \1 am morning "),
                (r"(?<![\w])(?:на |о |об )?(\d{1,2}(?::\d\d)?) вечора(?![\w])", r" at \1 pm evening "),
                # "буду вдома о 2": a bare clock hour after "о" (issue 13, h14lang)
                (r"(?<![\w])(?:о|об) (\d{1,2}(?::\d\d)?)(?![\w:]| ?(?:хвилин|годин|<))", r" at \1 "),
                (r"(?<![\w])(?:вранці|зранку|зранка)(?![\w])", " morning "),
                (r"(?<![\w])(?:після обіду|по обіді|вдень)(?![\w])", " afternoon "),
                (r"(?<![\w])(?:ввечері|увечері)(?![\w])", " evening "),
                (r"(?<![\w])(?:в |у )?понеділ\w*", " monday "),
                (r"(?<![\w])(?:в |у )?вівтор\w*", " tuesday "),
                (r"(?<![\w])(?:в |у )?четвер\w*", " thursday "),
                (r"(?<![\w])(?:в |у )?п'ятниц\w*", " friday "),
                (r"(?<![\w])(?:в |у )?субот\w*", " saturday "),
                (r"(?<![\w])(?:в |у )?неділ\w*", " sunday "),
            ),
        ),
    }
)

# Issue 13, h13lang8: Swedish, Danish, Norwegian (one set, they share their words), Romanian, Czech,
# Hungarian and Indonesian/Malay, with and without their diacritics: "jag är 20 minuter sen", "kommer en
# halv time for sent", "întârzii douăzeci de minute", "mám zpoždění 15 minut", "fél órát késem",
# "terlambat setengah jam"; "om 10 minuter", "za 10 minut", "10 perc múlva", "10 menit lagi"; their days
# and parts of day. Half an hour before the hour, as German "halb drei" (2:30): "halv tre", "v půl
# třetí", "fél háromkor", "jam setengah tiga". The Scandinavian rules run first, before the German and
# Dutch ones read "morgen" as tomorrow ("mandag morgen" is Monday morning).
_SCANDI_NUMBERS = {
    "fem": 5, "tio": 10, "ti": 10, "femton": 15, "femten": 15, "tjugo": 20, "tyve": 20, "tjue": 20,
    "tjugofem": 25, "femogtyve": 25, "tjuefem": 25, "trettio": 30, "tredive": 30, "tretti": 30, "tredve": 30,
    "fyrtio": 40, "fyrre": 40, "førti": 40, "forti": 40, "fyrtiofem": 45, "femogfyrre": 45, "førtifem": 45,
}  # fmt: skip
_SCANDI_HOURS = {
    "ett": 1, "et": 1, "en": 1, "två": 2, "tva": 2, "to": 2, "tre": 3, "fyra": 4, "fire": 4, "fem": 5,
    "sex": 6, "seks": 6, "sju": 7, "syv": 7, "åtta": 8, "atta": 8, "otte": 8, "åtte": 8, "atte": 8,
    "nio": 9, "ni": 9, "tio": 10, "ti": 10, "elva": 11, "elleve": 11, "tolv": 12,
}  # fmt: skip
_RO_NUMBERS = {
    "cinci": 5, "zece": 10, "cincisprezece": 15, "cinsprezece": 15, "douăzeci": 20, "douazeci": 20,
    "douăzeci și cinci": 25, "douazeci si cinci": 25, "treizeci": 30, "patruzeci": 40,
}  # fmt: skip
_CS_NUMBERS = {
    "pět": 5, "pet": 5, "deset": 10, "patnáct": 15, "patnact": 15, "dvacet": 20, "dvacet pět": 25,
    "dvacet pet": 25, "třicet": 30, "tricet": 30, "čtyřicet": 40, "ctyricet": 40,
}  # fmt: skip
_CS_HALF_HOURS = {
    "jedné": 1, "jedne": 1, "druhé": 2, "druhe": 2, "třetí": 3, "treti": 3, "čtvrté": 4, "ctvrte": 4,
    "páté": 5, "pate": 5, "šesté": 6, "seste": 6, "sedmé": 7, "sedme": 7, "osmé": 8, "osme": 8,
    "deváté": 9, "devate": 9, "desáté": 10, "desate": 10, "jedenácté": 11, "jedenacte": 11,
    "dvanácté": 12, "dvanacte": 12,
}  # fmt: skip
_HU_NUMBERS = {
    "öt": 5, "tíz": 10, "tiz": 10, "tizenöt": 15, "tizenot": 15, "húsz": 20, "husz": 20, "huszonöt": 25,
    "huszonot": 25, "harminc": 30, "negyven": 40, "negyvenöt": 45,
}  # fmt: skip
_HU_HOURS = {
    "egy": 1, "kettő": 2, "ketto": 2, "két": 2, "három": 3, "harom": 3, "négy": 4, "negy": 4, "öt": 5, "ot": 5,
    "hat": 6, "hét": 7, "het": 7, "nyolc": 8, "kilenc": 9, "tíz": 10, "tiz": 10, "tizenegy": 11,
    "tizenkettő": 12, "tizenketto": 12,
}  # fmt: skip
_ID_NUMBERS = {
    "lima": 5, "sepuluh": 10, "lima belas": 15, "dua puluh": 20, "dua puluh lima": 25, "tiga puluh": 30,
    "empat puluh": 40,
}  # fmt: skip
_ID_HOURS = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "lapan": 8,
    "sembilan": 9, "sepuluh": 10, "sebelas": 11, "dua belas": 12,
}  # fmt: skip


def _half_before(words: dict[str, int], before: str, after: str = "") -> tuple[tuple[str, str], ...]:
    """ "halv tre" -> "at 2:30": one rule per hour word, longest first, half an hour before it."""
    return tuple(
        (rf"(?<![\w-]){before}{re.escape(word)}{after}(?![\w])", f" at {hour - 1 or 12}:30 ")
        for word, hour in sorted(words.items(), key=lambda item: len(item[0]), reverse=True)
    )


_SCANDI_DAYS = (
    (r"m[åa]ndag", "monday"), (r"tisdag|tirsdag", "tuesday"), (r"onsdag", "wednesday"), (r"torsdag", "thursday"),
    (r"fredag", "friday"), (r"l[öøo]rdag", "saturday"), (r"s[öøo]ndag", "sunday"),
)  # fmt: skip
_SCANDINAVIAN = (
    r"\b(?:minuter|minutter|minutt|halvtimme|halvtimma|halvtime|kvart|kvarter|forsinket|försenad|imorgon|"
    r"morgon|eftermiddag\w*|ettermiddag\w*|formiddag\w*|förmiddag\w*|kväll\w*|kveld\w*|aften\w*|klockan|klokken|klokka|kl(?=\.? ?\d)|"
    r"halv|måndag|mandag|tisdag|tirsdag|onsdag|torsdag|fredag|lördag|lørdag|søndag|söndag)\b",
    (
        *_words_before_unit(_SCANDI_NUMBERS, r"minut"),
        *(
            (rf"\b(?:i )?{day}(?:ens?)? ?(?:morgon|morgen)(?:en)?\b", f" {name} morning ")
            for day, name in _SCANDI_DAYS
        ),
        (r"\b(?:en |ei |et )?halv ?tim(?:me|ma|e)n? (?:för|for) sent\b", " 30 minutes late "),
        (r"\b(?:en |ei |et )?halv ?tim(?:me|ma|e)n? (?:sen|forsinket|försenad)\b", " 30 minutes late "),
        (r"\b(?:en |et |ett )?kvart(?:er)? (?:för|for) sent\b", " 15 minutes late "),
        (r"\b(?:en |et |ett )?kvart(?:er)? (?:sen|forsinket|försenad)\b", " 15 minutes late "),
        (r"\b(\d{1,3}) ?(?:minuter|minutter|minutt|min) (?:för|for) sent\b", r" \1 minutes late "),
        (
            r"\b(\d{1,3}) ?(?:minuter|minutter|minutt|min) (?:sen|sent|forsinket|försenad|forsinka)\b",
            r" \1 minutes late ",
        ),
        (r"\bom (?:en |ei |et )?halv ?tim(?:me|ma|e)\b", " in 30 minutes "),
        (
            r"\bom (?:ca\.? |cirka |typ |omkring )?(\d{1,3}) ?(?:minuter|minutter|minutt|min)\b",
            r" in \1 minutes ",
        ),
        (r"\b(\d{1,3}) ?(?:minuter|minutter|minutt)\b", r" \1 minutes "),
        (r"\b(?:klockan|klokken|klokka|kl\.?) halv (\d{1,2})\b", r" halv \1 "),
        *_half_before(_SCANDI_HOURS, r"(?:(?:klockan|klokken|klokka|kl\.?) )?halv "),
        *((rf"\bhalv {hour}\b", f" at {hour - 1 or 12}:30 ") for hour in range(12, 0, -1)),
        (r"\b(?:klockan|klokken|klokka|kl\.?) ?(\d{1,2}(?:[:.]\d{2})?)\b", r" at \1 "),
        (r"\b(?:i ?morgon|i ?morgen|imorgen) ?(?:bitti|tidig|tidlig)\b", " tomorrow morning "),
        (r"\b(?:i ?morgon|i ?morgen|imorgen)\b", " tomorrow "),
        (r"\bi ?dag\b", " today "),
        (r"\b(?:på )?(?:förmiddag|formiddag)(?:en)?\b", " morning "),
        (r"\b(?:på )?(?:eftermiddag|ettermiddag)(?:en)?\b", " afternoon "),
        (r"\b(?:i |på )?(?:kväll|kveld|aften)(?:en)?\b", " evening "),
        *((rf"\b(?:på )?{day}(?:en)?\b", f" {name} ") for day, name in _SCANDI_DAYS),
        (r"\b(?:på )?(?:morgon|morgonen)\b", " morning "),
    ),
)
_ROMANIAN = (
    r"\b(?:minute|minut|întârzi\w*|intarzi\w*|jumătate|jumatate|mâine|maine|dimineaț\w*|dimineat\w*|"
    r"după-amiaz\w*|dupa-amiaz\w*|după amiaz\w*|dupa amiaz\w*|seara|seară|luni|marți|marti|miercuri|joi|vineri|sâmbătă|sambata|duminică|duminica)\b",
    (
        *_words_before_unit(_RO_NUMBERS, r"(?:de )?minut"),
        (r"\b(\d{1,3}) de minut", r"\1 minut"),
        (
            r"\b(?:o )?jum[aă]tate de or[aă] (?:de )?(?:întârziere|intarziere)|(?:întârzii|intarzii|întârziem|intarziem|voi întârzia|voi intarzia|o să întârzii|o sa intarzii) (?:cu )?(?:vreo |aproximativ |cam )?(?:o )?jum[aă]tate de or[aă]",
            " 30 minutes late ",
        ),
        (
            r"\b(?:întârzii|intarzii|întârziem|intarziem|voi întârzia|voi intarzia|o să întârzii|o sa intarzii) (?:cu )?(?:vreo |aproximativ |cam |circa )?(\d{1,3}) ?minut\w*",
            r" \1 minutes late ",
        ),
        (r"\b(\d{1,3}) ?minut\w* (?:de )?(?:întârziere|intarziere)", r" \1 minutes late "),
        (r"\b(?:în|in) (?:vreo |aproximativ |cam |circa )?(\d{1,3}) ?minut\w*", r" in \1 minutes "),
        (r"\b(?:în|in) (?:o )?jum[aă]tate de or[aă]", " in 30 minutes "),
        (r"\b(\d{1,3}) ?minut\w*", r" \1 minutes "),
        (r"\b(?:la )?(?:ora )?(\d{1,2}) (?:și|si|şi) jum[aă]tate\b", r" at \1:30 "),
        (r"\bla (?:ora )?(\d{1,2}(?:[:.]\d{2})?)\b", r" at \1 "),
        (r"\b(?:mâine|maine)\b", " tomorrow "),
        (r"\b(?:azi|astăzi|astazi)\b", " today "),
        (r"\b(?:dimineaț[aă]|dimineata|dimineața)\b", " morning "),
        (r"\b(?:după|dupa)[- ]amiaz[aă]\b|\b(?:după|dupa)[- ]amiaza\b", " afternoon "),
        (r"\b(?:seara|seară)\b", " evening "),
        (r"\b(?:pe |în |in )?luni\b(?! de zile)", " monday "),
        (r"\b(?:pe |în |in )?(?:marți|marti|marţi)\b", " tuesday "),
        (r"\b(?:pe |în |in )?miercuri\b", " wednesday "),
        (r"\b(?:pe |în |in )?joi\b", " thursday "),
        (r"\b(?:pe |în |in )?vineri\b", " friday "),
        (r"\b(?:pe |în |in )?(?:sâmbătă|sambata|sâmbăta)\b", " saturday "),
        (r"\b(?:pe |în |in )?(?:duminică|duminica)\b", " sunday "),
    ),
)
_CZECH = (
    r"\b(?:minut|minuty|minutu|zpožděn\w*|zpozden\w*|později|pozdeji|hodin\w*|zítra|zitra|ráno|rano|dopoledne|odpoledne|večer|vecer|"
    r"pondělí|pondeli|úterý|utery|středu|streda|stredu|čtvrtek|ctvrtek|pátek|patek|sobotu|sobota|neděli|nedeli|půl|pul)\b",
    (
        *_words_before_unit(_CS_NUMBERS, r"minut"),
        (
            r"\b(?:půl|pul) hodiny (?:zpoždění|zpozdeni|později|pozdeji)|(?:zpoždění|zpozdeni) (?:asi |tak |zhruba )?(?:půl|pul) hodiny",
            " 30 minutes late ",
        ),
        (
            r"\b(?:zpoždění|zpozdeni)\s+(?:asi |tak |zhruba |cca )?\s*(\d{1,3})\s*minut(?:y|u|ami|es)?\b",
            r" \1 minutes late ",
        ),
        (
            r"\b(?:o\s+)?(\d{1,3})\s*minut(?:y|u|ami|es)?\b\s+(?:zpoždění|zpozdeni|později|pozdeji)",
            r" \1 minutes late ",
        ),
        (
            r"\b(?:za|do)\s+(?:asi |tak |zhruba |cca )?\s*(\d{1,3})\s*minut(?:y|u|ami|es)?\b",
            r" in \1 minutes ",
        ),
        (r"\bza (?:půl|pul) hodiny\b", " in 30 minutes "),
        (r"\b(\d{1,3}) ?minut(?:y|u|ami|es)?\b", r" \1 minutes "),
        *_half_before(_CS_HALF_HOURS, r"(?:v |ve )?(?:půl|pul) "),
        (r"\b(?:v|ve|kolem|o) (\d{1,2}(?:[:.]\d{2})?)(?: hodin| hod\.?)?\b(?! ?minut)", r" at \1 "),
        (r"\b(?:zítra|zitra)\b", " tomorrow "),
        (r"\b(?:dnes)\b", " today "),
        (r"\b(?:ráno|rano|dopoledne)\b", " morning "),
        (r"\bodpoledne\b", " afternoon "),
        (r"\b(?:večer|vecer)\b", " evening "),
        (r"\b(?:v |ve )?(?:pondělí|pondeli)\b", " monday "),
        (r"\b(?:v |ve )?(?:úterý|utery)\b", " tuesday "),
        (r"\b(?:ve )?(?:středu|streda|stredu|středa)\b", " wednesday "),
        (r"\b(?:ve )?(?:čtvrtek|ctvrtek)\b", " thursday "),
        (r"\b(?:v )?(?:pátek|patek)\b", " friday "),
        (r"\b(?:v )?(?:sobotu|sobota)\b", " saturday "),
        (r"\b(?:v )?(?:neděli|nedeli|neděle|nedele)\b", " sunday "),
    ),
)
_HUNGARIAN = (
    r"\b(?:perc(?:et|cel|re|ig|en|ek|nyi)?\b|kés\w*|kes\w*|fél|fel|holnap\w*|reggel\w*|délelőtt\w*|delelott\w*|délután\w*|delutan\w*|"
    r"hétfő\w*|hetfo\w*|kedd\w*|szerd\w*|csütörtök\w*|csutortok\w*|péntek\w*|pentek\w*|szombat\w*|vasárnap\w*|vasarnap\w*|\d{1,2}-kor)\b",
    (
        *_words_before_unit(_HU_NUMBERS, r"perc"),
        (r"\b(?:egy )?f[eé]l [oó]r[aá]t (?:k[eé]s\w*)", " 30 minutes late "),
        (
            r"\b(?:kb\.? |kb |k[oö]r[uü]lbel[uü]l |vagy )?(\d{1,3}) ?perc(?:et)? (?:k[eé]s\w*)",
            r" \1 minutes late ",
        ),
        (r"\b(\d{1,3}) ?perc (?:m[uú]lva|m[uú]lv[aá]n)", r" in \1 minutes "),
        (r"\bf[eé]l [oó]ra m[uú]lva", " in 30 minutes "),
        (r"\b(\d{1,3}) ?perc(?:et|cel|re|ig|en|ek|nyi)?\b", r" \1 minutes "),
        *_half_before(_HU_HOURS, r"f[eé]l ", r"(?:kor|-kor)?"),
        (r"\b(\d{1,2}[:.]\d{2})(?:-kor| órakor| orakor|kor)\b", r" at \1 "),
        (r"\b(\d{1,2})(?:-kor| órakor| orakor|kor)\b", r" at \1 "),
        (r"\bholnap ?(?:d[eé]lut[aá]n\w*)", " tomorrow afternoon "),
        (r"\bholnap ?(?:reggel\w*|d[eé]lel[oő]tt\w*)", " tomorrow morning "),
        (r"\bholnap\w*", " tomorrow "),
        (r"\bma\b", " today "),
        (r"\b(?:reggel\w*|d[eé]lel[oő]tt\w*)", " morning "),
        (r"\bd[eé]lut[aá]n\w*", " afternoon "),
        (r"\b(today|tomorrow) este\b", r" \1 evening "),
        (r"\bh[eé]tf[oő]\w*", " monday "),
        (r"\bkedd\w*", " tuesday "),
        (r"\bszerd[aá]\w*", " wednesday "),
        (r"\bcs[uü]t[oö]rt[oö]k\w*", " thursday "),
        (r"\bp[eé]ntek\w*", " friday "),
        (r"\bszombat\w*", " saturday "),
        (r"\bvas[aá]rnap\w*", " sunday "),
    ),
)
_INDONESIAN = (
    # not "jam" or "sore", English words too ("stuck in a jam", "sore throat")
    r"\b(?:menit|minit|terlambat|telat|lambat|setengah|besok|esok|pagi|siang|petang|malam|"
    r"senin|isnin|selasa|rabu|kamis|khamis|jumat|jum'at|jumaat|sabtu|minggu|ahad)\b",
    (
        *_words_before_unit(_ID_NUMBERS, r"menit|minit"),
        (
            r"\b(?:terlambat|telat|lambat) (?:sekitar |kira-kira |kurang lebih )?setengah jam\b",
            " 30 minutes late ",
        ),
        (
            r"\b(?:terlambat|telat|lambat)\s+(?:sekitar |kira-kira |kurang lebih |lebih kurang )?\s*(\d{1,3})\s*(?:menit|minit|minutes)\b",
            r" \1 minutes late ",
        ),
        (r"\b(\d{1,3})\s*(?:menit|minit|minutes)\s+(?:lagi|lg)\b", r" in \1 minutes "),
        (r"\bdalam\s+(?:waktu )?(\d{1,3})\s*(?:menit|minit|minutes)\b", r" in \1 minutes "),
        (r"\bsetengah jam lagi\b", " in 30 minutes "),
        (r"\b(\d{1,3}) ?(?:menit|minit)\b", r" \1 minutes "),
        *_half_before(_ID_HOURS, r"(?:jam |pukul )?setengah "),
        *(
            (rf"\b(?:jam |pukul )?setengah {hour}\b", f" at {hour - 1 or 12}:30 ")
            for hour in range(12, 0, -1)
        ),
        (r"\b(?:jam|pukul) (\d{1,2}(?:[:.]\d{2})?)\b", r" at \1 "),
        (r"\b(?:besok|esok) ?pagi\b", " tomorrow morning "),
        (r"\b(?:besok|esok) ?(?:sore|siang|petang)\b", " tomorrow afternoon "),
        (r"\b(?:besok|esok) ?malam\b", " tomorrow evening "),
        (r"\b(?:besok|esok)\b", " tomorrow "),
        (r"\bhari ini\b", " today "),
        (r"\bpagi\b", " morning "),
        (r"\b(?:siang|sore|petang)\b", " afternoon "),
        (r"\bmalam\b", " evening "),
        (r"\b(?:hari )?(?:senin|isnin)\b", " monday "),
        (r"\b(?:hari )?selasa\b", " tuesday "),
        (r"\b(?:hari )?rabu\b", " wednesday "),
        (r"\b(?:hari )?(?:kamis|khamis)\b", " thursday "),
        (r"\b(?:hari )?(?:jumat|jum'at|jumaat)\b", " friday "),
        (r"\b(?:hari )?sabtu\b", " saturday "),
        (r"\bhari (?:minggu|ahad)\b", " sunday "),
    ),
)
_BEFORE_THE_REST = {"scandinavian": _SCANDINAVIAN}
_THE_REST = dict(FOREIGN_TIME_WORDS)
FOREIGN_TIME_WORDS.clear()
FOREIGN_TIME_WORDS.update(
    {
        **_BEFORE_THE_REST,
        **_THE_REST,
        "romanian": _ROMANIAN,
        "czech": _CZECH,
        "hungarian": _HUNGARIAN,
        "indonesian": _INDONESIAN,
    }
)

# Issue 13, h13deep8: covered languages said the way people text them. Arabic minute counts in words
# ("متأخر عشرين دقيقة"); Arabizi (Arabic in Latin letters, digits for sounds: "ana mt2a5er 10 d2aye2",
# "yom el 5amees ba3d el dohr"); Cantonese parts of the day ("星期四下晝", "聽朝"); Swiss German
# weekdays and parts of the day ("Donnschtig Nomittag", "am Fritig znacht"); Vietnamese without
# diacritics, "sang" as morning only after "qua"/"buoi" ("doi qua sang T6", not "chuyen sang T6").
_AR_MINUTES = {
    "خمس": 5, "خمسة": 5, "خمسه": 5, "عشر": 10, "عشرة": 10, "عشره": 10, "ربع": 15, "خمسطعش": 15, "خمستاشر": 15,
    "خمسة عشر": 15, "خمس عشرة": 15, "عشرين": 20, "عشرون": 20, "خمسة وعشرين": 25, "خمس وعشرين": 25,
    "تلاتين": 30, "ثلاثين": 30, "ثلاثون": 30, "اربعين": 40, "أربعين": 40,
}  # fmt: skip
_extend("arabic", "", _words_before_unit(_AR_MINUTES, r"دقيق|دقائق|دقايق"), ())
_extend(
    "chinese",
    "",
    (
        (r"聽朝|听朝", " tomorrow morning "),
        (r"聽日|听日", " tomorrow "),
        (r"下晝|下昼|晏晝|晏昼", " afternoon "),
        (r"朝早|朝頭早", " morning "),
        (r"夜晚|今晚夜", " evening "),
    ),
    (),
)
_extend(
    "german",
    r"\b(?:mäntig|mentig|zischtig|mittwuch|donnschtig|dunnschtig|fritig|friitig|samschtig|sunntig|nomittag|namittag|znacht|zmittag|obig)\b",
    (
        (r"\b(?:am |uf |a )?(?:mäntig|mentig)\b", " montag "),
        (r"\b(?:am |uf |a )?zischtig\b", " dienstag "),
        (r"\b(?:am |uf |a )?mittwuch\b", " mittwoch "),
        (r"\b(?:am |uf |a )?(?:donnschtig|dunnschtig)\b", " donnerstag "),
        (r"\b(?:am |uf |a )?(?:fritig|friitig)\b", " freitag "),
        (r"\b(?:am |uf |a )?samschtig\b", " samstag "),
        (r"\b(?:am |uf |a )?sunntig\b", " sonntag "),
        (r"\b(?:am )?(?:nomittag|namittag)\b", " nachmittag "),
        (r"\b(?:am )?(?:obig|znacht)\b", " abend "),
    ),
    (),
)
_extend(
    "vietnamese",
    r"\b(?:qua|buoi) sang\b",
    ((r"\b(qua|buoi) sang\b(?= (?:t[2-7]|thu|chu nhat|mai)\b)", r"\1 morning"),),
    (),
)
FOREIGN_TIME_WORDS["arabizi"] = (
    r"\b(?:d2a2e2|d2aye2|d2ay2|d2aye|da2aye2|da2ayek|da2i2a|d2i2a|de2i2a|mt2a5er\w*|m2a5er\w*|mit2a5er\w*|"
    r"mt2a5ra|m2a5ra|bokra|bukra|rob3 sa3a|rub3 sa3a|nos sa3a|noss sa3a|5amees|5amis|khamees|jum3a|jom3a|dohr|duhr|do7r|3asr|sob7|sabe7|masa)\b",
    (
        (
            r"\b(\d{1,3}) ?(?:d2a2e2|d2aye2|d2ay2|d2aye|da2aye2|da2ayek|da2i2a|d2i2a|de2i2a|min|mins)\b",
            r" \1 minutes ",
        ),
        (r"\bnos sa3a\b|\bnoss sa3a\b", " 30 minutes "),
        (r"\brob3 sa3a\b|\brub3 sa3a\b", " 15 minutes "),
        (
            r"\b(?:ana )?(?:mt2a5er|m2a5er|mit2a5er|mt2a5ra|m2a5ra|mt2a5reen|m2a5reen)(?: shway| shwai| shwy| shi)?\b",
            " late ",
        ),
        (r"\b(?:bokra|bukra) (?:el )?(?:sob7|sabe7|sbe7)\b", " tomorrow morning "),
        (r"\b(?:bokra|bukra) (?:ba3d el (?:dohr|duhr|do7r)|el 3asr)\b", " tomorrow afternoon "),
        (r"\b(?:bokra|bukra)\b", " tomorrow "),
        (r"\b(?:yom |l ?yom )?(?:el |l)?(?:5amees|5amis|khamees)\b", " thursday "),
        (r"\b(?:yom |l ?yom )?(?:el |l)?(?:jum3a|jom3a)\b", " friday "),
        (r"\bba3d el (?:dohr|duhr|do7r)\b|\b(?:el |l)?3asr\b", " afternoon "),
        (r"\b(?:el |l|bl )?(?:sob7|sabe7|sbe7)\b", " morning "),
        (r"\b(?:el |l|bl )masa\b", " evening "),
    ),
)


# Issue 13, h13time9: the clock grammar of other languages, where minutes are taken off the next hour
# ("4 giờ kém 15", "dreiviertel 5", "za kwadrans 3", "без четверти 3", "kwart voor 2", "quinze para as
# 3", "3 meno un quarto") or a half is the half before the hour ("half vier", "в половине третьего"),
# rewritten to the "H:MM" the grammar reads. One rule per hour, as German "halb 4" is (3:30).
def _hours_before(pattern: str, minutes: int) -> tuple[tuple[str, str], ...]:
    """Rules writing `pattern` (with `{h}` for the hour said, 1-12) as " at H:MM ", `minutes` past the
    hour before it: "kém 15" before 4 is 3:45."""
    return tuple(
        (pattern.format(h=hour), f" at {hour - 1 or 12}:{minutes:02d} ") for hour in range(12, 0, -1)
    )


_DUTCH_HOURS = "een twee drie vier vijf zes zeven acht negen tien elf twaalf".split()
_RUSSIAN_ORDINALS = (
    "первого второго третьего четв[её]ртого пятого шестого седьмого восьмого девятого десятого "
    "одиннадцатого двенадцатого"
).split()
_RUSSIAN_HOURS = "один два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать".split()
_extend(
    "vietnamese",
    r"\b(?:kém|kem) \d",
    tuple(
        rule
        for off in (5, 10, 15, 20, 25)
        for rule in _hours_before(
            rf"\b(?:lúc |luc |khoảng |khoang )?{{h}} ?(?:giờ|gio|h)? (?:kém|kem) {off}(?: phút| phut)?\b",
            60 - off,
        )
    ),
    # "mai 3 giờ kém 15": "mai" (tomorrow) right before a clock; "Mai" alone may be a name
    ((r"\bmai(?= +at \d)", " tomorrow"),),
)
_extend(
    "german",
    r"\bdreiviertel \d",
    _hours_before(r"\b(?:um |gegen )?dreiviertel {h}\b(?! ?stunde)", 45),
    (),
)
_extend(
    "polish",
    r"\bza kwadrans \d|\bwp[óo]ł do \d",
    (
        *_hours_before(r"\b(?:o )?za kwadrans {h}\b", 45),
        *_hours_before(r"\b(?:o )?wp[óo]ł do {h}\b", 30),
    ),
    (),
)
_extend(
    "russian",
    r"без четверти|в половине",
    (
        *_hours_before(r"(?<![\w])(?:в )?без четверти {h}(?![\w])", 45),
        *_hours_before(r"(?<![\w])в половин[еу] {h}(?![\w])", 30),
        *(
            (rf"(?<![\w])в половин[еу] {word}(?![\w])", f" at {hour - 1 or 12}:30 ")
            for hour, word in enumerate(_RUSSIAN_ORDINALS, start=1)
        ),
        *(
            (rf"(?<![\w])(?:в )?без четверти {word}(?![\w])", f" at {hour - 1 or 12}:45 ")
            for hour, word in enumerate(_RUSSIAN_HOURS, start=1)
        ),
    ),
    (),
)
_extend(
    "dutch",
    r"\bkwart (?:over|voor) \d|\bom half \d|\bhalf (?:" + "|".join(_DUTCH_HOURS) + r")\b",
    (
        (r"\b(?:om )?kwart over (?=\d)", " quarter past "),
        (r"\b(?:om )?kwart voor (?=\d)", " quarter to "),
        *_hours_before(r"\bom half {h}\b", 30),
        *(
            (rf"\b(?:om )?half {word}\b", f" at {hour - 1 or 12}:30 ")
            for hour, word in enumerate(_DUTCH_HOURS, start=1)
        ),
    ),
    (),
)
_extend(
    "portuguese",
    r"\b(?:quinze|dez|cinco|vinte) para (?:as |às )?\d",
    (
        (r"\bquinze para (?:as |às )?(?=\d)", " quarter to "),
        (r"\bdez para (?:as |às )?(?=\d)", " 10 to "),
        (r"\bcinco para (?:as |às )?(?=\d)", " 5 to "),
        (r"\bvinte para (?:as |às )?(?=\d)", " 20 to "),
    ),
    (),
)
_extend(
    "french",
    r"\d ?h(?:eures?)? et (?:quart|demie)",
    (
        (r"\b(\d{1,2}) ?h(?:eures?)? et quart\b", r" \1:15 "),
        (r"\b(\d{1,2}) ?h(?:eures?)? et demie\b", r" \1:30 "),
    ),
    (),
)
_extend("italian", r"\d meno (?:un )?quarto", _hours_before(r"\b{h} meno (?:un )?quarto\b", 45), ())


# Issue 13, h13lang9: Farsi (Persian script and Finglish), Hebrew, Somali, Amharic, Bengali, Thai and
# Punjabi (Gurmukhi), with Greek, Ukrainian and Turkish as people text them: their digits, minute
# counts in digits and words ("۲۰ دقیقه دیر", "מאחר ב-20 דקות", "20 daqiiqo ... daahayaa", "20 ደቂቃ
# እዘገያለሁ", "দশ মিনিট দেরি", "สาย 20 นาที", "ਦਸ ਮਿੰਟ ਦੇਰ"), a count still to go ("تا ۱۵ دقیقه دیگه",
# "עוד רבע שעה", "15 daqiiqo kadib", "በ15 ደቂቃ ውስጥ", "১৫ মিনিটের মধ্যে", "อีก 15 นาที", "15 ਮਿੰਟ ਵਿੱਚ"),
# tomorrow, Thursday and the parts of day. Each script's rules run only where its letters are; Farsi
# runs ahead of the Arabic rules (its own letters, ی ک, are not Arabic's ي ك). Patterns are kept in
# NFKC, the form `normalize.clean` gives the text (Gurmukhi ਸ਼ and Bengali য় decompose under it).
def _nfkc(rules: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    return tuple((unicodedata.normalize("NFKC", pattern), replacement) for pattern, replacement in rules)


def _native_digits(digits: str) -> tuple[tuple[str, str], ...]:
    """ "۲۰" -> "20": one rule per digit of a script, so the grammar's digits read them."""
    return tuple((digit, str(value)) for value, digit in enumerate(digits))


_FA = r"[\u0620-\u064a\u0671-\u06d3]"  # a letter of the Arabic script (not its "؟" or "،"), which Farsi writes in
_FA_NUMBERS = {
    "پنج": 5, "ده": 10, "پانزده": 15, "پونزده": 15, "بیست": 20, "بیست و پنج": 25, "سی": 30, "چهل": 40,
}  # fmt: skip
_FA_LATE = r"(?:دیر|دیرتر|تاخیر|تأخیر)"
_PERSIAN = _nfkc(
    (
        *_native_digits("۰۱۲۳۴۵۶۷۸۹"),
        *_words_before_unit(_FA_NUMBERS, "دقیقه", not_after=_FA),
        # "نیم ساعت دیگه میرسم": half an hour still to go (issue 13, h13multi13)
        (rf"(?<!{_FA})(?:تا )?نیم ?ساعت (?:دیگه|دیگر|بعد)(?!{_FA})", " in 30 minutes "),
        (rf"(?<!{_FA})(?:تا )?ربع ?ساعت (?:دیگه|دیگر|بعد)(?!{_FA})", " in 15 minutes "),
        (rf"(?<!{_FA})نیم ?ساعت(?= (?:\S+ )?{_FA_LATE})", "30 دقیقه"),
        (rf"(?<!{_FA})ربع ?ساعت(?= (?:\S+ )?{_FA_LATE})", "15 دقیقه"),
        (rf"(?:تا |توی |ظرف )?(\d{{1,3}}) ?دقیقه (?:دیگه|دیگر|بعد)(?!{_FA})", r" in \1 minutes "),
        (rf"(\d{{1,3}}) ?دقیقه (?:\S+ )?{_FA_LATE}(?!{_FA})", r" \1 minutes late "),
        (r"(\d{1,3}) ?دقیقه", r" \1 minutes "),
        # "ساعت ۱ میرسم", "ساعت 10 صبح": the clock hour after its word (issue 13, h13multi13); "۲ ساعت" is a span
        (rf"(?<!{_FA})ساعت (\d{{1,2}}(?::\d\d)?)(?![\d:])(?! ?(?:دقیقه|ساعت))", r" at \1 "),
        (rf"(?<!{_FA})فردا (?:صبح|صبح زود)(?!{_FA})", " tomorrow morning "),
        (rf"(?<!{_FA})فردا (?:بعد ?از ?ظهر|عصر)(?!{_FA})", " tomorrow afternoon "),
        (rf"(?<!{_FA})فردا شب(?!{_FA})", " tomorrow evening "),
        (rf"(?<!{_FA})پس ?فردا(?!{_FA})", " day after tomorrow "),
        (rf"(?<!{_FA})فردا(?!{_FA})", " tomorrow "),
        (rf"(?<!{_FA})امروز(?!{_FA})", " today "),
        (rf"(?<!{_FA})پنج ?شنبه(?!{_FA})", " thursday "),
        (rf"(?<!{_FA})چهار ?شنبه(?!{_FA})", " wednesday "),
        (rf"(?<!{_FA})سه ?شنبه(?!{_FA})", " tuesday "),
        (rf"(?<!{_FA})دو ?شنبه(?!{_FA})", " monday "),
        (rf"(?<!{_FA})یک ?شنبه(?!{_FA})", " sunday "),
        (rf"(?<!{_FA})شنبه(?!{_FA})", " saturday "),
        (rf"(?<!{_FA})جمعه(?!{_FA})", " friday "),
        (rf"(?<!{_FA})(?:بعد ?از ?ظهر|عصر)(?!{_FA})", " afternoon "),
        (rf"(?<!{_FA})صبح(?!{_FA})", " morning "),
        # not a bare "شب": in Arabic it is also "broke out" ("شب حريق"), and these rules read Arabic texts too
        (rf"(?<!{_FA})(?:امشب|فردا شب|غروب)(?!{_FA})", " evening "),
    )
)
_extend("arabic", "", _PERSIAN, ())

_HE = r"[\u0590-\u05ff]"
_HE_NUMBERS = {
    "חמש": 5, "עשר": 10, "חמש עשרה": 15, "עשרים": 20, "עשרים וחמש": 25, "שלושים": 30, "ארבעים": 40,
}  # fmt: skip
_HE_LATE = r"(?:מאחר|מאחרת|מאחרים|אאחר|נאחר|מתעכב|מתעכבת|אתעכב|אגיע מאוחר)"
_HEBREW = (
    r"[\u0590-\u05ff]",
    (
        # "בעשר דקות", "ב-20 דקות", "עוד רבע שעה": a count, with or without "in" (ב) joined to it
        *(
            (rf"(?<!{_HE})(?:ב-?|ב־)?{word}(?= דקות)", f" {value}")
            for word, value in sorted(_HE_NUMBERS.items(), key=lambda item: len(item[0]), reverse=True)
        ),
        (rf"(?<!{_HE})(?:ב-?|ב־)?רבע שעה(?!{_HE})", " 15 דקות "),
        (rf"(?<!{_HE})(?:ב-?|ב־)?חצי שעה(?!{_HE})", " 30 דקות "),
        (r"(?<![\u0590-\u05ff])(?:ב-?|ב־)(\d{1,3}) ?דקות", r" \1 דקות "),
        (rf"{_HE_LATE}(?: \S+)?\s+(\d{{1,3}}) ?דקות", r" \1 minutes late "),
        (rf"(?<!{_HE})(?:עוד|בעוד|תוך)\s+(\d{{1,3}}) ?דקות", r" in \1 minutes "),
        (r"(\d{1,3}) ?דקות", r" \1 minutes "),
        # issue 13, h14lang: "בשעה 3", "השעה 14:30": a clock hour
        (rf"(?<!{_HE})(?:ב|ה)?שעה (\d{{1,2}}(?::\d\d)?)(?!\d| ?דקות)", r" at \1 "),
        (rf"(?<!{_HE})(?:ל|ב)?מחר (?:ב)?בוקר(?!{_HE})", " tomorrow morning "),
        (rf"(?<!{_HE})(?:ל|ב)?מחר (?:אחר הצהריים|אחה\"צ)", " tomorrow afternoon "),
        (rf"(?<!{_HE})(?:ל|ב)?מחרתיים(?!{_HE})", " day after tomorrow "),
        (rf"(?<!{_HE})(?:ל|ב)?מחר(?!{_HE})", " tomorrow "),
        (rf"(?<!{_HE})היום(?!{_HE})", " today "),
        (rf"(?<!{_HE})(?:ל|ב)?יום ראשון(?!{_HE})", " sunday "),
        (rf"(?<!{_HE})(?:ל|ב)?יום שני(?!{_HE})", " monday "),
        (rf"(?<!{_HE})(?:ל|ב)?יום שלישי(?!{_HE})", " tuesday "),
        (rf"(?<!{_HE})(?:ל|ב)?יום רביעי(?!{_HE})", " wednesday "),
        (rf"(?<!{_HE})(?:ל|ב)?יום חמישי(?!{_HE})", " thursday "),
        (rf"(?<!{_HE})(?:ל|ב)?יום שישי(?!{_HE})", " friday "),
        (rf"(?<!{_HE})(?:ל|ב)?שבת(?!{_HE})", " saturday "),
        (rf"(?<!{_HE})(?:אחר הצהריים|אחה\"צ)", " afternoon "),
        (rf"(?<!{_HE})(?:ב)?בוקר(?!{_HE})", " morning "),
        (rf"(?<!{_HE})(?:ב)?ערב(?!{_HE})", " evening "),
    ),
)

_SO_NUMBERS = {
    "shan": 5, "toban": 10, "shan iyo toban": 15, "labaatan": 20, "shan iyo labaatan": 25, "soddon": 30,
    "afartan": 40,
}  # fmt: skip
_SO_DAYS = (
    ("isniin", "monday"), ("talaado", "tuesday"), ("arbaco", "wednesday"), ("khamiis", "thursday"),
    ("jimce", "friday"), ("sabti", "saturday"), ("axad", "sunday"),
)  # fmt: skip
_SOMALI = (
    r"\b(?:daqiiqo\w*|berri|galab\w*|subax\w*|fiid\w*|isniin\w*|talaado\w*|arbaco\w*|khamiis\w*|jimce\w*|sabti\w*|axad\w*|saacadda)\b",
    (
        *_words_before_unit(_SO_NUMBERS, r"daqiiqo"),
        # "saacadda 1da": the clock hour after its word (issue 13, h13multi13)
        (r"\bsaacadda (\d{1,2})(?:da|ta|aad)?\b", r" at \1 "),
        (r"\b(?:nus|badh) saac\w*(?=(?: \w+){0,3} (?:soo )?daah)", " 30 daqiiqo "),
        (r"\b(\d{1,3}) ?daqiiqo\w*(?=(?: \w+){0,3} (?:soo )?(?:daah|dib u dhac)\w*)", r" \1 minutes late "),
        (r"\b(\d{1,3}) ?daqiiqo\w* (?:kadib|ka dib|gudahood|gudaheed|gudahooda)\b", r" in \1 minutes "),
        (r"\b(\d{1,3}) ?daqiiqo\w*", r" \1 minutes "),
        (r"\bberri (?:subax\w*|aroor\w*)", " tomorrow morning "),
        (r"\bberri galab\w*", " tomorrow afternoon "),
        (r"\bberri\b", " tomorrow "),
        *((rf"\b{day}\w*", f" {name} ") for day, name in _SO_DAYS),
        (r"\bgalab\w*", " afternoon "),
        (r"\bsubax\w*", " morning "),
        (r"\bfiid\w*", " evening "),
    ),
)

_AM = r"[\u1200-\u137f]"
_AM_NUMBERS = {
    "አምስት": 5, "አስር": 10, "አሥር": 10, "አስራ አምስት": 15, "አሥራ አምስት": 15, "ሃያ": 20, "ሀያ": 20,
    "ሃያ አምስት": 25, "ሰላሳ": 30, "ሠላሳ": 30, "አርባ": 40,
}  # fmt: skip
_AM_LATE = r"(?:እዘገያለሁ|እዘገያለው|እንዘገያለን|ይዘገያል|ዘግይ\S*|አረፍዳለሁ|እቆያለሁ)"
_AMHARIC = (
    r"[\u1200-\u137f]",
    (
        *_words_before_unit(_AM_NUMBERS, "ደቂቃ", not_after=_AM),
        (rf"(?<!{_AM})ግማሽ ሰዓት", "30 ደቂቃ"),
        (rf"(\d{{1,3}}) ?ደቂቃ\S*(?= (?:\S+ )?{_AM_LATE})", r" \1 minutes late "),
        (r"በ ?(\d{1,3}) ?ደቂቃ(?: ውስጥ)?", r" in \1 minutes "),
        (r"(\d{1,3}) ?ደቂቃ\S*", r" \1 minutes "),
        (r"ነገ ጠዋት", " tomorrow morning "),
        (r"ነገ ከሰዓት(?: በኋላ)?", " tomorrow afternoon "),
        (rf"(?<!{_AM})ነገ(?!{_AM})", " tomorrow "),
        (rf"(?<!{_AM})ዛሬ(?!{_AM})", " today "),
        (r"ማክሰኞ", " tuesday "),
        (rf"(?<!{_AM})ሰኞ", " monday "),
        (r"ረቡዕ", " wednesday "),
        (r"ሐሙስ|ሀሙስ|ሃሙስ", " thursday "),
        (rf"(?<!{_AM})አርብ", " friday "),
        (r"ቅዳሜ", " saturday "),
        (r"እሁድ|እሑድ", " sunday "),
        (r"ከሰዓት(?: በኋላ)?", " afternoon "),
        (r"ጠዋት", " morning "),
        (r"ምሽት|ማታ", " evening "),
    ),
)

_BN_NUMBERS = {
    "পাঁচ": 5, "দশ": 10, "পনেরো": 15, "পনের": 15, "বিশ": 20, "কুড়ি": 20, "পঁচিশ": 25, "ত্রিশ": 30,
    "তিরিশ": 30, "চল্লিশ": 40,
}  # fmt: skip
_BN = r"[\u0980-\u09ff]"
_BENGALI = (
    r"[\u0980-\u09ff]",
    _nfkc(
        (
            *_native_digits("০১২৩৪৫৬৭৮৯"),
            *_words_before_unit(_BN_NUMBERS, "মিনিট", not_after=_BN),
            (r"আধা? ঘণ্টা", "30 মিনিট"),
            (r"(\d{1,3}) ?মিনিট\S* (?:\S+ )?(?:দেরি|দেরী|লেট)", r" \1 minutes late "),
            (r"(\d{1,3}) ?মিনিটের মধ্যে|(\d{1,3}) ?মিনিট পরে?", r" in \1\2 minutes "),
            (r"(\d{1,3}) ?মিনিট\S*", r" \1 minutes "),
            (r"(?:আগামীকাল|কাল) সকাল\S*", " tomorrow morning "),
            (r"(?:আগামীকাল|কাল) বিকেল\S*", " tomorrow afternoon "),
            (r"আগামীকাল|আগামী কাল", " tomorrow "),
            (r"আজকে?(?![\u0980-\u09ff])", " today "),
            (r"সোমবার\S*", " monday "),
            (r"মঙ্গলবার\S*", " tuesday "),
            (r"বুধবার\S*", " wednesday "),
            (r"বৃহস্পতিবার\S*", " thursday "),
            (r"শুক্রবার\S*", " friday "),
            (r"শনিবার\S*", " saturday "),
            (r"রবিবার\S*", " sunday "),
            (r"বিকেল\S*|বিকাল\S*", " afternoon "),
            (r"সকাল\S*", " morning "),
            (r"সন্ধ্যা\S*", " evening "),
        )
    ),
)

_TH_NUMBERS = {
    "ห้า": 5, "สิบ": 10, "สิบห้า": 15, "ยี่สิบ": 20, "ยี่สิบห้า": 25, "สามสิบ": 30, "สี่สิบ": 40,
}  # fmt: skip
_THAI = (
    r"[\u0e00-\u0e7f]",
    (
        *_native_digits("๐๑๒๓๔๕๖๗๘๙"),
        *_words_before_unit(_TH_NUMBERS, "นาที", not_after=None),
        (r"ครึ่งชั่วโมง", "30 นาที"),
        (r"(?:สาย|ช้า)(?:ไป|กว่า)?(?:ประมาณ|สัก)? ?(\d{1,3}) ?นาที", r" \1 minutes late "),
        (r"อีก ?(?:ประมาณ|สัก)? ?(\d{1,3}) ?นาที", r" in \1 minutes "),
        (r"(\d{1,3}) ?นาที", r" \1 minutes "),
        (r"พรุ่งนี้ ?(?:ตอน)?เช้า", " tomorrow morning "),
        (r"พรุ่งนี้ ?(?:ตอน)?บ่าย", " tomorrow afternoon "),
        (r"พรุ่งนี้", " tomorrow "),
        (r"วันนี้", " today "),
        (r"(?:วัน)?จันทร์", " monday "),
        (r"(?:วัน)?อังคาร", " tuesday "),
        (r"(?:วัน)?พุธ", " wednesday "),
        (r"(?:วัน)?พฤหัส(?:บดี)?", " thursday "),
        (r"(?:วัน)?ศุกร์", " friday "),
        (r"(?:วัน)?เสาร์", " saturday "),
        (r"วันอาทิตย์", " sunday "),
        (r"(?:ตอน)?บ่าย", " afternoon "),
        (r"(?:ตอน)?เช้า", " morning "),
        (r"ตอนเย็น|ตอนค่ำ", " evening "),
    ),
)

_PA = r"[\u0a00-\u0a7f]"
_PA_NUMBERS = {"ਪੰਜ": 5, "ਦਸ": 10, "ਪੰਦਰਾਂ": 15, "ਵੀਹ": 20, "ਪੱਚੀ": 25, "ਤੀਹ": 30, "ਚਾਲੀ": 40}
_PUNJABI = (
    r"[\u0a00-\u0a7f]",
    _nfkc(
        (
            *_native_digits("੦੧੨੩੪੫੬੭੮੯"),
            *_words_before_unit(_PA_NUMBERS, "ਮਿੰਟ", not_after=_PA),
            (r"ਅੱਧਾ ਘੰਟਾ", "30 ਮਿੰਟ"),
            (r"(\d{1,3}) ?ਮਿੰਟ (?:\S+ )?(?:ਲੇਟ|ਦੇਰ)", r" \1 minutes late "),
            (r"(\d{1,3}) ?ਮਿੰਟ (?:ਵਿੱਚ|ਵਿਚ|ਤੱਕ|ਤਕ)", r" in \1 minutes "),
            (r"(\d{1,3}) ?ਮਿੰਟ", r" \1 minutes "),
            (r"(?:ਕੱਲ੍ਹ|ਕੱਲ|ਕਲ) ਸਵੇਰ\S*", " tomorrow morning "),
            (r"(?:ਕੱਲ੍ਹ|ਕੱਲ|ਕਲ) ਦੁਪਹਿਰ\S*", " tomorrow afternoon "),
            (rf"(?<!{_PA})(?:ਕੱਲ੍ਹ|ਕੱਲ)(?!{_PA})", " tomorrow "),
            (rf"(?<!{_PA})ਅੱਜ(?!{_PA})", " today "),
            (r"ਸੋਮਵਾਰ\S*", " monday "),
            (r"ਮੰਗਲਵਾਰ\S*", " tuesday "),
            (r"ਬੁੱਧਵਾਰ\S*", " wednesday "),
            (r"ਵੀਰਵਾਰ\S*", " thursday "),
            (r"ਸ਼ੁੱਕਰਵਾਰ\S*", " friday "),
            (r"ਸ਼ਨੀਵਾਰ\S*", " saturday "),
            (r"ਐਤਵਾਰ\S*", " sunday "),
            (r"ਦੁਪਹਿਰ\S*", " afternoon "),
            (r"ਸਵੇਰ\S*", " morning "),
            (r"ਸ਼ਾਮ\S*", " evening "),
        )
    ),
)

FOREIGN_TIME_WORDS.update(
    {
        "hebrew": _HEBREW,
        "somali": _SOMALI,
        "amharic": _AMHARIC,
        "bengali": _BENGALI,
        "thai": _THAI,
        "punjabi": _PUNJABI,
        # Farsi in Latin letters (Finglish): "20 daghighe dir miresam", "farda sobh", "panjshanbe bad az zohr"
        "finglish": (
            r"\b(?:da[gq]h?i[gq]h?e\w*|farda|sobh|panj ?shanbe|ba?ad ?az ?zohr|asr)\b",
            (
                (
                    r"\b(\d{1,3}) ?(?:da[gq]h?i[gq]h?eh?|min) (?:\w+ )?(?:dir|dirtar|takhir)\b",
                    r" \1 minutes late ",
                ),
                (r"\b(\d{1,3}) ?(?:da[gq]h?i[gq]h?eh?) (?:dige|digar)\b", r" in \1 minutes "),
                (r"\b(\d{1,3}) ?(?:da[gq]h?i[gq]h?eh?)\b", r" \1 minutes "),
                (r"\bfarda sobh\b", " tomorrow morning "),
                (r"\bfarda\b", " tomorrow "),
                (r"\bpanj ?shanbe\b", " thursday "),
                (r"\bba?ad ?az ?zohr\b|\basr\b", " afternoon "),
                (r"\bsobh\b", " morning "),
            ),
        ),
    }
)
# Greek with the numeral weekdays after no article ("Πέμπτη απόγευμα": Thursday afternoon, not "fifth"),
# "καθυστερήσω 15 λεπτά", the minute counts as one word ("κανά εικοσάλεπτο"), and Greeklish "argo 10 lepta".
_EL_SPANS = {
    "πεντάλεπτο": 5,
    "δεκάλεπτο": 10,
    "εικοσάλεπτο": 20,
    "μισάωρο": 30,
}  # not "τέταρτο": also "fourth"
_extend(
    "greek",
    r"\blepta\b",
    (
        *(
            (rf"(?<![\w])(?:ένα |κανά |κανένα |καμιά |περίπου )?{word}(?![\w])", f" {value} λεπτά ")
            for word, value in _EL_SPANS.items()
        ),
        (
            r"(?:θα )?(?:καθυστερήσω|καθυστερώ|αργήσω|αργώ)\s+(?:περίπου |καμιά |κανά )?(\d{1,3})\s*λεπτ\w*",
            r" \1 minutes late ",
        ),
        (
            r"(?<![\w])(τρίτη|τετάρτη|πέμπτη)(?= (?:το )?(?:πρωί|απόγευμα|βράδυ|μεσημέρι))",
            r"την \1",
        ),
        (
            r"\b(?:argo|argw|arghso|argiso|kathisteriso|kathysterisw) (?:kana |peripou )?(\d{1,3}) ?lepta\b",
            r" \1 minutes late ",
        ),
        (r"\b(\d{1,3}) ?lepta\b", r" \1 minutes "),
    ),
    (),
)
# Turkish typed without its letters: "15 dk gec kalicam", "geç kalıcam".
_extend(
    "turkish",
    r"\bdk\b|\bgec kal",
    ((r"\b(\d{1,3}) ?(?:dk|dakika) (?:kadar |gibi )?(?:gecik\w*|ge[cç] kal\w*)", r" \1 minutes late "),),
    (),
)


# Issue 13, h13date12: a day of the month or a month-and-day said the way each language says it, and the
# short preference words that make a bare day a request ("meglio il giorno 5", "24 tarikh theek hai",
# "pasuje 28-go", "mumkin yom 18?", "12月26日", "3월 18일", "토요일에 와주세요", "土曜日でお願いします",
# "melhor terça-feira"). Near-misses: "il 2" in a price ("il 2%") stays (the Italian rule's own guard);
# "15-go" needs its digits ("jego" is no day); a month number needs its day ("12月" alone is no date).
_MONTH_NUMBER_NAMES = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_WEEKDAY_OR_DATE = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:on\s+)?the \d{1,2}th)"
_extend(
    "chinese",
    "",
    tuple(
        (rf"(?<!\d){number} ?月 ?(\d{{1,2}}) ?[号號日]", f" {name} \\1 ")
        for number, name in sorted(enumerate(_MONTH_NUMBER_NAMES, 1), reverse=True)
    ),
    (),
)
_extend(
    "korean",
    r"\d ?월",
    tuple(
        (rf"(?<!\d){number} ?월 ?(\d{{1,2}}) ?일", f" {name} \\1 ")
        for number, name in sorted(enumerate(_MONTH_NUMBER_NAMES, 1), reverse=True)
    ),
    (
        (
            rf"{_WEEKDAY_OR_DATE} ?(?:에|로|으로)? ?(?:와 ?주세요|와 ?주실 수 있나요|오세요|해 ?주세요)",
            r" \1 please ",
        ),
    ),
)
_extend(
    "japanese",
    "",
    (),
    ((rf"{_WEEKDAY_OR_DATE} ?(?:で|に)(?:お願いします|お願い|いいです|大丈夫です)", r" \1 please "),),
)
_extend(
    "italian",
    r"\b(?:meglio|giorno|bene)\b",
    ((r"\b(?:il |per il |al )?giorno (\d{1,2})\b", r" on the \1th "),),
    ((rf"\bmeglio\s+{_WEEKDAY_OR_DATE}", r" \1 is better "),),
)
_extend(
    "portuguese",
    r"\bmelhor\b",
    (),
    ((rf"\bmelhor\s+(?:na\s+|no\s+|a\s+|o\s+|dia\s+)?{_WEEKDAY_OR_DATE}", r" \1 is better "),),
)
_extend(
    "hindi",
    r"\b(?:tarikh|tareekh|taarikh|tarik)\b",
    ((r"\b(\d{1,2}) ?(?:tarikh|tareekh|taarikh|tarik)(?: (?:ko|ka))?\b", r" on the \1th "),),
    ((r"(the \d{1,2}th)\s+(?:theek|thik|sahi) (?:hai|rahega|hoga)\b", r"\1 works"),),
)
_extend(
    "polish",
    r"\d-go\b|\bpasuje\b",
    ((r"\b(\d{1,2}) ?-go\b", r" the \1th "),),
    # "pasuje 28-go", "28-go pasuje": works beside a day only ("ok pasuje" agrees)
    (
        (r"\bpasuje\s+(the \d{1,2}th)", r" \1 works "),
        (r"(the \d{1,2}th)\s+pasuje\b", r" \1 works "),
        (r"\bmo[żz]e\s+(the \d{1,2}th)", r" maybe \1 "),
    ),
)
_extend(
    "arabic",
    r"\b(?:yom|youm|yawm)\b",
    ((r"\b(?:yom|youm|yawm) (\d{1,2})\b", r" the \1th "), (r"\b(?:mumkin|momken|mumken)\b", " maybe ")),
    ((r"(the \d{1,2}th)\s*مناسب[ةه]?", r" \1 works "),),
)
_extend(
    "tagalog",
    r"\bika-?\d{1,2}\b|\bna lang\b",
    ((r"\bsa (\d{1,2}) na lang\b", r" the \1th please "),),
    (),
)


# Issue 13, h14time: the minutes said after the hour word ("15 heures 30", "quinze heures trente", "16 Uhr 30", "sechzehn Uhr
# dreißig"), the hour in words after the Scandinavian "klockan" ("klockan tre"), the Dutch hour with its
# "uur" after a word other than "om" ("rond tien uur", "na 3 uur"), and noon in Italian and Polish
# ("verso mezzogiorno", "w południe"). Near-misses: "dans 2 heures 30 minutes" keeps its minutes word
# (a wait), "po południu" is the afternoon, not noon.
_FR_MINUTES = {"cinq": 5, "dix": 10, "quinze": 15, "vingt": 20, "vingt-cinq": 25, "trente": 30, "quarante": 40,
               "quarante-cinq": 45, "cinquante": 50}  # fmt: skip
_DE_MINUTES = {"fünf": 5, "zehn": 10, "fünfzehn": 15, "zwanzig": 20, "fünfundzwanzig": 25, "dreißig": 30,
               "dreissig": 30, "vierzig": 40, "fünfundvierzig": 45, "fünfzig": 50}  # fmt: skip


def _minutes_after_hour(
    digits_after: str, words_after: str, minutes: dict[str, int]
) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The hint and the rules: "15 heures 30" -> "15:30" (two digits after `digits_after`), and each minute
    word after `words_after` as its two digits ("15 heures trente", "15h trente")."""
    unit = r"(?! ?(?:minutes?|minuten?|min)\b)"
    ordered = sorted(minutes.items(), key=lambda item: len(item[0]), reverse=True)
    every = "|".join(re.escape(word) for word, _ in ordered)
    hint = rf"\d ?{digits_after} ?\d\d|\d ?{words_after} (?:{every})\b"
    return hint, (
        (rf"\b(\d{{1,2}}) ?{digits_after} ?([0-5]\d)\b{unit}", r" \1:\2 "),
        *(
            (rf"\b(\d{{1,2}}) ?{words_after} {re.escape(word)}\b{unit}", rf" \1:{value:02d} ")
            for word, value in ordered
        ),
    )


_extend("french", *_minutes_after_hour(r"heures?", r"h(?:eures?)?", _FR_MINUTES), ())
_extend("german", *_minutes_after_hour(r"uhr", r"uhr", _DE_MINUTES), ())
_extend(
    "dutch",
    r"\b(?:rond|tegen|vanaf|na|voor|tot) \d{1,2} uur",
    (
        (r"\b(?:rond|tegen|om een uur of) (\d{1,2}) uur\b(?! (?:later|laat))", r" around \1 "),
        (r"\b(?:vanaf|na) (\d{1,2}) uur\b(?! (?:later|laat))", r" after \1 "),
        (r"\bvoor (\d{1,2}) uur\b(?! (?:later|laat))", r" before \1 "),
        (r"\btot (\d{1,2}) uur\b(?! (?:later|laat))", r" until \1 "),
    ),
    (),
)
# (These run after the hour words below are made digits: `_extend` puts the later rules first.)


# Issue 13, h14time: the hour in words where a clock stands, in the languages whose digit clocks the
# rules above read ("à deux heures et demie", "um drei", "às duas e meia", "alle tre e mezza", "na wpół
# do czwartej", "o siedemnastej", "om drie uur"): rewritten to its digit first, so that language's own
# clock rules ("à 2 heures et demie", "às 2 e meia", "wpół do 4") read it as they read digits. A word is
# an hour only right after the language's clock word ("à", "um", "às", "alle", "o", "om") and not
# before a unit or a noun it counts, or right before the language's fraction or hour word ("e meia",
# "et demie", "Uhr", "uur"). Near-misses keep their word: "à trois on sera mieux" (no "heure"), "um drei
# Tage", "as duas opções", "le tre cose", "om twee dagen", "czwartek" (Thursday, not "czwartej").
def _spelled_hours(
    hours: dict[str, int], *, after: str, before: str, follow: str = ""
) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The hint and the rules, longest word first: each hour word (variants joined by "|") right after
    `after` (and where `follow`, a lookahead, holds) or right before `before` becomes its digit."""
    ordered = sorted(hours.items(), key=lambda item: len(item[0]), reverse=True)
    every = "|".join(word for word, _ in ordered)
    hint = rf"\b(?:{after}) (?:{every})\b|\b(?:{every}) ?(?:{before})"
    rules = tuple(
        rule
        for word, hour in ordered
        for rule in (
            (rf"\b({after}) (?:{word})\b{follow}", rf"\1 {hour}"),
            (rf"(?<![\w-])(?:{word})(?= ?(?:{before}))", f"{hour}"),
        )
    )
    return hint, rules


def _numbered(*words: str) -> dict[str, int]:
    return {word: hour for hour, word in enumerate(words, start=1)}


_COUNTED = r"(?! ?(?:{})\b)"
_FR_SPELLED = _spelled_hours(
    _numbered(
        "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
        "treize", "quatorze", "quinze", "seize", "dix-sept|dix sept", "dix-huit|dix huit",
        "dix-neuf|dix neuf", "vingt", "vingt et une|vingt-et-une", "vingt-deux|vingt deux",
        "vingt-trois|vingt trois",
    ),
    after=r"à|a|vers|avant|après|apres|pour|jusqu'à|dès|des|de|dans|d'ici",
    follow=r"(?= ?(?:heures?|h)\b)",
    before=r"heures? (?:et|moins)\b|h (?:et|moins)\b",
)  # fmt: skip
_extend(
    "french",
    _FR_SPELLED[0] + r"|\d ?h(?:eures?)? moins (?:le )?quart",
    (*_FR_SPELLED[1], *_hours_before(r"\b{h} ?h(?:eures?)? moins (?:le )?quart\b", 45)),
    (),
)
_DE_SPELLED = _spelled_hours(
    _numbered(
        "eins|ein", "zwei", "drei", "vier", "fünf|fuenf", "sechs", "sieben", "acht", "neun", "zehn",
        "elf", "zwölf|zwoelf", "dreizehn", "vierzehn", "fünfzehn|fuenfzehn", "sechzehn", "siebzehn",
        "achtzehn", "neunzehn", "zwanzig", "einundzwanzig", "zweiundzwanzig", "dreiundzwanzig",
    ),
    after=r"um|gegen|ab|bis|so um|so gegen|vor|nach",
    follow=_COUNTED.format(r"minuten?|min|stunden?|tagen?|tage|wochen?|monaten?|jahren?|mal|leute|personen|paar|bisschen|wenig|viertelstunde"),
    before=r"uhr\b",
)  # fmt: skip
_extend("german", _DE_SPELLED[0], _DE_SPELLED[1], ())
_PT_SPELLED = _spelled_hours(
    _numbered("uma", "duas", "três|tres", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze"),
    after=r"às|as|pelas|umas|das|até as|até às",
    follow=_COUNTED.format(r"min\w*|dias?|semanas?|vezes|pessoas|op[çc][õo]es|coisas|horas? (?:de|atrás)|meses"),
    before=r"e meia\b|e quinze\b|e um quarto\b|e trinta\b|horas?\b|h\b|da manh|da tarde|da noite|menos (?:um )?quarto\b",
)  # fmt: skip
_extend(
    "portuguese",
    _PT_SPELLED[0] + r"|\d h? ?e (?:um quarto|15|30|45|20|40)\b|\d ?h? menos (?:um )?quarto",
    (
        *_PT_SPELLED[1],
        (r"\b(\d{1,2})(?:h)? e um quarto\b", r"\1:15"),
        # "às 3 e 15": the minutes in digits after the hour ("entre as 13 e 15" is a range)
        (r"(?<!entre )\b(às|as) (\d{1,2})(?:h)? e (15|30|45|20|40)\b(?! ?min)", r"\1 \2:\3"),
        *_hours_before(r"\b{h}(?:h)? menos (?:um )?quarto\b", 45),
    ),
    (),
)
_IT_SPELLED = _spelled_hours(
    _numbered(
        "l'una|una", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "undici",
        "dodici", "tredici", "quattordici", "quindici", "sedici", "diciassette", "diciotto",
        "diciannove", "venti",
    ),
    after=r"alle|le|delle|dalle|sulle",
    follow=_COUNTED.format(r"minut\w*|or[ae]|giorn\w*|settiman\w*|volt\w*|person\w*|cos[ae]|euro|mesi"),
    before=r"e mezz[ao]\b|e un quarto\b|meno (?:un )?quarto\b|e trenta\b|e quindici\b|in punto\b",
)  # fmt: skip
_extend(
    "italian",
    _IT_SPELLED[0] + r"|\d e mezz[ao]|\d e un quarto",
    (
        *_IT_SPELLED[1],
        (r"\b(\d{1,2}) e mezz[ao]\b", r"\1:30"),
        (r"\b(\d{1,2}) e un quarto\b", r"\1:15"),
        (r"\b(\d{1,2}) in punto\b", r"\1"),
    ),
    (),
)
# Polish says the hour as an ordinal ("o czwartej", "na wpół do piątej" 4:30, "o siedemnastej")
_PL_ORDINAL_HOURS = _numbered(
    "pierwszej", "drugiej", "trzeciej", "czwartej", "piątej|piatej", "szóstej|szostej", "siódmej|siodmej",
    "ósmej|osmej", "dziewiątej|dziewiatej", "dziesiątej|dziesiatej", "jedenastej", "dwunastej",
    "trzynastej", "czternastej", "piętnastej|pietnastej", "szesnastej", "siedemnastej", "osiemnastej",
    "dziewiętnastej|dziewietnastej", "dwudziestej", "dwudziestej pierwszej", "dwudziestej drugiej",
    "dwudziestej trzeciej",
)  # fmt: skip
_PL_SPELLED = _spelled_hours(
    _PL_ORDINAL_HOURS,
    after=r"o|na|po|przed|około|okolo|koło|kolo|do|od|wp[óo][łl] do",
    before=r"rano\b|wieczorem\b|po po[łl]udniu\b",
)
_extend("polish", _PL_SPELLED[0], _PL_SPELLED[1], ())
_NL_SPELLED = _spelled_hours(
    _numbered(*(f"{word}|één" if word == "een" else word for word in _DUTCH_HOURS)),
    after=r"om|rond|tegen|vanaf|na|voor|tot|kwart over|kwart voor",
    follow=_COUNTED.format(r"minuten|min|dagen|weken|maanden|jaar|keer|mensen|personen|uurtjes?|uur (?:later|laat)"),
    before=r"uur\b(?! (?:later|laat))",
)  # fmt: skip
_extend(
    "dutch",
    _NL_SPELLED[0] + r"|\bom \d",
    (
        *_NL_SPELLED[1],
        # "om 3" with no "uur": at 3 ("om 3 uur", "om 10 minuten" read as before)
        (r"\bom (?=\d{1,2}(?:[:.]\d\d)?(?![\d:.])(?! ?(?:uur|min|minuten|dagen|weken|keer)\b))", " at "),
    ),
    (),
)
_SV_SPELLED = _spelled_hours(
    _SCANDI_HOURS, after=r"klockan|klokken|klokka|kl\.?", before=r"på (?:morgonen|eftermiddagen|kvällen)"
)
_extend("scandinavian", _SV_SPELLED[0], _SV_SPELLED[1], ())
_extend("italian", r"\bmezzogiorno\b", ((r"\b(?:a |verso |per )?mezzogiorno\b", " at noon "),), ())
_extend(
    "polish", r"\bw po[łl]udnie\b", ((r"\b(?:około |okolo |koło |kolo )?w po[łl]udnie\b", " at noon "),), ()
)


# ---- Issue 15, h15days: the day after tomorrow said as one word, and the clock words of Europe ------
# (1) "The day after tomorrow" has its own word in most languages, and blind writers use it where an
# English writer says "Wednesday": Czech "pozítří", Swedish "i övermorgon", Danish/Norwegian "i
# overmorgen", Cantonese "後日", Mandarin "后天" ("大后天" is three days on), Japanese "明後日"/"あさって"
# ("しあさって" three days), Korean "모레" ("글피" three days), Indonesian/Malay "lusa", Turkish "öbür gün"
# / "yarından sonra", Farsi "pas farda", Swahili "kesho kutwa", Kazakh "бүрсігүні", Ukrainian
# "післязавтра", Hungarian "holnapután(ra)", Nigerian English "next tomorrow", Scots "the day after the
# morra" ("the morra" alone is tomorrow), Hindi/Urdu "परसों"/"پرسوں", Bengali "porshu"/"পরশু", Tamil
# "naalai marunaal", Romanian "poimâine", Serbian/Croatian "prekosutra", Thai "มะรืนนี้". One group,
# run before every language's own rules, since those read the "tomorrow" inside the word ("післязавтра"
# holds "завтра", "holnapután" holds "holnap", "yarından" is "yarın"'s). Near misses: Japanese "後日"
# ("at a later date", "後日連絡します") is no day: Cantonese "後日" is read only with no kana beside it;
# "明後日" is Japanese's own; the Portuguese news agency "Lusa" ("a agência Lusa"); "next, tomorrow"
# (a comma between) stays tomorrow; "öbür gün" is read, "geçen gün" (the other day) is not.
_KANA = "\u3040-\u30ff"
_DAY_AFTER_TOMORROW = (
    r"\b(?:poz[ií]t[rř][ií]|pozejt[rř][ií]|[öo]vermorg[eo]n|lusa|[öo]b[üu]r ?g[üu]n|yar[ıi]ndan sonra|"
    r"pas ?farda|keshokutwa|kesho kutwa|holnaput[aá]n\w*|next tomorrow|morra|porshu|porshudin|marunaal|marunal|"
    r"poim[âa]ine|prekosutra|preksutra)\b|"
    r"後日|后天|後天|大後|しあさって|その次の日|その翌日|明々後日|明明後日|글피|پس ?فردا|бүрсіг|бүрсүг|післязавтра|pislyazavtra|परसों|پرسوں|পরশু|மறுநாள்|மறுதினம்|มะรืน",
    (
        # three days on first, so the two-day word inside them is not read
        (r"大后天|大後天|大後日|しあさって|明々後日|明明後日|글피", " in 3 days "),
        (r"明後日|あさって", " day after tomorrow "),
        # "しあさってじゃなくて、その次の日に" (not then, the day after it instead): the day after the one named
        (r"その(?:次の日|翌日)", " the day after instead "),
        (rf"(?<![{_KANA}明])後日(?![\s\S]*[{_KANA}])", " day after tomorrow "),
        (r"\b(?:the )?day (?:after|efter) the morra\b", " day after tomorrow "),
        (r"\bthe morra\b", " tomorrow "),
        (r"\b(?:i )?(?:övermorgon|övermorgen|overmorgen|overmorgon)\b", " day after tomorrow "),
        (r"\b(?:pozítří|pozitri|pozejtří|pozejtri)\b", " day after tomorrow "),
        (r"(?<!ag[êe]ncia )\b(?:besok )?lusa\b", " day after tomorrow "),
        (r"\b(?:öbür ?gün|obur ?gun|yarından sonra|yarindan sonra)(?:e|ü|de|ne)?\b", " day after tomorrow "),
        (r"\bpas ?farda\b|(?<![\u0600-\u06ff])پس[\s\u200c]?فردا(?![\u0600-\u06ff])", " day after tomorrow "),
        (r"\b(?:kesho ?kutwa)\b", " day after tomorrow "),
        (r"(?<![\w])(?:бүрсігүні|бүрсүгүні|бүрсігүн|бүрсүгүнү)\w*", " day after tomorrow "),
        (r"(?<![\w])(?:післязавтра|pislyazavtra)(?![\w])", " day after tomorrow "),
        (r"\bholnaput[aá]n\w*", " day after tomorrow "),
        (r"\bnext tomorrow\b", " day after tomorrow "),
        (r"परसों|پرسوں|পরশু|\bporshu(?:din)?\b", " day after tomorrow "),
        (r"\bnaa?lai maru(?:naa?l|dhinam)\b|நாளை மறு(?:நாள்|தினம்)|மறுநாள்", " day after tomorrow "),
        (r"\b(?:poimâine|poimaine|prekosutra|preksutra)\b", " day after tomorrow "),
        (r"(?:วัน)?มะรืน(?:นี้)?", " day after tomorrow "),
    ),
)
# Swahili, where "kesho kutwa" (above) is said: "kesho" tomorrow, "asubuhi" morning, "mchana" afternoon,
# "jioni" evening ("kesho kutwa jioni", "kesho asubuhi"), the weekdays ("Jumamosi" Saturday); "leo"
# (today) is left alone, a name too, and so are Swahili hours ("saa tatu" is 9, counted from dawn)
_SWAHILI = (
    r"\b(?:kesho|asubuhi|mchana|jioni|jumatatu|jumanne|jumatano|alhamisi|ijumaa|jumamosi|jumapili)\b",
    (
        (r"\bkesho\b", " tomorrow "),
        *(
            (rf"\b(?:siku ya |hadi |mpaka )?{word}\b", f" {day} ")
            for word, day in (
                ("jumatatu", "monday"),
                ("jumanne", "tuesday"),
                ("jumatano", "wednesday"),
                ("alhamisi", "thursday"),
                ("ijumaa", "friday"),
                ("jumamosi", "saturday"),
                ("jumapili", "sunday"),
            )
        ),
        (r"\b(?:saa za )?asubuhi\b", " morning "),
        (r"\b(?:saa za )?mchana\b", " afternoon "),
        (r"\b(?:saa za )?jioni\b", " evening "),
    ),
)
FOREIGN_TIME_WORDS_ALL = {
    "day_after_tomorrow": _DAY_AFTER_TOMORROW,
    "swahili": _SWAHILI,
    **FOREIGN_TIME_WORDS,
}
FOREIGN_TIME_WORDS.clear()
FOREIGN_TIME_WORDS.update(FOREIGN_TIME_WORDS_ALL)


# (2) Clock words of Europe, where the quarter or half is counted toward the next hour: Swedish/Danish
# "kvart i tre" (2:45), "kvart över/over to" (2:15), Norwegian "kvart på tre" (2:45); Hungarian "fél
# háromra" (2:30, with its case ending), "negyed négy" (3:15), "háromnegyed négy" (3:45); Ukrainian "пів
# на третю" (2:30), "чверть на третю" (2:15), "за чверть третя" (2:45); Russian "полтретьего" (2:30),
# "четверть третьего" (2:15); Turkish "üç buçuk(ta)" (3:30), "üçe çeyrek kala" (2:45), "ikiyi çeyrek geçe"
# (2:15); German "dreiviertel drei" (2:45) said without a digit; Czech "čtvrt na tři" (2:15), "tři
# čtvrtě na tři" (2:45). Rewritten to "at H:MM", so a bare afternoon hour ("fél három" asked for
# another day) is read by the grammar's own working-hours rule. Near misses: "kvart" alone ("en kvart
# att hitta parkering" is a wait's length), "halva priset", "fél óra" (half an hour), "negyed óra",
# "bir buçuk saat" (an hour and a half), "iki buçuk milyon", "пів години", "полчаса", "четверть часа".
def _quarter_rules(
    hours: dict[str, int], pattern: str, minutes: int, back: int
) -> tuple[tuple[str, str], ...]:
    """One rule per hour word (a regex alternation, as `_numbered` gives) and per digit: `pattern` with
    `{h}` for the hour said, rewritten as the hour `back` hours before it (1: "kvart i tre" is 2:45, 0:
    "kvart över tre" is 3:15) and `minutes`."""
    words = sorted(hours.items(), key=lambda item: len(item[0]), reverse=True)
    spelled = tuple((pattern.format(h=f"(?:{word})"), hour) for word, hour in words)
    digits = tuple((pattern.format(h=str(hour)), hour) for hour in range(12, 0, -1))
    return tuple(
        (rule, f" at {(hour - back - 1) % 12 + 1}:{minutes:02d} ") for rule, hour in (*spelled, *digits)
    )


_extend(
    "scandinavian",
    r"\bkvarters\b",
    (
        *_quarter_rules(_SCANDI_HOURS, r"(?<![\w-])(?:(?:klockan|klokken|klokka|kl\.?) )?kvart (?:i|på) {h}(?![\w:])", 45, 1),
        *_quarter_rules(_SCANDI_HOURS, r"(?<![\w-])(?:(?:klockan|klokken|klokka|kl\.?) )?kvart (?:över|over) {h}(?![\w:])", 15, 0),
        # (3) "om et kvarters tid", "om en kvart", "om en halvtimmes tid": a wait from now
        (r"\bom (?:en |et |ett |ei )?kvart(?:er)?s?(?: tid)?\b", " in 15 minutes "),
        (r"\bom (?:en |ei |et )?halv ?tim(?:me|ma|e)s tid\b", " in 30 minutes "),
    ),
    (),
)  # fmt: skip
_HU_HOUR_CASE = r"(?:-?(?:kor|ra|re|ig|t[oó]l|t[őö]l))?(?![\w])"
_extend(
    "hungarian",
    r"\b(?:negyed|h[aá]romnegyed)\b",
    (
        (r"\b(?:egy )?negyed [oó]ra m[uú]lva", " in 15 minutes "),
        (r"\bh[aá]romnegyed [oó]ra m[uú]lva", " in 45 minutes "),
        *_quarter_rules(_HU_HOURS, r"\bh[aá]romnegyed {h}" + _HU_HOUR_CASE, 45, 1),
        *_quarter_rules(_HU_HOURS, r"(?<![\w])negyed {h}" + _HU_HOUR_CASE, 15, 1),
        *_quarter_rules(_HU_HOURS, r"\bf[eé]l {h}" + _HU_HOUR_CASE, 30, 1),
    ),
    (),
)
_UK_ORDINALS_ACC = _numbered(
    "першу", "другу", "третю", "четверту", "п'яту|пʼяту|п’яту", "шосту", "сьому", "восьму", "дев'яту|девʼяту|дев’яту",
    "десяту", "одинадцяту", "дванадцяту",
)  # fmt: skip
_UK_ORDINALS_GEN = _numbered(
    "першої", "другої", "третьої", "четвертої", "п'ятої|пʼятої|п’ятої", "шостої", "сьомої", "восьмої",
    "дев'ятої|девʼятої|дев’ятої", "десятої", "одинадцятої", "дванадцятої",
)  # fmt: skip
_UK_CARDINALS = _numbered(
    "перша|одна", "друга|дві", "третя|три", "четверта|чотири", "п'ята|пʼята|п’ята|п'ять", "шоста|шість", "сьома|сім",
    "восьма|вісім", "дев'ята|девʼята|дев’ята|дев'ять", "десята|десять", "одинадцята|одинадцять", "дванадцята|дванадцять",
)  # fmt: skip
_extend(
    "ukrainian",
    r"пів на|чверть|пів (?:першої|другої|третьої|четвертої|п.ятої|шостої|сьомої|восьмої|дев.ятої|десятої|одинадцятої|дванадцятої)|серед[уа]",
    (
        *_quarter_rules(_UK_ORDINALS_ACC, r"(?<![\w'ʼ’])(?:о |на )?пів на (?:{h})(?![\w'ʼ’])", 30, 1),
        *_quarter_rules(_UK_ORDINALS_GEN, r"(?<![\w'ʼ’])(?:о |на )?пів (?:{h})(?![\w'ʼ’])", 30, 1),
        *_quarter_rules(_UK_ORDINALS_ACC, r"(?<![\w'ʼ’])(?:о |на )?чверть на (?:{h})(?![\w'ʼ’])", 15, 1),
        *_quarter_rules(_UK_CARDINALS, r"(?<![\w'ʼ’])(?:о |на )?за чверть (?:{h})(?![\w'ʼ’])", 45, 1),
        (r"(?<![\w])(?:у |в |на )?(?:середу|середа)(?![\w])", " wednesday "),
    ),
    (),
)
_RU_ORDINALS_GEN = _numbered(*(word.replace("[её]", "[её]") for word in _RUSSIAN_ORDINALS))
_extend(
    "russian",
    r"пол-?(?:первого|второго|третьего|четв[её]ртого|пятого|шестого|седьмого|восьмого|девятого|десятого|"
    r"одиннадцатого|двенадцатого)|четверть|пол ?часа назад",
    (
        # "выехал полчаса назад": half an hour ago is no wait
        (r"(?<![\w])(?:пол ?часа|час|(?:\d{1,3}|пять|десять) минут) назад(?![\w])", " earlier "),
        (r"(?<![\w])(?:через|за) четверть часа(?![\w])", " in 15 minutes "),
        *_quarter_rules(_RU_ORDINALS_GEN, r"(?<![\w])(?:в )?пол[- ]?(?:{h})(?![\w])(?! этаж)", 30, 1),
        *_quarter_rules(_RU_ORDINALS_GEN, r"(?<![\w])(?:в )?четверть (?:{h})(?![\w])", 15, 1),
    ),
    (),
)
_TR_HOURS = {
    "on iki": (12, "on ikiye", "on ikiyi"), "on bir": (11, "on bire", "on biri"), "bir": (1, "bire", "biri"),
    "iki": (2, "ikiye", "ikiyi"), "üç": (3, "üçe", "üçü"), "uc": (3, "uce", "ucu"), "dört": (4, "dörde", "dördü"),
    "dort": (4, "dorde", "dordu"), "beş": (5, "beşe", "beşi"), "bes": (5, "bese", "besi"),
    "altı": (6, "altıya", "altıyı"), "alti": (6, "altiya", "altiyi"), "yedi": (7, "yediye", "yediyi"),
    "sekiz": (8, "sekize", "sekizi"), "dokuz": (9, "dokuza", "dokuzu"), "on": (10, "ona", "onu"),
}  # fmt: skip
_TR_NOT_CLOCK = (
    r"(?! ?(?:saat|sa\b|lira|tl\b|milyon|bin\b|kilo|yıl|yil|gün|gun|ay\b|hafta|dakika|metre|litre))"
)
_extend(
    "turkish",
    r"\bbu[çc]u[kğg]\w*|\b[çc]eyrek (?:kala|ge[çc]e)\b",
    (
        (r"\bbir bu[çc]u[kğ] saat(?:e| i[çc]inde| sonra)\b", " in 90 minutes "),
        *(
            (
                rf"(?<![\w'’])(?:saat )?{re.escape(word)} bu[çc]u[kğ]\w*(?![\w']){_TR_NOT_CLOCK}",
                f" at {hour}:30 ",
            )
            for word, (hour, _, _) in _TR_HOURS.items()
        ),
        (rf"(?<![\w'’])(?:saat )?(\d{{1,2}}) ?bu[çc]u[kğ]\w*(?![\w']){_TR_NOT_CLOCK}", r" at \1:30 "),
        *(
            (rf"(?<![\w'’])(?:saat )?{re.escape(dative)} [çc]eyrek kala\b", f" at {(hour - 2) % 12 + 1}:45 ")
            for _, (hour, dative, _) in _TR_HOURS.items()
        ),
        *(
            (rf"(?<![\w'’])(?:saat )?{re.escape(accusative)} [çc]eyrek ge[çc]e\b", f" at {hour}:15 ")
            for _, (hour, _, accusative) in _TR_HOURS.items()
        ),
        *(
            (
                rf"(?<![\w'’])(?:saat )?{hour}['’]?(?:e|a|ye|ya) [çc]eyrek kala\b",
                f" at {(hour - 2) % 12 + 1}:45 ",
            )
            for hour in range(12, 0, -1)
        ),
        (r"(?<![\w'’])(?:saat )?(\d{1,2})['’]?(?:i|ı|u|ü|yi|yı|yu|yü) [çc]eyrek ge[çc]e\b", r" at \1:15 "),
    ),
    (),
)
_PL_NOMINATIVE_HOURS = _numbered(
    "pierwsza", "druga", "trzecia", "czwarta", "piąta|piata", "szósta|szosta", "siódma|siodma", "ósma|osma",
    "dziewiąta|dziewiata", "dziesiąta|dziesiata", "jedenasta", "dwunasta",
)  # fmt: skip
# "za kwadrans pierwsza" (12:45): a quarter before the hour said as its ordinal; "za kwadrans" alone is a
# wait of a quarter hour ("będę za kwadrans")
_extend(
    "polish",
    r"\bza kwadrans\b",
    (
        *_quarter_rules(_PL_NOMINATIVE_HOURS, r"\b(?:o )?za kwadrans (?:{h})\b", 45, 1),
        (r"\bza (?:kwadrans|kwadransik)\b(?! ?\d)", " in 15 minutes "),
    ),
    (),
)
# "viertel drei" (2:15), as the south and east of the German-speaking world say it: a quarter of the way
# to the hour; "Viertel nach/vor drei" are read before, "eine Viertelstunde" is a wait
_extend(
    "german",
    r"\bviertel\b",
    _quarter_rules(
        _numbered(*_GERMAN_HOURS),
        r"(?<!drei)(?<!drei )\b(?:um |gegen )?viertel {h}\b(?! ?(?:minuten|min|stunden?|uhr\w))",
        15,
        1,
    ),
    (),
)
# "bin dreiviertel drei zu Hause": with no "um" before it, the German rules leave a bare "2:45"
_extend(
    "german",
    r"\bdreiviertel\b",
    _quarter_rules(
        _numbered(*_GERMAN_HOURS),
        r"(?<!\bum )(?<!\bgegen )\bdrei ?viertel {h}\b(?! ?(?:minuten|min|stunden?)\b)",
        45,
        1,
    ),
    (),
)
_CS_HOURS_ACC = _numbered(
    "jednu", "dvě|dve", "tři|tri", "čtyři|ctyri", "pět|pet", "šest|sest", "sedm", "osm", "devět|devet",
    "deset", "jedenáct|jedenact", "dvanáct|dvanact",
)  # fmt: skip
_extend(
    "czech",
    r"\b(?:čtvrt|ctvrt|čtvrtě|ctvrte) na\b",
    (
        *_quarter_rules(
            _CS_HOURS_ACC, r"\b(?:v |ve |kolem )?(?:tři|tri) (?:čtvrtě|ctvrte) na (?:{h})\b", 45, 1
        ),
        *_quarter_rules(_CS_HOURS_ACC, r"\b(?:v |ve |kolem )?(?:čtvrt|ctvrt) na (?:{h})\b", 15, 1),
    ),
    (),
)
