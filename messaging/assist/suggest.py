"""Help a technician answer a customer's text: reply options, work to start now, heads-up notes.

Pure Python, no Django, so it can be tested alone; a Django adapter builds `JobFacts` from a Job.
Replies follow listen, validate, solve: they name what the customer is going through, then say what
happens next with the real times (in the site's zone) and first names. The words live in
`assist_phrases`; this module only decides which of them fit the situation.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from string import Formatter
from typing import Any
from zoneinfo import ZoneInfo

from messaging.assist import phrases
from messaging.hazards import hazard, safety_advice
from messaging.interpret.core import LIMIT_EVIDENCE
from messaging.interpret.intent import Intent
from messaging.interpret.types import Interpretation

# When a late customer gives no time, the technician plans on this wait before they arrive.
DEFAULT_WAIT = timedelta(minutes=20)
# A scheduled technician this close to the window (or their ETA) counts as about to be on site.
ABOUT_TO_ARRIVE = timedelta(minutes=30)
# Work started before the customer comes may run this far past their arrival.
START_SLACK = timedelta(minutes=10)
MAX_REPLY_CHARS = 320  # two SMS segments
MAX_REPLIES = 4
# Two replies sharing this share of their words offer the same thing and are not both kept.
MAX_SIMILARITY = 0.7


@dataclass(frozen=True)
class TaskFacts:
    """One checklist item. `kind` ("exterior", "prep", "work", "paperwork") is guessed from the name
    when not given; it orders the work a technician can start while waiting."""

    name: str
    minutes: int
    needs_customer: bool
    done: bool = False
    kind: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "minutes": self.minutes}


@dataclass(frozen=True)
class JobFacts:
    """What assist needs to know about a job. Datetimes are aware; `tasks` are in checklist order."""

    customer_name: str
    technician_name: str
    timezone: str
    window_start: datetime | None = None
    window_end: datetime | None = None
    job_status: str = "scheduled"
    trade: str = ""
    summary: str = ""
    tasks: tuple[TaskFacts, ...] = ()
    technician_eta: datetime | None = None
    language: str = "en"  # the customer's preferred language
    site_notes: tuple[str, ...] = ()  # access and pet notes kept on the site
    next_job_window_start: datetime | None = None  # the technician's next job, if any
    travel_minutes: int = 30  # allowance to get to the next job
    workday_start: time = time(8)
    workday_end: time = time(18)
    # The business settings' working days (Monday is 0) and the local days with jobs booked around
    # today: any collection, so the Django adapter can defer reading them until a reply asks.
    work_days: Collection[int] = (0, 1, 2, 3, 4, 5)
    booked_days: Collection[date] = frozenset()

    def works_on(self, day: date) -> bool:
        """Whether the business goes out on `day`: one of its working days, or a weekday it has jobs
        booked on. The diary outranks the settings, so a reply never turns down a kind of day the
        customer can see being worked (their own visit, a slot already confirmed)."""
        booked = {d.weekday() for d in self.booked_days}
        if self.window_start:
            booked.add(self.window_start.astimezone(ZoneInfo(self.timezone)).weekday())
        return day.weekday() in self.work_days or day.weekday() in booked


@dataclass(frozen=True)
class Reply:
    label: str
    text: str
    # What sending it also does: "cancel" cancels the visit (through the services) as the text
    # says it is. A page that cannot do the action (the dispatcher's fill buttons) leaves it out.
    action: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "text": self.text} | ({"action": self.action} if self.action else {})


@dataclass(frozen=True)
class Note:
    """One heads-up line, with what it is about, so a page that already shows the customer's
    arrival time or access detail in its own place can leave that note out.

    Kinds: "safety", "consent", "urgent", "upset", "arrival", "next_job", "access"."""

    kind: str
    text: str


@dataclass(frozen=True)
class Assist:
    replies: tuple[Reply, ...]
    start_now: tuple[TaskFacts, ...]
    notes: tuple[Note, ...]

    @property
    def heads_up(self) -> tuple[str, ...]:
        """The contract's heads-up: every note's words, most important first."""
        return tuple(note.text for note in self.notes)

    def to_dict(self) -> dict[str, Any]:
        """The contract's `replies`, `start_now` and `heads_up`."""
        return {
            "replies": [r.to_dict() for r in self.replies],
            "start_now": [t.to_dict() for t in self.start_now],
            "heads_up": list(self.heads_up),
        }


def assist(facts: JobFacts, interpretation: Interpretation, now: datetime, *, message: str = "") -> Assist:
    """Reply options (none after an opt-out), tasks to start now and heads-up notes for one text.

    `message` is the customer's text: its cue words (traffic, a refund) let the replies name the
    customer's situation; everything else, the hazard of an emergency included, comes from
    `interpretation` and `facts`. A reading the interpreter is not sure of gets one option per
    likely reading (see `_fit_every_reading`).
    """
    if now.tzinfo is None:
        raise ValueError("assist needs an aware `now`")
    interpretation = _cancelled_for_good(
        _grievance_heard(
            _lateness_owned(_waiting_not_late(interpretation, message, facts), message), message
        ),
        message,
    )
    interpretation = _wait_asked(_still_coming(interpretation, message, facts), message)
    customer = address_name(facts.customer_name)
    on_behalf = bool(customer) and texting_for_customer(message, interpretation)
    if on_behalf:
        facts = replace(facts, customer_name="")  # the person texting is not the one on the job
    view = _View(facts, interpretation, now, message, grave=_grave(interpretation))
    if interpretation.intent == Intent.OPT_OUT:
        replies: tuple[Reply, ...] = ()
    elif interpretation.sure:
        replies = _replies(view)
    else:
        replies = _fit_every_reading(view)
    replies = _access_acknowledged(view, replies)
    replies = _openings_varied(replies, address_name(facts.customer_name))
    if replies and view.lang in phrases.SHORT_BOOKS:
        replies = _with_english(replies, facts, interpretation, now, message)
    if on_behalf:
        replies = _thanked_for_texting_for(replies, customer, view.lang)
    return Assist(replies=replies, start_now=view.start_now, notes=_heads_up(view))


# A reply's first sentence: up to the first full stop, question or exclamation mark, as each script
# writes them (Bengali's and Punjabi's danda "।", Amharic's "።", the Arabic script's "؟": issue 13,
# h13phrase11, "সত্যিই দুঃখিত, Dana।" opened two options).
_FIRST_SENTENCE = re.compile(r"^(.+?[.!?。！？।።؟۔])(?:\s+|(?=\S))(.+)$", re.S)
# An opening is this many of the first sentence's words (or, written without spaces, characters).
OPENING_WORDS = 3
OPENING_CHARS = 4
# A reply whose repeated opening is dropped keeps at least this much to say.
MIN_REST_CHARS = 15


def _opening(sentence: str, first: str) -> str:
    """The words a sentence opens with, without the customer's name: "I'm so sorry, Tom." and
    "I'm so sorry, Tom. That isn't..." open alike; "Kim님, 정말..." and "Kim님, 다른 날..." do not."""
    plain = sentence.replace(first, " ") if first else sentence
    words = re.findall(r"\w+", plain.lower())
    if len(words) == 1 or (words and len(words[0]) > 12):  # written without spaces (Chinese, Japanese)
        return "".join(words)[:OPENING_CHARS]
    return " ".join(words[:OPENING_WORDS])


def _openings_varied(replies: tuple[Reply, ...], first: str) -> tuple[Reply, ...]:
    """The card with no two options opening alike (issue 13, h13assist9): read aloud, "Je suis
    vraiment désolé, M. Martin." opening two options, or "Of course, Greg!" then "Of course, Greg,
    happy to reschedule!", sounds canned. A later option whose first sentence opens as an earlier
    one's does loses that sentence when what is left still says something; the first option keeps
    its opening (the apology or thanks the card leads with)."""
    seen: set[str] = set()
    varied: list[Reply] = []
    # The name is kept out of the split: "M. Martin" has a full stop that ends no sentence.
    mask = "\x00"
    for reply in replies:
        split = _FIRST_SENTENCE.match(reply.text.replace(first, mask) if first else reply.text)
        opening = _opening(split[1], mask) if split else ""
        if split and opening in seen and len(split[2]) >= MIN_REST_CHARS:
            rest = split[2].replace(mask, first)
            reply = replace(reply, text=rest[:1].upper() + rest[1:])
        elif opening:
            seen.add(opening)
        varied.append(reply)
    return tuple(varied)


_DEVANAGARI = re.compile(r"[\u0900-\u097f]")


def _reply_language(read: str, preferred: str, message: str = "") -> str:
    """The language the replies are written in: the text's own when there is a phrasebook for it,
    else the customer's preferred one when there is, else English.

    A short text that mixes in English words ("ok voy tarde, 10 min") may be read as English; with
    two Spanish words of its own (`phrases.SPANISH_WORDS`) it is answered in Spanish, as it was
    written."""
    if read == "hi" and message and not _DEVANAGARI.search(message):
        # Hindi or Urdu typed in Latin letters is answered in Latin letters (issue 13, h13phrase12)
        return "hi-Latn"
    if read in phrases.REPLIES and read != "en":
        return read
    if read in {"en", ""} and len(set(re.findall(phrases.SPANISH_WORDS, message.lower()))) >= 2:
        return "es"
    return preferred if preferred in phrases.REPLIES else "en"


def _with_english(
    replies: tuple[Reply, ...], facts: JobFacts, interpretation: Interpretation, now: datetime, message: str
) -> tuple[Reply, ...]:
    """The options in a short phrasebook's language, with the best English option last.

    A short text's language is read from a few words ("ok merci" may be English), the short books
    say less than the English one (no day names, no topic of a complaint), and the technician may
    not read the language: the English option is there to check the others against, or to send.
    """
    in_english = _View(
        replace(facts, language="en"),
        replace(interpretation, language="en"),
        now,
        message,
        grave=_grave(interpretation),
        english=True,
    )
    english = _access_acknowledged(
        in_english, _replies(in_english) if interpretation.sure else _fit_every_reading(in_english)
    )
    if not english:
        return replies
    # Work started now changes the visit most: when an option offers it, the English one does too.
    starting = [r for r in english if _starts_work(r)] if any(map(_starts_work, replies)) else []
    best = (starting or list(english))[0]
    return (*replies[: MAX_REPLIES - 1], Reply(f"In English: {best.label}", best.text, best.action))


# The replies that start work while the customer is away, known by their labels.
START_KEYS = ("late_start_here", "late_start_coming", "resched_start_here")


def _starts_work(reply: Reply) -> bool:
    return any(reply.label.endswith(phrases.REPLIES["en"][key][0]) for key in START_KEYS)


