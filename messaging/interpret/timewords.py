"""Recognisers for durations, clock times, day words and parts of day in a normalised SMS.

Each finder returns mentions with their character span, so the interpreter can tell which
one a cue word governs. Resolution to datetimes lives in `resolve`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import cast

from .cues import text_grams
from .cues.anchors import finditer, required_literals
from .lexicon import (
    CLOCK_NOT_ARRIVAL,
    DAY_REJECTED_AFTER,
    DAY_REJECTED_BEFORE,
    DURATION_AFTER_ETA,
    EXTRA_BEFORE,
    LATE_BY_BEFORE,
    LATENESS,
    WAIT_BEFORE,
)
from .vocab import (
    FIXED_HOLIDAYS,
    MONTHS,
    MOVEABLE_HOLIDAYS,
    NUMBER_WORDS,
    PARTS_OF_DAY_WORDS,
    RELATIVE_DAYS,
    WEEKDAYS,
)


@dataclass(frozen=True)
class Duration:
    minutes: int
    kind: str  # "distance" (from now), "lateness" (from the window) or "after_eta"
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Clock:
    hour: int
    minute: int
    meridiem: str | None  # "am", "pm" or None when the text does not say
    start: int
    end: int
    text: str
    arrival: bool = True  # False when the context says it is not when the customer arrives
    next_at_minute: bool = False  # "quarter to" with no hour: the next hh:45


@dataclass(frozen=True)
class DayMention:
    day: date | None  # None when only dateparser can tell (see `span`)
    rank: int  # 3 explicit date, 2 weekday, 1 relative word
    start: int
    end: int
    text: str
    rejected: bool = False  # "can't do tomorrow", "instead of monday"
    span: str | None = None  # a canonical span for dateparser


@dataclass(frozen=True)
class PartOfDay:
    part: str
    start: int
    end: int
    text: str
    rejected: bool = False


_MIN = r"(?:minutes|minutos|minuten|min|mn)\b"
_HOUR = r"(?:hours?|horas?|heures?)\b"

# Hours and minutes written together: "1h30", "1h 30", "1hr30", "2 hrs 15". A wait when a unit word
# or a space says so ("1hr30", "1h 30"), or when the words around it do ("running late, 1h30", "in
# 1h30", "1h30 out"); a clock otherwise ("à 15h30", "at 1h30": French and 24-hour writing).
HOURS_AND_MINUTES = re.compile(
    r"(?<![\d:.])(\d{1,2})(?:( ?(?:hrs?|hours?|horas?) ?(?:and |y )?)|(h ?)|( h ))([0-5]\d)(?: ?(?:minutes|mins?|m)\b)?(?![\d:])"
)
_HM_WAIT_AFTER = re.compile(
    r"^\s*(?:late|behind|out|away|more|tops|max|or so|ish|delay|de retraso|de retard|en retard)\b"
)
_HM_CLOCK_BEFORE = re.compile(
    r"\b(?:at|by|around|until|till|til|before|after|from|à|vers|hasta|a las|para las|@|tomorrow|today|tonight)\s*$"
)
_HM_WAIT_BEFORE = re.compile(
    r"(?:\b(?:in|en|dans|another|extra|late|behind|delay(?:ed)?|delay of|away|out|about|like|around|~|maybe|prob(?:ably)?)"
    r"|[,:-])\s*$"
)


def hours_and_minutes_wait(text: str, m: re.Match[str]) -> bool:
    """Whether a HOURS_AND_MINUTES match is a length of time rather than a clock time."""
    before = text[max(0, m.start() - 25) : m.start()]
    after = text[m.end() : m.end() + 20]
    if int(m.group(1)) > 5:
        return False  # "15h30": no customer is fifteen hours late
    if _HM_WAIT_AFTER.match(after):
        return True
    if _HM_CLOCK_BEFORE.search(before):
        return False
    spelled = m.group(2) is not None or m.group(4) is not None or (m.group(3) or "").endswith(" ")
    return (
        spelled or bool(_HM_WAIT_BEFORE.search(before)) or bool(re.search(r"\b(?:late|behind|delay)", text))
    )


# "running late, about 20", "behind, maybe 15. Our place is ...": the size of the lateness said after
# it, minutes and no clock (no 8 pm), when no customer could mean an hour (13-59).
LATE_ABOUT_MINUTES = re.compile(
    r"\b(?:late|behind),? (?:by )?(?:maybe|prob(?:ably)?|like|about|around|~) ?(1[3-9]|[2-5]\d)\b(?!\s*(?::|am\b|pm\b|<|[a-z]|-\s*\d))"
    # "on my way home now, traffic is awful, maybe 25. The code is ...": on the road, a hedged size ends the sentence
    r"|\b(?:traffic|on my way|heading|leaving|stuck|driving|omw)\b[^.!?]{0,40}\b(?:maybe|prob(?:ably)?|like|about|around|~) ?"
    r"(1[3-9]|[2-5]\d)(?=\s*(?:[.!]+(?:\s|$)|$))"
)
# "just left work, 35-40", "leaving now 15 to 20": on the road, a bare range whose upper end no hour
# can be (10 and more) sizes the trip in minutes; "leaving now, 4-5" stays unread. A lateness sized the
# same way counts too (h13inbox9): "a few minutes late, about 10-15" (not 10 o'clock), "late by 10 to 15"
# (not ten to three), "running late 10 or 15".
TRAVEL_RANGE_MINUTES = re.compile(
    r"\b(?:just left|leaving|left (?:work|now|the)|traffic|stuck|running (?:late|behind)|on my way|on the way|otw|omw|heading (?:home|back|over|there)|driving|in the car|on the road|late|behind)\b"
    # "be there ten to 10", "home by 5 to 12": a clock after the place or the cue, no range of minutes
    # ("late by 10 to 15" is the lateness's size, so "by" after "late" or "behind" does not block it)
    r"[^.!?\d]{0,30}?(?<!there )(?<!here )(?<!home )(?<!back )(?<!back for )(?<!home for )(?<!there for )(?<!at )(?<!(?<!late )(?<!behind )by )(?<!till )(?<!until )"
    r"\b([1-9]|[1-8]\d) ?(?:-|to|or) ?([1-8]\d|90)(?=\s*(?:$|[.,!?;]|sorry|then|and|tops|max|ish|min))"
)
# "I'll be 5, just finding parking", "we'll be 10": a bare number after "I'll be" closing its phrase is
# minutes in an SMS (AU/UK); "I'll be there at 5", "there will be 2 of us" are not this ("I'll be 5 minutes
# late" is the unit's pattern, which reads the lateness after it). 1-59, written [12345] so that the rating
# pattern keeps its one home (interpret/rating.py; a test looks for its character class elsewhere).
BE_MINUTES = re.compile(
    r"\b(?:i'll|ill|i will|we'll|we will) be (?:like |about |~)?([1-9]|[12345]\d)"
    r"(?=\s*(?:$|[,.!;]|sorry|just|then|tops|max|ish|or so))(?!\s*(?:years?|yrs?|of)\b)"
)
# A fixed value of HOURS_AND_MINUTES_FIXED marks the hours-and-minutes pattern: read only as a wait.
HOURS_AND_MINUTES_FIXED = -1
_DURATIONS: tuple[tuple[re.Pattern[str], int | None], ...] = (
    (HOURS_AND_MINUTES, HOURS_AND_MINUTES_FIXED),
    (
        re.compile(
            r"\b(?:(?:three|3)[- ]quarters?|3/4) (?:of )?(?:an )?(?:hour|hora)\b|\b(?:tres|3) cuartos de hora\b"
        ),
        45,
    ),
    (
        re.compile(
            r"\b(\d{1,2}|a|an|one|two|three|four|five) (?:and|n|&) (a )?half (?:hours?|horas?)\b"
            r"|\b(\d{1,2}) 1/2 hours?\b|\b(\d{1,2}|dos|tres|cuatro) horas? y media\b"
        ),
        None,
    ),
    (re.compile(rf"\b(?:an?|one|1|una) (?:hour|hora) (?:and |y )?(\d{{1,2}}) {_MIN}"), None),
    # "hour and 15 away", "an hour 20 out": the minutes' unit left out before a distance word (h13time13)
    (
        re.compile(
            r"\b(?:(?:an?|one|1) )?hour (?:and |n |& )?(15|20|30|40|45|[12345][05])"
            r"(?= (?:away|out|late|behind|tops|max|or so|give or take)\b)"
        ),
        None,
    ),
    (
        re.compile(
            # "hour n half", "an hour and half" (the article left out) (issue 13, h13time13)
            r"\b(?:(?:an?|1|one|una|une) )?(?:hour|hora|heure) (?:(?:and|n|&) (?:a )?half|y media|et demie)\b"
            r"|\b1\.5 (?:hours?|hrs?)\b"
            r"|\b(?:en|dentro de) hora y media\b"
        ),
        90,
    ),
    (
        re.compile(r"\b(?:an?|1|one|una) (?:hour|hora) (?:and a quarter|y cuarto)\b|\bune heure et quart\b"),
        75,
    ),
    (re.compile(r"\b(?:half an|a half|half|1/2|media) (?:hours?|hora)\b|\b(?:une |d'une )?demi-heure\b"), 30),
    (re.compile(r"\b(?:a )?quarter (?:of an )?hour\b|\bcuarto de hora\b"), 15),
    # "a couple of minutes", "a few mins": a short wait the customer did not size, read as 5; "every few
    # minutes", "for a few minutes", "after a couple of minutes" tell how often or how long, no wait
    (
        re.compile(
            r"\b(?<!every )(?<!for )(?<!for a )(?<!after )(?<!after a )(?<!took a )(?<!takes a )(?<!lasts a )"
            rf"(?:a )?(?:couple|few)(?: of)?(?: more)? {_MIN}|\bunos (?:minutos|min)\b"
        ),
        5,
    ),
    # "leaving the store now, 15", "just left work, 20": the trip's minutes after leaving
    (
        re.compile(
            r"\b(?:leaving(?: (?:the |my )?[\w']+)? now|just left(?: (?:the |my )?[\w']+)?),? (\d{1,2})(?=\s*(?:$|[.!?;]|sorry))"
        ),
        None,
    ),
    # "traffic, another 20", "an extra 10 or so": more minutes, where the phrase ends
    (
        re.compile(
            r"\b(?:another|an extra|extra) (\d{1,2})(?: ?(?:-|to) ?(\d{1,2}))?\b(?=\s*(?:$|[.,!?;]|or so|ish|tops|max|sorry|then))"
        ),
        None,
    ),
    # "be there in a few", "give me a couple": minutes nobody sized, where the phrase ends ("in a few days" is no wait)
    (
        re.compile(
            r"\b(?:in|another|give (?:me|us) a|gimme) a (?:few|couple)(?: more)?(?=\s*(?:$|[.,!?;]|sorry|then|and|tops|max)(?!\s*[a-z]*\s*(?:days?|weeks?|hours?)\b))"
        ),
        5,
    ),
    (
        re.compile(
            r"\b(?:a )?couple (?:of )?hours\b|\b(?:an|one|1) hour or (?:two|2)\b|\b(?:one|1) or (?:two|2) hours\b"
        ),
        120,
    ),
    # ("late by 10 to 15" is a range: TRAVEL_RANGE_MINUTES reads its upper end)
    (
        re.compile(
            r"\b(?:late|behind) by (?:about |around |like |~)?(\d{1,3})\b(?!\s*(?::|am|pm|<|(?:-|to|or) ?\d))"
        ),
        None,
    ),
    (re.compile(r"\b(?:maybe|prob(?:ably)?|like|about) (\d{1,2})\s*[.!]*$"), None),
    # "stuck in traffic ~20": a number after a tilde that no 12-hour clock says is minutes
    (re.compile(r"~ ?(1[3-9]|[2-8]\d|90)\b(?=\s*(?:$|[.!,;]|sorry|then))"), None),
    # ... and asked as a guess, when no 12-hour clock says it: "traffic is nuts. maybe 25?"
    (re.compile(r"\b(?:maybe|prob(?:ably)?|like|about|around|roughly) (1[3-9]|[2-8]\d|90)\s*\?+"), None),
    # "running a bit behind, maybe 15. Our place is ...": the size after the lateness, mid-text
    (LATE_ABOUT_MINUTES, None),
    # "just left work, 35-40", "on my way, 15 to 20": a range of minutes after leaving, closing its phrase
    (TRAVEL_RANGE_MINUTES, None),
    (BE_MINUTES, None),
    (
        re.compile(
            r"\b(?:on my way(?: home| back)?|heading (?:home|back)|be (?:there|home)),? (\d{1,2})\b(?!\s*(?::|\.\d|am|pm|o'clock|<|min\w*|hours?|hrs?))"
        ),
        None,
    ),
    (
        re.compile(
            r"\b(?:an|a|one|una|une|d'une) (?:hour|hora|heure)\b"
            r"|^(?:about |like |~|maybe |prob(?:ably)? )?hour (?:away|out|tops|max|at most|or so|more)\b"
        ),
        60,
    ),
    (re.compile(rf"\b(\d{{1,2}}) {_HOUR} (?:and )?(\d{{1,2}}) {_MIN}"), None),
    (re.compile(rf"\b(\d{{1,3}}) ?(?:-|to|or|a|/| y | and | e | et ) ?(\d{{1,3}}) ?({_MIN}|{_HOUR})"), None),
    (re.compile(rf"\b(\d{{1,3}}(?:\.\d)?) ?({_MIN}|{_HOUR})"), None),
    # A bare number after "in" or before "out"/"more"/"late" is minutes in an SMS ("in 10", "10 out").
    (
        re.compile(
            r"\b(?:in|en) (?:like |about |around |~)?(\d{1,2})(?: ?(?:-|to|or) ?(\d{1,2}))?\b(?!\s*(?::|am|pm|o'clock|de|<|or (?!so\b)[a-z]))"
        ),
        None,
    ),
    (
        re.compile(
            r"\b(\d{1,2})(?: ?(?:-|to|or) ?(\d{1,2}))?(?: ?-?ish| or so)? (?:out|more(?! (?!minutes|please|then|and)[a-z]{3,})|away|late|behind|tops|max)\b"
        ),
        None,
    ),
    # A bare number hedged as an estimate is minutes in an SMS about getting there ("uber now, 25ish",
    # "5-10 at most"); "2 or so people" is no wait, so the hedge must end the phrase.
    (
        re.compile(
            r"\b(\d{1,2})(?: ?(?:-|to|or) ?(\d{1,2}))? ?(?:ish|at most|or so|give or take|at the most)\b(?=\s*(?:$|[.,!?;]|then|and|sorry|thanks))"
        ),
        None,
    ),
    # "be there in a minute", "one sec, parking", "just a sec, walking up": a moment is a minute's wait
    (
        re.compile(
            r"\b(?:be (?:there|here|home|back|out|down) |i'?ll be |coming )(?:in|within) (?:a|one|1) (?:sec|second|min|minute)s?\b"
            r"|\b(?:one|a|just a|1) sec,? (?=(?:i'?m |im )?(?:parking|pulling|walking|coming|almost|nearly|outside|turning))"
            # "in a sec, just parking", "within a minute, pulling in": said first, the wait is the whole news
            r"|^(?:in|within) (?:a|one|1) (?:sec|second|min|minute)s?\b(?=[,.!]* ?(?:$|just |i'?m |im |parking|pulling|walking|almost|nearly|sorry))"
        ),
        1,
    ),
    # "won't be more than 10", "definitely no more than 15": an upper bound is the wait (its top)
    (
        re.compile(
            r"\b(?:won'?t be|wont be|shouldn'?t be|will not be|should not be|not be|no|not) more than "
            r"(\d{1,2})\b(?=\s*(?:$|[.,!?;]|sorry|tops|max|promise|i promise|then|and|hopefully))"
        ),
        None,
    ),
    # "then 15 to get there", "plus 20 to drive over": a bare number before the trip it takes
    (
        re.compile(
            r"\b(\d{1,2}) (?:to (?:get|drive|walk|come|head) (?:there|home|over|back|across|to (?:you|the house))"
            r"|to drive\b)"
        ),
        None,
    ),
    # "20 minutes eta", "15-20 minutes eta": the wait said before the word for it (h13time9b)
    (re.compile(rf"\b(\d{{1,3}})(?: ?(?:-|to) ?(\d{{1,3}}))? {_MIN} ?eta\b"), None),
    (
        re.compile(
            r"\beta:? (?:is |of )?(?:like |about |around |approx |~)?(\d{1,2})\b(?!\s*(?::|\.\d|am|pm|o'clock|<))"
        ),
        None,
    ),
    (
        re.compile(
            r"\b(?:give (?:me|us|it|him|her)|gimme|(?:he |you |they )?wait|hold on|hang on) (?:another |an extra |like |about )?(\d{1,2})\b(?!\s*(?::|am|pm|o'clock|<))"
        ),
        None,
    ),
)


_SMALL_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
}


def _duration_minutes(match: re.Match[str], fixed: int | None) -> int:
    if fixed == HOURS_AND_MINUTES_FIXED:
        return int(match.group(1)) * 60 + int(match.group(5))
    if fixed is not None:
        return fixed
    text = match.group(0)
    if "half" in text or "1/2" in text or "y media" in text:  # "two and a half hours", "2 1/2 hours"
        count = next(g for g in match.groups() if g and g.strip() != "a")
        return int(count) * 60 + 30 if count.isdigit() else _SMALL_NUMBERS[count] * 60 + 30
    if re.match(
        r"(?:(?:an?|one|1|una) )?(?:hour|hora) ", text
    ):  # "an hour and 20 minutes", "hour and 15 away"
        return 60 + int(match.group(1))
    groups = [g for g in match.groups() if g]
    unit_is_hour = bool(re.match(_HOUR, groups[-1])) if not groups[-1][0].isdigit() else False
    numbers = [float(g) for g in groups if g[0].isdigit()]
    if len(numbers) == 2 and re.search(_HOUR, match.group(0)) and re.search(_MIN, match.group(0)):
        return int(numbers[0] * 60 + numbers[1])
    value = max(numbers)  # a range counts by its upper end
    return int(value * 60 if unit_is_hour else value)


_DOOR_TIME = re.compile(r"\s*to (?:get to|reach|come to|walk to|make it to) (?:the |my )?(?:door|gate)")
# "a timer for 20 minutes", "it's 90 out", "the tracker says 5 min away": no wait of the customer's
# (but "then it's 25 minutes to the house" is the trip's second leg).
_NOT_A_WAIT_BEFORE = re.compile(
    r"\b(?:timer|alarm|reminder) (?:for )?$|(?<!then )\b(?:it's|its|it is) $|\b(?:says|said|shows|showed) $"
)
# ... unless it is the customer's own route planner: "leaving now, google says 22 min".
_OWN_ROUTE_BEFORE = re.compile(
    r"\b(?:google|google maps|maps|gps|waze|sat ?nav|nav|my phone) (?:says|said|shows|showed) $"
)
# "we're 20 min out of town", "40 minutes from the city": how far the home is, not a wait.
_HOW_FAR_THE_HOME_IS = re.compile(
    r"\s*(?:out of|outside(?: of)?|from|north of|south of|east of|west of|past) (?:the )?(?:town|city|highway|interstate|shop|your shop|your office)\b"
)
_WORK_LENGTH = re.compile(
    r"[- ]?(?:job|fix|repair|service|visit|task|appointment|call|jobs|window|minimum|min charge|charge|fee)\b"
)


# The literals one of which each duration pattern needs (`cues.anchors`): most texts hold few of
# them, and a pattern whose literals are all missing cannot match, so it is not run.
_DURATION_NEEDS = tuple(required_literals(pattern) or frozenset({""}) for pattern, _ in _DURATIONS)


_HEDGE_AFTER = re.compile(r"^\s*(?:or so|-?ish|give or take|or thereabouts|roughly)\b")


# A wait corrected by a bare number after it. Near-misses: "20 min, sorry 2 kids in the car" counts
# kids, "10 minutes... no, at 3:30" names a clock.
_DURATION_CORRECTED = re.compile(
    r"[\s,.…!]*(?:\w+[\s,.…!]+)?(?:actually(?:,? make (?:it|that))?|make (?:it|that)|(?:no,? )?wait,? no|no,? wait|sorry|i mean[t]?|pardon|"
    r"a nie(?:,? jednak)?|jednak|n[ãa]o|no|nah|nope|anzi(?:,? no)?|non|nein|nee|digo|mejor)[,:]?\s+"
    r"(?:(?:uns|unos|unas|about|like|around|za|in|en|em|more like|closer to|maybe)\s+)*"
    r"(\d{1,3})(?![\d:.]\d)(?:\s*(?:minutes?|mins?|min|dk|dakika|minutos|minuti|minuten))?(?!\s*(?:am|pm|h|uhr|people|kids|of)\b)"
)


def find_durations(text: str) -> list[Duration]:
    """Spans of time ("20 min", "half an hour", "10-15", "10 out"), each tagged by what it counts from."""
    found: list[Duration] = []
    taken: list[tuple[int, int]] = []
    for (pattern, fixed), needs in zip(_DURATIONS, _DURATION_NEEDS, strict=True):
        if not any(literal in text for literal in needs):
            continue
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if fixed == HOURS_AND_MINUTES_FIXED and not hours_and_minutes_wait(text, m):
                continue
            minutes = _duration_minutes(m, fixed)
            if not 0 < minutes <= 6 * 60:
                if minutes > 6 * 60:
                    taken.append((m.start(), m.end()))  # "in 24 hours" is no wait, and no 24 minutes either
                continue
            after = text[m.end() : m.end() + 30]
            before = text[max(0, m.start() - 20) : m.start()]
            not_a_wait = _NOT_A_WAIT_BEFORE.search(before) and not _OWN_ROUTE_BEFORE.search(before)
            if (
                _WORK_LENGTH.match(after)
                or not_a_wait
                or _DOOR_TIME.match(after)
                or _HOW_FAR_THE_HOME_IS.match(after)
                or (
                    _HEDGED_HOUR.fullmatch(m.group(0))
                    and _A_DAY_BEFORE.search(text[max(0, m.start() - 45) : m.start()])
                )
            ):
                continue  # "a 20 minute job", "a timer for 20 minutes": not a wait for the customer
            last_word = text[m.start() + m.group(0).rfind(" ") + 1 :]  # "5 behind your guy"
            if (
                DURATION_AFTER_ETA.match(after)
                or DURATION_AFTER_ETA.match(last_word)
                or WAIT_BEFORE.search(before)
            ):
                kind = "after_eta"
            elif (
                m.group(0).startswith(("late", "behind", "running late", "running behind"))
                or (
                    (
                        m.group(0).startswith(("maybe", "prob", "like", "about"))
                        or re.search(r"(?:ish|at most|or so|give or take|at the most)$", m.group(0))
                    )
                    and re.search(r"\b(?:late|behind|delay|delayed)\b", text[: m.start()])
                )
                or LATENESS.match(after)
                or LATENESS.match(_HEDGE_AFTER.sub("", after, count=1))  # "an hour or so behind"
                or LATENESS.match(m.group(0).rsplit(" ", 1)[-1])
                or EXTRA_BEFORE.search(before)
                or LATE_BY_BEFORE.search(before)
            ):
                kind = "lateness"
            else:
                kind = "distance"
            taken.append((m.start(), m.end()))
            found.append(Duration(minutes, kind, m.start(), m.end(), m.group(0)))
    if found:
        last = max(found, key=lambda d: d.start)
        fix = _DURATION_CORRECTED.match(text, last.end)
        if (
            fix
            and 0 < int(fix.group(1)) <= 180
            and not any(d.start >= last.end for d in found if d is not last)
        ):
            # "em 10 min... não, uns 25", "15 dk gecikeceğim, pardon 25 dk", "za 10 min, a nie, jednak za 20",
            # "5 min away. Actually make that 10": the minutes corrected, of the same kind (h15part)
            found.append(
                Duration(
                    int(fix.group(1)), last.kind, fix.start(1), fix.end(), text[fix.start(1) : fix.end()]
                )
            )
    return sorted(found, key=lambda d: d.start)


# The English weekday names as one regex alternation: the one home for them (normalize uses it too).
WEEKDAY_NAMES = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# "fri 2ish", "the 21st around 10ish", "tomorrow 3 or so": an hour of that day, not minutes to wait.
_A_DAY_BEFORE = re.compile(
    rf"\b(?:{WEEKDAY_NAMES}|tomorrow|tonight|\d{{1,2}}(?:st|nd|rd|th))"
    # "tomorrow evening better, 6ish", "friday instead, 2ish", "thursday suits, 10 or so": a word that
    # prefers the day may stand between it and its hour (issue 13, h13time11)
    r"(?: (?:morning|afternoon|evening))?"
    r"(?: (?:is |would be |'s )?(?:better|best|instead|(?:works?|suits?)(?: better)?|would suit|pls|please|preferably|ideally))?"
    r",? (?:at |around |about |by |like )?$"
)
_HEDGED_HOUR = re.compile(r"(?:[1-9]|1[0-2]) ?(?:ish|or so)$")
_MERIDIEM = (
    r"(?:\s*(a\.?m\.?|p\.?m\.?|in the morning|in the afternoon|in the evening|at night|tonight|"
    r"de la mañana|de la tarde|de la noche|du matin|du soir)(?![a-z]))?"
)
# "anytime past 2" opens the slot at 2 as "after 2" does (h13time9b); "gegen 3", German "around 3" (h14when)
_CUE = r"(?:eta|at|by|around|until|before|after|past|between|like|about|from|to|be|back|home|there|say|earliest|latest|@|~|para|las|la|vers|à|hasta|antes de|tipo|gegen)"
# A day said right after a clock: "this friday", "next tuesday", "on the 14th", "12/15", "a week from
# tuesday", "the day after tomorrow", "monday week" (the weekday alone is read by each rule as before).
DAY_AFTER_CLOCK = (
    rf"(?:(?:on )?(?:this |next |coming |this coming )?(?:{WEEKDAY_NAMES})\b|(?:on )?the \d{{1,2}}(?:st|nd|rd|th)\b"
    rf"|(?:on )?\d{{1,2}}/\d{{1,2}}\b|a week (?:from|on) (?:{WEEKDAY_NAMES})\b|the day after\b)"
)
_CLOCKS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "3:30", "3.30", "15h30" and the French "16 h 30"
    ("hm", re.compile(rf"\b(\d{{1,2}})(?:[:.h]| h )(\d{{2}})(?!\d){_MERIDIEM}")),
    (
        "24h",
        re.compile(
            # "at 1430", "do 1600", "be there 1015", "tomorrow 0930", "wednesday 1600": the 24-hour clock
            # with a cue or its day before it (h13time9b)
            # "reach 1430", "arriving 0915", "prefer 1300" (SG, IN, MY): an arrival or a preference verb
            # (h13time11)
            r"(?:\b(?:at|by|around|about|until|before|after|do|for|eta:?|there|home|back|say|past|"
            r"reach|reaching|arrive|arriving|prefer|preferably|ideally|"
            rf"tomorrow|today|{WEEKDAY_NAMES})|@),? ?([01]\d|2[0-3])([0-5]\d)\b(?! ?(?:minutes|hours|<))"
        ),
    ),
    # "the 14th, 1730", "monday week 0930", "12/15, 1600": the 24-hour clock right after its date (h14time)
    (
        "24h",
        re.compile(
            r"(?:(?<=\d[snrt][tdh] )|(?<=\d[snrt][tdh], )|(?<=\d/\d )|(?<=\d/\d, )|(?<=\d/\d\d )|(?<=\d/\d\d, )|(?<=\bweek )|(?<=\bweek, ))"
            r"([01]\d|2[0-3])([0-5]\d)\b(?! ?(?:minutes|hours|<))"
        ),
    ),
    (
        "h m",
        re.compile(
            r"\b(?:at|by|around|about|home|back|there|be) (\d{1,2}) ([0-5]\d)\b(?!\s*(?:minutes|hours|<))"
        ),
    ),
    # A 24-hour clock said before its day or part of day, or with "hrs": "1900 tonight", "0830 tomorrow".
    (
        "24h_before",
        re.compile(
            r"(?<![$#\w])(?<!paid )(?<!cost )(?<!quote )([01]\d|2[0-3])([0-5]\d)"
            r"(?= ?(?:hrs?|h)\b| (?:tonight|(?:the day after )?tomorrow|today|this (?:morning|afternoon|evening))\b"
            # "1545 on friday", "1430 instead?" (h13time9b)
            rf"| on (?:{WEEKDAY_NAMES})\b| (?:instead|rather than)\b"
            # "1730 this friday", "0930 on the 14th", "1545 12/15" (issue 13, h14time)
            rf"| {DAY_AFTER_CLOCK})"
        ),
    ),
    ("hmm", re.compile(r"(?:\b(?:at|by|around)|@) ?([1-9])([0-5]\d)\b(?!\s*(?:minutes|<))")),
    # Hours and minutes run together with their am/pm: "330pm", "1045am", "430 p.m."
    ("hmm_meridiem", re.compile(r"(?<![\d:.$#])\b(1[0-2]|[1-9])([0-5]\d) ?([ap]\.?m\.?)(?![a-z])")),
    (
        "to",
        re.compile(
            r"\b(5|10|15|20|25|quarter|cuarto) (?:until|to|of|before|til|para las?) (\d{1,2}|noon|midday|midnight)(?![\d:])"
            rf"(?! ?(?:minutes|mins?|hours?|hrs?)\b){_MERIDIEM}"
        ),
    ),
    (
        "past",
        re.compile(
            rf"\b(5|10|15|20|25|quarter|half) (?:past|after) (\d{{1,2}}|noon|midday|midnight)(?![\d:]){_MERIDIEM}"
        ),
    ),
    # A time with its part of day around it: "tonight 815", "tomorrow evening at 6", "9 tomorrow evening".
    (
        "part_first",
        re.compile(
            rf"\b(tonight|this (?:morning|afternoon|evening)|in the (?:morning|afternoon|evening)|"
            rf"(?:tomorrow|today|{WEEKDAY_NAMES}) (?:morning|afternoon|evening|night)|tomorrow|{WEEKDAY_NAMES})"
            r",? (?:at |around |about |like |by |~)?(1[0-2]|[1-9])(?:[:.]?([0-5]\d))?(?![\d:])"
            r"(?!\s*(?:minutes|hours?|<|am\b|pm\b|a\.m|p\.m|days?|weeks?|th\b|st\b|nd\b|rd\b|o'clock|-|to\b|or\b|and\b))"
        ),
    ),
    (
        "part_after",
        re.compile(
            # not the hour of a UK "half 7 tomorrow morning" (7:30, read by "half") (issue 13, h13en8)
            rf"(?<![\w<$#/.:])(?<!half )(1[0-2]|[1-9])(?:[:.]?([0-5]\d))? (?:(?:tomorrow|today|(?:on )?(?:{WEEKDAY_NAMES})) )"
            r"(morning|afternoon|evening|night)\b"
        ),
    ),
    ("half", re.compile(r"\bhalf (\d{1,2})\b(?!\s*(?:hours?|minutes))")),
    ("es", re.compile(r"\b(\d{1,2}) y (media|cuarto|\d{1,2})\b(?!\s*(?:minutos|minutes|min)\b)")),
    ("esmenos", re.compile(r"\b(\d{1,2}) ?h? (?:menos|moins) (?:le )?(cuarto|quart|\d{1,2})\b")),
    # Minutes past or to an hour nobody names: the next such minute ("at twenty past", "quarter to").
    (
        "quarterto",
        re.compile(
            r"\b(quarter|half|5|10|20|25) (past|after|to|til|until|of)\b"
            # "be 20 to 25 late" is a range, no hh:40 (h13time13)
            r"(?! ?(?:\d+|noon|midnight|midday|minutes|hours|the|an?|my|your|his|her|our|their|it|them|him|me|us)\b)"
        ),
    ),
    # never the first digits of a longer number ("be there 1430" is no 2 pm) (h13time9b)
    ("h", re.compile(rf"(?<![/\d])\b(\d{{1,2}})(?!\d)(?: ?o'?clock| ?-?ish|h(?![\w']))?{_MERIDIEM}")),
    (
        "noon",
        re.compile(
            # "midi et demi", "mediodía y media": half past noon (h13time13)
            r"(?<!-)\b(noon|midday|medio ?d[ií]a|midi|lunchtime|midnight|medianoche|minuit)"
            r"(?: (?:et|y) (demie?|media|30 minutes|quart|cuarto))?(?: ?ish)?\b"
        ),
    ),
)
_H_NEEDS = re.compile(rf"(?:^|[^a-z'])(?:{_CUE}) $")
_RANGE_END_BEFORE = re.compile(
    r"\bbetween \d{1,2}(?:[:.]\d{2})?(?: ?[ap]m)? (?:and|&) $|\b\d{1,2}[:.]\d{2}(?: ?[ap]m)? ?(?:-|to) ?$"
)  # "between 12:30 and 1", "around 2:45-3"
_A_SHARE_AFTER = re.compile(r"\s?(?:%|percent|per cent)")
_H_OR_LATER = re.compile(r"\s*(?:or later|or after|onwards|or so)\b")
# "9 sharp", "11 on the dot", "11 at the earliest", "3 at the latest": an hour said as a clock
_H_EXACT = re.compile(r"\s*(?:sharp|on the dot|at the (?:earliest|latest))\b")
# "10 on tuesday would be ideal": a bare hour said before its day is a clock (h13time8)
_H_ON_DAY = re.compile(rf"\s*on (?:{WEEKDAY_NAMES})\b")
# "2 or 3 on friday": the second of two hours offered is no clock (the first is, by `_H_OPTIONS`)
_H_SECOND_HOUR_BEFORE = re.compile(r"\d(?:\s*[ap]m)?\s*(?:or|to|-|till|until)\s*$")
# "is 8 too early on friday?", "would 9 be ok?": a bare hour asked about is a clock (h13time8)
_H_ASKED_BEFORE = re.compile(r"\b(?:is|would|does|will|how's|hows) $")
_H_ASKED_AFTER = re.compile(
    # "would 4 work instead?", "does 3 suit?" (h15part)
    r"\s*(?:(?:work|suit)(?: (?:instead|better|for (?:you|u|him|her|them)))?\s*\?|too (?:early|late)\b|be (?:ok|okay|possible|any good|doable|alright|all right|too (?:early|late))\b)"
)
# "sorry I meant 4 not 3": a correction, the hour said first replaces the one after "not" (issue 13,
# h13left13); "5 not 10 min" is a wait
_H_REPLACES = re.compile(
    r"\s*(?:(?:instead of|rather than|en vez de|en lugar de|au lieu de) (?:the |las? )?\d|"
    r",? not (?:the )?\d{1,2}(?:[:.]\d\d)?(?!\d)(?!\s*(?:min|mins|minutes|hours?|hrs?|late|out|more|away|people|units?|of)\b))"
)
# "10 or 11 tomorrow", "2 or 3 on friday": two hours offered before their day, the first a clock
# "could we do 1 instead", "can he make it 4?", "let's go with 2 tomorrow": a bare hour offered as the
# slot asked for, after a request's verb, and closing the phrase or followed by its day (issue 13,
# h14time). Near-misses: "can you do 2 units" and "could we do 3 of them" count things; "we do 2 a
# day" is no request.
_H_OFFERED_BEFORE = re.compile(
    r"\b(?:can|could|would|shall|will|cud|cn|pls|please|let's|lets) (?:we |you |u |he |she |they |someone |you guys )?"
    r"(?:just |maybe |possibly |instead |rather )?(?:do|make it|go with|go for|try|switch to|change to|move to) $"
)
_H_OFFERED_AFTER = re.compile(
    rf"\s*(?:[ap]m\b|instead\b|then\b|rather\b|pls\b|please\b|tomorrow\b|today\b|(?:on )?(?:{WEEKDAY_NAMES})\b|"
    r"if (?:that'?s|it'?s|possible|poss|ok)\b|[?!.,]|$)"
)
_H_OPTIONS = re.compile(
    r"\s*(?:or|to|till|until|-)\s*(?:1[0-2]|[1-9])(?:[:.][0-5]\d)?\s*(?:[ap]m\s*)?,?\s*(?:tomorrow|today|tonight|on |this (?:morning|afternoon|evening)|"
    rf"in the (?:morning|afternoon|evening)|(?:{WEEKDAY_NAMES})\b)"
)
# "the afternoon, maybe 1 or 2?": two bare hours offered, hedged, closing the phrase; the first is a clock
_H_OPTION_ALONE = re.compile(r"\s*or\s*(?:1[0-2]|[1-9])(?:[:.][0-5]\d)?\s*(?:[ap]m)?\s*(?:[?!.,]|$)")
_H_OPTION_HEDGE = re.compile(r"\b(?:maybe|like|say|perhaps|either|preferably|ideally)\s+$")
# "I have to leave at 12 so 9 would be great", "pickup is at 3, 1 would be better": a bare hour after "so",
# "then" or a comma, said to suit, is the slot asked for (issue 13, h14when). Near-misses: "2 would be
# plenty" and "so 3 would be enough" count things.
_H_PREFERRED_BEFORE = re.compile(r"(?:\b(?:so|then|maybe|ideally|honestly)|,)\s+$")
_H_PREFERRED_AFTER = re.compile(
    r"\s*(?:would|'d|will|might) (?:suit|work|be) (?:\w+ )?(?:better|best|great|ideal|perfect|easier|good|fine)\b"
)
# A self-correction (h15part): "Tomorrow 10am... sorry make it 11", "thursday at 2, actually make that 3",
# "friday at 9, wait no 10", "at 9 sorry I mean 10", "a las 5... no, mejor a las 5:30", "a las 9 am, digo, a
# las 11", "alle 9 e mezza, anzi no, facciamo 9 e 45", "om half drie? oh wacht nee half vier", "um 10, nein
# doch lieber um 11", "às 10h... não, 14h", "às 14h, aliás 14h30", "à 14h, non plutôt 14h30": the time after
# the correction word replaces the one said before it, for a slot and an arrival alike. A bare hour after
# it is a clock when a time was said before ("actually 3 of us will be home" names none).
CORRECTION_BEFORE = re.compile(
    r"(?:\b(?:make (?:it|that)|i mean[t]?|wait,? no|no,? wait|actually(?:,? (?:make (?:it|that)|no))?|"
    r"no,? mejor|digo|anzi(?:,? no)?|cio[eè]|(?:oh )?wacht,? nee|nee,? wacht|non,? plut[ôo]t|nein,? doch(?: lieber)?|"
    r"doch lieber|n[ãa]o,|ali[áa]s|a nie(?:,? sorry)?|nahi nahi|لا،? ?(?:خليها|خليه|بل|خلي))|(?:\.\.\.|…)\s*(?:no|non|nee|nein),?)"
    r"[,:]?\s+(?:(?:at|a las|a la|alle|à|às|as|um|om|for|facciamo(?: alle)?)\s+)?$"
    # "friday at 9, no 10" ("a las 3, no a las 11" says "not at 11": no word between)
    r"|\d(?:\s*[ap]\.?m\.?)?,\s*no,?\s+$"
)


def corrected(text: str, start: int) -> bool:
    """Whether a time at `start` follows a correction word, with a time said before it."""
    said = _LAST_NUMBER.search(text[max(0, start - 70) : start])
    if not said or said.group(1) or _WAIT_BEFORE_NUMBER.search(text[max(0, start - 70) : start]):
        return False  # no time before it, or minutes ("5 min away. Actually make that 10", "in 10, no 15")
    return bool(CORRECTION_BEFORE.search(text[max(0, start - 40) : start]))


_WAIT_BEFORE_NUMBER = re.compile(r"\b(?:in|within|another|late by|behind by)\s+\d{1,3}\D*$")
_LAST_NUMBER = re.compile(
    r"\d(?!.*\d)(\s*(?:min|mins|minutes|minutos|minuti|minuten|dk|dakika|hours?|hrs?)\b)?", re.S
)


_H_SELF = re.compile(
    r"o'?clock|ish|\dh$|[ap]\.?m|morning|afternoon|evening|night|tonight|mañana|tarde|noche|matin|soir"
)


def _meridiem(word: str | None) -> str | None:
    if not word:
        return None
    if word[0] in "ap":
        return "am" if word[0] == "a" else "pm"
    return "am" if ("morning" in word or "mañana" in word or "matin" in word) else "pm"


def _relative_to_hour(target: str, meridiem: str | None, offset: int) -> tuple[int, int, str | None, bool]:
    """ "quarter to 1pm", "15 past noon", "twenty to 3": minutes before or after an hour, on a 12-hour
    clock when nothing says am or pm, else with the meridiem the minutes land in ("quarter to 12pm" is 11:45 am)."""
    named = {"noon": (12, "pm"), "midday": (12, "pm"), "midnight": (0, "am")}
    hour, meridiem = named[target] if target in named else (int(target), meridiem)
    if meridiem is None and target not in named:
        hour = hour % 12 or 12
        at = (hour * 60 + offset) % (12 * 60)
        return at // 60 or 12, at % 60, None, False
    hour24 = hour % 12 + (12 if meridiem == "pm" else 0) if target not in named else hour
    at = (hour24 * 60 + offset) % (24 * 60)
    return at // 60 % 12 or 12, at % 60, "am" if at < 12 * 60 else "pm", False


def _clock_from(kind: str, m: re.Match[str], text: str) -> tuple[int, int, str | None, bool] | None:
    """(hour, minute, meridiem, next_at_minute) for one regex match, or None when it is no clock."""
    g = m.groups()
    if kind == "hm":
        return int(g[0]), int(g[1]), _meridiem(g[2]), False
    if kind in ("24h", "24h_before", "hmm", "h m"):
        return int(g[0]), int(g[1]), None, False
    if kind == "hmm_meridiem":
        return int(g[0]), int(g[1]), _meridiem(g[2]), False
    if kind in ("to", "past"):
        if (
            kind == "to"
            and g[0][0].isdigit()
            and g[1].isdigit()
            and (
                int(g[1]) > 12
                or re.match(r"\s*(?:minutes|mins?|late|behind|out|away|tops|more)\b", text[m.end() :])
            )
        ):
            return (
                None  # "running 20 to 25 behind", "10 to 15 late": a range of minutes, no clock (h13time13)
            )
        if (
            kind == "to"
            and g[0][0].isdigit()
            # "make it for 10 to 3" is 2:50; "for 10 to 15" runs up, a wait (h14time)
            and not (g[1].isdigit() and int(g[1]) < int(g[0]))
            and re.search(
                r"\b(?:in|within|another|extra|(?<!back )(?<!home )(?<!there )(?<!here )for) (?:like |about |around |~)?$",
                text[max(0, m.start() - 16) : m.start()],
            )
        ):
            return (
                None  # "be there in 10 to 15": a wait of 10-15 minutes ("back for 10 to 12" is UK for 11:50)
            )
        minutes = {"quarter": 15, "cuarto": 15, "half": 30}.get(g[0]) or int(g[0])
        return _relative_to_hour(g[1], _meridiem(g[2]), -minutes if kind == "to" else minutes)
    if kind in ("part_first", "part_after"):
        part, hour, minute = (g[0], g[1], g[2]) if kind == "part_first" else (g[2], g[0], g[1])
        if minute is None and len(hour) > 2:
            return None
        meridiem = (
            "am"
            if "morning" in part
            else "pm"
            if re.search(r"afternoon|evening|night|tonight", part)
            else None
        )
        return int(hour), int(minute or 0), meridiem, False
    if kind == "half":
        return int(g[0]), 30, None, False
    if kind == "es":
        minutes = {"media": 30, "cuarto": 15}.get(g[1]) or int(g[1])
        return int(g[0]), minutes, None, False
    if kind == "esmenos":
        minutes = 15 if g[1] in ("cuarto", "quart") else int(g[1])
        return (int(g[0]) - 1) % 12 or 12, 60 - minutes, None, False
    if kind == "noon":
        half = 15 if g[1] in ("quart", "cuarto") else 30 if g[1] else 0  # "midi et quart": 12:15
        return (
            (0, half, "am", False)
            if g[0] in ("midnight", "medianoche", "minuit")
            else (12, half, "pm", False)
        )
    if kind == "quarterto":
        if g[0] == "half" and g[1] not in ("past", "after"):
            return None
        if g[0][0].isdigit() and not _H_NEEDS.search(text[max(0, m.start() - 12) : m.start()]):
            return None  # "10 to" needs a cue before it ("be there at 10 to"); "from 10 to" is a range
        minutes = {"quarter": 15, "half": 30}.get(g[0]) or int(g[0])
        return 0, minutes if g[1] in ("past", "after") else 60 - minutes, None, True
    if (
        not re.search(r"o'?clock$", m.group(0))
        and re.search(  # "eta 3 o'clock" is a clock (h14time)
            r"\b(?:in|within|late by|behind by|another|an extra|eta:?(?: is)?) (?:like |about |around |~)?(?:\d{1,3} ?(?:-|to|or) ?)?$",
            text[max(0, m.start() - 24) : m.start()],
        )
    ):
        return None  # "be there in like 20-25", "late by about 20", "eta about 15", "in 10 to 15": minutes
    if _A_SHARE_AFTER.match(text[m.end() :]):
        return None  # "my phone is at 5%", "battery at 10 percent": a share, not an hour
    hedged = re.search(r"ish$", m.group(0)) or _H_OR_LATER.match(text[m.end() :])
    if (
        hedged
        and not _H_NEEDS.search(text[max(0, m.start() - 12) : m.start()])
        and (
            int(g[0]) > 12
            or re.search(r"\b(?:another|extra|more|additional) $", text[max(0, m.start() - 12) : m.start()])
        )
    ):
        return None  # "leaving now, 20ish", "another 10 or so": minutes, as no 12-hour clock says 20
    # A bare hour is a clock only with a cue before it ("by 3"), a marker after it ("3pm", "4ish")
    # or another hour it replaces ("11 instead of 10").
    if not (
        _H_NEEDS.search(text[max(0, m.start() - 12) : m.start()])
        or _H_SELF.search(m.group(0))
        or _H_REPLACES.match(text[m.end() :])
        or _H_OR_LATER.match(text[m.end() :])
        or _H_EXACT.match(text[m.end() :])
        or corrected(text, m.start())
        or (
            _H_PREFERRED_BEFORE.search(text[max(0, m.start() - 10) : m.start()])
            and _H_PREFERRED_AFTER.match(text[m.end() :])
        )
        or _RANGE_END_BEFORE.search(text[max(0, m.start() - 20) : m.start()])
        or _H_OPTIONS.match(text[m.end() :])
        or (
            _H_OFFERED_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
            and _H_OFFERED_AFTER.match(text[m.end() :])
        )
        or (
            _H_ON_DAY.match(text[m.end() :])
            and not _H_SECOND_HOUR_BEFORE.search(text[max(0, m.start() - 12) : m.start()])
        )
        or (
            _H_ASKED_BEFORE.search(text[max(0, m.start() - 8) : m.start()])
            and _H_ASKED_AFTER.match(text[m.end() :])
        )
        or (
            _H_OPTION_ALONE.match(text[m.end() :])
            and (
                _H_OPTION_HEDGE.search(text[max(0, m.start() - 12) : m.start()])
                # "tuesday 10 or 10:30?", "tomorrow at 2 or 3": the first of two hours after their day
                # (issue 13, h13time11)
                or _A_DAY_BEFORE.search(text[max(0, m.start() - 45) : m.start()])
            )
        )
    ):
        return None
    if re.match(
        r"(?:\.\d+)?\s*(?:(?:-|to|or) ?\d{1,3} ?)?"
        r"(?:minutes|minutos|hours?|horas?|out|more|away|late(?!st)|behind|tops|de (?!la\b|apr[eè]s|(?:"
        + WEEKDAY_NAMES
        + r")\b))",
        text[m.end() :],
    ):
        return None
    # "about 20, maybe 25 minutes out": a guess and a larger one, both minutes ("at 4, maybe 10 min
    # after that" is a clock and a wait after it)
    guess = _GUESS_RAISED.match(text[m.end() :])
    if guess and int(guess.group(1)) > int(g[0]):
        return None
    return int(g[0]), 0, _meridiem(g[1]), False


_GUESS_RAISED = re.compile(
    r",? (?:or )?(?:maybe|possibly|prob(?:ably)?) (\d{1,3})(?!\d)(?! ?(?:minutes|mins?)? ?(?:after|later|past|on top)\b)"
)


# A clock in a story about what already happened is no arrival: "got off at midnight", "woke up at 6".
_PAST_BEFORE = re.compile(
    r"\b(?:got (?:off|up|in|back|home)|woke(?: up)?|left|went (?:to bed|out)|slept|finished|started|clocked (?:off|out)|"
    r"landed|arrived|came (?:home|back|in))(?: work| last night| this morning)? (?:at|around|about|by)\s*$"
)
_PART_BEFORE_CLOCK = re.compile(
    r"\b(tonight|(?:this|tomorrow|\w+day) (?:morning|afternoon|evening|night)|in the (?:morning|afternoon|evening))"
    r",? (?:at |around |about |by |like |~)?$"
)
_PART_AFTER_CLOCK = re.compile(
    r"^,? (?:(?:tomorrow|today|on \w+day|\w+day) )?(tonight|this (?:morning|afternoon|evening)|"
    r"in the (?:morning|afternoon|evening)|at night|(?:morning|afternoon|evening|night)\b|"
    r"(?:de|en) la (?:mañana|tarde|noche)|du (?:matin|soir))"
)


def _part_around(before: str, after: str) -> str | None:
    """am or pm from a part of day right beside a clock time: "tonight 8:15", "9:30 tomorrow morning"."""
    part = _PART_BEFORE_CLOCK.search(before) or _PART_AFTER_CLOCK.match(after)
    return ("am" if re.search("morning|mañana|matin", part.group(1)) else "pm") if part else None


def find_clocks(text: str) -> list[Clock]:
    """Clock times ("3:30", "by 3", "quarter past 2", "a las 3 y media", "at 1530", "noon")."""
    found: list[Clock] = []
    taken: list[tuple[int, int]] = []
    # "running late, 1h30" is a wait (find_durations), not half past one
    taken = [
        (m.start(), m.end()) for m in HOURS_AND_MINUTES.finditer(text) if hours_and_minutes_wait(text, m)
    ]
    taken += [
        (m.start(m.lastindex or 0), m.end(m.lastindex or 0)) for m in LATE_ABOUT_MINUTES.finditer(text)
    ]  # "late, about 20": no 8 pm
    taken += [(m.start(1), m.end(2)) for m in TRAVEL_RANGE_MINUTES.finditer(text)]  # "just left, 35-40"
    taken += [(m.start(1), m.end(1)) for m in BE_MINUTES.finditer(text)]  # "I'll be 5, parking": no 5 pm
    if "/" in text:  # "12/15 after 4": the date's digits are no minutes past 4 (issue 13, h14time)
        taken += [
            (m.start(), m.end()) for m in _NUMERIC_DATE.finditer(text) if m.group(3) or int(m.group(1)) <= 31
        ]
    for kind, pattern in _CLOCKS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            parsed = _clock_from(kind, m, text)
            if parsed is None:
                continue
            hour, minute, meridiem, next_at_minute = parsed
            if not (0 <= hour <= 23 and 0 <= minute <= 59) or (meridiem and hour > 12):
                continue
            taken.append((m.start(), m.end()))
            before = text[max(0, m.start() - 60) : m.start()]
            after = text[m.end() : m.end() + 25]
            arrival = not (
                CLOCK_NOT_ARRIVAL[0].search(before)
                or CLOCK_NOT_ARRIVAL[1].match(after)
                or _PAST_BEFORE.search(before)
            )
            if meridiem is None and hour <= 12 and not _busy_after(text, m.end()):
                meridiem = _part_around(before, after)
            found.append(
                Clock(hour, minute, meridiem, m.start(), m.end(), m.group(0), arrival, next_at_minute)
            )
    return sorted(found, key=lambda c: c.start)


_PART_WORDS = re.compile(
    r"(?<![\w'])("
    + "|".join(sorted(map(re.escape, PARTS_OF_DAY_WORDS), key=len, reverse=True))
    + r")(?![\w'])"
)


# "am" names the morning only right after a day ("fri am", "tomorrow a.m."): alone it is "I am".
_DAY_AM = re.compile(rf"\b(?:{WEEKDAY_NAMES}|tomorrow|today) (am|a\.m\.?)(?![\w'])")


def find_parts_of_day(text: str, clocks: list[Clock]) -> list[PartOfDay]:
    """Parts of day named by a word ("tonight", "8 in the evening", "fri am"), leaving out the am/pm of
    a clock time."""
    found = [
        PartOfDay("morning", m.start(1), m.end(1), m.group(1), _rejected(text, m))
        for m in _DAY_AM.finditer(text)
        if not any(c.start <= m.start(1) < c.end for c in clocks)
    ]
    for m in _PART_WORDS.finditer(text):
        if m.group(1) == "pm" and any(c.start <= m.start() < c.end for c in clocks):
            continue  # "3pm" says which half of the day, not a part of it; "8 tonight" names one
        rejected = (
            _rejected(text, m)
            or bool(_PART_AS_STATE_BEFORE.search(text[max(0, m.start() - 32) : m.start()]))
            or _greeting(text, m)
            or _busy_then(text, m)
        )
        found.append(PartOfDay(PARTS_OF_DAY_WORDS[m.group(1)], m.start(), m.end(), m.group(0), rejected))
    return found


# A part of day said as a greeting names no slot (h13inbox9): "Good evening. I wish to know if Saturday
# appointments are available", "hi good morning, can we move it to friday", "Evening! can we do friday",
# "Morning, can we change to Thursday" ("morning works", "morning please", "friday is good, evening if
# possible" still ask for one).
_GREETING_GOOD_BEFORE = re.compile(r"(?:^|[.!?] ?|\b(?:hi|hey|hello|and a|a very|and)[,!]? )good $")
_GREETING_AT_START = re.compile(r"^(?:(?:hi|hey|hello|and a|a very)[,!]? )?$")
_GREETING_AFTER = re.compile(
    r"^(?:\s*!|\s*[,.]\s*(?:can|could|would|will|is|are|just|hope|i|i'm|im|we|we're|so|quick|sorry|any|do|does|"
    r"hi|hey|hello|this|it's|its|my|our|hope)\b|\s+(?:all|everyone|team|guys|folks|mate|there|sir|ma'am)\b)"
)


def _greeting(text: str, m: re.Match[str]) -> bool:
    """Whether the part-of-day word at `m` greets ("good evening", "Morning, can we ...") rather than names a slot."""
    before = text[max(0, m.start() - 12) : m.start()]
    if _GREETING_GOOD_BEFORE.search(before):
        return True
    return bool(
        _GREETING_AT_START.match(text[: m.start()]) and _GREETING_AFTER.match(text[m.end() : m.end() + 20])
    )


# "running behind this morning", "swamped this afternoon": the part of day the customer is held up in,
# not one asked for ("can he come this afternoon" is)
# "can't get out of work before lunch": the part the customer cannot leave in, no part asked (h14when)
_PART_AS_STATE_BEFORE = re.compile(
    r"(?:\b(?:running|i'm|im|am|was|were|we're|be) late|\b(?:behind|busy|swamped|slammed|stuck|working|at work|in meetings?|out|away)|"
    r"\b(?:can't|cannot|can not|won't|couldn't) (?:get|leave|be|make it|get away)\b[\w' ]{0,20}?)"
    r"\s+(?:this\s+|all\s+)?$"
)


# A part of day the customer is busy or away in, said in its own clause (h15part): "can he come after 3
# instead, I have a dentist thing this morning", "I already made plans for this afternoon, could we do
# tomorrow at 9", "¿a las 5? en la mañana no voy a estar", "Sabah işteyim, saat 3 buçukta gelebilir mi?",
# "vormittags bin ich bei der Arbeit", "de manhã estou no trabalho", "la mattina sono al lavoro", "je suis au
# travail ce matin": it is why, neither the part asked for nor the half of the day of the hour asked for.
# Near-misses: "I'm at work this morning, can he come this afternoon?" asks for the afternoon (its own
# clause); "can we move the appointment to tomorrow morning" names no commitment of the customer's.
_CLAUSE_EDGE = re.compile(
    r"[,.;:!?¿¡…]|\b(?:so|but|and|then|because|cause|pero|y|porque|mais|et|car|aber|und|weil|ma|e|perch[eé]|mas|porque|ama|çünkü)\b"
)
_BUSY_IN_CLAUSE = re.compile(
    # the customer's own: "I have a meeting", "I've got a hospital appointment", "got plans", "I get meeting";
    # "can we have the appointment in the morning" and "can we get an appointment" ask for one
    r"(?:(?<!can )(?<!could )(?<!would )\b(?:i|we|i've|we've|ive|i'd|we'd)(?: already| also| still)?"
    r" (?:have|got|get|made|had|have got)|(?<!to )\b(?:got|made))"
    r"(?: (?:a|an|my|our|some|other|already))*(?: [\w']+)?"
    r" (?:appointment|appt|meeting|plans?|class|shift|interview|exam|commitment|errands?|dentist|doctor'?s?)\b|"
    r"(?<!can )(?<!could )\b(?:i|we|i've|we've)(?: already| also)? (?:have|got|had|have got) (?:a|an) (?:[\w']+ )?thing\b|"
    # "I have work this morning" ("can he get to work on it in the morning" names no commitment)
    r"\b(?:have|has|had|got|'ve got) work\b|"
    r"\b(?:i'm|im|i am|we're|we are|i'll be|we'll be|i will be|we will be|i've been|i'm going to be)"
    r" (?:at work|at the office|working|busy|out|away|not (?:home|here|around|in|available|free|there)|unavailable|tied up|stuck)\b|"
    r"\b(?:i|we) (?:work|have work)\b|"
    # Spanish, French, Portuguese, German, Italian, Turkish, Dutch
    r"\bno (?:voy a|vamos a|va a haber nadie|hay nadie|puedo|podemos)\b|\bno (?:estoy|estar[ée]|estamos)\b|"
    r"\bestoy (?:en el trabajo|trabajando|ocupad[oa]|en la oficina|fuera)|(?<!el )(?<!del )(?<!al )(?<!un )\btrabajo\b|"
    r"\btengo (?:una? )?(?:cita|junta|reuni[oó]n|clase|planes|m[eé]dico|compromiso|turno)\b|"
    r"\bje (?:suis|serai) (?:au travail|au bureau|coinc[ée]+|pris[e]?|occup[ée]+|absente?|pas l[àa])|\bje travaille\b|"
    r"\bj'ai (?:un |une |des )?(?:rdv|rendez-vous|r[ée]union|cours|m[ée]decin|dentiste)\b|\bpas (?:l[àa]|dispo\w*)\b|"
    r"\bestou (?:no trabalho|trabalhando|ocupad[oa]|fora)|\bn[ãa]o (?:estou|estarei|vou estar|posso)\b|"
    r"(?<!o )(?<!no )(?<!do )(?<!um )\btrabalho\b|\btenho (?:uma? )?(?:consulta|reuni[ãa]o|compromisso|m[ée]dico|dentista)\b|"
    r"\b(?:bin|sind) (?:ich |wir )?(?:bei der arbeit|auf der arbeit|arbeiten|im büro|nicht (?:da|zu hause|zuhause|daheim)|weg|unterwegs)|"
    r"\barbeite\b|\b(?:habe|hab) (?:ich )?(?:einen |ein )?(?:termin|meeting|besprechung|arzttermin)\b|"
    r"\b(?:einen|nen) (?:\w+)?(?:termin|meeting|besprechung)\b|"
    r"\bsono (?:al lavoro|in ufficio|impegnat[oa]|fuori|a lavorare)|\bnon (?:ci sono|sono a casa|ci sar[òo])\b|"
    r"(?<!il )(?<!al )(?<!del )(?<!un )\blavoro\b|\bho (?:un |una )?(?:appuntamento|impegno|riunione)\b|"
    r"\bişte(?:yim|yiz|yız)\b|\bişte olaca\w*|\bevde (?:değil|olmayaca|yok)\w*|\bmüsait değil\w*|\btoplantı\w*|\brandevum\w*|\bçalışıyorum\b|"
    r"\b(?:ben|zijn) (?:ik |we )?(?:aan het werk|op het werk|op kantoor|niet thuis|weg)\b|\bwerk ik\b|"
    # Hindi in Latin script: "subah office hota hai mera", "shaam ko kaam hai"
    r"\b(?:office|kaam|duty|school|class|meeting) (?:hota|hoti|hai|h|he|jana|jaana)\b|\bghar (?:pe|par) nahi\b"
)


def _busy_after(text: str, end: int) -> bool:
    """Whether the part of day right after a clock ("a las 4, en la mañana no estoy") is the customer's
    commitment, in a clause of its own: it says no half of the day for the clock (h15part)."""
    part = _PART_AFTER_CLOCK.match(text[end : end + 25])
    if not part or text[end : end + 1] != ",":
        return False
    word = _PART_WORDS.search(text, end + part.start(1), end + part.end(1))
    return bool(word and _busy_then(text, word))


def _busy_then(text: str, m: re.Match[str]) -> bool:
    """Whether the part-of-day word at `m` is said in a clause about the customer's own commitment or absence."""
    opened = max((e.end() for e in _CLAUSE_EDGE.finditer(text, max(0, m.start() - 50), m.start())), default=0)
    opened = max(opened, m.start() - 50)
    edge = _CLAUSE_EDGE.search(text, m.end())
    closed = min(edge.start() if edge else len(text), m.end() + 50)
    return bool(
        _BUSY_IN_CLAUSE.search(text, opened, m.start()) or _BUSY_IN_CLAUSE.search(text, m.end(), closed)
    )


