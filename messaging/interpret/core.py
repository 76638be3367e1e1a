"""interpret(): what a customer's SMS reply means, decided by explainable rules.

Order: consent keywords, replies to what the last outbound offered, cue records and their vetoes
(`cues/`), hazards, then times (arrival, requested day/time), urgency, sentiment, access note and
language.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import TypeVar, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from . import lexicon as lx
from .access import access_note
from .consent import OPT_OUT_KEYWORDS, consent_keyword, is_opt_out_notice, keyword_form
from .cues import CueSet
from .cues.access_info import ACCESS_INFO
from .cues.appointment import CANCEL_THREATENED, asks_what_it_costs
from .cues.constraint import CONSTRAINT
from .cues.emergency import find_hazard
from .cues.emergency_net import NET_PREFIX
from .cues.hazard_vetoes import laughed_off
from .cues.reschedule import CORRECTION_CUE_ID
from .normalize import clean, normalise, words
from .rating import RATING as _RATING
from .resolve import clock_on_or_after, eta_on_or_after, parse_day_span
from .timewords import (
    Clock,
    DayMention,
    Duration,
    corrected,
    find_clocks,
    find_days,
    find_durations,
    find_parts_of_day,
    in_the_small_hours,
)
from .types import INTENT_PRIORITY, Interpretation, MessageContext
from .vocab import MONTH_FIRST_AMERICAN_ZONES

_CLAUSE = re.compile(r"[^.!?;\n]+[.!?;]*|[.!?;]+")
# A stop between digits ("friday 9.30", "1,500") is inside a number, not the end of a phrase.
_PHRASE = re.compile(r"(?:[^.!?;,\n]|(?<=\d)[.,](?=\d))+[.!?;,]*")
# A short question that is only a slot ("Monday?", "thursday then?"), said after ruling the visit's day out.
_BARE_SLOT_QUESTION = re.compile(r"^\s*(?:\w+ ){0,2}\w+\s*\?+$")
# A reply code alone or before punctuation or a new thought; "r u still coming" is txt-speak, no code.
_LEADING_CODE = re.compile(
    r"^\s*([a-z0-9]{1,3})\b(?!\s+(?:u|you|ya|we|they|he|she|it|i|ur|the)\b)(?:[\s.,!:-]+(.*))?$", re.S
)
_CODE_PREFIX = re.compile(r"^\s*\w{1,3}(?:\s*(?:/\s*5|stars?|out of 5))?\b[\s.,!:-]*")
_RANGE_START = re.compile(r"\b(\d{1,2})(?::(\d{2}))?\s*(?:-|to)\s*\d{1,2}(?::\d{2})?\s*[ap]\.?m")
_BARE_MINUTES = re.compile(r"\s*(?:about |like |~)?\d{1,3}(?:\s*(?:-|to|or)\s*\d{1,3})?\s*[.!]*\s*")
# Intents whose cue already asks something: a question phrase beside one asks the same thing.
_ASKING = ("reschedule", "where_is_tech")
_KEYWORD_TAIL = frozenset(OPT_OUT_KEYWORDS - {"cancel"}) | {"help", "info", "start", "unstop"}


@dataclass
class _Reading:
    """What has been found so far; frozen into an Interpretation at the end."""

    intents: set[str] = field(default_factory=set)
    evidence: list[str] = field(default_factory=list)
    rating: int | None = None
    slot: tuple[date | None, time | None] | None = None  # an offered slot taken (`_offered_slots`)
    slot_part: str | None = None  # the part of day the text names as it takes the slot

    def add(self, intent: str, why: str) -> None:
        self.intents.add(intent)
        self.evidence.append(f"{why} -> {intent}")


def _day_first(zone_name: str) -> bool:
    """Whether "12/11" is the 12th of November: everywhere but the US and Canada, whose customers
    write month first. Mexico, Colombia, Brazil, Argentina and the rest of Latin America write the
    day first ("el 5/3" is the 5th of March), as Europe and Australia do (h13time8)."""
    if zone_name.startswith(("US/", "Canada/", "Pacific/Honolulu")):
        return False
    return not (zone_name.startswith("America/") and zone_name[8:] in MONTH_FIRST_AMERICAN_ZONES)


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _keyword_with_courtesy(raw: str, after_opt_out: bool) -> str | None:
    """A consent keyword alone or with courtesy words around it ("Stop. Thank you", "HELP please")."""
    found = consent_keyword(raw, after_opt_out=after_opt_out)
    if found:
        return found
    tokens = [t for t in re.findall(r"[\w-]+", keyword_form(raw)) if t not in lx.POLITE_TAIL]
    core = " ".join(tokens)
    return consent_keyword(core) if core in _KEYWORD_TAIL else None


# A code offered for another time in words rather than a verb: "R to pick another time", "reply R
# if you need another time", "R para elegir otra hora", "responda R si necesita otra hora".
# Near misses: "text us any time" (no code before to/if), "R to confirm" (REPLY_OFFER's verb).
_OFFER_ANOTHER_TIME = re.compile(
    r"\b([A-Z0-9]{1,4})\s+(?:to|if|para|si)\s+(?:[\w']+\s+){0,3}?"
    r"(?:another|a new|a different|otra|otro|una nueva|un nuevo)\s+(?:time|day|date|hora|d[ií]a|fecha|horario)\b"
)


def _offers(last_outbound: str | None) -> dict[str, str]:
    """The codes the last outbound offered and what each means ("C to confirm" -> confirm)."""
    offers = {
        m.group(1).lower(): lx.OFFER_INTENTS[m.group(2).lower()]
        for m in lx.REPLY_OFFER.finditer(last_outbound or "")
    }
    for m in _OFFER_ANOTHER_TIME.finditer(last_outbound or ""):
        offers.setdefault(m.group(1).lower(), "reschedule")
    for m in lx.REPLY_OFFER_CODE_FIRST.finditer(last_outbound or ""):
        offers.setdefault(m.group(1).lower(), lx.OFFER_INTENTS[m.group(2).lower()])
    for m in lx.REPLY_OFFER_VERB_FIRST.finditer(last_outbound or ""):
        offers.setdefault(m.group(2).lower(), lx.OFFER_INTENTS[m.group(1).lower()])
    return offers


def _after_code(raw: str) -> str:
    """The text after a leading reply code or rating, punctuation kept ("C. Also, is there a fee?")."""
    return _CODE_PREFIX.sub("", raw, count=1)


# A window named in the last text ("between 10 and 12", "10am-12pm"), which names no ETA.
_WINDOW_NAMED = re.compile(
    r"\bbetween \d{1,2}(?::\d\d)?\s*(?:am|pm)? (?:and|&) \d|\b\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s*(?:-|–|to)\s*\d{1,2}(?::\d\d)?\s*(?:am|pm)\b",
    re.IGNORECASE,
)


def _overdue(context: MessageContext) -> bool:
    """Whether the technician should be there by now: past the ETA the last text gave, or, with
    none given, past the window's start while the visit has not begun."""
    if context.job_status not in ("scheduled", "confirmed", "en_route"):
        return False
    local = context.received_at.astimezone(_zone(context.timezone))
    outbound = context.last_outbound or ""
    # "arrives between 10 and 12" gives a window, not an ETA: its end is no promise passed or not
    eta = None if _WINDOW_NAMED.search(outbound) else _eta_in(outbound, local)
    if eta is not None:
        return local > eta
    return context.window_start is not None and context.received_at > context.window_start


# The evidence of a text that is only yes words ("ok", "được", "👍", "sim") answering a text that asks or
# reminds (`_short_reply`): `voices` acts on it alone after a reminder or a request to agree.
BARE_YES_EVIDENCE = "answers a request to confirm"


def _asks_or_reminds(outbound: str) -> bool:
    """Whether the last text asked something or reminded of the visit to come: a bare "ok" to it agrees
    (confirm), where to a status update ("Sam is on the way") it only acknowledges (thanks)."""
    return bool(lx.OUTBOUND_ASKS.search(outbound) or lx.OUTBOUND_REMINDS.search(outbound))


# A yes to a question for a detail ("do you have a gate code?") that gives none: the rules read it as
# "other" on purpose, and no learned guess leads over it (`voices._best_reading`).
YES_WITHOUT_THE_DETAIL = "a yes to a question for a detail, the detail not given"

# Job states in which the business's texts report the visit (on the way, arrived, done) rather than ask
# the customer to agree to it: a bare "ok" or 👍 to a text the lexicon cannot read is then thanks, as the
# contract's conventions say for a status update. Measured for issue 13 (fifteenth session) on texts
# written blind in forty languages: of the bare yes words the rules read as agreeing to such a text, 14 of
# 14 sent while the job was en route, on site or completed were labelled thanks; of those sent while it was
# scheduled, 16 of 20 confirmed (the other four thanked for a move already made).
VISIT_UNDER_WAY = ("en_route", "on_site", "completed")


def _thanks_not_agreement(reading: _Reading, context: MessageContext) -> bool:
    """Whether the confirm the cues found agrees to nothing: the last text neither asked nor reminded,
    and the only sign of agreement is a like (👍, 👌: "Hvala vam, majstor je bio super 👌", "Thank you
    very much, Luis did great job 👍"), or the text thanks after the visit, for a rating request or a
    finished job ("好的 谢谢师傅 辛苦了", "おかげさまでもう大丈夫です。ありがとう"). Issue 13, fifteenth
    session: 15 texts written blind in ten languages, all labelled thanks. Near misses: a like to a
    reminder or to a request to agree confirms ("👍 see you at 9" after "Reply C to confirm"), and a
    thanks with a word of agreement before the visit stays a confirmation ("perfect, thanks, see you
    tomorrow")."""
    outbound = context.last_outbound or ""
    if _asks_or_reminds(outbound) or any(e.startswith("reply '") for e in reading.evidence):
        return False
    agreements = [e for e in reading.evidence if e.endswith("-> confirm")]
    if agreements and all(e.startswith("cue ") and "'emo_ok'" in e for e in agreements):
        return True
    return "thanks" in reading.intents and (context.job_status == "completed" or _acknowledges_only(outbound))


# Decimal digits of every script as ASCII ones: "٤" (Arabic-Indic) and "৫" (Bengali) are a 4 and a 5.
_ASCII_DIGITS = {
    codepoint: str(unicodedata.digit(chr(codepoint)))
    for block in (
        0x0660,
        0x06F0,
        0x0966,
        0x09E6,
        0x0A66,
        0x0AE6,
        0x0BE6,
        0x0C66,
        0x0CE6,
        0x0D66,
        0x0E50,
        0xFF10,
    )
    for codepoint in range(block, block + 10)
}
# A scale of one to five in the last text, its digits made ASCII ("Reply 1-5", "من ١ لـ ٥", "১-৫ রেটিং দিন").
_ONE_TO_FIVE = re.compile(r"(?<!\d)1\D{0,6}5(?!\d)")
# A 4 or 5 opening the reply, its digits made ASCII, said as a score: "5,", "5 Sterne", "nota 5", "5점",
# "5分", "৫,", not "5 min".
_SCORE_FIRST = re.compile(
    r"\s*(?:nota|note|rating|score)?\s*([45])(?!\d)(?!\s*(?:min|mins|minutes?|h\b|hrs?|hours?|pm|am|:|\.\d))",
    re.I,
)


def _asks_for_a_score(outbound: str, context: MessageContext) -> bool:
    """Whether the last text, after the visit, asked for a score on a scale of one to five in words the
    rating-request pattern does not know ("Notez-nous de 1 à 5", "Ci dia un voto da 1 a 5", "请为本次服务打分
    1-5分", "قيّم الخدمة من 1 إلى 5"): a bare digit answers it (issue 13, fifteenth session)."""
    return context.job_status == "completed" and bool(_ONE_TO_FIVE.search(outbound.translate(_ASCII_DIGITS)))


def _rates_the_visit_well(raw: str, context: MessageContext) -> int:
    """The score (4 or 5) a reply opens with, answering a request to rate the finished visit on a scale
    of one to five; 0 otherwise. Issue 13, fifteenth session: 17 texts written blind in fifteen languages
    rated the visit and named the hazard it had fixed ("5. Запах газа больше не чувствуется", "5분 가스
    냄새 이제 안 나요", "nota 5, o cheiro de queimado sumiu"): all thanks, none an emergency. Near misses:
    "5 min away, smells like gas in here" (no score: minutes), a 1 or a 2 (a complaint, read by its cues),
    a reply to a text that asked no score."""
    if not _asks_for_a_score(context.last_outbound or "", context):
        return 0
    score = _SCORE_FIRST.match(raw.translate(_ASCII_DIGITS))
    return int(score.group(1)) if score else 0


# Letters that are reply codes and nothing else when alone ("C" for confirm, "Y" for yes): they mean
# what the last text offered, so with no last text they mean nothing, and "C" after a text that neither
# asks nor reminds ("Sam is on the way") offers nothing to confirm (issue 13, h13ack12). "Y" to a status
# update is a bare yes (thanks, the contract's labelling conventions).
_CODE_LETTERS = {"c": "asks or reminds", "y": "any text"}


def _lone_code_unoffered(key: str, outbound: str) -> bool:
    """Whether `key` is a lone reply-code letter that the last text gave no meaning to."""
    if key not in _CODE_LETTERS:
        return False
    if not outbound:
        return True
    return key == "c" and not _asks_or_reminds(outbound)


def _acknowledges_only(outbound: str) -> bool:
    """Whether the last text asked nothing to agree to, however it was worded: a rating request ("How
    did Ana do? Reply 1-5": a bare "ok" or 👍 to it is a friendly acknowledgement, the score is the
    answer) or an opt-out notice ("Reply START to resubscribe": a bare "ok" acknowledges it, a bare
    YES opts back in and is read before as a consent keyword) (issue 13, h13ack12). Near misses: a
    reminder with a rating of the last visit is still a reminder."""
    if lx.OUTBOUND_REMINDS.search(outbound):
        return False
    return bool(lx.RATING_REQUEST.search(outbound) or is_opt_out_notice(outbound))


# The parts of an offer that name one slot each ("Thu 9am or Fri 3pm", "(1) Thu 8-10am (2) Fri 1-3pm"),
# and what names the booked time beside them ("at 11 instead of 1", "or keep your 9am").
_SLOT_SPLIT = re.compile(r"<qty>|\b(?:or|o|ou|oder)\b|;")
_NOT_THE_SLOT = re.compile(
    r"\b(?:instead of|rather than|en (?:lugar|vez) de|au lieu de|em vez de|statt|anstatt)\b.*|\bkeep\b.*"
)