def _waiting_not_late(interpretation: Interpretation, message: str, facts: JobFacts) -> Interpretation:
    """The reading without a lateness only the learned voice guessed beside a grievance the rules
    read while the technician has not come yet (issue 13, h13assist9).

    "Se ele não chegar em meia hora vou chamar outra empresa", "Basta, aspetto da stamattina" and
    "他の業者に頼みます" are a customer kept waiting, at the edge of leaving; the learned voice hears
    the waiting as the customer's own lateness, and an option "Thanks for letting me know, I'll start
    when I get there" beside the apology contradicts it. A lateness the rules read, the customer's
    own words for it (`phrases.CUSTOMER_LATE`), or one guessed with the technician on site (where the
    customer may well be the one away), stays, unless the customer says they are the one waiting
    (`phrases.CUSTOMER_WAITING`: "where'd he go, about done waiting")."""
    i = interpretation
    waiting = bool(re.search(phrases.CUSTOMER_WAITING, message, re.I))
    if (
        (facts.job_status not in {"scheduled", "en_route"} and not waiting)
        or i.intent != Intent.COMPLAINT
        or Intent.RUNNING_LATE not in i.alternatives
        or Intent.RUNNING_LATE in i.intents
        or re.search(phrases.CUSTOMER_LATE, message, re.I)
    ):
        return i
    alternatives = tuple(x for x in i.alternatives if x != Intent.RUNNING_LATE)
    return replace(i, alternatives=alternatives, arrival_at=None)


def _lateness_owned(interpretation: Interpretation, message: str) -> Interpretation:
    """The reading with a grievance about the technician's own lateness read as one.

    "Your tech got here two hours late" names a lateness and an arrival, but neither is the
    customer's: answered as the customer running late it would get "I'll start outside while I
    wait". Its late and arrived readings are dropped (with the arrival time they gave), and the
    complaint it is stands in for them; a question beside it ("where is he?") keeps its own reading.
    """
    if not re.search(phrases.TECHNICIAN_LATE, message, re.I) or re.search(
        phrases.CUSTOMER_LATE, message, re.I
    ):
        return interpretation
    not_theirs = {Intent.RUNNING_LATE, Intent.CUSTOMER_ARRIVED}
    i = interpretation
    if not not_theirs & {*i.intents, *i.alternatives, i.intent}:
        return i
    intents = tuple(dict.fromkeys(x for x in (*i.intents, Intent.COMPLAINT) if x not in not_theirs))
    alternatives = tuple(x for x in i.alternatives if x not in not_theirs and x not in intents)
    intent = i.intent if i.intent not in not_theirs else next(iter(intents))
    sentiment = "negative" if i.sentiment != "positive" else i.sentiment
    return replace(
        i,
        intent=intent,
        intents=(intent, *(x for x in intents if x != intent)),
        alternatives=alternatives,
        arrival_at=None,
        sentiment=sentiment,
        # When the doubt was only whether the lateness was the customer's, none is left: the
        # grievance gets its apology, not "do you mean you're unhappy?".
        sure=i.sure or (intents == (Intent.COMPLAINT,) and not alternatives),
    )


def _grievance_heard(interpretation: Interpretation, message: str) -> Interpretation:
    """The reading with sarcasm or a backhanded thanks read as the grievance it is.

    "great, finally! took you long enough lol" and "thanks for nothing" are warm words round a
    complaint (`phrases.GRIEVANCE` has the markers, with near misses such as "finally fixed, thank
    you!"). Read as thanks they get "You're welcome" first. Their thanks reading is dropped (thanks
    said that way is no thanks), the complaint leads, and the text is negative, so nothing offered
    is cheerful; other readings stay as options ("ok but he better actually show this time" still
    confirms). When nothing but the complaint (or "other") is left there is nothing to ask: it is
    answered as one.
    """
    if not re.search(phrases.GRIEVANCE, message, re.I):
        return interpretation
    i = interpretation
    warm = {Intent.THANKS}
    kept = [x for x in dict.fromkeys([i.intent, *i.alternatives, *i.intents]) if x not in warm]
    if i.intent not in {*warm, Intent.CONFIRM, Intent.OTHER, Intent.COMPLAINT}:
        return replace(i, sentiment="negative")  # a cancellation or a question keeps its own reading
    others = [x for x in kept if x not in {Intent.COMPLAINT, Intent.OTHER}]
    return replace(
        i,
        intent=Intent.COMPLAINT,
        intents=(Intent.COMPLAINT, *(x for x in i.intents if x not in warm and x != Intent.COMPLAINT)),
        alternatives=tuple(others),
        sentiment="negative",
        sure=i.sure or not others,
    )


def _cancelled_for_good(interpretation: Interpretation, message: str) -> Interpretation:
    """The reading with a reschedule dropped when the cancellation's reason rules out a new date.

    "We're moving next week so cancel Thursday" may also read as a reschedule to Thursday; offered
    "happy to reschedule, let me check Thursday" the customer would hear nobody listened. With a
    cancel among the readings and a reason in `phrases.CANCEL_FOR_GOOD`, the cancel leads and
    moving the visit is no longer a reading.
    """
    i = interpretation
    readings = {i.intent, *i.alternatives, *i.intents}
    if Intent.CANCEL not in readings or not re.search(phrases.CANCEL_FOR_GOOD, message, re.I):
        return i
    intent = Intent.CANCEL if i.intent in {Intent.RESCHEDULE, Intent.CANCEL} else i.intent
    intents = tuple(dict.fromkeys(x for x in (intent, *i.intents) if x != Intent.RESCHEDULE))
    alternatives = tuple(x for x in i.alternatives if x not in {Intent.RESCHEDULE, *intents})
    return replace(
        i,
        intent=intent,
        intents=intents,
        alternatives=alternatives,
        requested_date=None,
        requested_time=None,
        requested_part_of_day=None,
        sure=i.sure or (intents == (Intent.CANCEL,) and not alternatives),
    )


# Readings that a customer still on their way may also mean: a late reading is added beside them.
MAY_BE_ON_THE_WAY = frozenset(
    {
        Intent.CUSTOMER_ARRIVED,
        Intent.QUESTION,
        Intent.WHERE_IS_TECH,
        Intent.OTHER,
        Intent.CONFIRM,
        Intent.THANKS,
        Intent.ACCESS_INFO,
    }
)


def _still_coming(interpretation: Interpretation, message: str, facts: JobFacts) -> Interpretation:
    """The reading with being late among its likely readings when the technician is on site and
    the text says the customer is still on their way.

    "Is he there? I'm coming from work", "oh shoot, I forgot. coming now", "Sắp tới rồi" may be
    read as the customer home, a question or where is he; with the technician waiting at the door
    they are a late customer too, and an option that starts the work needing nobody fits them.
    Said outright (`phrases.ON_THE_ROAD`: "on my way home now", "just left the gym"), home now is
    no reading: being late leads in its place. Said as "coming now" (`phrases.COMING_NOW`), which
    may be said inside the house, late is added beside home, and the reading is one to ask about.
    Said at the door (`phrases.AT_THE_DOOR`), nothing changes.
    """
    i = interpretation
    readings = {i.intent, *i.intents, *i.alternatives}
    if (
        facts.job_status != "on_site"
        or i.intent not in MAY_BE_ON_THE_WAY | {Intent.RUNNING_LATE}
        or re.search(phrases.AT_THE_DOOR, message, re.I)
    ):
        return i
    if re.search(phrases.ON_THE_ROAD, message, re.I):
        # Neither "I'm coming to the door" nor, beside another reading, "I'm heading your way"
        # (where is he, asked of a technician on site: the wrong address) fits a customer on the road.
        home = Intent.CUSTOMER_ARRIVED
        gone = {home} if i.intent == Intent.WHERE_IS_TECH else {home, Intent.WHERE_IS_TECH}
        intent = Intent.RUNNING_LATE if i.intent == home else i.intent
        intents = tuple(dict.fromkeys(x for x in (intent, *i.intents) if x not in gone))
        late = () if Intent.RUNNING_LATE in intents else (Intent.RUNNING_LATE,)
        alternatives = tuple(dict.fromkeys(x for x in (*late, *i.alternatives) if x not in {*gone, *intents}))
        if (intent, intents, alternatives) == (i.intent, i.intents, i.alternatives):
            return i
        sure = i.sure or (intent == Intent.RUNNING_LATE and not alternatives)
        return replace(i, intent=intent, intents=intents, alternatives=alternatives, sure=sure)
    if Intent.RUNNING_LATE in readings or not re.search(phrases.COMING_NOW, message, re.I):
        return i
    return replace(i, alternatives=(Intent.RUNNING_LATE, *i.alternatives), sure=False)


def _wait_asked(interpretation: Interpretation, message: str) -> Interpretation:
    """The reading without its question when a late customer's question asks the technician to
    wait or start ("can you hang on a bit? almost done at the dentist", "¿me puede esperar?"): the
    late replies answer it (`phrases.WAIT_QUESTION`). With nothing else left to ask, the reading is
    answered as a late one."""
    i = interpretation
    readings = [i.intent, *i.alternatives, *i.intents]
    if Intent.RUNNING_LATE not in readings or Intent.QUESTION not in readings:
        return i
    if not re.search(phrases.WAIT_QUESTION, message, re.I):
        return i
    intent = Intent.RUNNING_LATE if i.intent == Intent.QUESTION else i.intent
    intents = tuple(dict.fromkeys(x for x in (intent, *i.intents) if x != Intent.QUESTION))
    alternatives = tuple(dict.fromkeys(x for x in i.alternatives if x not in {Intent.QUESTION, *intents}))
    return replace(
        i,
        intent=intent,
        intents=intents,
        alternatives=alternatives,
        sure=i.sure or (intents == (Intent.RUNNING_LATE,) and not alternatives),
    )


# --- when the interpreter is not sure ---------------------------------------------------------
# An unsure reading comes with the other readings the voices found likely. Its options follow one
# rule, so that whichever the customer meant, one option fits, and none does harm if it is wrong:
#
# 1. Rank by risk. A hazard a voice sees happening now (`danger`) first, as a call with the safety
#    step: "I'm calling you right now ... please get everyone outside"; the call answers a question
#    too, so a question gets no "let me check and text you back" of its own. Then a complaint, apologising
#    and owning it. Then danger that is only possible, as a call to check with no safety advice
#    (never "call 911" beside a text that merely mentions smoke or a flood). Then the other
#    readings, likeliest first.
# 2. One option per distinct reading, labelled with it ("If late: ..."), so options that would
#    contradict each other ("see you around 10:20", "happy to reschedule") read as the alternatives
#    they are. Confirming, thanks and "other" all just acknowledge: the one that says most speaks
#    for them, and when confirming or thanks is all there is, nothing needs asking: their own
#    replies are offered as for a sure reading.
# 3. Last, a neutral question that says back what was understood: "Just to be sure, Dana: do you
#    mean you're running late, or you'd like to move your visit to another time?"
# 4. The tone is the gravest reading's: with danger or a complaint among the readings no option is
#    cheerful (the phrases' "~" sentences: "Happy to help!", "Anything else?").
#
# Nothing here is sent on its own: a person reads the customer's words and taps the option that fits.