# A day the customer is away or busy on ("out of town on the 20th", "stuck in Calgary until Wednesday"),
# or one offered only as a fallback ("if not, anytime Friday"): not the day asked for.
# "away for the weekend, tuesday morning?": the time away is the excuse, not the day asked for.
_UNAVAILABLE_BEFORE = re.compile(
    r"\b(?:out of town|away|travel(?:l?ing)?|working|on shift|at work|in hospital|on holiday|on vacation|"
    r"stuck (?:in|at) [\w<>']+(?: [\w<>']+)?(?: for work)?) (?:on|until|till|til|through|thru|for)(?: the)?\s*$"
    r"|\b(?:if not|otherwise|or else|failing that)\b[,:]?(?: (?:any ?time|maybe|then|on|the|any day))*\s*$"
)


def _rejected(text: str, m: re.Match[str]) -> bool:
    before = text[max(0, m.start() - 30) : m.start()]
    return bool(
        DAY_REJECTED_BEFORE.search(before)
        or DAY_REJECTED_AFTER.match(text[m.end() : m.end() + 25])
        or _UNAVAILABLE_BEFORE.search(text[max(0, m.start() - 45) : m.start()])
    )


_RELATIVE = re.compile(
    r"(?<![\w'])(?<!la )(?<!por la )(?<!de la )(?<!en la )(?<!las )("
    + "|".join(sorted(map(re.escape, RELATIVE_DAYS), key=len, reverse=True))
    + r")(?![\w'])"
)
_WEEKDAY_ALT = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_WEEKDAY = re.compile(
    r"\b(?:(next|this|coming|el|le|este|próximo|proximo) )?("
    + _WEEKDAY_ALT
    + r")(?:'?s)?\b( next week| week\b| fortnight\b| en huit| de la (?:semana )?pr[oó]xima| de la semana que viene| que viene| after next| of next week)?"
    # "jeudi prochain", "quinta que vem": the coming one, as "next Thursday" is (kept in the text read)
    r"( prochaine?\b| que vem\b)?"
)
# "in three days", "in a week", "two weeks from now", "en tres días": counted from the message's day
# (normalising writes the count in words, so no digit here can read as a clock).
_COUNT_WORDS = (
    {"a": 1, "an": 1, "one": 1, "un": 1, "una": 1, "uno": 1, "a couple of": 2, "a couple": 2}
    | {
        # Portuguese, French and German counts ("daqui a duas semanas", "dans deux semaines", "in zwei Wochen")
        "uma": 1,
        "une": 1,
        "einer": 1,
        "duas": 2,
        "dois": 2,
        "deux": 2,
        "zwei": 2,
        "três": 3,
        "trois": 3,
        "drei": 3,
    }
    | {word: value for word, value in NUMBER_WORDS.items() if 0 < value <= 31}
)
_COUNT_ALT = "|".join(sorted(map(re.escape, _COUNT_WORDS), key=len, reverse=True))
_DAYS_AHEAD = re.compile(
    rf"\b(?:in|en|dentro de|daqui a|em|dans|in) ({_COUNT_ALT}) (days?|weeks?|fortnights?|d[ií]as?|semanas?|semaines?|jours?|wochen?|tagen?)\b"
    rf"|\b({_COUNT_ALT}) (days?|weeks?) (?:from (?:now|today)|later|out)\b"
)
# "a week on Friday", "a week from Monday": a week after the coming weekday.
# "two weeks from Wednesday", "3 weeks on Friday": that many weeks after the coming weekday.
_WEEK_ON_WEEKDAY = re.compile(
    rf"(?:\b(a|one|1|two|2|three|3|four|4) |(?<!next )(?<!this )(?<!the )(?<!following )(?<!that )\b)weeks? (?:on|from) (?:this )?({_WEEKDAY_ALT})\b|\b(?:a )?fortnight (?:on|from) ()(?:this )?({_WEEKDAY_ALT})\b"
    # "a week Friday", "a week tuesday?": the UK's short "a week on Friday"
    rf"|\b(a|one) week ({_WEEKDAY_ALT})\b(?! (?:week|after|next)\b)"
    # "a fortnight Friday", "one fortnight tues": the short "a fortnight on Friday" (issue 13, h13time11)
    rf"|\b(?:a|one) fortnight ()({_WEEKDAY_ALT})\b(?! (?:week|after|next)\b)"
)
# "el lunes que viene no, el otro", "el martes que viene no puedo, ¿el siguiente?", "not this friday,
# the one after": the weekday ruled out, the one a week later asked for (issue 13, h13time11). The
# near-miss "el lunes no, el martes" names its own day, read as a weekday already.
_THE_OTHER_ONE = re.compile(
    r"\s*,?\s*(no\b[^.?!¿,]{0,20}?)?[,.;]?\s*¿?\s*(?:sino |mejor |but |rather )?"
    r"(el otro|el siguiente|la otra|la siguiente|the one after(?: that)?|the following one|the week after)\b"
)
_NOT_BEFORE = re.compile(r"\bnot (?:this |the coming |next )?$")
_NEXT_WEEK_BEFORE = re.compile(
    r"(?:next week|la semaine prochaine|la semana que viene|la pr[oó]xima semana|la semana pr[oó]xima)"
    r"\s*,?\s*(?:on |el |le |na |no )?$"
)
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH_DATE = re.compile(
    rf"\b(?:({_MONTH_ALT})\.? (?:the )?(\d{{1,2}})(?:st|nd|rd|th)?|(\d{{1,2}})(?:st|nd|rd|th)? (?:of |de )?({_MONTH_ALT}))\b"
    r"(?:,? (?:de )?(20\d\d)\b)?"
)
_SIZES = re.compile(r"\b(?:inch|inches|pex|pipe|copper|gauge|wire|awg|fitting|npt|drill|bit)\b")
_NUMERIC_DATE = re.compile(
    r"\b(\d{1,2})/(\d{1,2})(/\d{2,4})?\b(?! ?(?:inch|\"|ft|hp|ton|mile|gal|lb|cup|pipe|pex|copper|hours?|hrs?|minutes|mins?))"
)
# "the 14th", "el 14", "el día 15", "le jour 15", and after a weekday an ordinal or a number no clock can be ("Tuesday 24th", "martes 14").
# "al miércoles 11", "au mercredi 11", "Mittwoch, den 11." (normalised "wednesday , den 11."): a weekday with
# its date after "al"/"au"/"du" as after "el"/"le", and the German "den 11." (issue 13, h14when). Near-miss:
# "wednesday 11 works?" in English stays a clock, 11 o'clock.
_DAY_OF_MONTH = re.compile(
    rf"\b(?:(?:the|el|le|(?:el |al )?d[ií]a|(?:le )?jour|(?<=semana )del|(?<=semaine )du) |(?:{_WEEKDAY_ALT}),? (?:the )?(?=\d{{1,2}}(?:st|nd|rd|th)|1[3-9]|2\d|3[01])|(?<=\bel |\ble |\bal |\bau |\bdu )(?:{_WEEKDAY_ALT}) (?=\d{{1,2}}\b(?![:.h]\d))|(?:{_WEEKDAY_ALT}) ?,? den (?=\d{{1,2}}\.(?!\d)))"
    r"(\d{1,2})(?:st|nd|rd|th|º|er)?\b(?! ?(?:minutes|hours|<|:|am|pm|tons?|amps?|gal\w*|inch\w*|ft|feet|floor|bath\w*|bed\w*|"
    r"stor(?:y|ies)|cars?|units?|zones?|phase|way|years?|months?|weeks?|days?|times?|ton\b"
    # "friday, 17.30", "monday, 20 past 11", "sat 11ish": a clock after its day, not the 17th (h14time)
    r"|\.\d|past\b|ish\b|o'?clock|sharp\b))"
)
_WEEK_LATER = re.compile(
    r"\b(?:back|out|forward|later by) (?:a|one|1) week\b|\ba week (?:later|from then|after that)\b|\buna semana\b|"
    r"\b(?:this|that|same) (?:day|time|slot) next week\b|\b(?:do it |come )?the week after,? (?=same (?:day|time))|"
    r"\b(?:misma hora|m[êe]me heure|mesma hora)\b[^.!?]{0,12}\b(?:next week|semaine prochaine|pr[oó]xima semana|semana que vem)\b|"
    # "same time the week after", "same time but next week", "same day and time next week", "next week same
    # time": the visit's day a week on, however the two halves are ordered (h13date12)
    r"\bsame (?:day (?:and|&) )?time,? (?:but |only |just )?(?:the week after|next week)\b|"
    r"\bnext week,? (?:at )?(?:the )?same (?:day (?:and|&) )?time\b"
)
# "the day after the appointment", "the day before my visit", "day after the scheduled one": the visit's
# day moved by one (h13date12). Near-miss: "the day after tomorrow" names its own day (`RELATIVE_DAYS`).
_BESIDE_THE_VISIT = re.compile(
    r"\b(?:the )?day (after|before) (?:the|my|our|your|this|that) (?:appointment|appt|visit|booking|"
    r"scheduled (?:one|visit|day|date)|booked (?:one|day|date)|original (?:one|date|day)|one (?:booked|scheduled))\b"
)
# "a week from today", "a week tomorrow", "one week from now": counted from the message's day.
_WEEK_FROM = re.compile(
    r"\b(?:a|one|1|two|2|three|3|four|4) (weeks?|fortnight) (?:from )?(today|now|tomorrow)\b|\b(?:today|tomorrow) (week|fortnight)\b"
    r"|(?<![\w'] )\b(fortnight) (?:from )?(today|tomorrow)\b"
    r"|(?<![\w'] )\bweek from (?:today|tomorrow)\b"  # "week from tomorrow?" (h13time8)
)
# "end of the week": its Friday (the next one when the week is already there).
_END_OF_WEEK = re.compile(
    r"\b(?:end of (?:the|this) week|later this week|(?:la )?fin de (?:la|cette) semaine|finales de (?:la|esta) semana)\b"
    r"|\b(end of next week)\b"
)
# "end of the month", "a fin de mes", "en fin de mois": its last day (the next month's on that day).
_END_OF_MONTH = re.compile(
    # "end of month", "EOM" said as the end of the month (h13time13)
    r"\b(?:(?:the )?end of (?:the |this )?month|(?:the )?last day of (?:the|this) month|[úu]ltimo d[ií]a del mes|"
    r"dernier jour du mois|fin(?:al)? de(?:l)? mes|finales de(?:l)? mes|fin (?:de|du) mois|fim do m[êe]s)\b"
)
_HOLIDAY_NAMES = sorted([*FIXED_HOLIDAYS, *MOVEABLE_HOLIDAYS], key=len, reverse=True)
# "Boxing Day", "the day after thanksgiving", "the Monday after Easter", "Labor Day weekend":
# a holiday by name, a day or a weekday either side of it, or the weekend it falls in.
_HOLIDAY = re.compile(
    r"(?<![\w'])(?:the )?(day after |day before |(?:le )?lendemain de |la veille de |"
    r"el d[ií]a (?:despu[eé]s|antes) de |o dia (?:depois|antes) d[eo] |der tag (?:nach|vor) |(?:"
    + _WEEKDAY_ALT
    + r") (?:after|before) )?("
    + "|".join(map(re.escape, _HOLIDAY_NAMES))
    + r")( weekend)?(?:'s)?(?![\w'])"  # "Boxing Day's fine"
)