def _slot_in(
    part: str, local: datetime, day_first: bool, before: date | None
) -> tuple[date, time | None] | None:
    """The day and time one part of an offer names: its most exact day (else the day named before it),
    and its first clock time, a range's start ("8-10am" is 8:00, "11am-1pm" 11:00); a day alone
    ("or Monday morning") is a slot with no time."""
    days = [d for d in find_days(part, local.date(), None, day_first=day_first) if d.day and not d.rejected]
    day = max(days, key=lambda d: d.rank).day if days else before
    span = _RANGE_START.search(part)
    clocks = find_clocks(part)
    if span:
        end = next((c for c in clocks if c.start >= span.start()), None)
        meridiem = end.meridiem if end else None
        hour = int(span.group(1))
        if end and meridiem == "pm" and hour < 12 and hour <= end.hour:
            hour += 12
        clock = Clock(
            hour, int(span.group(2) or 0), None if hour > 12 else meridiem, span.start(), span.end(), ""
        )
    elif clocks:
        clock = clocks[0]
    else:
        return (day, None) if days and day else None
    if day is None:
        return None
    return day, clock_on_or_after(clock, local, day).time()


def _offered_slots(context: MessageContext) -> list[tuple[date, time | None]]:
    """The new slots the last text offers to take (`lx.OUTBOUND_OFFERS_SLOT`), in the order offered; none
    for a move the business must make (`lx.OUTBOUND_MOVE_FORCED`) or a slot that is the booked one
    ("new slot held for Thu 11am-1pm, reply C to lock it in" when the visit is already Thu 11am)."""
    outbound = context.last_outbound or ""
    text = normalise(outbound) if outbound else ""
    if not text or not lx.offers_slot(text):
        return []
    if lx.OUTBOUND_MOVE_FORCED.search(text):
        return []
    tz = _zone(context.timezone)
    local = context.received_at.astimezone(tz)
    booked = context.window_start.astimezone(tz) if context.window_start else None
    slots: list[tuple[date, time | None]] = []
    before: date | None = booked.date() if booked else None
    for part in _SLOT_SPLIT.split(text):
        slot = _slot_in(_NOT_THE_SLOT.sub("", part), local, _day_first(context.timezone), before)
        if slot is None:
            continue
        before = slot[0]
        if booked is None or slot != (booked.date(), booked.time()):
            slots.append(slot)
    # "Openings Wed 12/9: (1) 9am (2) 4pm": a day before its times heads them, no slot of its own
    timed = {day for day, at in slots if at is not None}
    return [(day, at) for day, at in slots if at is not None or day not in timed]


def _takes_offered_slot(raw: str, norm: str, context: MessageContext, reading: _Reading, yes: bool) -> bool:
    """Whether the text takes a slot the last text offered: a yes to one slot on another day than the
    booked visit's, or a pick among several by number, ordinal, "the earlier/later one" or a weekday
    (issue 13, h15offer). The taken slot's day
    and time go to `reading.slot`. "no", "can't that day" to an offer take nothing."""
    slots = _offered_slots(context)
    if not slots:
        return False
    said = " ".join(
        t for t in norm.replace("!", " ").split() if t not in lx.POLITE_TAIL and not t.startswith("emo_")
    )
    picked = " ".join(t for t in re.sub(r"[^\w#\s']", " ", raw.lower()).split() if t not in lx.POLITE_TAIL)
    pick = lx.SLOT_PICK.match(picked)
    chosen: tuple[date, time | None] | None = None
    if picked in lx.SLOT_EITHER:  # "either", "neither work": another time all the same, a person picks
        reading.add("reschedule", f"'{raw.strip()}' answers the slots the last text offered")
        reading.slot = (None, None)
        return True
    if pick and (pick.group(1) or pick.group(2)):
        n = int(pick.group(1)) if pick.group(1) else lx.SLOT_ORDINALS.get(pick.group(2), 0)
        if not 1 <= n <= len(slots):
            return False
        chosen = slots[n - 1]
    elif pick:
        early = re.match(r"earl|soon|m[aá]s temprano|plus t[oô]t|mais cedo|fr", pick.group(3))
        by_time = sorted(slots, key=lambda s: (s[0], s[1] or time(0)))
        chosen = by_time[0] if early else by_time[-1]
    elif yes:
        if len(slots) > 1:  # "yes" to "Thu 9am or Fri 3pm?": another time, which one a person asks
            reading.add("reschedule", f"'{raw.strip()}' takes one of the slots the last text offered")
            reading.slot = (None, None)
            return True
        booked = (
            context.window_start.astimezone(_zone(context.timezone)).date() if context.window_start else None
        )
        if slots[0][0] == booked:
            # "ok" to "Tom had a job cancel, could he come at 11 instead of 1?", "yes pls" to "Keoni finished
            # early and could come now instead of 2pm": the same visit's hour moved by the business, on
            # its own day, is agreed to (confirm: dev d253, th-124, th-129), where a slot on another day
            # is a new one taken
            return False
        chosen = slots[0]
    else:
        local = context.received_at.astimezone(_zone(context.timezone))
        days = [d for d in find_days(said, local.date(), None) if d.day and not d.rejected]
        rest = set(re.sub("|".join(re.escape(d.text) for d in days) or "^$", " ", said).split())
        matching = [s for s in slots if days and s[0] == days[0].day]
        parts = rest & set(_PART_HOURS)
        if (
            len(days) != 1
            or len(matching) != 1
            or not rest - parts <= lx.SLOT_PICK_TAIL | lx.AFFIRMATIVE_REPLIES
        ):
            return False
        chosen = matching[0]
        reading.slot_part = min(parts) if len(parts) == 1 else None  # "monday morning": a word names it
    reading.add("reschedule", f"'{raw.strip()}' takes the slot the last text offered")
    reading.slot = chosen
    return True


def _short_reply(raw: str, norm: str, context: MessageContext, reading: _Reading) -> str:
    """Read a reply code or a rating against the last outbound; return the text still to read."""
    outbound = context.last_outbound or ""
    key = keyword_form(raw)
    rating = _RATING.match(key.translate(_ASCII_DIGITS))
    if rating and (lx.RATING_REQUEST.search(outbound) or _asks_for_a_score(outbound, context)):
        score = int(rating.group(1))
        grievance = score == 3 and lx.RATING_GRIEVANCE.search(norm)
        label = "thanks" if score >= 4 else "complaint" if score <= 2 or grievance else "other"
        reading.add(label, f"rating {score}")
        reading.rating = score
        return _after_code(raw)
    offers = _offers(outbound)
    code = _LEADING_CODE.match(key)
    # a yes or a pick to an offered slot takes it (`_takes_offered_slot`): read before the codes, as
    # "C" to "we can move you to Thu 9am, reply C to confirm the new time" moves the visit
    # (only a short text can be a yes or a pick: a longer one costs nothing here)
    if len(raw) <= 40 and ("(" in outbound or lx.offers_slot(outbound.lower())):
        said = {t.strip(".,") for t in norm.replace("!", " ").split()} - {""}
        yes = bool(said & (lx.AFFIRMATIVE_REPLIES | lx.OFFER_TAKEN_WORDS)) and all(
            t in lx.AFFIRMATIVE_REPLIES
            or t in lx.POLITE_TAIL
            or t in lx.OFFER_TAKEN_WORDS
            or t in lx.OFFER_THANKS_WORDS
            or t.startswith("emo_")
            for t in said
        )
        if (not code or offers.get(code.group(1), "confirm") == "confirm") and _takes_offered_slot(
            raw, norm, context, reading, yes or bool(code and code.group(1) in offers)
        ):
            return ""
    if code and code.group(1) in offers:
        reading.add(offers[code.group(1)], f"reply '{code.group(1)}' to the offer in the last text")
        return _after_code(raw)
    # "affirmative."; "Ναι, εντάξει", "כן, מאשר": yes words joined by a comma in another script (issue 13,
    # h14lang), where Latin ones ("Confirmed, thank you") are read by the confirm records that name them
    tokens = {
        token.rstrip(".") if token.isascii() else token.rstrip(".,")
        for token in norm.replace("!", " ").split()
    } - {""}
    if _BARE_MINUTES.fullmatch(raw) and lx.OUTBOUND_ASKS_ETA.search(outbound):
        return f"{raw.strip(' .!')} minutes away"  # "10-15" to "how far away are you?"
    if "?" in raw and not re.sub(r"emo_\w+|[\W_]", "", norm):  # "?", "👀⏰?"
        if _overdue(context):
            reading.add("where_is_tech", "a bare question mark once the technician is overdue")
        return ""
    if (
        tokens & lx.NEGATIVE_REPLIES
        and tokens <= lx.NEGATIVE_REPLIES | lx.POLITE_TAIL
        and lx.OUTBOUND_KEEP_OR_MOVE.search(outbound)
    ):
        reading.add("reschedule", f"'{raw.strip()}' declines the time the last text proposed")
        return ""
    in_order = [t for t in norm.replace("!", " ").split() if t not in lx.POLITE_TAIL]
    # with no last text, "noted" and "no worries" are read by their cues
    # ... or with its particle read whole: "ok lah" (issue 13, h13en8)
    acknowledged = bool(outbound and in_order) and bool(
        lx.BARE_ACKNOWLEDGEMENT.match(" ".join(in_order)) or lx.BARE_ACKNOWLEDGEMENT.match(norm.strip())
    )
    if acknowledged or (
        tokens <= lx.AFFIRMATIVE_REPLIES | lx.POLITE_TAIL and tokens & lx.AFFIRMATIVE_REPLIES
    ):
        # "confirmed thanks" to a reminder confirms; "ok thanks" to "Sam is on the way" thanks
        thanked = bool(tokens & {"thanks", "thank", "gracias"}) and not tokens & {"confirm", "confirmed"}
        if _lone_code_unoffered(key, outbound):
            return ""  # a bare "C" to "Sam is on the way", or to no text at all: nothing was offered
        if lx.OUTBOUND_AT_THE_DOOR.search(outbound) and not lx.OUTBOUND_REMINDS.search(outbound):
            reading.add(
                "customer_arrived", f"'{raw.strip()}' says the customer is there, as the last text asked"
            )
        elif _acknowledges_only(outbound):
            # "ok" to a rating request or to "you have been unsubscribed" agrees to no visit
            reading.add("thanks", f"'{raw.strip()}' acknowledges a text that asks no agreement")
        elif lx.OUTBOUND_ASKS_DETAIL.search(outbound) and not lx.OUTBOUND_ASKS_TO_AGREE.search(outbound):
            # "yep" to "do you have a gate code?": a person asks again (no learned lead: `voices`)
            reading.evidence.append(f"{YES_WITHOUT_THE_DETAIL}: '{raw.strip()}'")
            return ""
        elif (_asks_or_reminds(outbound) or not outbound) and not (
            thanked and lx.OUTBOUND_STATUS.search(outbound)
        ):
            reading.add("confirm", f"'{raw.strip()}' {BARE_YES_EVIDENCE}")
            if tokens & {"thanks", "thank", "gracias"}:  # "perfecto gracias": it thanks too (h13es9)
                reading.add("thanks", f"'{raw.strip()}' thanks as it confirms")
        elif lx.OUTBOUND_STATUS.search(outbound):
            reading.add("thanks", f"'{raw.strip()}' acknowledges a status update")
        elif context.job_status in VISIT_UNDER_WAY:
            # a last text the lexicon cannot read ("Bikash 20 minute ma.", "Teknisyenimiz yola çıktı"),
            # sent once the technician set out: a status update, so the yes only acknowledges it
            reading.add("thanks", f"'{raw.strip()}' acknowledges a text sent as the visit was under way")
        else:
            reading.add("confirm", f"'{raw.strip()}' agrees")
        return ""
    return raw


# A text that only asks how long: about the technician's arrival on the way, about the work on site.
_HOW_LONG_NOW = re.compile(
    r"^\W*(?:so |ok |okay |and |hey |hi )?how (?:much )?longer(?: (?:will|is|do|does) (?:it|this|he|she|that)(?: (?:be|take))?)?"
    r"(?: do you think| roughly| approx\w*)?\s*[?.!]*\s*$"
)


def _liked_text(raw: str, last_outbound: str | None) -> str:
    """The text a tapback reacts to: the last text when the quote begins it (phones shorten the
    quote: "Liked “Reminder: Luis from Acme...”"), else the quote itself (an older text)."""
    quoted = re.sub(r"^\S+(?: at)?\s+[\"“]|[\"”]\s*$", "", raw.strip()).rstrip(".…").strip()
    if last_outbound and quoted and last_outbound.strip().startswith(quoted[:30]):
        return last_outbound
    return quoted


def _negated(norm: str, start: int) -> bool:
    clause_start = max(norm.rfind(p, 0, start) for p in ".!?;,")
    return bool(lx.NEGATORS.search(norm[clause_start + 1 : start]))