# Readings that only make sense while the visit is still to come: on a completed job ("furnace
# quit again 2 hours after he left") "I'll hang on for you" or "You were expecting me between 9
# and 12 and I'm running behind" fits no customer, so an unsure card offers neither (issue 13,
# h13assist10); they stay when only acknowledgements would be left beside them.
BEFORE_THE_VISIT_ONLY = frozenset({Intent.RUNNING_LATE, Intent.CUSTOMER_ARRIVED})
POSSIBLE_EMERGENCY = (
    "Possible EMERGENCY, not sure: no safety text was sent. Read their words and call them now."
)
READING_NAMES: dict[str, str] = {
    Intent.EMERGENCY: "emergency",
    Intent.CANCEL: "cancel",
    Intent.RESCHEDULE: "new time",
    Intent.RUNNING_LATE: "late",
    Intent.CUSTOMER_ARRIVED: "home",
    Intent.WHERE_IS_TECH: "where",
    Intent.COMPLAINT: "unhappy",
    Intent.ACCESS_INFO: "access",
    Intent.QUESTION: "question",
    Intent.CONFIRM: "confirms",
    Intent.THANKS: "thanks",
    Intent.WRONG_NUMBER: "wrong number",
    Intent.OTHER: "just news",
}
# Readings whose own options say all is well ("no rush", "see you at 10:20", "noted, see you then"):
# beside a possible danger they give way to one option that fits the danger too.
FINE_ONLY_IF_SAFE = frozenset(
    {Intent.RUNNING_LATE, Intent.CUSTOMER_ARRIVED, Intent.ACCESS_INFO, Intent.OTHER}
)
# Consent is decided by the exact keyword, never guessed from a likely reading.
NEVER_GUESSED = frozenset({Intent.OPT_OUT, Intent.OPT_IN, Intent.HELP})
# Readings whose answer only acknowledges, the one that says most first ("Great, thanks! See you
# today between 10 and 12" thanks too): one option answers them all.
ACKNOWLEDGING = (Intent.CONFIRM, Intent.THANKS, Intent.OTHER)
# Readings not worth asking about: when they are all there is, their own replies are offered.
NOTHING_TO_ASK = frozenset({Intent.CONFIRM, Intent.THANKS})


def danger(interpretation: Interpretation) -> str | None:
    """How the voices see danger in this text.

    "seen": a voice sees a hazard happening now. Either the rules read an emergency (their hazard
    cues veto mere mentions: "smoke detector battery", "a flood last spring"), or the learned voice's
    own best reading is an emergency and it is sure enough to have made the text urgent (it learned
    hazard words more than hazards now, so a weaker guess does not count). Safety advice may be
    offered.
    "possible": an emergency is only one likely reading: a person is alerted and may call, but no
    safety advice is offered beside what may be a harmless text.
    None otherwise.
    """
    i = interpretation
    if i.intent == Intent.EMERGENCY or (
        i.alternatives[:1] == (Intent.EMERGENCY,) and i.urgent and not _grievance_urgent(i)
    ):
        return "seen"
    return "possible" if i.emergency_seen else None


# The rules' cues that read a customer about to go elsewhere, as their evidence names them.
_LEAVING_CUE = re.compile(r"^cue complaint\.(?:leaving\w*|ultimatum_to_leave|calling_someone_else) ")


def _grievance_urgent(interpretation: Interpretation) -> bool:
    """The rules read a threat to leave and no hazard, and only the learned voice sees an emergency:
    the text is urgent for its anger ("再不来我就找别的公司了", "si no llega busco otra empresa"), not
    for a danger, so its urgency is not a voice seeing one (issue 13, h13assist8: a Chinese leave
    threat was answered "pick up once you're somewhere safe" first). Any other grievance beside a
    learned emergency ("the floor is scratched and now there's a burning smell") stays danger first:
    the rules name no hazard there only because none of their cues caught it."""
    i = interpretation
    return (
        i.hazard is None
        and Intent.EMERGENCY not in i.intents
        and bool({Intent.COMPLAINT, Intent.CANCEL} & {i.intent, *i.intents})
        and any(map(_LEAVING_CUE.match, i.evidence))
    )


def _grave(interpretation: Interpretation) -> bool:
    """Danger or a complaint is a likely reading: no reply may be cheerful."""
    readings = {*interpretation.intents, *interpretation.alternatives}
    return danger(interpretation) is not None or (
        Intent.COMPLAINT in readings and not _pleased(interpretation)
    )


def _pleased(interpretation: Interpretation) -> bool:
    """A positive text read as thanks or a confirmation ("Awesome, see you then!", "great,
    finally!"): a complaint among its other readings is not owed the first word. Warmth answers it."""
    i = interpretation
    return i.sentiment == "positive" and i.intent in {Intent.THANKS, Intent.CONFIRM, Intent.OTHER}


def _likely_readings(interpretation: Interpretation) -> list[str]:
    """Every reading worth an option, likeliest first: the best, the voices' alternatives, then
    the other labels the rules found; never a consent keyword."""
    i = interpretation
    return [
        r
        for r in dict.fromkeys([i.intent, *i.alternatives, *i.intents])
        if r not in NEVER_GUESSED and (r != Intent.EMERGENCY or _danger_named(i))
    ]


def _danger_named(interpretation: Interpretation) -> bool:
    """Whether an emergency reading has something behind it worth a call-to-check option. Beside a
    grievance the rules read, a learned emergency guessed faintly ("Esperei a manhã toda e ninguém
    apareceu. Muito desrespeito": the anger words, not a hazard) names no danger, and "I'll call to
    check everything is OK" answers nothing (issue 13, h13assist10); it stays when the rules read an
    emergency, name a hazard, or the learned voice was sure enough to make the text urgent. A text
    that is no grievance keeps it ("smoke detector chirping": a person checks). The heads-up still
    tells a person the emergency was guessed."""
    i = interpretation
    grievance_only = Intent.COMPLAINT in i.intents and Intent.EMERGENCY not in i.intents
    return not grievance_only or i.hazard is not None or i.urgent


def _risk(intent: str, *, hazard_seen: bool, pleased: bool = False) -> int:
    """A hazard a voice sees first, then a complaint (unless the text is pleased: its warmth
    comes first), then danger that is only possible, then the rest (a stable sort keeps each rank
    in order of likelihood)."""
    if intent == Intent.EMERGENCY:
        return 0 if hazard_seen else 2
    return 1 if intent == Intent.COMPLAINT and not pleased else 3


def _fit_every_reading(view: _View) -> tuple[Reply, ...]:
    """The options for an unsure reading, by the rule above: a labelled option per distinct
    reading, gravest first, then the question that asks which one the customer meant."""
    readings = _likely_readings(view.interp)
    fitting = [r for r in readings if r not in BEFORE_THE_VISIT_ONLY]
    if view.facts.job_status == "completed" and set(fitting) - NOTHING_TO_ASK:
        readings = fitting  # kept when only acknowledgements would be left: then the card still asks
    views = {intent: _reading_view(view, intent) for intent in readings}
    acknowledging = [intent for intent in ACKNOWLEDGING if intent in readings]
    if view.facts.job_status == "completed" and Intent.THANKS in acknowledging:
        # A finished visit has nothing left to confirm: "Grazie mille, perfetto!" is thanks.
        acknowledging.remove(Intent.THANKS)
        acknowledging.insert(0, Intent.THANKS)
    if set(readings) <= NOTHING_TO_ASK:
        return _replies(views[acknowledging[0]])
    if acknowledging == [Intent.OTHER] and len(readings) > 1 and not _limit_read(view.interp):
        # "Thanks for letting me know! Anything else?" answers nothing beside a reading that has
        # its own answer ("ok so are we still on or what", "Atraso um pouquinho"): left out. A limit
        # on the visit the rules read ("I have to leave by 4") has its own answer, and is kept.
        readings.remove(Intent.OTHER)
        acknowledging = []
    hazard_seen = danger(view.interp) == "seen"
    # "see you between 10 and 12" beside a possible danger ("the furnace blows cold, small kids, snow
    # outside, when are you coming?") tells the customer all is well, as an option or as the question
    # "do you mean the visit still works for you?": neither is offered (lead11, read aloud)
    all_is_well = {Intent.CONFIRM, Intent.THANKS} if danger(view.interp) is not None else set()
    pleased = _pleased(view.interp)
    cancel_said = _cancel_said(view.interp)
    options: list[Reply] = []
    answered: set[str] = set()
    # Beside a danger, "no rush, I'll wait", "I'll start when I get there" or "thanks for the code"
    # alone would be callous if the danger is real: those readings share one option that fits every
    # reading, "I'll get to you as fast as I can, don't wait for me if anyone is in danger" (issue 13,
    # h14card: no heat with an infant beside "running late"). With the technician there already no
    # such promise fits, nor beside a danger that is only possible, where "stay somewhere safe" would
    # be safety advice to a text that may be harmless: the call and the question speak for them.
    at_risk = danger(view.interp) is not None
    coming_offered = False
    # The acknowledgement that says most stands where the likeliest of them stood.
    by_likelihood = [acknowledging[0] if r in ACKNOWLEDGING else r for r in readings]
    for intent in sorted(
        dict.fromkeys(by_likelihood), key=lambda r: _risk(r, hazard_seen=hazard_seen, pleased=pleased)
    ):
        if len(options) == MAX_REPLIES - 1 or intent in answered:
            continue
        if hazard_seen and intent == Intent.QUESTION:
            continue  # the call answers it: nobody in danger should wait for "let me check"
        if intent in all_is_well:
            continue
        # "what day works best?" beside a danger answers "can someone come sooner?" with a wait: it
        # shares the coming option too (h14 review: a son's "Dad's 87, the AC's off, he's not making
        # sense. Can she come sooner?" was offered "What day and time work best for you?")
        if at_risk and (intent in FINE_ONLY_IF_SAFE or intent == Intent.RESCHEDULE):
            if coming_offered or view.here or not hazard_seen:
                continue
            coming_offered = True
            key = "emergency_coming_eta" if view.on_the_way else "emergency_coming"
            # a phrasebook without it stands in the call, which the danger option makes already
            coming = view.render(key) if key in phrases.REPLIES[view.lang] else None
            option = _labelled(coming, intent) if coming else None
        else:
            option = _reading_option(views[intent], intent, hazard_seen=hazard_seen, cancel_said=cancel_said)
        if option and _says_something_new(option, options):
            options.append(option)
            answered.add(intent)
    # A grievance past the window with nobody there yet is told where the technician is, whatever
    # else it may mean (`_still_to_come_key`).
    if (
        Intent.COMPLAINT in answered
        and Intent.WHERE_IS_TECH not in answered
        and len(options) < MAX_REPLIES - 1
    ):
        grievance = views[Intent.COMPLAINT]
        status = _still_to_come_key(grievance)
        update = grievance.render(status) if status else None
        if update and _says_something_new(update, options):
            options.append(_labelled(update, Intent.WHERE_IS_TECH))
            answered.add(Intent.WHERE_IS_TECH)
    # "I'll be home at 1:15, is he still coming between 1 and 3?" says both things the options
    # answer: asking "do you mean X, or Y?" would contradict it (issue 13, h13assist9).
    said_all = len(answered) >= 2 and answered <= set(view.interp.intents)
    askable = [views[r] for r in readings if r not in all_is_well]
    ask = None if said_all else _ask_which(view, askable, hazard_seen=hazard_seen)
    for option in (ask, view.render("call_me")):
        if option and (len(options) < 2 or option is ask) and _says_something_new(option, options):
            options.append(option)
    return tuple(options)