def moveable_anchor(anchor: str, year: int) -> date:
    """The date of a moveable holiday's anchor in `year`: Easter Sunday by the anonymous Gregorian
    computus, US Thanksgiving (fourth Thursday of November), Labor Day (first Monday of
    September), Memorial Day (last Monday of May)."""
    if anchor == "easter":
        a, b, c = year % 19, year // 100, year % 100
        d, e = b // 4, b % 4
        g = (8 * b + 13) // 25
        h = (19 * a + b - d - g + 15) % 30
        i, k = c // 4, c % 4
        weekday_shift = (32 + 2 * e + 2 * i - h - k) % 7
        m = (a + 11 * h + 19 * weekday_shift) // 433
        month = (h + weekday_shift - 7 * m + 90) // 25
        return date(year, month, (h + weekday_shift - 7 * m + 33 * month + 19) % 32)
    if anchor == "thanksgiving":
        first = date(year, 11, 1)
        return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    if anchor == "labor day":
        first = date(year, 9, 1)
        return first + timedelta(days=(0 - first.weekday()) % 7)
    if anchor in ("mlk day", "presidents day"):  # the third Monday of January, of February
        first = date(year, 1 if anchor == "mlk day" else 2, 1)
        return first + timedelta(days=(0 - first.weekday()) % 7 + 14)
    last = date(year, 5, 31)  # memorial day
    return last - timedelta(days=last.weekday())