def _match_cues(norm: str, reading: _Reading) -> dict[str, list[tuple[int, int]]]:
    """Add each intent a cue record finds and no veto cancels; return where cues matched, per intent.
    The access note is read clause by clause in `access_note`; emergencies are hazards (`find_hazard`)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for cue_set in lx.CUE_SETS.values():
        _match_cue_records(norm, cue_set, spans, reading)
    return spans


def _match_cue_records(
    norm: str, cue_set: CueSet, spans: dict[str, list[tuple[int, int]]], reading: _Reading
) -> None:
    """An intent whose cues are records: each match stands, or its cue's veto cancels it or turns it
    into another intent ("you've rescheduled on me" is a complaint)."""
    for hit in cue_set.scan(norm):
        veto = hit.vetoed_by
        if veto is not None:
            if veto.becomes:
                reading.add(veto.becomes, f"cue {hit.cue.id} '{hit.text}', {veto.id}")
            if not veto.keeps_match:
                continue
        spans.setdefault(cue_set.intent, []).append((hit.start, hit.end))
        if cue_set.intent not in reading.intents:
            reading.add(cue_set.intent, f"cue {hit.cue.id} '{hit.text}'")


def _clauses(text: str, splitter: re.Pattern[str] = _CLAUSE) -> list[str]:
    return [c.strip() for c in splitter.findall(text) if c.strip()]


_HAN = re.compile(r"[\u3400-\u9fff]")


def lettered_words(text: str) -> int:
    """How many words carry letters ("what's" counts, "?" and "10" do not); Chinese, written without
    spaces, counts each character."""
    tokens = words(text)
    if not _HAN.search(text):  # no Chinese: a word counts when one of its characters is a letter
        return sum(1 for t in tokens if any(map(str.isalpha, t)))
    return sum(len(_HAN.findall(t)) or any(map(str.isalpha, t)) for t in tokens)


# Evidence that the only phrases naming a hazard are questions: a borderline emergency (voices.py).
HAZARD_ASKED = "hazard named only in a question"
# "the furnace went quiet about an hour ago": a duration that dates the hazard, not the customer's distance.
_AGO_AFTER = re.compile(r"\s*(?:ago|back|before)\b")
# A hazard only the safety net composed from parts (cues/emergency_net.py): urgent, and a person decides.
HAZARD_COMPOSED = "hazard composed from parts by the safety net alone"


# A time only guessed at ("about 3 i think", "probably fine"): no lateness by itself (issue 13, h13en6a).
_HEDGED_TIME_ONLY = re.compile(r"\b(?:i think|i guess|i reckon|probably|prob)\b")


def _phrase_at(norm: str, position: int) -> str:
    """The phrase (up to a comma or a sentence end) of `norm` that holds `position`."""
    for match in _PHRASE.finditer(norm):
        if match.start() <= position < match.end():
            return match.group(0)
    return norm


def _asks(phrase: str) -> bool:
    return lettered_words(phrase) >= 2 and bool(lx.QUESTION.search(phrase.strip()))


# Evidence that a time in the text bounds the visit (the customer leaves, steps out, the work must end):
# the rules' own reading, which keeps the lead over a learned guess of lateness or a move (`voices`).
LIMIT_EVIDENCE = "a limit on the visit, no arrival:"
LIMIT_WITH_A_DAY = "(a day named too)"
# How far after a limit's words its own time may stand ("I have to leave | by 4", "guests arriving | at 14:00").
LIMIT_TIME_REACH = 15
_LIMIT_SENTENCE = re.compile(r"[^.!?;\n]+[.!?;]*|[.!?;]+")


def _limits(norm: str) -> list[tuple[int, int, str]]:
    """Where the text bounds the visit with a time (`cues.constraint`): start, end, the cue's id."""
    return [(hit.start, hit.end, hit.cue.id) for hit in CONSTRAINT.scan(norm) if hit.stands]


def _limited(norm: str, position: int, limits: list[tuple[int, int, str]]) -> bool:
    """Whether the sentence holding `position` holds a limit too ("school pickup at 3:15, I'll be gone
    20 min": the 20 minutes are an absence, not a wait before the customer is there)."""
    for sentence in _LIMIT_SENTENCE.finditer(norm):
        if sentence.start() <= position < sentence.end():
            return any(sentence.start() <= start < sentence.end() for start, _, _ in limits)
    return False


def _sentence_at(norm: str, position: int, *, follow_on: bool = False) -> str:
    """The sentence of `norm` that holds `position` (to its full stop, question or exclamation mark); with
    `follow_on`, the one before it too when this one only adds a hedged time to it ("can we do it before
    work? like 6:15?")."""
    before = ""
    for sentence in _LIMIT_SENTENCE.finditer(norm):
        if sentence.start() <= position < sentence.end():
            added = follow_on and _FOLLOW_ON.match(sentence.group(0))
            return (before if added else "") + sentence.group(0)
        before = sentence.group(0)
    return ""


_FOLLOW_ON = re.compile(r"\s*(?:like|say|maybe|around|about|or|ideally|tipo|como|vers|genre|so|etwa|ca)\b")


def _clause_at(norm: str, position: int) -> str:
    """The clause of `norm` that holds `position` ("45 min or more?" in a question about a tune-up)."""
    for match in _CLAUSE.finditer(norm):
        if match.start() <= position < match.end():
            return match.group(0)
    return ""


def _covered(spans: dict[str, list[tuple[int, int]]], intents: tuple[str, ...], start: int, end: int) -> bool:
    """Whether a cue of one of `intents` overlaps norm[start:end]."""
    return any(s < end and start < e for i in intents for s, e in spans.get(i, []))


def _asks_after_comma(clause: str) -> bool:
    """A clause whose later phrase is a polite request ("we had a flood last spring, can he check the sump
    pump"): the telling before the comma leads to the asking after it (issue 13, round 7); voice-to-text
    runs the same request on with no comma ("...so can he check the line", round 8)."""
    if lx.REQUEST_RUN_ON.search(clause):
        return True
    return any(
        lx.REQUEST_AFTER_COMMA.match(phrase) or lx.QUESTION_AFTER_COMMA.match(phrase)
        for phrase in _clauses(clause, _PHRASE)[1:]
    )


# Evidence of a question of a kind the project knows (`lexicon.KNOWN_QUESTION`): the rules' own reading,
# not a fallback on a question mark, so the learned voice does not take the lead over it (voices.py).
KNOWN_QUESTION_EVIDENCE = "known question"
# ... of the days the business works ("Is anyone working on Saturday?"): no grievance either, so the rules
# keep the lead even over a learned complaint (issue 13, h13left13)
AVAILABILITY_EVIDENCE = KNOWN_QUESTION_EVIDENCE + " (the days worked)"
_AVAILABILITY_ASKED = re.compile(lx.AVAILABILITY_ASKED)


def _questions(
    norm: str, spans: dict[str, list[tuple[int, int]]], reading: _Reading, today: date | None = None
) -> None:
    """A question clause no other cue explains is a `question`."""
    answered = (
        "reschedule",
        "where_is_tech",
        "cancel",
        "running_late",
        "emergency",
        "opt_out",
        "complaint",
        "wrong_number",
    )
    position = 0
    for clause in _clauses(norm):
        start = norm.find(clause, position)
        position = start + len(clause)
        if lettered_words(clause) < 2 or not (lx.QUESTION.search(clause) or _asks_after_comma(clause)):
            continue

        # "I smell gas, what do I do??": the asking part after the comma stands on its own.
        phrases = _clauses(clause, _PHRASE)
        if (
            len(phrases) > 1
            and lx.QUESTION.search(phrases[-1])
            and lettered_words(phrases[-1]) > 1
            and not _covered(
                spans, _ASKING, start, position
            )  # "resched, friday ok?" asks for the slot itself
        ):
            start = position - len(clause) + clause.rfind(phrases[-1])
        inside = _covered(spans, answered, start, position)
        if (
            "reschedule" in reading.intents
            and lx.SLOT_ASKED.search(clause)
            and today is not None
            and (find_days(clause, today, None) or find_parts_of_day(clause, []))
        ):
            continue  # "do you have anyone on saturday? tomorrow's not gonna work" (h13left14)
        if not inside and not lx.COME_AFTER.search(clause):
            kind = (
                AVAILABILITY_EVIDENCE
                if _AVAILABILITY_ASKED.search(clause)
                else KNOWN_QUESTION_EVIDENCE
                if lx.KNOWN_QUESTION.search(clause)
                else "question"
            )
            reading.add("question", f"{kind} '{clause[:40]}'")


def _offered_day(clause: str, local: datetime, outbound: str, day_first: bool, whole: str = "") -> bool:
    """Whether the clause names a slot the business's last text offered ("Can we book you
    Wednesday?" - "Wed works"; "you're booked Monday 12-2pm" - "12-2 works"); `whole` is the text the
    clause is part of."""
    outbound_norm = normalise(outbound)
    offered = {d.day for d in find_days(outbound_norm, local.date(), None, day_first=day_first)}
    days = find_days(clause, local.date(), None, day_first=day_first)
    days = [d for d in days if not _second_option(clause, days, d)]  # "sexta ou sábado": the first is asked
    # "mañana no, el viernes me va bien": the day offered is the one turned down and another is named, none
    # accepted (h13constraint11); a day turned down alone is left as it was ("not tomorrow, so it'll be me")
    if any(not d.rejected for d in find_days(whole or clause, local.date(), None, day_first=day_first)):
        days = [d for d in days if not d.rejected]
    outbound_clocks = find_clocks(outbound_norm)
    offered_clocks = {(c.hour % 12, c.minute) for c in outbound_clocks}
    offered_clocks |= {
        (int(h) % 12, int(mm or 0)) for h, mm in _RANGE_START.findall(outbound_norm)
    }  # "8-10am"
    clocks = find_clocks(clause)
    clocks_offered = all((c.hour % 12, c.minute) in offered_clocks for c in clocks)
    if days:
        # "tomorrow at noon", "mañana en la noche" after "tomorrow between 9AM": the day offered at
        # another time asks to move the visit within its day (no time offered: any time may be it)
        return (
            any(d.day in offered for d in days)
            and (clocks_offered or not offered_clocks)
            and _part_offered(clause, outbound_clocks)
        )
    return bool(clocks) and clocks_offered


def _names_a_day_and_time(clause: str, local: datetime, day_first: bool) -> bool:
    """Whether the clause names a day with a clock time or a part of day ("demain à 11h", "amanhã à
    noite"); a clock alone ("3:30") may be the customer's own ETA."""
    clocks = find_clocks(clause)
    return bool(find_days(clause, local.date(), None, day_first=day_first)) and (
        any(c.arrival for c in clocks) or bool(find_parts_of_day(clause, clocks))
    )


_PART_HOURS = {"morning": range(5, 12), "afternoon": range(12, 17), "evening": range(17, 24)}


def _part_offered(clause: str, outbound_clocks: list[Clock]) -> bool:
    """Whether every part of day the clause names holds a clock time the business offered (no clock
    offered: any part may be the one meant)."""
    offered_hours = {c.hour % 12 + 12 * (c.meridiem == "pm") for c in outbound_clocks if c.meridiem}
    parts = {p.part for p in find_parts_of_day(clause, find_clocks(clause))}
    return not offered_hours or all(offered_hours & set(_PART_HOURS[p]) for p in parts if p in _PART_HOURS)


def _asks_for_slot(
    norm: str,
    local: datetime,
    appointment: date | None,
    outbound: str,
    reading: _Reading,
    *,
    day_first: bool,
    upcoming: bool,
    window_said: Callable[[Clock], bool] = lambda clock: False,
) -> None:
    """A request naming a day, time or period ("can he come friday after 2?", "Monday?") asks to reschedule.

    The appointment's own day is no new slot: "can he come tomorrow" about tomorrow's visit only asks;
    nor is today, or a part of it, beside a where-is-he ("will someone be coming out this morning?").
    Before the visit, a short text that is only a slot ("Fri morning pls", "after 4 on Wed?") asks too.
    Beside a lateness, the window's own hours asked back ("20 late, it's 1 to 3 right?") are no slot.
    """
    if reading.intents & {"reschedule", "emergency"}:
        return  # in an emergency "can someone come today?" pleads for help, it moves nothing
    if "running_late" in reading.intents and any(corrected(norm, c.start) for c in find_clocks(norm)):
        # "llego a las 5... no, mejor a las 5:30", "j'arrive à 14h, non plutôt 14h30": the arrival
        # corrected, no slot asked for (h15part)
        return
    # Only a text saying nothing else: "still on for this arvo?" asks where he is, not for a slot.
    short_ask = upcoming and lettered_words(norm) <= 10 and not reading.intents - {"question"}
    asked_where = "where_is_tech" in reading.intents
    not_a_new_day = {appointment, local.date()} if asked_where else {appointment}
    # A text that is only a slot is one clause: "wed, not before 11" names one slot, not two.
    whole_slot = short_ask and lx.ONLY_A_SLOT.fullmatch(norm)
    phrases = _clauses(norm, _PHRASE)
    if (
        short_ask
        and len(phrases) == 2
        and _THAT_SLOT_OK.fullmatch(phrases[1])
        and len(words(phrases[0])) <= 6
        and _a_new_day_in(phrases[0], local, not_a_new_day, day_first)
    ):
        # "Boxing Day, is that possible?", "le lendemain de Noël, c'est possible ?": the slot, then the ask
        reading.add("reschedule", "a day named, then asked whether it is possible")
        return
    for clause in [norm] if whole_slot else _clauses(norm, _PHRASE):
        if lx.WAIT_UNTIL.search(clause):
            continue  # "can he wait till quarter to 11?": the customer is late, the visit stays
        if asks_what_it_costs(clause):
            continue  # "can I move it later or is there a penalty?": the rule asked, no slot (h13q9)
        limit = _limits(clause)
        if limit and not lx.REQUEST.search(clause, limit[-1][1]):
            # "¿puede terminar antes de las 2?", "no parking after 4": a limit, no slot (h13constraint11);
            # "I need to leave at 12:30 so can we make it tomorrow?" asks after it, and is read on
            continue
        request = lx.REQUEST.search(clause)
        request_after = lx.REQUEST_AFTER.search(clause) or _BARE_SLOT_QUESTION.match(clause)
        if (
            request_after
            and not request
            and (
                lx.SELF_ETA.search(clause)
                or ("running_late" in reading.intents and lx.ARRIVAL_SAID.search(clause))
            )
        ):
            continue  # "I'll be home at 3 instead of 2": when the customer gets there
        only_slot = short_ask and not (request or request_after) and lx.ONLY_A_SLOT.fullmatch(clause)
        if only_slot and _offered_day(clause, local, outbound, day_first, norm):
            reading.add("confirm", "a day the last text offered, accepted")
            continue  # "friday" after "we can do Friday 2-4 or Monday morning, which works?"
        bare_slot = (
            not (request or request_after)
            and short_ask
            and not lx.ASKS_ABOUT_US.match(clause)
            and (
                lx.SHORT_ASK.search(clause)
                or (
                    only_slot
                    if only_slot
                    and (
                        _a_new_day_in(clause, local, not_a_new_day, day_first)
                        or _names_a_day_and_time(clause, local, day_first)
                    )
                    else None
                )
            )
        )
        if bare_slot:
            request = bare_slot
        if request and lx.THEIR_OWN_COMES_BEFORE.search(clause[: request.start()]):
            continue  # "my brother in law can come saturday": their own man comes, nothing asked of us
        if request and _NO_NEED_BEFORE.search(clause[: request.start()]):
            continue  # "no need to come tomorrow": the visit called off, no day asked for (h13left14)
        if request:
            # "can he come friday?" names the slot after the ask; "mañana en la noche pueden?" before it
            after = clause[request.end() :]
            # ...and a text that is only the slot ("next Monday at 8:30 am") is both the ask and the slot
            # ("mañana después del almuerzo mejor, ...": the clause's own comma is no slot after the ask)
            clause = after if after.strip(" ?¿!,.;:") else clause[: request.start()] or clause
            if _THEN.fullmatch(after):
                clause = norm  # "I'm off on MLK day, could he come then?": the day named before
        elif (
            request_after
            and "?" not in clause
            and ("confirm" in reading.intents or _offered_day(clause, local, outbound, day_first, norm))
        ):
            reading.add("confirm", "a day the last text offered, accepted")
            continue  # "sounds good, tomorrow between 8 and 10 works", "Wed works" accept a slot offered
        elif request_after:
            request, clause = request_after, clause[: request_after.start()] or clause
        else:
            continue
        slot: object = (
            [
                d
                for d in find_days(clause, local.date(), None, day_first=day_first)
                if not d.rejected and d.day not in not_a_new_day
            ]
            or [
                c
                for c in find_clocks(clause)
                if c.arrival and not (window_said(c) and _said_lateness(find_durations(norm)))
            ]
            or [p for p in find_parts_of_day(clause, []) if not p.rejected and not asked_where]
            or lx.VAGUE_PERIODS.search(clause)
        )
        if slot:
            reading.add("reschedule", f"request '{request.group(0)}' with a day or time")
            return