# The options that acknowledge an access detail already, known by their labels.
ACCESS_LABELS = ("Acknowledge the note", "Note it for next time")
# Options an acknowledgement of the way in is not added to: a safety call, the question back, the
# English copy (which gets its own).
_NO_ACCESS_ADDED = re.compile(r"(?:^|: )(?:Call|Safety|Ask|In English)")


def _access_ack(view: _View) -> str | None:
    """Thanks for the access detail the text gave, in the reply's language."""
    note = view.interp.access_note
    if not note:
        return None
    if view.lang in phrases.ACCESS_ACK:
        code, other = phrases.ACCESS_ACK[view.lang]
        return code if re.search(phrases.ACCESS_CODE, note, re.I) else other
    thanks = view.access_thanks(note)
    if thanks in phrases.ACCESS_THANKS[-1] and re.search(phrases.ACCESS_CODE, note, re.I):
        # a code written in another script ("공동현관 비번 #4580"): thanks for the code all the same
        thanks = {"en": phrases.ACCESS_THANKS[0][1], "es": phrases.ACCESS_THANKS[0][2]}.get(view.lang, thanks)
    return thanks


def _access_acknowledged(view: _View, replies: tuple[Reply, ...]) -> tuple[Reply, ...]:
    """The card acknowledges an access detail the reading carries, whatever the intent (issue 13,
    h14card: "파일럿 불이 꺼졌어요 ... 비밀번호는 2580 ... 저는 2시에 와요" read as lateness offered
    nothing about the code): when no option does, its thanks joins the first option it fits, a safety
    call and the question back aside."""
    i = view.interp
    ack = _access_ack(view)
    if not replies or not ack or (i.intent == Intent.ACCESS_INFO and i.sure):
        return replies
    if any(r.label.split(": ")[-1] in ACCESS_LABELS or ack in r.text for r in replies):
        return replies
    joiner = phrases.SENTENCE_JOINERS.get(view.lang, " ")
    order = sorted(range(len(replies)), key=lambda n: bool(_NO_ACCESS_ADDED.search(replies[n].label)))
    for n in order:
        text = replies[n].text + joiner + ack
        if len(text) <= MAX_REPLY_CHARS:
            return (*replies[:n], replace(replies[n], text=text), *replies[n + 1 :])
    return replies


def _reading_view(view: _View, intent: str) -> _View:
    """The message as if it meant `intent`, in the tone of the gravest reading."""
    if intent == view.interp.intent:
        return view
    reading = replace(view.interp, intent=intent, intents=(intent,), access_note=None)
    apology_beside = intent != Intent.COMPLAINT and Intent.COMPLAINT in _likely_readings(view.interp)
    return _View(
        view.facts,
        reading,
        view.now,
        view.message,
        grave=view.grave,
        apology_beside=apology_beside,
        english=view.english,
    )


def _cancel_said(interpretation: Interpretation) -> bool:
    """The rules read a cancellation and it is the likeliest reading: the customer said it."""
    return interpretation.intent == Intent.CANCEL and Intent.CANCEL in interpretation.intents


def _reading_option(
    view: _View, intent: str, *, hazard_seen: bool, cancel_said: bool = False
) -> Reply | None:
    """The one option for one reading, labelled with it. Danger is a call: with the hazard's
    safety step when a voice sees it happening now, else only a call to check."""
    if intent == Intent.EMERGENCY:
        key = "unsure_call_first" if hazard_seen else "unsure_call_check"
        reply = view.render(key, safety=_safety(view))
    elif intent == Intent.CANCEL and not cancel_said:
        # Only one reading of several wants the visit cancelled: the option offers to cancel and
        # never says it is done ("Done: your visit is cancelled" to "다른 업체 부를게요").
        reply = view.render("cancel_offer")
    else:
        reply = _first_reply(view)
    return _labelled(reply, intent) if reply else None


def _ask_which(view: _View, readings: list[_View], *, hazard_seen: bool) -> Reply | None:
    """'Just to be sure, Dana: do you mean X, or Y?', saying back the two likeliest readings that
    can be said back; danger only when a voice sees it, since asking about it alarms too."""
    meant = [
        said
        for reading in readings
        if (reading.interp.intent != Intent.EMERGENCY or hazard_seen) and (said := reading.meant())
    ]
    if len(meant) >= 2:
        return view.render("unsure_ask_which", meant=meant[0], meant_else=meant[1])
    if meant:
        return view.render("unsure_ask_one", meant=meant[0])
    return view.render("unsure_ask_more")


def _says_something_new(reply: Reply, chosen: list[Reply]) -> bool:
    return all(_similarity(reply.text, other.text) < MAX_SIMILARITY for other in chosen)


def _labelled(reply: Reply, intent: str) -> Reply:
    """'If late: Start now': which reading the reply answers."""
    name = READING_NAMES.get(intent)
    return Reply(f"If {name}: {reply.label}", reply.text, reply.action) if name else reply


def start_now(facts: JobFacts, interpretation: Interpretation, now: datetime) -> tuple[TaskFacts, ...]:
    """Work without the customer that fits before a late customer arrives, best first.

    Only while the technician is on site, on the way or about to be, and when being late is one of
    the likely readings: the technician decides, and a late customer then finds the work started. The tasks' minutes add up to no
    more than the wait plus `START_SLACK`, or the work is the one shortest such task when none fits.
    A late customer who gives no time is expected after `DEFAULT_WAIT`.
    """
    late = Intent.RUNNING_LATE in {*interpretation.intents, *interpretation.alternatives}
    if not late or interpretation.intent in {
        Intent.CANCEL,
        Intent.EMERGENCY,
    }:
        return ()
    tech_at = _technician_there_at(facts, now)
    free = _waiting_work(facts)
    if tech_at is None or not free:
        return ()
    customer_at = interpretation.arrival_at or tech_at + DEFAULT_WAIT
    if customer_at <= tech_at and facts.job_status != "on_site":
        return ()  # the customer will be there first: nothing to start before they come
    budget = (customer_at - tech_at + START_SLACK) / timedelta(minutes=1)
    chosen: list[TaskFacts] = []
    for task in free:
        if sum(t.minutes for t in chosen) + task.minutes <= budget:
            chosen.append(task)
    return tuple(chosen) or (min(free, key=lambda t: t.minutes),)


def task_kind(task: TaskFacts) -> str:
    """Where the task is done: its `kind`, else guessed from its name."""
    if task.kind:
        return task.kind
    for pattern, kind in phrases.TASK_KINDS:
        if re.search(pattern, task.name, re.I):
            return kind
    return "work"


def _waiting_work(facts: JobFacts) -> list[TaskFacts]:
    """Undone tasks without the customer, outside and preparation first, paperwork last."""
    free = [t for t in facts.tasks if not t.needs_customer and not t.done]
    return sorted(free, key=lambda t: phrases.KIND_ORDER.get(task_kind(t), 2))


def _technician_there_at(facts: JobFacts, now: datetime) -> datetime | None:
    """When the technician is or will be on site, if that is now or soon."""
    eta = facts.technician_eta
    if facts.job_status == "on_site":
        return now
    if facts.job_status == "en_route":
        return eta if eta and eta > now else now
    soon = eta or facts.window_start
    if facts.job_status in {"scheduled", "confirmed"} and soon and soon - now <= ABOUT_TO_ARRIVE:
        if not eta and _window_day_gone(facts, now):
            return None  # a visit whose day has gone by is not about to happen
        return max(now, soon)
    return None


def _window_day_gone(facts: JobFacts, now: datetime) -> bool:
    """The visit's window ended on a day before today, in the site's zone."""
    if facts.window_end is None:
        return False
    zone = ZoneInfo(facts.timezone)
    return facts.window_end.astimezone(zone).date() < now.astimezone(zone).date()