def _holiday_date(today: date, name: str) -> date | None:
    """The holiday's next date on or after `today`."""
    if name in FIXED_HOLIDAYS:
        return _next_month_day(today, *FIXED_HOLIDAYS[name])
    anchor, offset = MOVEABLE_HOLIDAYS[name]
    for year in (today.year, today.year + 1):
        candidate = moveable_anchor(anchor, year) + timedelta(days=offset)
        if candidate >= today:
            return candidate
    return None


def _beside_holiday(holiday: date, said: str, weekend: bool) -> date:
    """The day a phrase names beside a holiday: the day after or before it, the first such weekday
    after or before it ("the Monday after Easter"), or the Saturday of the weekend it falls in
    ("Labor Day weekend", "Thanksgiving weekend")."""
    if said.startswith("day "):
        return holiday + timedelta(days=1 if said == "day after " else -1)
    if said:
        name, direction = said.split()
        if direction == "after":
            return holiday + timedelta(days=(WEEKDAYS[name] - holiday.weekday() - 1) % 7 + 1)
        return holiday - timedelta(days=(holiday.weekday() - WEEKDAYS[name] - 1) % 7 + 1)
    if weekend:
        return holiday - timedelta(days={0: 2, 6: 1}.get(holiday.weekday(), -((5 - holiday.weekday()) % 7)))
    return holiday