_THEN = re.compile(
    r"\s*(?:(?:come|do it|make it|swing by|pop (?:round|over|by)) )?(?:out |by |round )?(?:then|that day|on that day|that day instead|then instead)\s*[?.!]*\s*"
)
_THAT_SLOT_OK = re.compile(
    r"\s*(?:is that|would that|does that|will that|could that|is it|would it|c'est|ça|est-ce|es eso|[¿]?se puede|"
    r"[¿]?(?:es|ser[ií]a) posible|[¿]?pode ser|geht das|ginge das|(?=possible|doable))\s*(?:be\s+)?"
    r"(?:possible|ok|okay|work|doable|alright|an option|any good|faisable|possible)?\s*"
    r"(?:for (?:you|u|him|you guys))?\s*[?.!]*\s*"
)


def _a_new_day_in(clause: str, local: datetime, not_a_new_day: set[date | None], day_first: bool) -> bool:
    """Whether the clause names a day other than today and the visit's ("next Monday", "fri 2ish")."""
    return any(
        not d.rejected and d.day not in not_a_new_day and d.day != local.date()
        for d in find_days(clause, local.date(), None, day_first=day_first)
    )


# Scripts that name their language outright (issue 13, h13lang2: Korean was reported as "en").
# Kana says Japanese before its kanji can say Chinese, the letters і ї є ґ say Ukrainian before its
# Cyrillic can say Russian, and ı or ğ say Turkish: a Japanese text read as Chinese was answered in
# Chinese, and a Turkish one in French or German (r11 and r12, read aloud). A language without a
# phrasebook is answered in the customer's own or in English, never in a neighbour's.
_JAPANESE_KANJI = (
    r"[遅様気駅済続払円売変対単関険広帰検発訳読転伝図実悪鉄薬楽歳県戻乗歩証込働畑峠匂辻]|予約|到着|只今|連絡"
)
# Urdu's letters that Persian and Arabic do not write (ٹ ڈ ڑ ں ے, its ھ and ہ) and its full stop "۔"
# (issue 13, h13phrase12: "میں گھر پر ہوں" was read as Persian and answered in Persian)
_URDU_LETTERS = r"[ٹڈڑںےھہۓ۔]"
_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    # issue 13, h13phrase12: or, written in kanji alone, a character Japanese writes and Chinese, simplified
    # or traditional, writes otherwise (遅 not 迟/遲, 様 not 样/樣, 関 not 关/關...), a character made in
    # Japan (込, 働, 匂), or a word Chinese does not say (予約, 到着, 只今, 連絡): "本日予約取消希望" and
    # "只今到着" were read as Chinese and answered in Chinese
    ("ja", re.compile(r"[\u3040-\u30ff]|" + _JAPANESE_KANJI)),
    ("zh", re.compile(r"[\u3400-\u9fff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    # issue 13, h13lang9: Ukrainian words Russian spells otherwise ("хвилин", "вдома", "зранку", "можна",
    # "чому", "вже"), or a bare "так" (Russian's "so" is never a whole reply); "Буду вдома через 10
    # хвилин" was tagged Russian
    (
        "uk",
        re.compile(
            r"[іїєґ]|(?<![\w'])(?:хвилин\w*|вдома|зранку|можна|чому|вже|дякую|рахунок|завтра вранці)(?![\w'])|^так\W*$"
        ),
    ),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    # issue 13, h13lang9: Farsi writes letters Arabic has not (پ چ ژ گ, its own ی and ک, its digits) and
    # says yes as "بله"; Hebrew, Amharic (Ethiopic), Bengali, Punjabi (Gurmukhi) and Thai by their scripts
    # issue 13, h13phrase11: or by Persian words Arabic does not write ("خونه", "خانه", "است", "هستم"):
    # "من الان خونه‌ام" ("I'm home now") was tagged Arabic
    ("ur", re.compile(_URDU_LETTERS)),
    (
        "fa",
        re.compile(
            r"[پچژگکی۰-۹]|^\W*بله\W*$"
            r"|(?<![\u0600-\u06ff])(?:خونه|خانه|است|هستم|هستیم|هستید)(?![\u0600-\u06ff])"
        ),
    ),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("am", re.compile(r"[\u1200-\u137f]")),
    ("bn", re.compile(r"[\u0980-\u09ff]")),
    ("pa", re.compile(r"[\u0a00-\u0a7f]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
    ("tr", re.compile(r"[ığ]")),
    # Romanian's ș ț, which Vietnamese never writes, or its ă with no letter only Vietnamese has
    # (issue 13, h13lang8: "Vreau să anulez programarea" was tagged Vietnamese)
    ("ro", re.compile(r"[șțşţ]|^(?!.*[đơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]).*ă", re.S)),
    ("vi", re.compile(r"[đơưăạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")),
)
# Letters only one of the Latin-script languages uses, worth two function words.
_LETTERS: dict[str, re.Pattern[str]] = {
    "pl": re.compile(r"[ąćęłńśźż]"),
    # issue 13, h13phrase11: or a word ending in -ça or -ço, which French writes only as "ça" alone, or
    # "você" ("Vocês instalam detector de monóxido de carbono?" was read as French, then as English)
    "pt": re.compile(r"[ãõ]|\wç[ao]s?\b|(?<!\w)vocês?(?!\w)"),
    "de": re.compile(r"[äöüß]"),
    # issue 13, h13lang8: letters of one language each, or of two that share words counted apart
    "cs": re.compile(r"[ěřů]"),
    "hu": re.compile(r"[őű]"),
    "sv": re.compile(r"å(?=.*[äö])|[äö](?=.*å)"),
    "ht": re.compile(r"\b(?:mèsi|mesi|kòd|ankò|baryè|bezwen|kounye|lakay|tanpri|anpil)\b"),
    # issue 13, h13lang9: Turkish verb endings typed without its letters ("evdeyim", "bekliyorum",
    # "gelecegim"), and the words Punjabi in Latin letters says and Hindi does not ("kithe", "mainu",
    # "javanga", "rahi aa" where Hindi says "rahi hai")
    "tr": re.compile(r"\b\w+(?:[iıuü]yorum|[dt][ae]y[iı]m|[ae]c[ae][gğ][iı]m)\b"),
    "pa": re.compile(
        r"\b(?:kithe|kitthe|mainu|tuhanu|tusi|tussi|javanga|javangi|jawanga|hovanga|dhanvaad|dhanwad)\b"
        r"|\b(?:rahi|raha|reha|gaya|gayi|ho) aa\b"
    ),
    "it": re.compile(
        r"(?<![\w'])(?:c'|dov'|cos'|com')?è(?!\w)|\b(?:può|più|perché|però|sarò|farò|ciò|lunedì|venerdì)\b"
    ),
}

# The `_LETTERS` that only a letter outside ASCII matches: an ASCII text need not be searched for them
# (a language missing here is searched, as "ht" must be).
_LETTERS_OUTSIDE_ASCII = frozenset({"pl", "pt", "de", "cs", "hu", "sv", "it"})
# The `_LETTERS` searched only in a text holding one of the language's words already: Punjabi's and
# Turkish's markers are words and endings, not letters, and most texts need no search for them.
_LETTERS_AFTER_A_WORD = frozenset({"pa", "tr"})


# Words Portuguese writes with French's letters ç and ê: a word ending in -ça or -ço ("fumaça",
# "serviço"), which French never writes after a letter, and Portuguese's own words ("você", "três").
# They are no French letter (issue 13, h13phrase11: "socorro, está saindo fumaça da caldeira" was
# answered in French, and "Tem fumaça saindo do aquecedor!" in English, its French ç tying its two
# Portuguese words).
_PORTUGUESE_SPELLED = re.compile(
    r"\w+ç[aoõ]s?\b|(?<!\w)(?:"
    + "|".join(
        sorted({w for w in lx.OTHER_LANGUAGE_WORDS["pt"] if re.search("[çê]", w)} | {"três", "mês", "têm"})
    )
    + r")(?!\w)"
)


def _language(norm: str, raw: str = "") -> str:
    """The language a text is written in: by its script when that says ("ko", "zh", "ru"...), else by
    function words ("en", "es", "fr", "pt", "it", "pl", "de", "tl", "hi" in Latin script, "vi"
    without diacritics); a tie stays English. Spanish and French count on the normalised text, the
    others on the raw one, since time words are rewritten to English before this runs."""
    lowered = raw.lower()
    ascii_only = lowered.isascii()  # every script above needs a letter outside ASCII
    for code, script in () if ascii_only else _SCRIPTS:
        if script.search(lowered):
            return code
    tokens = words(norm)
    raw_tokens = re.findall(r"[\w']+", lowered)
    counts = {
        "es": sum(t in lx.SPANISH_WORDS for t in tokens) + 2 * bool(re.search(r"[¿¡ñ]", norm)),
        "fr": sum(t in lx.FRENCH_WORDS for t in tokens)
        # è inside a word ("très", "mère"); alone it is Italian's "is" ("la caldaia è rotta")
        + 2 * bool(re.search(r"[çêœ]|\wè|è\w|\b(?:j|c|qu|d|l|n|s)'", _PORTUGUESE_SPELLED.sub(" ", norm))),
    }
    for code, vocabulary in lx.OTHER_LANGUAGE_WORDS.items():
        said = sum(map(vocabulary.__contains__, raw_tokens))
        letters = None if ascii_only and code in _LETTERS_OUTSIDE_ASCII else _LETTERS.get(code)
        if code in _LETTERS_AFTER_A_WORD and not said:
            letters = None
        counts[code] = said + 2 * bool(letters and letters.search(lowered))
    english = sum(t in lx.ENGLISH_WORDS for t in tokens)
    best = max(counts, key=counts.__getitem__)
    runner_up = max(v for k, v in counts.items() if k != best)
    return best if counts[best] > english and counts[best] > runner_up else "en"


def _eta_in(text: str, received_local: datetime) -> datetime | None:
    """The ETA a text named: its clock time within twelve hours of the reply, passed or not."""
    arrival = [c for c in find_clocks(normalise(text)) if c.arrival]
    return clock_on_or_after(arrival[-1], received_local - timedelta(hours=12)) if arrival else None


# A leg after a wait: "8 min out then a 15 min ride", "20 min plus 10 to park", "another 30 or so
# here, then 20 min drive", "15 more minutes at the dentist then 10 home" (a few words of where
# the first wait is spent may come before "then").
_THEN_A_LEG = re.compile(
    r"^[\s,]*(?:out|away|wait)?[\s,]*(?:[\w']+[\s,]+){0,4}?(?:and )?(?:then|plus|\+|after that)\b"
)
# A trip said after a wait before setting out, with no "then": "leaving in 10, it's a 20 minute
# drive", "I get off in 10 and I'm 30 minutes away". The trip is the second leg.
_TRIP_AFTER_WAIT = re.compile(r"^[\s,]*(?:and )?(?:it's|its|it is|i'm|im|i am) (?:a |about |like )?$")
_TRIP_WORDS_AFTER = re.compile(r"^\s*(?:minutes? |mins? )?(?:drive|ride|walk|trip|commute|away|out)\b")


_IN_MINUTES = re.compile(
    r"\b(?:min|mins|minutes?|hours?|hrs?)\b|"
    # in the other languages a hazard beside a late arrival is told in (issue 13, h14urgent)
    r"\b(?:minutos?|minuti|minuten|minuter|minutter|minut\w*|dakika|perc\w*|minuuti\w*|menit|phút|horas?|heures?|stunden?|ore)\b|分|분"
)
_AWAY_AFTER = re.compile(r"\s*(?:minutes? |mins? )?away\b")
# "I'll be home in 30" beside a hazard: the customer's own arrival, a bare number after it (h14urgent)
_OWN_ARRIVAL_BEFORE = re.compile(
    r"(?:\b(?:i'll|i will|i'm|i am|we'll|we will|we're|we are|gonna|going to) |(?:^|[,.;!]\s*|\band |\bbut ))"
    r"be (?:home|there|back|over)\s*$"
)


def _legs_joined(durations: list[Duration], norm: str) -> Duration:
    """The last wait, with the legs said before it added ("Uber is 8 min out then it's a 15 min ride"
    is 23 minutes); a wait not joined by "then" or "plus" stands alone (a correction: "20, no 30")."""
    total = durations[0]
    for earlier, later in itertools.pairwise(durations):
        gap = norm[earlier.end : later.start]
        trip_after_wait = _TRIP_AFTER_WAIT.match(gap) and _TRIP_WORDS_AFTER.match(norm[later.end :])
        if (_THEN_A_LEG.match(gap) or trip_after_wait) and later.kind != "lateness":
            # the trip counts from where its first leg does (now), not from an ETA the last text gave
            total = replace(
                later,
                minutes=total.minutes + later.minutes,
                kind=total.kind,
                text=f"{total.text} then {later.text}",
            )
        else:
            total = later
    return total


_VAGUE_LATENESS = re.compile(r"(?:a )?(?:couple|few)(?: of)?(?: more)? (?:minutes|min|mins)")
# "so no need to come tomorrow", "you don't need to come out monday": a visit called off, not a slot asked
# for (issue 13, h13left14). Near-miss: "no need to call, just come tomorrow" asks for tomorrow.
_NO_NEED_BEFORE = re.compile(
    r"\b(?:no need (?:for (?:\w+ )?)?to|(?:don'?t|do not|doesn'?t|won'?t) (?:need|have) (?:\w+ )?to|needn'?t|"
    r"no hace falta que|no (?:es necesario|necesitan?) que)\s*$"
)
_REPLACED_BEFORE = re.compile(
    r"\b(?:instead of|rather than|en vez de|en lugar de|au lieu de)\s+(?:the\s+|las?\s+)?$|"
    # "sorry I meant 10:30 not 10:15": the time corrected away (issue 13, h13left14)
    r"\d\s*(?:[ap]\.?m\.?)?,?\s+not\s+(?:the\s+)?$"
)
# The business's last text repeated the customer's own arrival time ("Luis will meet you at 10:15",
# "we'll see you at 11", "thanks for letting us know"): a correction of that time corrects the arrival,
# not the slot (issue 13, h13left14). Near-miss: "We can move you to Tuesday 12/15" offers a slot.
_ARRIVAL_ECHOED = re.compile(
    r"\b(?:meet|see|wait for|expect) you\b|\bletting us know\b|\byou(?:'ll| will) (?:be|get) (?:there|home|back)\b|"
    r"\byour (?:arrival|eta)\b"
)


def _time_replaced(norm: str, clock: Clock) -> str:
    """The text with one clock's words replaced by "<t>", to see what else it says."""
    return f"{norm[: clock.start]}<t>{norm[clock.end :]}".strip()


# round h13en5 (issue 13): a time the customer is busy until, then the trip still to make ("picking up
# the kids at 3:30, it's 20 min home from there", "lecture ends 11, bus takes 25"): the trip adds to
# the time. Not after a time they say they will be there ("be home at 3, I'm 20 min away").
_ARRIVE_BEFORE_CLOCK = re.compile(
    r"\b(?:be|get|getting|arrive|arriving|reach|home|back|there|here|make it|see you)\b"
    r"(?: (?!ready|done|finished|out|off|over)\w+)?(?: at| by| around| about| for)?\s*$"
)
_WORD_MINUTES = {"five": 5, "ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40}
_FINISHED_BEFORE_CLOCK = re.compile(
    r"\b(?:(?:ends?|ending|finish(?:es)?|finishing|done|over|out|off|ready)(?: at| by| around)?|at|until|till|til)\s*$"
)
_TRIP_AFTER_CLOCK = re.compile(
    r"^[^.!?]{0,40}?\b(\d{1,3}|five|ten|fifteen|twenty|thirty|forty) (?:minutes? |mins? )?(?:\w+ )?"
    r"(?:home|back|drive|walk|ride|from|away|out|up|down|over|across|to (?:mine|home|ours|the house))\b"
    r"|^[^.!?]{0,30}?\b(?:bus|train|tram|drive|walk|ride|trip) (?:home )?takes (?:about |like |around )?(\d{1,3})\b"
    r"|^[^.!?]{0,30}?\b(?:home|back|walk|drive|ride)[, ]+(?:about |bout |like |around |roughly |maybe )?(\d{1,3}) (?:minutes?|mins?)\b"
    r"|^[\s,]*(?:and )?(?:it's|its|it is) (?:only |about |just |like )?(\d{1,3}) (?:minutes?|mins?)\s*[.!]*$"
)


_EACH_WAY = re.compile(r"^\s*each way\b")


# A clock that opens or closes a window named with "between ... and" ("entre 2 y 4", "zwischen 1 und 3").
_WINDOW_BOUND_BEFORE = re.compile(
    r"\b(?:between|entre|zwischen)\s+(?:las?\s+)?"
    r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?\s+(?:and|y|und|et|e|&)\s+(?:las?\s+)?)?$"
)


def _busy_then_trip(clocks: list[Clock], norm: str) -> tuple[Clock, int] | None:
    """The last time the customer is busy until with a trip said after it, and the trip's minutes."""
    for clock in reversed(clocks):
        before = norm[max(0, clock.start - 24) : clock.start]
        if _ARRIVE_BEFORE_CLOCK.search(before):
            continue
        if not clock.arrival and not _FINISHED_BEFORE_CLOCK.search(before):
            continue
        trip = _TRIP_AFTER_CLOCK.match(norm[clock.end :])
        if trip:
            said = trip.group(1) or trip.group(2) or trip.group(3) or trip.group(4)
            return clock, _WORD_MINUTES.get(said) or int(said)
    return None


def _arrival(
    clocks: list[Clock],
    durations: list[Duration],
    context: MessageContext,
    local: datetime,
    day: date | None,
    norm: str = "",
) -> tuple[datetime | None, str]:
    """When the customer says they will be there, and the words that said it."""
    arrival_clocks = [c for c in clocks if c.arrival]
    if _said_lateness(durations):
        # "I'll be about 20 late, the window starts at 1 right?": beside a lateness, the window's own
        # hours are the window recalled, not an arrival; the minutes count from its start (h13time9).
        # Near-miss: "20 late, be there at 1:20" names a time of its own.
        arrival_clocks = [c for c in arrival_clocks if not _names_the_window(c, context, local)]
    busy = _busy_then_trip(clocks, norm)
    if busy is not None:
        clock, minutes = busy
        if day is None and context.window_start:
            window_day = context.window_start.astimezone(local.tzinfo).date()
            day = window_day if window_day > local.date() else None
        at = clock_on_or_after(clock, local, day) if day else eta_on_or_after(clock, local)
        at += timedelta(minutes=minutes)
        return at, f"busy until '{clock.text}' then a {minutes} min trip -> arrival {at:%H:%M}"
    # "there at 7 tmrw instead of 6:30": the time replaced is the old one, not the arrival
    kept = [c for c in arrival_clocks if not _REPLACED_BEFORE.search(norm[max(0, c.start - 16) : c.start])]
    # "home at 1:15, is he still coming between 1 and 3?": the window asked about bounds no arrival
    # when another time says it (issue 13, h13assist9); "home between 1 and 2" keeps its own.
    said_alone = [c for c in kept if not _WINDOW_BOUND_BEFORE.search(norm[max(0, c.start - 30) : c.start])]
    kept = said_alone or kept
    if arrival_clocks:
        clock = (kept or arrival_clocks)[-1]
        if day is None and context.window_start:
            # Late for a visit on a later day ("won't be in till 9", the evening before): that day's 9.
            window_day = context.window_start.astimezone(local.tzinfo).date()
            day = window_day if window_day > local.date() else None
        at = clock_on_or_after(clock, local, day) if day else eta_on_or_after(clock, local)
        # "dock around 11:40 then 10 min drive": a leg after the time named adds to it
        leg = next((d for d in durations if d.kind == "after_eta" and d.start > clock.end), None)
        if leg is not None:
            at += timedelta(minutes=leg.minutes)
            return at, f"time '{clock.text}' then '{leg.text}' -> arrival {at:%H:%M}"
        return at, f"time '{clock.text}' -> arrival {at:%H:%M}"
    if not durations:
        return None, ""
    duration = _legs_joined(durations, norm)
    if _VAGUE_LATENESS.fullmatch(duration.text) and re.match(r"\s*(?:late|behind)\b", norm[duration.end :]):
        # "gonna be a few minutes late": the contract gives a vague amount no time ("in a few",
        # "couple mins!" on the way still read as five minutes)
        return None, f"vague lateness '{duration.text}': no time"
    if _EACH_WAY.match(norm[duration.end :]):
        # "doing the school pickup, 20 min each way": there and back
        duration = replace(duration, minutes=duration.minutes * 2, text=f"{duration.text} each way")
    base, since = local, "now"
    if duration.kind == "lateness" and context.window_start and context.received_at < context.window_start:
        base, since = context.window_start.astimezone(local.tzinfo), "window start"
    elif duration.kind == "after_eta":
        eta = _eta_in(context.last_outbound or "", local)
        if eta:
            base, since = eta, "the ETA given"
    # Minutes of real time: on a fall-back night, 1:40 am plus 20 minutes is the second 1:00 am,
    # which wall-clock arithmetic on the local time (2:00 am, 80 minutes on) gets wrong.
    at = (base.astimezone(UTC) + timedelta(minutes=duration.minutes)).astimezone(base.tzinfo)
    return at, f"duration '{duration.text}' from {since} -> arrival {at:%H:%M}"


def _said_lateness(durations: list[Duration]) -> bool:
    """Whether the text says a lateness in minutes ("20 late", "15 min tarde"); a bare hour read
    both as a clock and a count ("be there around 11ish") is none."""
    return any(d.kind == "lateness" and re.search(r"[a-z]", d.text.replace("ish", "")) for d in durations)


def _names_the_window(clock: Clock, context: MessageContext, local: datetime) -> bool:
    """Whether a clock is the appointment window's start or end ("the 1pm slot", "it's 1 to 3
    right?", "is it still 10 to 12?" read as ten to twelve)."""
    if not context.window_start:
        return False
    ends = [context.window_start, context.window_end or context.window_start]
    hours = {(at.astimezone(local.tzinfo).hour % 12, at.astimezone(local.tzinfo).minute) for at in ends}
    said = re.fullmatch(r"(\d{1,2}) to (\d{1,2})", clock.text.strip())
    if said and {(int(said.group(1)) % 12, 0), (int(said.group(2)) % 12, 0)} <= hours:
        return True
    if clock.meridiem is not None:
        return any(
            at.astimezone(local.tzinfo).hour == clock.hour % 12 + (12 if clock.meridiem == "pm" else 0)
            and at.astimezone(local.tzinfo).minute == clock.minute
            for at in ends
        )
    return (clock.hour % 12, clock.minute) in hours


def _part_from_window(context: MessageContext, tz: tzinfo | None) -> str | None:
    if not context.window_start:
        return None
    hour = context.window_start.astimezone(tz).hour
    return "morning" if hour < 12 else "afternoon" if hour < 17 else "evening"


# A day or clock ruled out by the word just before it: "no el martes", "not 10am", "pas mardi",
# "nicht Dienstag", "não terça" (a comma between, "no, el martes", answers something else).
_RULED_OUT_BEFORE = re.compile(
    r"\b(?:not|no|pas|nicht|n[ãa]o|niet)\s+(?:(?:the|this|el|la|le|o|a|am|den|a las|a la|à|às|at|um|vers)\s+)?$"
)

_Spanned = TypeVar("_Spanned", Clock, DayMention)
_OWN_ERRAND_AFTER = re.compile(
    r"\s*(?:[ap]\.?m\.?\s*)?,?\s*(?:(?:i|we) (?:need|have|got|must|gotta|'ve got|have got|will have|'ll have)(?: to)? (?:go|leave|fetch|pick|collect|get|be|work|take|head)\b|"
    r"(?:i|we) (?:have|'ve got|got) (?:a |an |my |the )?(?:meeting|appointment|appt|class|shift|call|interview|school run)\b|"
    # "que a las 9 llevo los niños a la escuela", "a las 9 tengo cita", "à 9h j'ai un rendez-vous", "11 baje meeting hai"
    r"(?:tengo|tenemos) que (?:ir|salir|recoger|buscar|trabajar)\b|(?:llevo|recojo|entro|tengo (?:cita|junta|clase|reuni[oó]n))\b|"
    r"je dois (?:partir|aller|chercher|r[ée]cup[ée]rer)\b|j'ai (?:un |une )?(?:rdv|rendez-vous|r[ée]union|cours)\b|"
    r"(?:levo|busco|entro|tenho (?:consulta|reuni[ãa]o))\b|(?:hab|habe|muss) ich\b|"
    r"(?:meeting|class|shift|appointment|kaam|office|school|duty) (?:hai|he|h|hain|ha)\b)"
)


def _without_ruled_out(found: list[_Spanned], norm: str) -> list[_Spanned]:
    """The days or clocks found, less those ruled out by the word just before them; all of them when
    every one is ("not Tuesday?" still names Tuesday)."""
    return [
        f
        for f in found
        # "friday at 9, wait no 10": a correction's "no" asks for the time after it (h15part)
        if not _RULED_OUT_BEFORE.search(norm[max(0, f.start - 16) : f.start]) or corrected(norm, f.start)
    ] or found


def _requested(
    norm: str, clocks: list[Clock], context: MessageContext, local: datetime, reading: _Reading
) -> tuple[date | None, Clock | None, str | None]:
    """The day, clock time and part of day a reschedule asks for."""
    tz = local.tzinfo
    appointment = context.window_start.astimezone(tz).date() if context.window_start else None
    every_day = find_days(
        norm,
        local.date(),
        appointment,
        day_first=_day_first(context.timezone),
        small_hours=in_the_small_hours(local),
    )
    days = [_following(norm, d, every_day) for d in every_day if not d.rejected]
    options = [d for d in days if _second_option(norm, days, d)]
    # "wed at 9, or failing that thu at 4": a fallback is no day asked for (`find_days` rejects it),
    # but it is the second option still, and its time is not the first's
    fallbacks = [d for d in every_day if d.rejected and _second_option(norm, [*days, d], d)]
    # "tomorrow at 4 or friday" sent the day before tomorrow's visit: the first option offered is
    # asked for even on the visit's own day (another day beside it is otherwise the new one)
    first_option = next((d for d in days if options and d.end <= options[0].start), None) if options else None
    if len(days) > 1 and appointment:
        days = [d for d in days if d.day != appointment or d is first_option] or days
    days = [d for d in days if d not in options]
    # "any day but Monday", "any day except the 3rd": the day named is the one ruled out (h13time8)
    days = [d for d in days if not _ANY_DAY_BUT.search(norm[max(0, d.start - 24) : d.start])]
    # "quise decir el jueves, no el martes", "Thursday not Tuesday": the day after "no"/"not" is the slip
    # a correction replaces (`cues.reschedule`, h14card), never the one asked for while another is said
    days = _without_ruled_out(days, norm)
    if _BETWEEN_DAYS.search(norm) and not options:
        # "anytime between Christmas and New Year": a stretch of days, no one day (a day named
        # beside it, "like the 29th", still is)
        inside = [
            d for d in days if any(m.start() <= d.start < m.end() for m in _BETWEEN_DAYS.finditer(norm))
        ]
        days = [d for d in days if d not in inside]
    top = [d for d in days if d.rank == max(days, key=lambda d: d.rank).rank] if days else []
    asked_days = [d for d in top if _asked_with_a_clock(norm, d, clocks)]
    if asked_days and len(asked_days) < len(top):
        # "Can we do Monday at 8? Our flight back lands Sunday night": the day asked with its time in
        # a question is the one asked for; a day in a statement beside it is the reason ("before
        # Christmas? Like the 23rd" asks no time with its first day, and keeps the later one)
        days = [d for d in days if d.rank < top[0].rank or d in asked_days]
    chosen = max(days, key=lambda d: (d.rank, d.start), default=None)
    day = chosen.day if chosen else None
    time_clocks = [c for c in clocks if c.arrival]
    # "cancel the 3pm and rebook me for friday morning": the time cancelled is not asked for
    time_clocks = [
        c for c in time_clocks if not _CANCELLED_BEFORE.search(norm[max(0, c.start - 16) : c.start])
    ]
    # "Morning please, we're out from 3": when the customer is away is no time asked for, even alone
    time_clocks = [
        c for c in time_clocks if not _AWAY_FROM_BEFORE.search(norm[max(0, c.start - 24) : c.start])
    ]
    # "around 3 instead? can't leave the office before noon": the hour the customer is held until (h14when)
    time_clocks = [c for c in time_clocks if not _HELD_UNTIL.search(norm[max(0, c.start - 40) : c.start])]
    # "the kids get home at 3 so could he come in the morning instead": a limit's own time (`cues.constraint`)
    # is why, not the slot asked for (issue 13, h13constraint11)
    limits = _limits(norm)
    # only the limit's own time, the first after its words: "I have to leave at 12 so 9 would be great"
    # asks for the 9 said just after it (issue 13, h14when)
    limited = {
        next((c.start for c in clocks if s <= c.start <= e + LIMIT_TIME_REACH), None) for s, e, _ in limits
    }
    time_clocks = [c for c in time_clocks if c.start not in limited]
    if chosen:
        # "if you can't get here by noon, monday works": the time in the condition is the deadline the
        # visit missed, not the slot asked for; the day outside it is asked for alone (issue 13, h13left13).
        # "if he can come friday at 3 that'd be great" keeps its time: the day is inside the condition.
        conditions = [
            (m.start(), m.end())
            for m in _CONDITION.finditer(norm)
            if not (m.start() <= chosen.start < m.end())
        ]
        time_clocks = [c for c in time_clocks if not any(s <= c.start < e for s, e in conditions)]
    parts = [p for p in find_parts_of_day(norm, clocks) if not p.rejected]
    second = min((d.start for d in (*options, *fallbacks)), default=None)
    if second is not None:
        # "wed at 1:30pm or thu at 10": the first option's own time and part; "thurs or fri
        # afternoon", "tues or wed, 10am either day": said after both, they hold for the first too.
        # Never the day of one with the time of the other ("Wed at 9 or Thurs after lunch" is 9 am).
        own_clocks = [c for c in time_clocks if c.start < second]
        own_parts = [p for p in parts if p.start < second]
        if own_clocks or own_parts:
            time_clocks, parts = own_clocks, own_parts
    # "Tuesday after 3? I'm on shift till 2:30": the "until" time is why, not what is asked for.
    asked = [c for c in time_clocks if not lx.NOT_ASKED_BEFORE.search(norm[max(0, c.start - 20) : c.start])]
    # "Like 11? After 2 I need go fetch my son", "could he come at 10? from 1 I have to work": the hour the
    # customer's own errand starts is why, not the slot (h15part)
    asked = [c for c in asked if not _OWN_ERRAND_AFTER.match(norm, c.end)]
    candidates = asked or time_clocks
    # "perdón, a las 3 no a las 11", "2pm not 10am": likewise the clock ruled out (h14card)
    candidates = _without_ruled_out(candidates, norm)
    clock: Clock | None = candidates[-1] if candidates else None
    clock = _range_start(norm, candidates) or clock
    if clock is None and not parts:
        clock = _commitment_anchor(norm, clocks)
    if clock is not None:
        # "after work tomorrow, like 6?", "after school pickup, 3:30ish": a part known only from what
        # the customer does then yields to the clock they name (no word names a part of day)
        parts = [p for p in parts if p.text not in _PART_BY_ACTIVITY]
    part = parts[-1].part if parts else None
    if (
        chosen
        and chosen.rank == 2
        and day == appointment
        and (not (clock or part) or _NEXT_SAID.search(chosen.text))
    ):
        # "next Tuesday" or "Tuesday instead" said the day before Tuesday's visit means the week after;
        # "Thursday 8am" the day before Thursday's 1 pm visit moves the time within that day
        day = cast(date, day) + timedelta(days=7)
    if chosen and chosen.span:
        day = parse_day_span(chosen.span, local)
        reading.evidence.append(f"dateparser '{chosen.span}' -> {day}")
    elif chosen:
        reading.evidence.append(f"day '{chosen.text}' -> {day}")
    if clock is None and _THIS_TIME_TOMORROW.search(norm):
        # "this time tomorrow": the clock time the message was sent at, a day on
        clock = Clock(local.hour, local.minute, "am" if local.hour < 12 else "pm", 0, 0, "this time")
    same_time = clock is None and _SAME_TIME.search(norm)
    shift = lx.SHIFT.search(norm) if clock is None else None
    if (same_time or shift) and context.window_start:
        # "same time tomorrow" keeps the window's start; "push it back an hour" moves it
        start = context.window_start.astimezone(tz)
        if shift:
            amount = int(shift.group(2)) if shift.group(2).isdigit() else 1
            per = 1 if shift.group(3).startswith("min") else 60
            minutes = (
                30 if shift.group(2) == "half an" else amount * per
            )  # "half an hour" is 30, not 30 hours
            direction = shift.group(1) or shift.group(4)
            start += timedelta(minutes=-minutes if direction in ("forward", "earlier", "sooner") else minutes)
        clock = Clock(start.hour, start.minute, "am" if start.hour < 12 else "pm", 0, 0, "window moved")
    elif part is None and re.search(r"\bsame (?:window|slot)\b", norm):
        part = _part_from_window(context, tz)
    if clock is not None and clock.meridiem is None and part and clock.hour < 12:
        # "thursday in the evening after 7": the part named says which 7
        clock = replace(clock, meridiem="am" if part == "morning" else "pm")
    elif (
        clock is not None
        and clock.meridiem is None
        and clock.hour in lx.MORNING_HOURS
        and (
            clock.text.startswith("0")
            or lx.MORNING_SAID.search(_sentence_at(norm, clock.start, follow_on=True))
        )
    ):
        # "before we open tomorrow, like 6:30", "first thing, 7ish", "06:30": the morning the customer
        # means without naming it (issue 13, h14when)
        clock = replace(clock, meridiem="am")
    if day is None and appointment and (moved := _DAYS_SHIFT.search(norm)):
        # "can we push it back a day", "bring it forward a week": the visit's day moved (h13en6b)
        count = {"a": 1, "one": 1, "two": 2, "a couple of": 2, "couple": 2}.get(moved.group(2), 0) or int(
            moved.group(2) if moved.group(2).isdigit() else 1
        )
        count *= 7 if moved.group(3).startswith("week") else 1
        earlier = (moved.group(1) or moved.group(4) or "") in ("forward", "earlier", "sooner")
        day = appointment + timedelta(days=-count if earlier else count)
        reading.evidence.append(f"the visit's day moved '{moved.group(0)}' -> {day}")
    if day is None and _SOONER.search(norm):
        day = local.date()  # "anything sooner?": the soonest is today (h13time8)
    if day is None and (clock or part or _END_OF_DAY.search(norm) or _LATER_THAT_DAY.search(norm)):
        day = appointment  # "can he come end of the day instead?": the visit's own day
    return day, clock, part


# A condition clause: "if you can't get here by noon", "unless he can be here by 10", "if it's going to be
# after 3": from "if" or "unless" to its comma, or to the request that follows it ("can we", "let's").
_CONDITION = re.compile(
    r"\b(?:if|unless|in case)\b[^,.;!?]*?(?=\s*(?:[,.;!?]|$|\b(?:(?:can|could) (?:we|i|you|u|he|she|they)|let's|lets|then|we'll|i'll|just|please|pls)\b))"
)
_ANY_DAY_BUT = re.compile(r"\bany (?:day|time|other day) (?:but|except|other than|apart from)\s+(?:the\s+)?$")
_SOONER = re.compile(
    r"\b(?:any|anything|something|anytime|any time|slot|spot|opening) sooner\b|\bany sooner\b"
)


# ... and in Spanish and Portuguese (issue 13, h13left14): "ya la arreglaron, muchas gracias", "ya funciona";
# near-misses, still a cancellation: "ya lo arreglamos nosotros, no hace falta que vengan".
_FAULT_GONE = re.compile(
    r"\ball set\b|\bsorted\b|\bfix\w*|\bworking\b|\bback on\b|\b(?:good|ok|okay|fine) now\b|"
    r"\barregl\w*|\bfunciona\w*|\bconsert\w*|\bresolv\w*"
)
_VISIT_CALLED_OFF = re.compile(
    r"cancel|\bneed|\bcome\b|\bsend\b|\boff\b|\bvisit\b|\bappointment\b|"
    r"\bvengan?\b|\bvenir\b|\bhace falta\b|\bnecesit\w*|\bvisita\b|\bcita\b|\bvir\b|\bprecisa\w*"
)
# "could we do later in the day?": the visit's own day, later (h13en6b)
_LATER_THAT_DAY = re.compile(
    r"\b(?:later|earlier) (?:on )?in the day\b|\b(?:later|earlier) (?:on )?that day\b"
)
_DAYS_SHIFT = re.compile(
    r"\b(?:push|move|bump|shift|bring|put) (?:it|this|us|me|things|the (?:appointment|appt|visit|booking|job)) "
    r"(back|forward|out|earlier|later)? ?(?:by )?(a|one|two|a couple of|couple|[1-6]) (days?|weeks?)\b(?: (back|later|forward|earlier|sooner))?"
)


_ENDS_IN_QUESTION = re.compile(r"[^.!?]*\?")


def _asked_with_a_clock(norm: str, day: DayMention, clocks: list[Clock]) -> bool:
    """Whether the day is said in a question that names a clock time too ("can we do Monday at 8?")."""
    question = _ENDS_IN_QUESTION.match(norm, day.end)
    if not question:
        return False
    opened = max(norm.rfind(mark, 0, day.start) for mark in ".!?") + 1
    return any(opened <= c.start and c.end <= question.end() and c.arrival for c in clocks)


_AWAY_FROM_BEFORE = re.compile(
    r"\b(?:i'm|im|i am|we're|were|we are|i'll be|we'll be) (?:out|away|gone|busy|at work|leaving|off out)"
    r" (?:from|after|at)\s+$"
)
_HELD_UNTIL = re.compile(
    r"\b(?:can't|cannot|can not|won't|couldn't) (?:get|leave|get away)\b[\w' ]{0,24}? (?:before|until|till|til)\s+$"
)
_PART_BY_ACTIVITY = ("after work", "after school")
_FOLLOWING_BEFORE = re.compile(r"\bthe following $|\bthe (?:next|first) $")
# "can't do Thursday, the Tuesday after?": "after" closing the phrase is "after that day"
# ("the Tuesday after next", "the tuesday after 3", "the Monday after Easter" say more).
_AFTER_ALONE = re.compile(
    r"(?:'s)? after(?: that)?\s*(?:$|[?.!,;]|instead\b|then\b|please\b|pls\b|maybe\b|if\b|works?\b|would\b|any good\b)"
)


def _following(norm: str, mention: DayMention, every_day: list[DayMention]) -> DayMention:
    """ "cancel Thursday's visit and rebook for the following Tuesday": a weekday said after another
    day, as the one following it, is the first such weekday after that day."""
    earlier = [d for d in every_day if d.end <= mention.start and d.day]
    if mention.rank != 2 or not earlier or not mention.day:
        return mention
    if not (
        _FOLLOWING_BEFORE.search(norm[max(0, mention.start - 14) : mention.start])
        or (
            norm[max(0, mention.start - 4) : mention.start] == "the "
            and _AFTER_ALONE.match(norm, mention.end)
        )
    ):
        return mention
    base = cast(date, earlier[-1].day)
    ahead = (mention.day.weekday() - base.weekday() - 1) % 7 + 1
    return replace(mention, day=base + timedelta(days=ahead))


_NEXT_SAID = re.compile(r"\bnext\b|\bprochaine?\b|\bpr[oó]xim[oa]\b|\bque vem\b|\bn[äa]chste[nr]?\b")
_CANCELLED_BEFORE = re.compile(r"\bcancel(?:l?ing)? (?:the|my|our)\s+$")
# "between Christmas and New Year", "between the 27th and the 30th": a stretch of days
_BETWEEN_DAYS = re.compile(
    r"\b(?:between|entre|zwischen) (?!\d{1,2}(?::\d\d)?\s*(?:[ap]m\s*)?(?:and|y|et|e|und|-)\s*\d{1,2}\b(?!st|nd|rd|th))"
    r"[^,.;!?]{2,40}? (?:and|y|et|e|und|&) [^,.;!?]{2,30}"
)
_THIS_TIME_TOMORROW = re.compile(
    r"\b(?:this|about this|around this) time tomorrow\b|\btomorrow,? (?:say |at |like )?(?:about |around )?this time\b"
)
# "same time", "a la misma hora", "même heure", "mesma hora", "gleiche Zeit": the window's start
_SAME_TIME = re.compile(
    r"\bsame time\b|\bsame day (?:and|&) time\b|\bsame slot\b|\b(?:this|that) time next week\b|\bmisma hora\b|\bm[êe]me heure\b|\bmesmo hor[áa]rio\b|\bmesma hora\b|"
    r"\b(?:gleiche|gleichen|selbe|selben) (?:zeit|uhrzeit)\b"
)
_END_OF_DAY = re.compile(
    r"\bend of (?:the )?day\b|\beod\b|\bfin de (?:la )?journ[ée]e\b|\bfinal del d[ií]a\b"
)


# "thurs or fri afternoon", "jueves o viernes", "mardi ou mercredi": two days offered as options.
# Between the two: the first option's own words, short and in one clause ("wed at 1:30pm or thu at
# 10", "tue at half 9 or wed", "jueves por la mañana o viernes", "Tues morning, or failing that Wed").
_OPTIONS_JOIN = re.compile(
    r"[^.;!?,]{0,30}?\s*,?\s*(?<!\w)(?:or|o|ou|oder)(?: maybe| even| else| failing that| if not)?\s+"
    r"(?:on\s+|el\s+|le\s+|the\s+|am\s+)?"
)


def _second_option(norm: str, days: list[DayMention], day: DayMention) -> bool:
    """Whether the day is offered only as the alternative to the one before it: the first option
    named is the one asked for."""
    return any(
        other.start < day.start and _OPTIONS_JOIN.fullmatch(norm[other.end : day.start]) for other in days
    )


# "between 2 and 3", "from 2 to 4", "2-4": a window asked for starts at its first clock.
_WINDOW_OPENS = re.compile(r"(?:between|from|btw|b/w|entre|zwischen)\s+(?:las?\s+)?$")
_WINDOW_JOIN = re.compile(r"\s*(?:and|to|-|till|til|until|y|et|e|und|a)\s*(?:las?\s+)?")


# "can he come after my shift ends at 3?", "I get off work at 4, can he come after that?", "I start at 1,
# could he come before then?": the customer's own commitment's time is the bound of the slot asked for when
# no other time is (issue 13, h14when). Near-misses: "can he come at 10? I start work at 1" asks for 10;
# "I start work at 1" alone asks for nothing.
_COMMITMENT_ENDS_BEFORE = re.compile(
    r"\b(?:after|once|when) (?:my|the|our|his|her) [\w' ]{1,25}? (?:ends?|finish(?:es)?|is over|gets? out|lets out)"
    r"(?: at| around| about)?\s*$"
)
_COMMITMENT_BEFORE = re.compile(
    r"\b(?:get|got|gets) off|\bfinish\w*|\boff work|\bends?\b|\bstart\w*|\bleave|\bpick ?-?up|\bschool|\bshift|"
    r"\bwork\b|\bmeeting|\bappointment"
)
_THAT_TIME_AFTER = re.compile(r"\b(?:after|before) (?:that|then)\b")


def _commitment_anchor(norm: str, clocks: list[Clock]) -> Clock | None:
    """The time of the customer's own commitment that bounds the slot asked for, when nothing else does."""
    for c in clocks:
        if c.arrival:
            continue
        before = norm[max(0, c.start - 40) : c.start]
        if _COMMITMENT_ENDS_BEFORE.search(before) or (
            _COMMITMENT_BEFORE.search(before[-30:]) and _THAT_TIME_AFTER.search(norm, c.end)
        ):
            return c
    return None


def _range_start(norm: str, clocks: list[Clock]) -> Clock | None:
    """The first clock of a window asked for ("can we do between 2 and 3" asks for 2), or None.
    An arrival takes a range's upper end instead (the contract); a request names when it may start."""
    if len(clocks) < 2:
        return None
    first, last = clocks[-2], clocks[-1]
    joined = _WINDOW_JOIN.fullmatch(norm[first.end : last.start])
    opened = _WINDOW_OPENS.search(norm[max(0, first.start - 12) : first.start])
    dashed = re.fullmatch(r"\s*-\s*", norm[first.end : last.start])  # "tmrw 2:30-4"
    # "could we do 2 to 4 on monday": a window asked for with no "between", unless a move names
    # the old hour and the new ("move it from 2 to 4", "push 2 to 4")
    spanned = re.fullmatch(
        r"\s*(?:to|till|til|until)\s*", norm[first.end : last.start]
    ) and not _MOVED_FROM.search(norm[max(0, first.start - 25) : first.start])
    # "like 2 or 2:30?", "10 or 10:30", "half 9 or 10": two clocks offered, the first is the one asked
    # for, as with two days offered (issue 13, h13time11)
    offered = re.fullmatch(r"\s*,?\s*(?:or|or maybe|or even|or else)\s*", norm[first.end : last.start])
    return first if (joined and (opened or dashed or spanned)) or offered else None


_MOVED_FROM = re.compile(r"\b(?:move|moved|push|pushed|change|changed|shift|switch|bump|from)\b[^.!?]*$")


def _request_start(norm: str, spans: dict[str, list[tuple[int, int]]]) -> int | None:
    """Where the first request in the text begins: a cue of a request intent, a question, an access note."""
    starts = [s for i in lx.REQUEST_INTENTS for s, _ in spans.get(i, [])]
    question = next((m for m in _CLAUSE.finditer(norm) if lx.QUESTION.search(m.group(0))), None)
    access = ACCESS_INFO.search(norm)
    starts += [m.start() for m in (question, access) if m]
    return min(starts, default=None)


def _own_lateness(norm: str, intents: set[str], *, sized: bool) -> bool:
    """Whether a lateness said without a subject is the customer's own news: said in the first
    person, with an apology, or plainly with its size or how to get in ("running about 20 min
    late, gate code is 4411"). A grievance ("running late AGAIN. Just perfect.") is not news."""
    if lx.FIRST_PERSON.search(norm) or lx.APOLOGY.search(norm):
        return True
    return "complaint" not in intents and (sized or "access_info" in intents)


def _settle_intents(
    intents: set[str],
    norm: str,
    outbound: str,
    request_start: int | None,
    reading: _Reading,
    *,
    sized_delay: bool = False,
) -> None:
    """Drop the intents another one in the same text contradicts: "thanks" after a request is
    courtesy (thanks before one is felt), "all good" before "cancel us" and a sarcastic "perfect"
    confirm nothing, a 4-5 rating is thanks despite a small grievance, a lateness the last text
    gave the technician or asked about is his unless it is the customer's own news (`sized_delay`:
    the text says how late), and a thumbs-up after "Luis has finished" thanks."""
    first_thanks = lx.THANKS_WORDS.search(norm)
    courtesy = first_thanks and request_start is not None and first_thanks.start() > request_start
    if "thanks" in intents and intents & lx.REQUEST_INTENTS and courtesy:
        intents.discard("thanks")
        reading.evidence.append("thanks closing a request is courtesy")
    if "confirm" in intents and intents & {"cancel", "opt_out", "wrong_number"}:
        intents.discard("confirm")
        reading.evidence.append("no confirmation beside a cancellation")
    if reading.rating is not None and reading.rating >= 4 and "complaint" in intents:
        intents.discard("complaint")  # "4 stars, would've been 5 but he was a bit late": a good rating
        reading.evidence.append("a good rating outweighs the grievance beside it")
    if (
        "confirm" in intents
        and intents & {"complaint", "reschedule", "where_is_tech"}
        and not lx.PLAIN_YES.search(norm)
    ):
        intents.discard("confirm")  # "oh perfect, running late AGAIN"; "after 6:30 would be perfect"
        reading.evidence.append("no confirmation inside a complaint or a new request")
    if (
        "running_late" in intents
        and lx.TECH_LATE.search(outbound)
        and not _own_lateness(norm, intents, sized=sized_delay)
    ):
        intents.discard("running_late")  # the last text said the technician is late: this answers it
        intents.add("complaint")
        reading.evidence.append("the lateness is the technician's, from the last text")
    if {"thanks", "complaint"} <= intents and re.search(r"\bbut\b", norm):
        intents.discard("thanks")  # "cheers for coming out but it's grinding again"
        reading.evidence.append("thanks before a 'but' leads into the grievance")
    if {"thanks", "complaint", "where_is_tech"} <= intents:
        # "took the morning off. nobody. brilliant": praise beside a no-show is sarcasm (issue 13, h13en8)
        intents.discard("thanks")
        reading.evidence.append("praise beside a no-show grievance is sarcasm")
    if (
        {"where_is_tech", "running_late"} <= intents
        and not lx.FIRST_PERSON.search(norm)
        and not lx.OWN_TRAVEL.search(norm)
    ):
        intents.discard("running_late")  # "whereabouts is he? traffic on the bridge is chocka"
        reading.evidence.append("the delay asked about is the technician's")
    status_update = lx.OUTBOUND_STATUS.search(outbound) and not lx.OUTBOUND_ASKS.search(outbound)
    if {"confirm", "thanks"} <= intents and lx.RATING_REQUEST.search(outbound):
        intents.discard("confirm")  # "todo perfecto, gracias" to "how would you rate the visit?": praise
        reading.evidence.append("nothing to confirm in an answer to a rating request")
    if {"confirm", "thanks"} <= intents and status_update:
        intents.discard("confirm")
        reading.evidence.append("nothing to confirm in a status update")
    # a reminder of the visit to come is there to be agreed to: "ok see you then" to it confirms
    if (
        intents == {"confirm"}
        and status_update
        and not lx.OUTBOUND_REMINDS.search(outbound)
        and not re.search(r"\bconfirm", norm)
    ):
        intents.clear()
        intents.add(
            "thanks"
        )  # "ok see you soon" to "Sam is on the way": an acknowledgement, as a bare "ok" is
        reading.evidence.append("nothing to confirm in a status update: the agreement acknowledges it")


def _sentiment(norm: str, intents: set[str], intent: str, rating: int | None, at_risk: bool) -> str:
    """Ratings, grievances and danger or loss at hand (`at_risk`: a business's stock spoiling, people
    in the cold) decide; else feeling words, where thanks closing a request is courtesy and a
    customer's apology for their own delay turns their annoyance on themselves."""
    if intents & {"emergency", "complaint"} or at_risk:
        return "negative"
    if rating is not None:
        return "positive" if rating >= 4 else "negative" if rating <= 2 else "neutral"
    negative = len(lx.NEGATIVE_WORDS.findall(norm)) + len(lx.SAD_WORDS.findall(norm))
    positive = len(lx.POSITIVE_WORDS.findall(norm))
    if intent in lx.THANKS_MEAN_FEELING:
        positive += len(lx.THANKS_WORDS.findall(norm))
    elif lx.THANKS_WORDS.match(norm):  # opening thanks is felt; thanks closing a request is courtesy
        positive += 1
    if lx.APOLOGY.search(norm):
        negative = positive = 0
    if negative > positive:
        return "negative"
    return "positive" if positive > negative else "neutral"


def _at_risk(norm: str) -> bool:
    """People in the cold or heat, or a business's stock or customers waiting on a failed cooler,
    heat or hot water: loss at hand that needs a person now, though not always an emergency."""
    return bool(lx.AT_RISK.search(norm) or lx.PROPERTY_AT_RISK.search(norm))


def _urgent(norm: str, intents: set[str], evidence: list[str], *, at_risk: bool, rated: bool) -> bool:
    """Danger, people or a business at risk, or an angry customer threatening to leave or
    cancelling. A cancellation only threatened ("you have 30 minutes or I'm cancelling") is the edge
    of leaving itself. A cancel said with an apology ("unfortunately we'll have to cancel, sorry") is
    not angry. In a reply to a rating request, a bare verdict ("1. never again", "1 star") judges a
    visit already over: a complaint, not a threat to act on now."""
    if "emergency" in intents or at_risk:
        return True
    if any(veto in line for line in evidence for veto in CANCEL_THREATENED):
        return True
    angry = "complaint" in intents or bool(lx.NEGATIVE_WORDS.search(norm) and not lx.APOLOGY.search(norm))
    threats = [m.group(0) for m in lx.CHURN_THREATS.finditer(norm)]
    if rated:
        threats = [t for t in threats if not lx.VERDICT_ONLY.fullmatch(t)]
    return angry and (bool(threats) or "cancel" in intents)


def interpret(text: str, context: MessageContext) -> Interpretation:
    """Read one customer SMS in its context; never raises on odd text."""
    tz = _zone(context.timezone)
    local = context.received_at.astimezone(tz)
    raw = clean(text)[:2000]
    reading = _Reading()
    after_opt_out = is_opt_out_notice(context.last_outbound)
    keyword = _keyword_with_courtesy(raw, after_opt_out)
    norm = normalise(raw)
    language = _language(norm, raw)
    offered_stop = lx.OFFERED_STOP.search(context.last_outbound or "")
    if not keyword and offered_stop and keyword_form(raw) == offered_stop.group(1).casefold():
        keyword = "opt_out"  # "Responda BAJA para no recibir más SMS" -> "BAJA"
    if keyword:
        reading.add(keyword, f"keyword '{raw.strip()}'")
        return Interpretation(keyword, (keyword,), language=language, evidence=tuple(reading.evidence))

    tapback = lx.TAPBACK.match(raw.strip().lower())
    if tapback:
        label = {"liked": "thanks", "loved": "thanks", "disliked": "complaint", "questioned": "question"}
        intent = label.get(tapback.group(1), "other")
        if intent == "thanks" and lx.OUTBOUND_ASKS_TO_AGREE.search(_liked_text(raw, context.last_outbound)):
            intent = "confirm"  # as a 👍 to a reminder: the like agrees to the time it asked about
        reading.add(intent, f"reaction '{tapback.group(1)}'")
        sentiment = {"thanks": "positive", "confirm": "positive", "complaint": "negative"}.get(
            intent, "neutral"
        )
        return Interpretation(
            intent, (intent,), sentiment=sentiment, language=language, evidence=tuple(reading.evidence)
        )

    rest = _short_reply(raw, norm, context, reading)
    rest_norm = normalise(rest) if rest != raw else norm
    stop = lx.STOP_REQUESTS.search(rest_norm)
    if stop and lx.TIMED_STOP.search(rest_norm[stop.end() :]):
        stop = None  # "stop texting me so early, 7am is fine": another hour asked, not the texts ended
    if stop:
        reading.add("opt_out", f"stop request '{stop.group(0)}'")
    elif start := lx.OPT_IN_REQUESTS.search(rest_norm):
        reading.add("opt_in", f"request to be texted again '{start.group(0)}'")
    spans = _match_cues(rest_norm, reading)
    limits = _limits(rest_norm)
    if limits:
        # a day named beside the limit ("would 7:30 tomorrow be too early? I leave for work at 8:15")
        # may still ask to move the visit: the learned voice may lead there (`voices`)
        day_named = any(
            not d.rejected
            for d in find_days(rest_norm, local.date(), None, day_first=_day_first(context.timezone))
        )
        for cue_id in dict.fromkeys(cue_id for _, _, cue_id in limits):
            reading.evidence.append(
                f"{LIMIT_EVIDENCE} cue {cue_id} {LIMIT_WITH_A_DAY if day_named else ''}".rstrip() + " "
            )
    hazard = find_hazard(rest_norm)  # a hazard happening now at this home (cues/emergency.py)
    score = _rates_the_visit_well(raw, context) if hazard else 0
    if score:
        # "5, the burning smell is gone, thanks": the hazard a top rating names is the one the visit fixed
        reading.add("thanks", f"a rating of {score} naming the hazard the visit fixed")
        hazard = None
    elif hazard and all(laughed_off(rest_norm, hit.start, hit.end) for hit in hazard.hits):
        reading.evidence.append(f"a hazard laughed about, no help asked: '{hazard.hits[0].text}'")
        hazard = None
    if hazard:
        spans["emergency"] = [(hit.start, hit.end) for hit in hazard.hits]
        reading.add(
            "emergency", f"hazard {hazard.kind}, cue {', '.join(hazard.cue_ids)} '{hazard.hits[0].text}'"
        )
        if all(cue_id.startswith(NET_PREFIX) for cue_id in hazard.cue_ids):
            reading.evidence.append(f"{HAZARD_COMPOSED}: '{hazard.hits[0].text}'")
        if all(_asks(_phrase_at(rest_norm, hit.start)) for hit in hazard.hits):
            # "is the CO alarm going off normal after he services it?": urgent, but a person decides
            reading.evidence.append(
                f"{HAZARD_ASKED}: '{_phrase_at(rest_norm, hazard.hits[0].start).strip()}'"
            )
    appointment = context.window_start.astimezone(tz).date() if context.window_start else None
    _asks_for_slot(
        rest_norm,
        local,
        appointment,
        context.last_outbound or "",
        reading,
        day_first=_day_first(context.timezone),
        upcoming=context.job_status in ("scheduled", "confirmed"),
        window_said=lambda clock: _names_the_window(clock, context, local),
    )
    spans.setdefault("reschedule", [(0, len(rest_norm))] if "reschedule" in reading.intents else [])
    _questions(rest_norm, spans, reading, local.date())

    clocks = find_clocks(rest_norm)
    durations = find_durations(rest_norm)
    arrival_clocks = [c for c in clocks if c.arrival]
    if "running_late" not in reading.intents and (arrival_clocks or durations):
        # The customer's own ETA: not someone else's, not hypothetical, not asked about, not negated.
        eta = next(
            (
                m
                for m in lx.ETA_PHRASES.finditer(rest_norm)
                if not (
                    lx.SOMEONE_ELSE_BEFORE.search(rest_norm[: m.start()])
                    or lx.IF_BEFORE.search(rest_norm[: m.start()])
                    or lx.MUST_I_BE_BEFORE.search(rest_norm[: m.start()])
                    or _negated(rest_norm, m.start())
                    or _limited(rest_norm, m.start(), limits)
                )
            ),
            None,
        )
        if eta and lx.LATENESS_DENIED.search(rest_norm):
            eta = None  # "I won't be late, see you at 1": the slot kept, no ETA (issue 13, h13en6b)
        settled = reading.intents & {"cancel", "reschedule", "emergency", "opt_out", "wrong_number"}
        # A grievance about the business's lateness names durations; only a clock is the customer's ETA.
        # A heads-up asked for ("she can text when she's 10 out") times no ETA of the customer's ("we'll be
        # here") (h14 review).
        heads_up_only = durations and all(
            lx.HEADS_UP_ASKED_BEFORE.search(rest_norm[: d.start]) for d in durations
        )
        timed = arrival_clocks or ("complaint" not in reading.intents and not heads_up_only)
        answers_eta = lx.OUTBOUND_ASKS_ETA.search(context.last_outbound or "") and not settled
        # An emergency said from away ("pipe burst, I'm 15 min away") still says when they will be there.
        distance_in_emergency = (
            settled == {"emergency"}
            and durations
            # a lateness ("voy 20 minutos tarde, pero el agua ya está subiendo") is their own arrival too
            and durations[-1].kind in ("distance", "lateness")
            # minutes said as such, or "away": "it's minus 18 out" is the weather, no distance
            and (
                _IN_MINUTES.search(durations[-1].text)
                or _AWAY_AFTER.match(rest_norm[durations[-1].end :])
                or _OWN_ARRIVAL_BEFORE.search(rest_norm[: durations[-1].start])
            )
            and not lx.SOMEONE_ELSE_BEFORE.search(rest_norm[: durations[-1].start])
            and not lx.ASKS_ABOUT_TIME.search(_clause_at(rest_norm, durations[-1].start))
            # "the furnace went quiet about an hour ago": when the hazard began, no distance (h13net13)
            and not _AGO_AFTER.match(rest_norm[durations[-1].end :])
            # a bare "be there in 20" said before the window opens and ending before it is no lateness
            and not (
                durations[-1].kind == "distance"
                and not _IN_MINUTES.search(durations[-1].text)
                and not _AWAY_AFTER.match(rest_norm[durations[-1].end :])
                and context.window_start is not None
                and context.received_at + timedelta(minutes=durations[-1].minutes) <= context.window_start
            )
        )
        if eta and timed and not settled:
            reading.add("running_late", f"'{eta.group(0)}' with a time")
        elif distance_in_emergency:
            reading.add("running_late", f"their own distance '{durations[-1].text}' beside an emergency")
        elif answers_eta:
            reading.add("running_late", "a time answering 'when will you be there?'")
        elif (
            len(arrival_clocks) == 1
            and not settled
            and context.job_status != "completed"
            and lx.BARE_TIME_WITH_APOLOGY.fullmatch(_time_replaced(rest_norm, arrival_clocks[0]))
        ):
            reading.add("running_late", f"time '{arrival_clocks[0].text}' said alone as their arrival")
        elif (
            durations
            and (
                not reading.intents - {"thanks", "confirm", "access_info", "question"}
                # "where's he at? I'm gonna be 10 min": their own wait beside the where-is-he
                or (
                    not reading.intents - {"thanks", "confirm", "access_info", "question", "where_is_tech"}
                    and lx.OWN_WAIT_BEFORE.search(rest_norm[: durations[-1].start])
                )
            )
            and not lx.SOMEONE_ELSE_BEFORE.search(rest_norm[: durations[-1].start])
            and not lx.HEADS_UP_ASKED_BEFORE.search(rest_norm[: durations[-1].start])
            and not lx.WAIT_ACCEPTED_AFTER.match(rest_norm, durations[-1].end)
            and not _limited(rest_norm, durations[-1].start, limits)
            and (
                not lx.ASKS_ABOUT_TIME.search(_clause_at(rest_norm, durations[-1].start))
                or lx.SELF_BEFORE.search(rest_norm[: durations[-1].start])  # "can you tell him I'm 10 out?"
            )
        ):
            reading.add("running_late", f"wait '{durations[-1].text}'")
    if "emergency" in reading.intents and lx.WORK_BY_US.search(rest_norm):
        reading.add("complaint", "trouble with work the business did")

    note = access_note(rest, rest_norm) if rest.strip() else None
    if note and "wrong_number" in reading.intents and lx.NOT_OUR_CUSTOMER.search(rest_norm):
        note = None  # "I don't have a garage door, you've got the wrong house": no way in to remember
    if note:
        reading.add("access_info", f"access '{note[:40]}'")

    if (
        context.job_status == "on_site"
        and "where_is_tech" in reading.intents
        and _HOW_LONG_NOW.match(rest_norm)
    ):
        # "how much longer?" with the technician at work there asks how long the job takes
        reading.intents.discard("where_is_tech")
        reading.add("question", "how long, with the technician on site: the work's length")
    if "confirm" in reading.intents and _thanks_not_agreement(reading, context):
        reading.intents.discard("confirm")
        reading.add("thanks", "a like or an okay that agrees to nothing asked: it thanks")
    if context.job_status == "completed" and "running_late" in reading.intents:
        reading.intents.discard("running_late")  # the visit is over: a lateness named is the technician's
        # ... when a lateness is named: "he was here about 3 i think so probably fine" only guesses a time
        # (issue 13, h13en6a)
        if lx.TECH_LATE.search(rest_norm) or not _HEDGED_TIME_ONLY.search(rest_norm):
            reading.add("complaint", "lateness after the visit")
    if (
        context.job_status == "completed"
        and "cancel" in reading.intents
        and spans.get("cancel")
        and all(
            _FAULT_GONE.search(rest_norm[a:b]) and not _VISIT_CALLED_OFF.search(rest_norm[a:b])
            for a, b in spans["cancel"]
        )
    ):
        # "we're all set, thanks again", "he had a look and fixed it, thanks!" after the visit: the fault
        # gone is the visit's good news, nothing left to cancel (h13en6b)
        reading.intents.discard("cancel")
        reading.add("thanks", "the fault gone, said after the visit")
    if (
        "reschedule" in reading.intents
        and any(CORRECTION_CUE_ID in e for e in reading.evidence)
        and context.job_status in ("scheduled", "confirmed", "en_route", "on_site")
        and _ARRIVAL_ECHOED.search(normalise(context.last_outbound or ""))
        and not find_days(rest_norm, local.date(), None)
    ):
        # "sorry I meant 10:30 not 10:15" after "Luis will meet you at 10:15": the customer's own arrival
        # corrected, a lateness with its new time (issue 13, h13left14)
        reading.intents.discard("reschedule")
        reading.add("running_late", "a correction of the arrival time the business repeated back")
    arrival_at = requested_date = requested_clock = part = None
    day_words = [
        d
        for d in find_days(rest_norm, local.date(), None, small_hours=in_the_small_hours(local))
        if not d.rejected and d.rank == 1
    ]
    # In a reschedule, a time is the slot asked for, not an arrival.
    if "running_late" in reading.intents and "reschedule" not in reading.intents:
        day = day_words[-1].day if day_words else None
        arrival_at, why = _arrival(clocks, durations, context, local, day, rest_norm)
        if why:
            reading.evidence.append(why)
    if "reschedule" in reading.intents and reading.slot is None:
        requested_date, requested_clock, part = _requested(rest_norm, clocks, context, local, reading)
    requested_time = None
    if requested_clock is not None:
        requested_time = clock_on_or_after(requested_clock, local, requested_date).time()
    if reading.slot is not None:
        requested_date, requested_time = reading.slot  # the offered slot taken (`_takes_offered_slot`)
        part = reading.slot_part
    if (
        "reschedule" in reading.intents
        and requested_date is not None
        and requested_date == appointment
        and requested_time is None
        and part is None
        and context.job_status in ("scheduled", "confirmed")
        and "?" not in rest_norm  # "does the 15th work?" asks, and a person answers
        and not lx.A_CHANGE_ASKED.search(rest_norm)
    ):
        # "kal aa jana", "ok come tomorrow then" the evening before a visit booked for tomorrow: the day
        # asked for is the visit's own day, with no other time and no word of change, so it agrees to
        # the visit (issue 13, lead11b). "can we move it to tmrw", "could he come earlier" still ask.
        reading.intents.discard("reschedule")
        reading.add("confirm", "the day asked for is the visit's own day, with nothing changed")
        requested_date = None

    if {"reschedule", "running_late"} <= reading.intents and arrival_at is None:
        reading.intents.discard("running_late")  # "stuck in Calgary until Wednesday, could he come Thursday?"
    intents = reading.intents or {"other"}
    if len(intents) > 1:
        intents.discard("other")
    _settle_intents(
        intents,
        rest_norm,
        context.last_outbound or "",
        _request_start(rest_norm, spans),
        reading,
        sized_delay=arrival_at is not None,
    )
    if "running_late" not in intents:
        arrival_at = None  # the lateness was settled as someone else's ("is he going to be here before 4?")
    ordered = tuple(sorted(intents, key=INTENT_PRIORITY.index))
    rating = (
        _RATING.match(keyword_form(raw)) if any(e.startswith("rating") for e in reading.evidence) else None
    )
    at_risk = _at_risk(rest_norm)
    urgent = _urgent(rest_norm, intents, reading.evidence, at_risk=at_risk, rated=rating is not None)
    sentiment = _sentiment(norm, intents, ordered[0], int(rating.group(1)) if rating else None, at_risk)
    return Interpretation(
        intent=ordered[0],
        intents=ordered,
        arrival_at=arrival_at,
        requested_date=requested_date,
        requested_time=requested_time,
        requested_part_of_day=part,
        urgent=urgent,
        sentiment=sentiment,
        access_note=note,
        language=language,
        evidence=tuple(reading.evidence),
        hazard=hazard.kind if hazard and "emergency" in intents else None,
    )


def with_times(text: str, context: MessageContext, led: Interpretation) -> Interpretation:
    """`led` with the time fields its intent carries, read from the text as the rules read them for
    it: for a reading the learned voice leads to ("could do 3pm on the 23rd", no request cue of the
    rules'), the day and time asked for, or the customer's arrival."""
    tz = _zone(context.timezone)
    local = context.received_at.astimezone(tz)
    norm = normalise(clean(text)[:2000])
    clocks = find_clocks(norm)
    reading = _Reading()
    if led.intent == "reschedule":
        day, clock, part = _requested(norm, clocks, context, local, reading)
        at = clock_on_or_after(clock, local, day).time() if clock is not None else None
        led = replace(led, requested_date=day, requested_time=at, requested_part_of_day=part)
    elif led.intent == "running_late":
        day_words = [
            d
            for d in find_days(norm, local.date(), None, small_hours=in_the_small_hours(local))
            if not d.rejected and d.rank == 1
        ]
        day = day_words[-1].day if day_words else None
        arrival_at, why = _arrival(clocks, find_durations(norm), context, local, day, norm)
        reading.evidence.append(why)
        led = replace(led, arrival_at=arrival_at)
    said = tuple(f"times for the learned voice's {led.intent}: {why}" for why in reading.evidence if why)
    return replace(led, evidence=led.evidence + said)