@dataclass
class _View:
    """The facts of one message as the phrase templates see them."""

    facts: JobFacts
    interp: Interpretation
    now: datetime
    message: str
    grave: bool = False  # danger or a complaint is a likely reading: no cheerful sentence
    # This reading's option stands beside a complaint option, which says sorry for the card.
    apology_beside: bool = False
    # The best option said again in English for the technician: never switched to Spanish by the
    # text's own words (a Portuguese "o código do portão" read two Spanish words, issue 13, h14card).
    english: bool = False
    zone: ZoneInfo = field(init=False)
    lang: str = field(init=False)
    calendar: str = field(init=False)
    start_now: tuple[TaskFacts, ...] = field(init=False)
    values: dict[str, str | None] = field(init=False)

    def __post_init__(self) -> None:
        self.zone = ZoneInfo(self.facts.timezone)
        self.lang = (
            "en" if self.english else _reply_language(self.interp.language, self.facts.language, self.message)
        )
        # Day names, durations and the customer's own day words are read and said in English or
        # Spanish only; the short phrasebooks name clock times alone.
        self.calendar = self.lang if self.lang in phrases.WEEKDAYS else "en"
        self.start_now = start_now(self.facts, self.interp, self.now)
        self.values = self._values()

    @property
    def intents(self) -> tuple[str, ...]:
        return self.interp.intents or (self.interp.intent,)

    @property
    def here(self) -> bool:
        return self.facts.job_status == "on_site"

    @property
    def coming(self) -> bool:
        return not self.here and _technician_there_at(self.facts, self.now) is not None

    @property
    def eta(self) -> datetime | None:
        eta = self.facts.technician_eta
        return (
            eta
            if eta and eta >= self.now and self.facts.job_status in {"en_route", "scheduled", "confirmed"}
            else None
        )

    @property
    def on_the_way(self) -> bool:
        """On the way with an ETA to give: only then may a reply say "I'm on my way"."""
        return self.facts.job_status == "en_route" and self.eta is not None

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.zone)

    def clock(self, moment: datetime | time, lang: str | None = None) -> str:
        """'2 pm', '2:35 pm' in the site's zone; in Spanish with its article: 'las 2:35 p.m.'."""
        t = self.local(moment).time() if isinstance(moment, datetime) else moment
        lang = lang or self.lang
        if lang not in phrases.MERIDIEM:
            return f"{t.hour}:{t.minute:02d}"  # the short phrasebooks' languages read a 24-hour clock
        am, pm = phrases.MERIDIEM[lang]
        hour = t.hour % 12 or 12
        digits = f"{hour}" if t.minute == 0 else f"{hour}:{t.minute:02d}"
        article = ("la " if hour == 1 else "las ") if lang == "es" else ""
        return f"{article}{digits} {am if t.hour < 12 else pm}"

    def estimate(self, moment: datetime) -> str:
        """An estimated time as a person says it: rounded to five minutes, 'around 1:50' rather
        than '1:52 pm'. English drops am/pm for a time within half a day, as people do; Spanish
        keeps its article and 'p.m.' ('la 1:50 p.m.')."""
        local = self.local(moment)
        step = timedelta(minutes=phrases.ESTIMATE_STEP_MINUTES)
        midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
        rounded = midnight + round((local - midnight) / step) * step
        if self.lang == "en" and abs(rounded - self.local(self.now)) < timedelta(hours=11):
            hour = rounded.hour % 12 or 12
            if rounded.minute == 0 and rounded.hour in {0, 12}:
                return "noon" if rounded.hour == 12 else "midnight"
            return f"{hour}" if rounded.minute == 0 else f"{hour}:{rounded.minute:02d}"
        return self.clock(rounded)

    def exact(self, moment: datetime) -> str:
        """A time the customer gave, as they gave it: '10:22', '11:00' (Spanish 'las 11:00 a.m.').

        For a customer whose name is unknown: their own time is then what makes the reply theirs,
        so it is not rounded ('around 10:20' for '10 min late' at 10:12) and a whole hour keeps its
        minutes ('around 11:00', not 'around 11')."""
        local = self.local(moment)
        hour = local.hour % 12 or 12
        if self.lang == "en":
            close = abs(local - self.local(self.now)) < timedelta(hours=11)
            return f"{hour}:{local.minute:02d}" + (
                "" if close else f" {phrases.MERIDIEM['en'][local.hour >= 12]}"
            )
        if self.lang == "es":
            article = "la" if hour == 1 else "las"
            return f"{article} {hour}:{local.minute:02d} {phrases.MERIDIEM['es'][local.hour >= 12]}"
        return self.clock(moment)

    def past_day(self, day: date) -> str:
        """'yesterday', 'on Tuesday', 'on Tuesday, June 2': a day that has gone by."""
        today = self.local(self.now).date()
        if self.calendar == "es":
            if day == today - timedelta(days=1):
                return "ayer"
            weekday = phrases.WEEKDAYS["es"][day.weekday()]
            month = phrases.MONTHS["es"][day.month - 1]
            return f"el {weekday}" if (today - day).days < 7 else f"el {weekday} {day.day} de {month}"
        if day == today - timedelta(days=1):
            return "yesterday"
        weekday = phrases.WEEKDAYS["en"][day.weekday()]
        return (
            f"on {weekday}"
            if (today - day).days < 7
            else f"on {weekday}, {phrases.MONTHS['en'][day.month - 1]} {day.day}"
        )

    def offered_day(self) -> str | None:
        """The day the customer offers, in their own words ('Friday after 1'), if they offer one.

        A day phrase counts when it agrees with the day the interpreter read as asked for, or,
        when none was read, when its sentence offers it ('I'm free Friday after 1', 'how about
        Thursday afternoon') and nothing before it in the sentence tells a story ('he said he'd be
        back Tuesday'). With a day read, a phrase naming another weekday is not echoed."""
        i = self.interp
        asked = i.requested_date
        today = self.local(self.now).date()
        for sentence in re.split(r"(?<=[.!?;])\s+|\n+", self.message):
            for found in re.finditer(phrases.DAY_PHRASE[self.calendar], sentence, re.I):
                words = found.group(0).strip()
                if re.search(phrases.DAY_PAST_CUES, sentence[: found.start()], re.I):
                    continue
                if asked is not None:
                    named = _named_day(words, today, self.calendar)
                    # Their words stand in for ours only when they say all we would: the day, and
                    # the time or part of day read with it ("Thursday", alone, would drop "after 10").
                    says_all = (not i.requested_time or re.search(r"\d", words)) and (
                        not i.requested_part_of_day or re.search(phrases.PART_OF_DAY_WORDS, words, re.I)
                    )
                    if named is not None and named.weekday() == asked.weekday() and says_all:
                        return _day_as_said(words, self.calendar)
                    continue
                if re.search(phrases.DAY_OFFER_CUES, sentence, re.I):
                    return _day_as_said(words, self.calendar)
        return None

    def duration(self, minutes: int) -> str:
        """'about 20 minutes', 'about an hour and a half', 'about two and a quarter hours'."""
        return _duration_words(minutes, self.calendar)

    def day(self, day: date, *, on: bool = True) -> str:
        """'today', 'tomorrow', 'on Friday', 'on Friday, July 3' (Spanish: 'el viernes', ...)."""
        today = self.local(self.now).date()
        words = phrases.DAY_WORDS[self.calendar]
        if day == today:
            return words["today"]
        if day == today + timedelta(days=1):
            return words["tomorrow"]
        weekday = phrases.WEEKDAYS[self.calendar][day.weekday()]
        month = phrases.MONTHS[self.calendar][day.month - 1]
        if self.calendar == "es":
            name = weekday if 0 < (day - today).days < 7 else f"{weekday} {day.day} de {month}"
            return f"el {name}"
        name = weekday if 0 < (day - today).days < 7 else f"{weekday}, {month} {day.day}"
        return f"on {name}" if on else name

    def situation(self, *, default: str | None = None) -> str | None:
        """A sentence naming what the customer is going through, from cue words in their text."""
        for pattern, en, es in phrases.SITUATIONS:
            if re.search(pattern, self.message, re.I):
                return {"en": en, "es": es}.get(self.lang)
        return default

    def access_thanks(self, note: str) -> str | None:
        """Thanks for the way in the customer gave, naming what it was (English and Spanish only)."""
        for pattern, en, es in phrases.ACCESS_THANKS:
            if re.search(pattern, note, re.I):
                return {"en": en, "es": es}.get(self.lang)
        raise AssertionError("ACCESS_THANKS ends with a catch-all")

    def topic(self, table: tuple[tuple[str, str], ...]) -> str | None:
        return next((topic for pattern, topic in table if re.search(pattern, self.message, re.I)), None)

    def _mood(self, upset: bool) -> str:
        """Which opener the late replies take: an apology for a complaint, a plain thanks when danger
        or a complaint is another likely reading (never "No worries!" beside them), else the easy one."""
        if upset:
            return "upset"
        return "grave" if self.grave else "calm"

    def _resched_mood(self) -> str:
        """How a reply that moves the visit opens (`phrases.RESCHEDULE_OPENERS`): plainly when a
        complaint option beside it apologises already, with an apology when the text carries a
        grievance or danger, else gladly."""
        if self.apology_beside:
            return "plain"
        if hard_times(self.message) and "hard_times" in phrases.RESCHEDULE_OPENERS[self.lang]:
            return "hard_times"
        return "sorry" if self.grave or self.interp.sentiment == "negative" else "calm"

    def _values(self) -> dict[str, str | None]:
        f, lang = self.facts, self.lang
        first = address_name(f.customer_name)
        wait_work = self.start_now or tuple(_waiting_work(f)[:1])
        need = [t for t in f.tasks if t.needs_customer and not t.done]
        vague = vague_delay(self.message)
        upset = Intent.COMPLAINT in self.intents
        note = self.interp.access_note or ""
        pet = re.search(phrases.PETS, note, re.I)
        values: dict[str, str | None] = {
            "first": first,
            "named": first or None,  # a sentence that is about the name, so cannot drop it
            "tech": (f.technician_name or "").split()[0] if f.technician_name else None,
            "arrival": (self.estimate if first else self.exact)(self.interp.arrival_at)
            if self.interp.arrival_at and not vague
            else None,
            "soon": phrases.SOON.get(lang) if self.interp.arrival_at and vague else None,
            "eta": self.estimate(self.eta) if self.eta else None,
            "win_start": self.clock(f.window_start) if f.window_start else None,
            "win_end": self.clock(f.window_end) if f.window_end else None,
            "win_day": self.day(self.local(f.window_start).date()) if f.window_start else None,
            "opener": _without_empty_name(phrases.OPENERS[lang][self._mood(upset)], first).format(
                first=first
            ),
            "resched_opener": _without_empty_name(
                phrases.RESCHEDULE_OPENERS[lang][self._resched_mood()], first
            ).format(first=first),
            "task": _task_phrase(wait_work[0], lang) if wait_work else None,
            # "I'll just need you for a few minutes", not "for just a few minutes".
            "need_time": self.duration(sum(t.minutes for t in need)).removeprefix("just ") if need else None,
            "total_time": self.duration(sum(t.minutes for t in f.tasks if not t.done)) if f.tasks else None,
            "need_tasks": ", ".join(_lower_first(t.name) for t in need) or None,
            "pet_thanks": phrases.PET_THANKS[lang].format(pet=(pet[1] or "pet").lower())
            if pet and lang in phrases.PET_THANKS
            else None,
            "access_thanks": self.access_thanks(note)
            if note and self.interp.intent != Intent.ACCESS_INFO
            else None,
        }
        offered, missed = self.offered_day(), self._missed_day()
        values |= {"offered": offered, "missed_day": self.past_day(missed) if missed else None}
        return values | self._request_values(offered)

    def _missed_day(self) -> date | None:
        """The visit's day when it has gone by with the visit still to do: nobody came."""
        f = self.facts
        if (
            f.window_end is None
            or f.job_status not in {"scheduled", "confirmed"}
            or not _window_day_gone(f, self.now)
        ):
            return None
        return self.local(f.window_end).date()

    @property
    def missed(self) -> bool:
        return self.values.get("missed_day") is not None

    def _request_values(self, offered: str | None) -> dict[str, str | None]:
        """How the day and time a rescheduling customer asked for read (in their own words when
        `offered` names the day asked for), and the nearest work day."""
        i, f = self.interp, self.facts
        own_day = self.local(f.window_start).date() if f.window_start else None
        if self._names_the_visit():
            # "Cancel Thursday" or "need to move Thursday" names the visit's own day, the one to
            # leave: no reply may offer to move the visit to it.
            i = replace(i, requested_date=None, requested_time=None, requested_part_of_day=None)
        asked = i.requested_date or own_day
        values: dict[str, str | None] = {"req": None, "req_time": None, "req_day": None, "alt_day": None}
        if asked is None:
            return values
        next_work_day = None
        if Intent.RESCHEDULE in self.intents:  # only a request for another day is offered one
            next_work_day = asked + timedelta(days=1)
            while not f.works_on(next_work_day) and next_work_day < asked + timedelta(days=7):
                next_work_day += timedelta(days=1)
        values |= {
            "req_day": self.day(asked),
            "req_weekdays": phrases.WEEKDAYS_PLURAL[self.calendar][asked.weekday()],
            "alt_day": self.day(next_work_day) if next_work_day else None,
            "req_time": self.clock(i.requested_time) if i.requested_time else None,
        }
        # A time or part of day without a day is on the appointment's own day.
        asked_for = i.requested_date or i.requested_time or i.requested_part_of_day
        day = self.day(asked, on=False) if asked_for else None
        part = phrases.PARTS_OF_DAY[self.calendar].get(i.requested_part_of_day or "")
        at = ("a " if self.calendar == "es" else "at ") + values["req_time"] if values["req_time"] else None
        if at:
            part = None  # "at 3:30 pm" already says when: not "at 3:30 pm this afternoon"
        if self.calendar == "en" and part:
            # "this afternoon", "Friday afternoon", "Friday, July 3, in the afternoon"
            if day == "today":
                day, part = None, f"this {part}"
            elif day and "," in day:
                part = f"in the {part}"
        values["req"] = " ".join(x for x in (day, at, part) if x) or None
        # The customer's own words for the day read better than ours ("Thursday afternoon", not
        # "tomorrow afternoon"), when they name the day asked for.
        if i.requested_date and offered:
            values["req"] = offered
        return values

    def _names_the_visit(self) -> bool:
        """The day (and part of day or time) read as asked for are the visit's own: "cancel the
        Thursday appointment" for a Thursday visit, "buenas tardes ... la cita del jueves" for a
        Thursday afternoon one. What the customer named is the visit to leave, not a new time."""
        i, f = self.interp, self.facts
        if f.window_start is None or i.requested_date != self.local(f.window_start).date():
            return False
        start = self.local(f.window_start)
        end = self.local(f.window_end) if f.window_end else start + timedelta(hours=2)
        part = "morning" if start.hour < 12 else "afternoon" if start.hour < 17 else "evening"
        time_in_window = i.requested_time is None or start.time() <= i.requested_time < end.time()
        return time_in_window and i.requested_part_of_day in {None, part}

    def meant(self) -> str | None:
        """This reading said back to the customer ("you'd like to move your visit to Friday
        afternoon"), or None for a reading with nothing to ask back (thanks, other)."""
        if (
            self.interp.intent == Intent.WHERE_IS_TECH
            and self.here
            and self.lang in phrases.WHERE_MEANT_ON_SITE
        ):
            return phrases.WHERE_MEANT_ON_SITE[self.lang]
        templates = phrases.READINGS_MEANT.get(self.lang, {}).get(self.interp.intent, ())
        return next((text for t in templates if (text := _filled(t, self.values)) is not None), None)

    def render(self, key: str, **extra: str | None) -> Reply | None:
        """The reply `key` with what is known, or None when a sentence it needs names an unknown."""
        book = phrases.REPLIES[self.lang]
        said = key if key in book else phrases.STAND_INS.get(key)
        if said is None or said not in book:
            return None
        label, sentences = book[said]
        values = self.values | extra
        kept: list[tuple[str, bool]] = []
        for sentence in sentences:
            if sentence.startswith("~") and self.grave:
                continue
            optional = sentence.lstrip("~").startswith("?")
            text = _filled(sentence.lstrip("~?"), values)
            if text is None:
                if optional:
                    continue
                return None
            kept.append((text[:1].upper() + text[1:], optional))
        joiner = phrases.SENTENCE_JOINERS.get(self.lang, " ")
        while len(joiner.join(t for t, _ in kept)) > MAX_REPLY_CHARS and any(opt for _, opt in kept):
            last_optional = max(i for i, (_, opt) in enumerate(kept) if opt)
            del kept[last_optional]
        text = joiner.join(t for t, _ in kept)
        if not text or len(text) > MAX_REPLY_CHARS:
            return None
        return Reply(label, text, phrases.ACTIONS.get(key, ""))