def _last_of_month(today: date) -> date:
    last = (today.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    return last if last > today else _last_of_month(today + timedelta(days=1))


# "this weekend", "the weekend", "next weekend": its Saturday (today when the weekend is already here);
# "next weekend" is the Saturday after today. "weekends" (a habit) is no day.
# "the weekend after next" is a week later.
_WEEKEND = re.compile(
    r"\b(?:(this|next|the|coming|this coming) )?weekend\b(?!s)( after next)?"
    # "el fin de semana", "ce week-end", "le week-end prochain", "am Wochenende", "nächstes Wochenende"
    r"|\b(?:(?:el |este |ce |le |am |dieses )?|(pr[oó]ximo |n[äa]chstes |next ))"
    r"(?:fin de semana|week-end|wochenende)\b(?!s)( prochain| que viene| pr[oó]ximo)?"
)


def _weekend_day(today: date, said: str | None, after_next: bool = False) -> date:
    saturday = _next_weekday(today, 5) if said == "next" or today.weekday() < 5 else today
    return saturday + timedelta(days=7 * after_next)


# "the 15th of next month", "el 15 del mes que viene", "le 3 du mois prochain", "dia 5 do mês que vem"
_OF_NEXT_MONTH = re.compile(
    r"\s*(?:(?:of )?next month\b|del (?:mes que viene|pr[oó]ximo mes)\b|du mois prochain\b|"
    r"do (?:m[êe]s que vem|pr[oó]ximo m[êe]s)\b|des n[äa]chsten monats\b|n[äa]chsten monats\b)"
)


def _next_weekday(today: date, weekday: int) -> date:
    return today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)


def _next_day_of_month(today: date, day: int) -> date | None:
    year, month = today.year, today.month
    for _ in range(3):
        try:
            candidate = date(year, month, day)
        except ValueError:
            candidate = None
        if candidate and candidate >= today:
            return candidate
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None


def _next_month_day(today: date, month: int, day: int) -> date | None:
    for year in (today.year, today.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            return None
        if candidate >= today:
            return candidate
    return None


# "first Monday of January", "the last Friday in March", "2nd Tuesday of next month" is not read here
_NTH_WEEKDAY_OF_MONTH = re.compile(
    rf"\b(first|1st|second|2nd|third|3rd|fourth|4th|last) ({_WEEKDAY_ALT}) (?:of|in) ({_MONTH_ALT})\b"
)
# "the day after" closing its phrase: the day after the one named before it ("the day after tomorrow",
# "the day after Christmas" name their own)
_THE_DAY_AFTER = re.compile(
    r"\bthe day after\b(?=\s*(?:$|[?.!,;]|instead\b|then\b|please\b|pls\b|maybe\b|would\b|works?\b|any good\b|if\b))"
)

_OWN_DAY = re.compile(r"\b(today|tomorrow)'s\b")


def _nth_weekday_of_month(today: date, nth: str, weekday: int, month: int) -> date:
    """The nth (or last) `weekday` of the next `month` on or after today."""
    for year in (today.year, today.year + 1):
        first = date(year, month, 1)
        if nth == "last":
            following = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
            last = following - timedelta(days=1)
            day = last - timedelta(days=(last.weekday() - weekday) % 7)
        else:
            count = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2}.get(nth, 3)
            day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * count)
        if day >= today:
            return day
    return day