def vague_delay(message: str) -> bool:
    """The text names its delay without a number ("few min", "be there in a bit"): a reply says
    "see you in a few minutes", not the clock time the interpreter estimated from it."""
    return bool(re.search(phrases.VAGUE_DELAY, message, re.I)) and not re.search(
        phrases.PRECISE_DELAY, message, re.I
    )


def hard_times(message: str) -> bool:
    """A death, a funeral or someone in hospital (`phrases.HARD_TIMES`): the card answers with
    sympathy first, whatever else the text asks."""
    return bool(re.search(phrases.HARD_TIMES, message, re.I))


def texting_for_customer(message: str, interpretation: Interpretation) -> bool:
    """Whether the person texting says they speak for the customer (`phrases.TEXTING_FOR_CUSTOMER`):
    a relative, tenant, neighbour or carer. Not for a wrong number, whose reply asks whose number
    this is by the customer's name."""
    return interpretation.intent != Intent.WRONG_NUMBER and bool(
        re.search(phrases.TEXTING_FOR_CUSTOMER, message, re.I)
    )


def _thanked_for_texting_for(replies: tuple[Reply, ...], customer: str, lang: str) -> tuple[Reply, ...]:
    """The first option opens by thanking the person texting for the customer, by the customer's
    name: the card speaks to them, and still says whose visit it is."""
    thanks = phrases.THANKS_FOR_TEXTING_FOR.get(lang)
    if not replies or not thanks:
        return replies
    first = replies[0]
    body = first.text
    split = _FIRST_SENTENCE.match(body)
    if split and re.match(phrases.PLAIN_THANKS, split[1], re.I):
        body = split[2]  # one thanks is enough: not "Thank you for texting for Harold. Thanks for..."
    text = f"{thanks.format(customer=customer)} {body}"
    if len(text) > MAX_REPLY_CHARS:
        return replies
    return (replace(first, text=text), *replies[1:])


def address_name(customer_name: str | None) -> str:
    """The name a reply calls the customer by, as a business addresses someone it has not met.

    Most names give the given name first, and that is what a reply says ("Dana Ortiz" is Dana; "dana
    ortiz", typed in lower case, is Dana too; "Ortiz, Dana", a list's order, is Dana). A name with a title keeps the title with the family
    name ("Mrs. Anita Patel" is Mrs. Patel, "Dr Kim" Dr Kim): never "Mrs." alone. A name written
    family name first is said whole: a Vietnamese one ("Nguyen Van An", "Phạm Thị Lan", unless its
    last word is a family name too: "Linh Nguyen" is Linh), a Chinese one in Han characters
    ("王小明") or a Korean one in Hangul ("김민준"). Their given name alone is for friends (a
    Chinese or Korean service text says the whole name), may be two words ("Nguyễn Thị Minh Khai"
    is Minh Khai, not Khai), and the family name alone would be wrong: the whole name is never
    wrong. See `phrases.VIETNAMESE_FAMILY_NAMES` and `phrases.TITLES` for the near misses.
    """
    words = [w for w in (customer_name or "").split() if any(c.isalnum() for c in w)]
    if not words:
        return ""
    if len(words) >= 2 and words[0].endswith(","):
        words = [*words[1:], words[0].rstrip(",")]  # "Patel, Anita" is written family name first
    if _plain(words[0]).rstrip(".") in phrases.TITLES or words[0] == "M.":  # "M. Pierre Martin"
        return f"{words[0]} {words[-1]}" if len(words) >= 2 else ""
    vietnamese = phrases.VIETNAMESE_FAMILY_NAMES
    if len(words) >= 2 and _plain(words[0]) in vietnamese and _plain(words[-1]) not in vietnamese:
        return " ".join(words)
    if all(re.fullmatch(r"[\uac00-\ud7a3]+", w) for w in words):
        return " ".join(words) if len(words) > 1 else words[0]  # "김 민준", "김민준"
    first = words[0]
    return first.capitalize() if first.isascii() and first.isalpha() and first.islower() else first