_WEEK_OF_BEFORE = re.compile(r"\b(?:week of (?:the )?|semana del |semaine du )$")


def _weekday_in_week_of(text: str, found: list[DayMention]) -> list[DayMention]:
    """ "the week of the 20th, maybe the Tuesday": a weekday after "the week of <date>" is that week's."""
    weeks = [
        d
        for d in found
        if d.day and d.rank == 3 and _WEEK_OF_BEFORE.search(text[max(0, d.start - 15) : d.start])
    ]
    if not weeks:
        return found
    week_day = cast(date, weeks[0].day)  # kept above only with a day
    monday = week_day - timedelta(days=week_day.weekday())
    placed = []
    for d in found:
        name = next((w for w in WEEKDAYS if w in d.text), None)
        if d.rank == 2 and d.start > weeks[0].end and name:
            d = DayMention(
                monday + timedelta(days=WEEKDAYS[name]), 3, d.start, d.end, d.text, d.rejected, d.span
            )
        placed.append(d)
    return placed


# Before this hour a text still speaks from the night before: "tomorrow" sent at 00:30 is the day
# about to dawn, the one the sender will wake up to, and "saturday" sent then is that same Saturday.
# The rule (issue 13, h13time11): sent before 5 am, "tomorrow"/"tmrw" is later that calendar day (a
# night-shift worker or the sleepless at 04:20 has not slept into a new day); from 5 am on the sender's
# day has begun (early shifts, the school run), and "tomorrow" is the next calendar day. Near-misses:
# "tomorrow at 2" sent at 04:55 is that day, sent at 05:05 the next; "today" is always the calendar day.
SMALL_HOURS_END = 5


def in_the_small_hours(local: datetime) -> bool:
    """Whether a text was sent after midnight and before `SMALL_HOURS_END` (see `find_days`)."""
    return local.hour < SMALL_HOURS_END


def find_days(
    text: str,
    today: date,
    appointment_day: date | None,
    *,
    day_first: bool = False,
    small_hours: bool = False,
) -> list[DayMention]:
    """Day words: today/tomorrow, weekdays (en, es, fr), m/d ("12/11" is d/m where `day_first`,
    as in the UK and Australia), "the 16th", month-name dates, "Monday week", "a fortnight".
    `small_hours` (sent in the small hours): "tomorrow" and weekdays count from the evening before;
    "today" stays the calendar day."""
    found: list[DayMention] = []
    evening_before = today - timedelta(days=1) if small_hours else today
    held = text_grams(text)  # each pattern below runs only where the text holds its anchors

    def add(day: date | None, rank: int, m: re.Match[str], span: str | None = None) -> None:
        found.append(DayMention(day, rank, m.start(), m.end(), m.group(0), _rejected(text, m), span))

    for m in finditer(_MONTH_DATE, text, held):
        month_word, day_text = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        if m.group(5):  # a full date with its year: dateparser reads a canonical span
            add(None, 3, m, f"{month_word} {int(day_text)} {m.group(5)}")
        else:
            add(_next_month_day(today, MONTHS[month_word], int(day_text)), 3, m)
    trade_talk = _SIZES.search(text)
    for m in finditer(_NUMERIC_DATE, text, held):
        month, day = int(m.group(1)), int(m.group(2))
        if trade_talk and day in (2, 4, 8, 16) and month < day:
            continue  # "1/2 inch PEX ... or 3/4?": fractions, not dates
        if day_first:
            month, day = day, month
        if m.group(3):
            add(None, 3, m, m.group(0))
        elif 1 <= month <= 12 and 1 <= day <= 31:
            add(_next_month_day(today, month, day), 3, m)
    for m in finditer(_DAY_OF_MONTH, text, held):
        if not any(d.start <= m.start() < d.end for d in found):
            if _OF_NEXT_MONTH.match(
                text, m.end()
            ):  # "the 15th of next month": that month's, not the next 15th
                first = (today.replace(day=1) + timedelta(days=32)).replace(day=1)
                add(_next_day_of_month(first, int(m.group(1))), 3, m)
            else:
                on_day = _next_day_of_month(today, int(m.group(1)))
                said = m.group(0).split(",")[0].split()[0]
                ordinal = re.search(r"(?:the |\d(?:st|nd|rd|th))", m.group(0))
                if on_day and ordinal and said in WEEKDAYS and WEEKDAYS[said] != on_day.weekday():
                    # "can't do thursday, the 14th?": a weekday the date is not, ruled out on its own; the
                    # date stands apart (issue 13, h14time). "Monday, the 14th" (a Monday) stays one day.
                    found.append(
                        DayMention(on_day, 3, m.start(1), m.end(), text[m.start(1) : m.end()], False)
                    )
                    continue
                add(on_day, 3, m)
    for m in finditer(_WEEKDAY, text, held):
        weekday = WEEKDAYS[m.group(2)]
        on = _next_weekday(evening_before, weekday)
        if m.group(3) in (
            " week",
            " en huit",
            " after next",
        ):  # "Monday week", "lundi en huit", "Friday after next"
            on += timedelta(days=7)
        elif m.group(3) == " fortnight":  # "Thursday fortnight": two weeks after the coming Thursday
            on += timedelta(days=14)
        elif m.group(3) or _NEXT_WEEK_BEFORE.search(text[max(0, m.start() - 25) : m.start()]):
            monday_next_week = today + timedelta(days=7 - today.weekday())
            on = monday_next_week + timedelta(days=weekday)
        add(on, 2, m)
        other = _THE_OTHER_ONE.match(text, m.end())
        if other and (other.group(1) or _NOT_BEFORE.search(text, 0, m.start())):
            # "el lunes que viene no, el otro": the week after the Monday ruled out
            found.append(DayMention(on + timedelta(days=7), 2, other.start(2), other.end(2), other.group(2)))
    for m in finditer(_WEEK_FROM, text, held):
        count = {"two": 2, "2": 2, "three": 3, "3": 3, "four": 4, "4": 4}.get(m.group(0).split()[0], 1)
        days = 14 if "fortnight" in m.group(0) else 7 * count
        add(today + timedelta(days=days + ("tomorrow" in m.group(0))), 3, m)
    for m in finditer(_DAYS_AHEAD, text, held):
        count_word, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        days = (
            14
            if unit.startswith("fortnight")
            else 7
            if unit.startswith(("week", "semana", "semaine", "woche"))
            else 1
        )
        # "a day later", "two days later": later than the visit, when there is one (h13date12); "in a
        # day", "two days from now" count from the message
        base = appointment_day if appointment_day and m.group(0).endswith(" later") else today
        add(base + timedelta(days=_COUNT_WORDS[count_word] * days), 3, m)
    for m in finditer(_WEEK_ON_WEEKDAY, text, held):
        said = m.group(1) or m.group(5) or ""
        fortnight = m.group(3) is not None or m.group(7) is not None
        weeks = int(said) if said.isdigit() else _COUNT_WORDS.get(said, 2 if fortnight else 1)
        weekday = WEEKDAYS[m.group(2) or m.group(4) or m.group(6) or m.group(8)]
        add(_next_weekday(today, weekday) + timedelta(days=7 * weeks), 3, m)
    for m in finditer(_WEEKEND, text, held):
        said = "next" if m.group(3) or m.group(4) else m.group(1)
        add(_weekend_day(today, said, bool(m.group(2))), 2, m)
    for m in finditer(_END_OF_WEEK, text, held):
        if m.group(1):  # "end of next week": the Friday of the coming calendar week
            add(today + timedelta(days=7 - today.weekday() + 4), 2, m)
        else:
            add(today + timedelta(days=(4 - today.weekday()) % 7 or 7), 2, m)
    for m in finditer(_END_OF_MONTH, text, held):
        add(_last_of_month(today), 2, m)
    for m in finditer(_HOLIDAY, text, held):
        if m.group(2) in ("new year", "new years") and not m.group(1) and m.group(0).startswith("the "):
            continue  # "in the new year" is a season, not New Year's Day ("the day after new year" is)
        if not any(d.start <= m.start(2) < d.end and d.rank == 3 for d in found):
            found = [d for d in found if not (m.start() <= d.start < m.end())]  # its weekday is no day
            holiday = _holiday_date(today, m.group(2))
            said = m.group(1) or ""
            if said and not said.startswith("day ") and said.split()[0] not in WEEKDAYS:
                # "le lendemain de Noël", "la veille de", "el día después de", "der Tag vor"
                later = re.search(r"lendemain|despu|depois|nach", said)
                said = "day after " if later else "day before "
            add(holiday and _beside_holiday(holiday, said, bool(m.group(3))), 3, m)
    for m in finditer(_RELATIVE, text, held):
        if not any(d.start <= m.start() < d.end for d in found):
            ahead = RELATIVE_DAYS[m.group(1)]
            add((evening_before if ahead else today) + timedelta(days=ahead), 1, m)
    for m in finditer(_NTH_WEEKDAY_OF_MONTH, text, held):
        add(_nth_weekday_of_month(today, m.group(1), WEEKDAYS[m.group(2)], MONTHS[m.group(3)]), 3, m)
    for m in finditer(_THE_DAY_AFTER, text, held):
        named = [(d.end, d.day) for d in found if d.end <= m.start() and d.day]
        # "tomorrow's a no go": a day said with its possessive is no day asked for, but names one
        named += [
            (own.end(), evening_before + timedelta(days=1) if own.group(1) == "tomorrow" else today)
            for own in _OWN_DAY.finditer(text, 0, m.start())
        ]
        if named:  # "tomorrow's a no go, what about the day after?": the day after the one just named
            add(max(named)[1] + timedelta(days=1), 3, m)
        elif appointment_day:  # "can you make it the day after": no day named, so the visit's (h13date12)
            add(appointment_day + timedelta(days=1), 3, m)
    if appointment_day:
        for m in finditer(_BESIDE_THE_VISIT, text, held):
            add(appointment_day + timedelta(days=1 if m.group(1) == "after" else -1), 3, m)
    found = _weekday_in_week_of(text, found)
    if appointment_day:
        for m in finditer(_WEEK_LATER, text, held):
            if not any(d.start < m.end() and m.start() < d.end for d in found):  # "en una semana" is counted
                add(appointment_day + timedelta(days=7), 3, m)
    return sorted(found, key=lambda d: d.start)