def _plain(word: str) -> str:
    """A word without its diacritics, lower-case: "Phạm" reads "pham", "Đặng" "dang"."""
    decomposed = unicodedata.normalize("NFD", word.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _filled(template: str, values: dict[str, str | None]) -> str | None:
    """`template` with `values`, or None when it names one that is unknown."""
    template = _without_empty_name(template, values.get("first"))
    names = {name for _, name, _, _ in Formatter().parse(template) if name}
    if any(values.get(name) is None for name in names):
        return None
    return template.format_map(values).replace("..", ".")


# The name with the words that go with it, and the commas after it, as the phrasebooks write them:
# Korean's "님", Japanese's "様", Persian's "عزیز" and Punjabi's "ਜੀ" after it, Thai's "คุณ" before it;
# commas as Chinese and Japanese (，、), Persian (،) and Amharic (፣) write them (issue 13, h13phrase11).
_NAME_BEFORE = r"(?:คุณ)?"
_NAME_AFTER = r"(?:님|様| عزیز| ਜੀ)?"
_EMPTY_NAME = re.compile(
    rf"(?:,? |，|، |፣ ){_NAME_BEFORE}\{{first\}}{_NAME_AFTER}(?=[,.!?:;，！？。、،؟።፣፦।۔])"
    rf"|{_NAME_BEFORE}\{{first\}}{_NAME_AFTER}(?:[,，、،፣] ?| )"
)


def _without_empty_name(template: str, first: str | None) -> str:
    """Drop the name and its comma from a template when the customer's name is unknown."""
    if first:
        return template
    return _EMPTY_NAME.sub("", template)


def _lower_first(name: str) -> str:
    head, _, rest = name.partition(" ")
    return (head if head.isupper() else head.lower()) + (f" {rest}" if rest else "")


def _named_day(words: str, today: date, lang: str) -> date | None:
    """The date a day phrase names: the next such weekday (today counts), or tomorrow."""
    lowered = words.lower()
    if "tomorrow" in lowered:
        return today + timedelta(days=1)
    for number, name in enumerate(phrases.WEEKDAY_WORDS[lang]):
        if name in lowered or (lang == "es" and name.replace("é", "e").replace("á", "a") in lowered):
            return today + timedelta(days=(number - today.weekday()) % 7)
    return None


def _day_as_said(words: str, lang: str) -> str:
    """A day phrase as a reply says it: 'friday after 1' reads 'Friday after 1'; a Spanish weekday
    stays lower-case and takes its article ('cita del jueves' offers 'el jueves')."""
    if lang == "es":
        return words if words.lower().startswith("el ") else f"el {words}"
    if lang != "en":
        return words
    return re.sub(
        r"\b(" + "|".join(phrases.WEEKDAY_WORDS["en"]) + r")\b",
        lambda m: m[1].capitalize(),
        words,
        flags=re.I,
    )


def _duration_words(minutes: int, lang: str) -> str:
    """A length of time as a person says it: minutes to the nearest five below three quarters of
    an hour ('about 20 minutes'), then quarter hours ('about an hour and a half', 'about two and
    a quarter hours'). Spanish: 'unos 20 minutos', 'como una hora y media', 'unas dos horas y cuarto'."""
    if minutes < 10:
        return "unos minutos" if lang == "es" else "just a few minutes"
    if minutes < 45:
        rounded = 5 * round(minutes / 5)
        return f"unos {rounded} minutos" if lang == "es" else f"about {rounded} minutes"
    hours, quarter = divmod(round(minutes / 15), 4)
    if hours == 0:
        return "unos 45 minutos" if lang == "es" else "about 45 minutes"
    part = phrases.QUARTERS[lang][quarter]
    if lang == "es":
        if hours == 1:
            return f"como una hora{part}"
        return f"unas {phrases.NUMBER_WORDS_ES[hours] if hours <= 12 else hours} horas{part}"
    if hours == 1:
        return f"about an hour{part}"
    number = phrases.NUMBER_WORDS[hours] if hours <= 12 else str(hours)
    # "two and a quarter hours", "three hours"
    return f"about {number}{part} hours"


def gerund(verb: str) -> str:
    """The -ing form by English spelling rules: survey → surveying, prepare → preparing,
    cut → cutting, tie → tying, open → opening (a one-vowel word ending consonant-vowel-consonant
    doubles its last letter; longer words are left alone, which suits the trade verbs)."""
    word = verb.lower()
    if word in phrases.GERUNDS:
        return phrases.GERUNDS[word]
    if word.endswith("ie"):
        return word[:-2] + "ying"
    if word.endswith("e") and not word.endswith(("ee", "ye", "oe")):
        return word[:-1] + "ing"
    vowel_groups = re.findall(r"[aeiou]+", word)
    if len(vowel_groups) == 1 and re.search(r"[^aeiou][aeiou][^aeiouwxy]$", word):
        return word + word[-1] + "ing"
    return word + "ing"


def _task_phrase(task: TaskFacts, lang: str) -> str:
    """How a reply names the work it starts: 'by cleaning the condenser coil', 'on the water test'.

    Task names are kept in English, so a Spanish reply names the kind of work instead."""
    if lang == "es":
        return phrases.TASK_KIND_ES.get(task_kind(task), phrases.TASK_KIND_ES["default"])
    words = task.name.split()
    verb = words[0].lower()
    if verb not in phrases.GERUNDS and verb not in phrases.TASK_VERBS:
        # A name that is not an instruction is a thing to do: "on the water test".
        article = "" if verb in phrases.DETERMINERS else "the "
        return f"on {article}{_lower_first(task.name)}"
    head, rest = [gerund(verb)], words[1:]
    # A chain of instructions reads as one: "drain and flush" -> "draining and flushing".
    while len(rest) >= 2 and rest[0].lower() in {"and", "&"} and _is_verb(rest[1]):
        head += ["and", gerund(rest[1])]
        rest = rest[2:]
    if rest and rest[0].lower() in phrases.PARTICLES:
        head.append(rest.pop(0))
    if rest and rest[0].lower() not in phrases.DETERMINERS | {"and", "or"} and not rest[0][0].isdigit():
        head.append("the")
    # "... and top up" reads "... and topping up"; only the listed verbs, since a noun that can be a
    # verb ("pump baskets", "load calc") is more often a noun there.
    rest = [
        phrases.GERUNDS.get(w.lower(), w) if i and rest[i - 1].lower() == "and" else w
        for i, w in enumerate(rest)
    ]
    return "by " + " ".join(head + rest)


def _is_verb(word: str) -> bool:
    return word.lower() in phrases.GERUNDS or word.lower() in phrases.TASK_VERBS


def _reply_keys(view: _View) -> list[str]:
    """The phrases that answer this message, best first."""
    keys = _REPLY_KEYS.get(view.interp.intent, _other_keys)(view)
    question = _question_key(view) if Intent.QUESTION in view.intents else None
    if question and question not in keys and view.interp.intent != Intent.EMERGENCY:
        keys.insert(1, question)
    # A day the customer offers is taken up, in their words, whatever else they said.
    if (
        view.values["offered"]
        and view.interp.intent in OFFERED_DAY_ANSWERED_BY
        and "where_missed" not in keys
    ):
        keys.insert(1, "offered_check")
    return keys


def _first_reply(view: _View) -> Reply | None:
    """The best reply that answers this message itself (not the offer to call, which fits any),
    or None when none fits."""
    extras = _values_for(view)
    keys = [key for key in _reply_keys(view) if key != "call_me"]
    return next((reply for key in keys if (reply := view.render(key, **extras))), None)


def _replies(view: _View) -> tuple[Reply, ...]:
    """The reply options for this message, best first, each saying something different."""
    keys = _reply_keys(view)
    extras = _values_for(view)
    chosen: list[Reply] = []
    # The fallbacks only make up a missing second option.
    for key in [*keys, "call_me", "other_ack"]:
        if len(chosen) == MAX_REPLIES or (len(chosen) >= 2 and key not in keys):
            break
        reply = view.render(key, **extras)
        if reply and all(_similarity(reply.text, r.text) < MAX_SIMILARITY for r in chosen):
            chosen.append(reply)
            # The customer's situation and the thanks for a way in are said once, in the best reply.
            extras |= {"situation": None, "access_thanks": None, "pet_thanks": None}
    return tuple(chosen)


def _similarity(a: str, b: str) -> float:
    words_a, words_b = set(re.findall(r"\w+", a.lower())), set(re.findall(r"\w+", b.lower()))
    return len(words_a & words_b) / max(len(words_a | words_b), 1)


def _values_for(view: _View) -> dict[str, str | None]:
    """Values that depend on the kind of message: the situation sentence, the complaint's words,
    the safety advice."""
    lang, intent = view.lang, view.interp.intent
    if intent == Intent.RUNNING_LATE:
        # An upset customer's situation is the wait, which the opener already names; beside danger,
        # "Running behind happens to all of us" is no comfort.
        if Intent.COMPLAINT in view.intents or view.grave:
            return {"situation": None}
        return {"situation": view.situation(default=phrases.LATE_SITUATION_DEFAULT.get(lang))}
    if intent == Intent.WHERE_IS_TECH:
        situation = view.situation() or phrases.WAITING_SITUATION.get(lang)
        return {"situation": situation if _kept_waiting(view) else None}
    if intent == Intent.COMPLAINT:
        # A refund has its own reply; its apology reads like any other complaint's.
        table = phrases.COMPLAINT_WORDS.get(lang)
        if table is None:  # the short phrasebooks' apology names no topic
            return {"validate": None, "solve": None}
        words = table.get(view.topic(phrases.COMPLAINT_TOPICS) or "other", table["other"])
        # A technician already there fixes it now, not "next visit".
        solve = words.get("solve_here") if view.here and "solve_here" in words else words["solve"]
        return {"validate": words["validate"], "solve": solve}
    if intent == Intent.EMERGENCY:
        return {"safety": _safety(view)}
    return {"situation": view.situation()}


def _safety(view: _View) -> str:
    """The hazard's safety advice in the reply's language; where it is not written in that language,
    the short phrasebooks' one step for any hazard, so no reply switches to English halfway."""
    if view.lang in hazard(view.interp.hazard).advice:
        return safety_advice(view.interp.hazard, view.lang)
    return phrases.GENERIC_SAFETY.get(view.lang) or safety_advice(view.interp.hazard, view.lang)


def _kept_waiting(view: _View) -> bool:
    """The customer has waited past their window, or says they are fed up with waiting."""
    past_window = view.facts.window_end is not None and view.now > view.facts.window_end
    return past_window or view.interp.sentiment == "negative"


# Intents whose replies take up a day the customer offers with "Let me check Friday after 1";
# a reschedule's own replies already name it, and danger or a cancellation come first.
OFFERED_DAY_ANSWERED_BY = frozenset(
    {Intent.WHERE_IS_TECH, Intent.COMPLAINT, Intent.QUESTION, Intent.OTHER, Intent.CUSTOMER_ARRIVED}
)


def _offers_time(view: _View) -> bool:
    """The customer offers the technician their time ('if you have another job nearby go do that
    first'), and the technician is there or nearly there to take it."""
    return bool(re.search(phrases.OFFERS_TIME, view.message, re.I)) and (view.here or view.coming)


def _late_keys(view: _View) -> list[str]:
    if _offers_time(view):
        # What the customer offered comes first; the work to start and waiting stay options.
        offer = "late_take_offer" if view.values["arrival"] else "late_take_offer_open"
        starts = ["late_start_here" if view.here else "late_start_coming"] if view.start_now else []
        waits = [_wait_key(view)]
        return [offer, *starts, *waits, "late_other_day", "call_me"]
    keys = []
    if view.start_now:
        keys.append("late_start_here" if view.here else "late_start_coming")
    keys.append(_wait_key(view))
    if view.here:
        keys.append("late_later_today")
    return [*keys, "late_other_day", "call_me"]


def _wait_key(view: _View) -> str:
    """Waiting for a late customer: at the time they gave, in a few minutes when they gave no
    number, or until they text."""
    if view.values["arrival"]:
        return "late_wait_known"
    return "late_wait_soon" if view.values["soon"] else "late_wait_open"


def _reschedule_keys(view: _View) -> list[str]:
    """An empathetic no first when the day or time asked for cannot be done, then other ways."""
    i, f = view.interp, view.facts
    today = view.local(view.now).date()
    closing = datetime.combine(today, f.workday_end, view.zone) - timedelta(hours=1)
    if i.requested_date and not f.works_on(i.requested_date):
        first = "resched_closed_day"
    elif i.requested_time and i.requested_time >= f.workday_end:
        first = "resched_too_late"
    elif i.requested_time and i.requested_time < f.workday_start:
        first = "resched_too_early"
    elif i.requested_date == today and view.now >= closing:
        first = "resched_not_today"
    else:
        first = "resched_check" if view.values["req"] else "resched_ask"
    keys = [first, "resched_other_options"] if first != "resched_ask" else [first]
    if view.here and _waiting_work(f):
        keys.append("resched_start_here")
    return [*keys, "call_me"]


def _arrived_keys(view: _View) -> list[str]:
    if view.here:
        lost = Intent.WHERE_IS_TECH in view.intents
        return ["arrived_here", "arrived_find" if lost else "arrived_ready"]
    if view.facts.job_status == "en_route":
        return ["arrived_coming_eta" if view.eta else "arrived_coming", "arrived_text_ahead"]
    if view.missed:
        return ["where_missed", "call_me" if view.values["offered"] else "where_ask_day"]
    if view.coming:
        # Not on the way yet: "I'm on my way" would not be true.
        return ["arrived_soon", "arrived_text_ahead"]
    if view.facts.window_end and view.now > view.facts.window_end:
        return ["where_window_passed", "arrived_text_ahead"]
    return ["arrived_early", "arrived_window"]


def _where_keys(view: _View) -> list[str]:
    f = view.facts
    if view.here:
        # A customer who gave their address has already answered "where are you?".
        return (
            ["where_here", "call_me"]
            if view.interp.access_note
            else ["where_here", "arrived_find", "call_me"]
        )
    if f.job_status == "completed":
        # Asked beside a complaint ("nobody told me anything"), the answer starts with an apology.
        return ["where_return_sorry" if view.grave else "where_return", "call_me"]
    if f.job_status == "en_route":
        if view.eta:
            return ["where_eta", "where_text_close", "call_me"]
        return (
            ["where_behind", "where_other_day", "call_me"]
            if _kept_waiting(view)
            else ["where_coming", "call_me"]
        )
    if f.window_start and view.now < f.window_start:
        return ["where_before_window", "where_text_close", "call_me"]
    if f.job_status == "scheduled" and f.window_end and view.now < f.window_end and not view.missed:
        # Inside the window and not yet left: neither "on my way" nor "I'm running behind".
        upset = view.grave or view.interp.sentiment == "negative"
        return ["where_in_window_sorry" if upset else "where_in_window", "where_text_close", "call_me"]
    if view.missed:
        # The window was on a day gone by: "you were expecting me between 10 and 12" would say
        # it was today.
        return ["where_missed", *([] if view.values["offered"] else ["where_ask_day"]), "call_me"]
    return ["where_window_passed", "where_other_day", "call_me"]


def _cancel_keys(view: _View) -> list[str]:
    """The cancellation confirmed, then a way to keep the visit, unless the reason rules one out
    ("we're moving", "found someone else"): then a warm goodbye instead."""
    for_good = bool(re.search(phrases.CANCEL_FOR_GOOD, view.message, re.I))
    if hard_times(view.message) and "cancel_hard_times" in phrases.REPLIES[view.lang]:
        return ["cancel_hard_times", "call_me"]  # sympathy, and nothing that pushes another date
    if Intent.COMPLAINT in view.intents or view.interp.sentiment == "negative":
        keep = [] if for_good else ["cancel_still_coming" if view.eta else "cancel_move"]
        return ["cancel_sorry", *keep, "call_me"]
    return ["cancel_done", "cancel_farewell" if for_good else "cancel_move"]


def _complaint_keys(view: _View) -> list[str]:
    """An apology that names the problem and a fix, then other ways to make it right."""
    topic = view.topic(phrases.COMPLAINT_TOPICS)
    keys = ["complaint_refund" if topic == "refund" else "complaint_sorry"]
    # A finished job's problem is fixed by coming back, unless the apology already offers that.
    if view.facts.job_status == "completed" and topic not in {"repeat", "mess"}:
        keys.append("complaint_return")
    status = _still_to_come_key(view)
    return [*keys, *([status] if status else []), "complaint_manager", "call_me"]


def _still_to_come_key(view: _View) -> str | None:
    """Where the technician is, for a grievance sent past the window with nobody there yet (issue
    13, h13assist9): "If nobody shows in 20 min I'm booking someone else", "Se ele não chegar em
    meia hora vou chamar outra empresa". An apology alone leaves the question under the threat (is
    he coming?) unanswered; the status reply that fits the job state answers it."""
    f = view.facts
    if f.job_status not in {"scheduled", "en_route"} or f.window_end is None or view.now <= f.window_end:
        return None
    if view.missed or view.eta:
        return None
    return "where_behind" if f.job_status == "en_route" else "where_window_passed"


def _question_key(view: _View) -> str | None:
    """The reply that answers the question asked, when its topic is known."""
    topic = view.topic(phrases.QUESTION_TOPICS)
    if topic == "presence":
        tasks = [t for t in view.facts.tasks if not t.done]
        needed = [t for t in tasks if t.needs_customer]
        if not tasks:
            return None
        return (
            "question_need_none"
            if not needed
            else "question_need_all"
            if len(needed) == len(tasks)
            else "question_need_part"
        )
    return {
        "duration": "question_duration",
        "warranty": "question_warranty",
        "price": "question_price",
        "cancel_rule": "question_cancel_rule",
    }.get(topic or "")


def _question_keys(view: _View) -> list[str]:
    return [_question_key(view) or "question_check", "call_me"]


def _access_keys(view: _View) -> list[str]:
    f = view.facts
    ack = {"completed": "access_noted_later", "on_site": "access_noted_here"}.get(
        f.job_status, "access_noted"
    )
    keys = [ack]
    if view.on_the_way:
        keys.append("access_see_you_eta")
    elif f.window_start and view.now < f.window_start:
        keys.append("access_see_you_window")
    elif f.job_status != "completed":
        keys.append("access_anything_else")
    return keys


def _confirm_keys(view: _View) -> list[str]:
    """See you in the window; with a limit said beside the yes ("Confirmed. I have to head out at 4
    though"), the second option says the visit is planned around it."""
    if view.facts.window_start and view.now < view.facts.window_start:
        if _limit_read(view.interp):
            return ["confirm_window", "limit_ack"]
        return ["confirm_window", "confirm_text_ahead"]
    return ["access_see_you_eta" if view.on_the_way else "confirm_text_ahead"]


def _thanks_keys(view: _View) -> list[str]:
    """Thanks after the work: glad it works, and text if anything acts up. Before it ("Thanks so
    much, see you soon!", a 👍 to "on the way"), nothing can act up yet and a thumbs-up is no kind
    words: see you soon, then when the technician will be there or text ahead."""
    if view.facts.job_status == "completed":
        return ["thanks_done", "thanks_anytime"]
    if view.here:
        return ["thanks_soon", "other_ack"]
    if view.facts.job_status == "en_route":
        # On the way already: not "I'll text you when I'm on my way".
        return ["thanks_soon", "access_see_you_eta" if view.on_the_way else "where_text_close"]
    return ["thanks_soon", "confirm_text_ahead"]


def _emergency_keys(view: _View) -> list[str]:
    return [
        "emergency_safety",
        "emergency_coming_eta" if view.on_the_way else "emergency_coming",
        "emergency_call",
    ]


def _wrong_number_keys(view: _View) -> list[str]:
    """Sorry for the mix-up; then, unless the text already says the number is wrong, a check that
    names who the text was for ("who is this? I didn't book anything" may be the customer's
    household, or a customer who forgot booking); then the promise not to text again."""
    said_wrong = re.search(phrases.SAYS_WRONG_NUMBER, view.message, re.I)
    return ["wrong_number_sorry", *([] if said_wrong else ["wrong_number_check"]), "wrong_number_stop"]


def _limit_read(interpretation: Interpretation) -> bool:
    """Whether the rules read a time in the text as a limit on the visit ("I have to leave by 4", "I'll
    be gone 20 min at 3:15": `interpret.core.LIMIT_EVIDENCE`), which the replies acknowledge."""
    return any(e.startswith(LIMIT_EVIDENCE) for e in interpretation.evidence)


def _other_keys(view: _View) -> list[str]:
    """A plain acknowledgement; for a time that bounds the visit, one that says the visit will be
    planned around it and the customer told if it gets tight (issue 13, h13constraint11)."""
    if _limit_read(view.interp):
        return ["limit_ack", "call_me"]
    return ["other_ack", "call_me"]


_REPLY_KEYS: dict[str, Callable[[_View], list[str]]] = {
    Intent.EMERGENCY: _emergency_keys,
    Intent.OPT_IN: lambda view: ["opt_in_back", "help_who"],
    Intent.HELP: lambda view: ["help_who", "help_stop"],
    Intent.CANCEL: _cancel_keys,
    Intent.RESCHEDULE: _reschedule_keys,
    Intent.RUNNING_LATE: _late_keys,
    Intent.CUSTOMER_ARRIVED: _arrived_keys,
    Intent.WHERE_IS_TECH: _where_keys,
    Intent.COMPLAINT: _complaint_keys,
    Intent.ACCESS_INFO: _access_keys,
    Intent.QUESTION: _question_keys,
    Intent.CONFIRM: _confirm_keys,
    Intent.THANKS: _thanks_keys,
    Intent.WRONG_NUMBER: _wrong_number_keys,
}


def _heads_up(view: _View) -> tuple[Note, ...]:
    """What the technician should know: an emergency first, then an upset customer, the wait,
    the next job at risk, access and pet notes."""
    i, f = view.interp, view.facts
    notes: list[Note] = []
    if i.intent == Intent.EMERGENCY and i.sure:
        notes.append(Note("safety", "EMERGENCY: " + hazard(i.hazard).heads_up))
    elif i.emergency_seen:  # danger seen but not sure: no safety text went out on its own
        maybe = f" It may be: {hazard(i.hazard).label.lower()}." if i.hazard else ""
        notes.append(Note("safety", POSSIBLE_EMERGENCY + maybe))
    elif i.intent == Intent.OPT_OUT:
        notes.append(
            Note("consent", "Customer opted out of texts: don't text them again; call if you need them.")
        )
    elif i.urgent:
        notes.append(
            Note("urgent", "Urgent: the customer needs a person now. A call will help more than a text.")
        )
    elif i.sentiment == "negative" and Intent.COMPLAINT in view.intents:
        notes.append(Note("upset", "The customer is upset: a quick call may help."))
    if Intent.RUNNING_LATE in view.intents:
        notes.extend(_wait_notes(view))
    for note in (i.access_note, *f.site_notes):
        if note:
            pet, access = re.search(phrases.PETS, note, re.I), re.search(phrases.ACCESS_WORDS, note, re.I)
            kind = "Access and pet" if pet and access else "Pet" if pet else "Access"
            notes.append(Note("access", f"{kind}: {note}"))
    return tuple(dict.fromkeys(notes))


def _minutes(delta: timedelta) -> int:
    return round(delta / timedelta(minutes=1))


def _wait_notes(view: _View) -> list[Note]:
    """When the late customer is expected, and whether waiting for them puts the next job at risk."""
    i, f = view.interp, view.facts
    tech_at = _technician_there_at(f, view.now) or view.now
    if i.arrival_at:
        customer_at = i.arrival_at
        expects = (
            f"Customer says a few minutes: planning on about {view.clock(customer_at, 'en')}"
            if vague_delay(view.message)
            else f"Customer expects to be there at {view.clock(customer_at, 'en')}"
        )
        notes = [Note("arrival", f"{expects} ({_minutes(customer_at - view.now)} min).")]
    else:
        customer_at = tech_at + DEFAULT_WAIT
        notes = [Note("arrival", f"No arrival time given: planning on about {_minutes(DEFAULT_WAIT)} min.")]
    if f.next_job_window_start:
        needed = timedelta(minutes=sum(t.minutes for t in f.tasks if t.needs_customer and not t.done))
        done_at = max(customer_at, tech_at) + needed
        late_by = done_at + timedelta(minutes=f.travel_minutes) - f.next_job_window_start
        if late_by > timedelta(0):
            notes.append(
                Note(
                    "next_job",
                    f"Next job at risk: waiting means finishing about {view.clock(done_at, 'en')}, "
                    f"{_minutes(late_by)} min late for the next window "
                    f"({view.clock(f.next_job_window_start, 'en')}) with {f.travel_minutes} min travel.",
                )
            )
    return notes
