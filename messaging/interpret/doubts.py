"""Doubts as records: shapes of text on which two agreeing voices were still wrong (issue 13, h13sure11).

`voices` acts alone only when the rules and the learned voice agree. On fresh texts the two agree
and are wrong in a few recurring shapes, where both read the words the same way and miss what the
text does with them: a lateness that only repeats the time the business's own last text gave ("20
minutes huh. sure." after "should arrive in about 20 minutes"), a request whose own word the text
denies ("not cancelling, just pushing it back a week"), thanks for a sum of money ("thanks so much
for the $400 paperweight"), a long text in which neither voice found anything to act on. A `Doubt`
names one such shape, the readings it holds back and why; its `examples` must be found and its
`near_misses` must not (`tests/interpret/test_doubts_h13sure11.py` runs both). A doubt never changes
the reading, only whether the project acts on it without a person.

Each was found on half A of the h13sure11 probe corpus (`corpora/tuned/probe_sure11_a.jsonl`) and
kept only if, on the held-out half the code never met, it held back more wrong sure readings than
right ones (corpora/README.md, h13sure11).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .normalize import normalise
from .types import Interpretation, MessageContext

# (text, the business's last text) as a doubt sees them.
Sample = tuple[str, str | None]


@dataclass(frozen=True)
class Doubt:
    """One shape of text on which agreeing voices are not to be acted on alone."""

    id: str
    intents: tuple[str, ...]  # the rules' readings it holds back; any other reading is left alone
    why: str  # said in the evidence ("not sure: ...")
    found: Callable[[str, MessageContext | None, Interpretation], bool]
    examples: tuple[Sample, ...]
    near_misses: tuple[Sample, ...]

    def holds(self, text: str, context: MessageContext | None, rules: Interpretation) -> bool:
        """Whether this doubt holds the rules' reading back."""
        return rules.intent in self.intents and self.found(text, context, rules)


# ---- a lateness that repeats the time the last text gave -------------------------------------------

_MINUTES_IN = re.compile(r"(\d{1,3})\s*(?:-\s*\d{1,3}\s*)?(?:min|mins|minute|minutes|minutos|minuten)\b", re.I)
_NUMBER = re.compile(r"\d{1,3}")
# The customer speaking of themselves: their own time comes with "I", "we", "voy", "estoy".
_FIRST_PERSON = re.compile(
    r"(?<![a-z'])(?:i|i'm|im|i'll|me|my|we|we're|we'll|us|our|yo|voy|llego|estoy|estamos|vamos|llegamos|llegaré)(?![a-z'])"
)


def _echoes_the_last_texts_minutes(text: str, context: MessageContext | None, rules: Interpretation) -> bool:
    """The rules read a bare wait ("wait '20 minutes'": a number of minutes and no word of lateness)
    whose number is the one the business's last text gave ("Luis ... should arrive in about 20
    minutes"), and the text says nothing of the customer themselves ("I", "we", "voy"). Said back
    alone, the figure is as likely the customer quoting the technician's ETA (doubting it, mocking
    it, checking it) as their own delay; "no voy a llegar a tiempo, como 15 minutos más" is their own."""
    last = (context.last_outbound if context else None) or ""
    offered = {m.group(1) for m in _MINUTES_IN.finditer(last)}
    if not offered or _FIRST_PERSON.search(normalise(text)):
        return False
    for evidence in rules.evidence:
        if evidence.startswith("wait '"):
            said = set(_NUMBER.findall(evidence))
            if said & offered:
                return True
    return False


ECHOED_WAIT = Doubt(
    id="echoed_wait",
    intents=("running_late",),
    why="the minutes said are the ones the last text gave: an echo of the technician's time or the customer's own",
    found=_echoes_the_last_texts_minutes,
    examples=(
        ("20 minutes huh. sure.", "Rapid Rooter: Luis is on the way and should arrive in about 20 minutes."),
        ("20 min lol ok", "Rapid Rooter: Luis is on the way and should arrive in about 20 minutes."),
        ("15 minutos jaja", "FixRight: Bruno va en camino y llegará en unos 15 minutos."),
    ),
    near_misses=(
        # the same figure, said of themselves ("voy"): their own
        ("No voy a llegar a tiempo, como 15 minutos más", "FixRight: Bruno va en camino y llegará en unos 15 minutos."),
        # another figure: their own
        ("15 min", "Rapid Rooter: Luis is on the way and should arrive in about 20 minutes."),
        # a word of lateness: their own ("running 20 late" is not a bare wait)
        ("running 20 late sorry", "Rapid Rooter: Luis is on the way and should arrive in about 20 minutes."),
        # the last text gave no minutes
        ("20 minutes", "Rapid Rooter: reminder, Luis will arrive today between 8am and 10am."),
    ),
)


# ---- a request whose own word the text denies ------------------------------------------------------

_NEGATED = {
    "cancel": re.compile(
        r"(?:(?<![a-z])(?:not|never|no need to|no quiero|no hace falta|no vamos a|no voy a)|n't)\s+"
        r"(?:(?:want|wanted|going|need|have|trying|planning|looking|asked|meant)\s+to\s+|gonna\s+|wanna\s+)?(?:cancel\w*|cancelar)\b"
    ),
    "reschedule": re.compile(
        r"(?:(?<![a-z])(?:not|never|no need to|no quiero|no hace falta)|n't)\s+"
        r"(?:(?:want|wanted|going|need|have|trying|planning|looking|asked|meant)\s+to\s+|gonna\s+|wanna\s+)?"
        r"(?:reschedul\w*|reprogramar|cambiar la cita)\b"
    ),
}


def _denies_its_own_word(text: str, context: MessageContext | None, rules: Interpretation) -> bool:
    """The word that names the reading's own request is denied ("I never asked to cancel", "we don't
    want to cancel", "no hace falta cancelar"). Both voices read the request word; the text says the
    request is not made, and what it asks instead is in the clause after. Lateness is left out: "not
    gonna be late, I'm 5 min out" still says when they will be there, which is what the reading acts on."""
    pattern = _NEGATED.get(rules.intent)
    return pattern is not None and pattern.search(normalise(text)) is not None


DENIED_REQUEST = Doubt(
    id="denied_request",
    intents=("cancel", "reschedule"),
    why="the text denies the request its reading names",
    found=_denies_its_own_word,
    examples=(
        ("I never asked to cancel", None),
        ("I never asked to reschedule", None),
        ("I don't want to cancel, just move it to friday", None),
        ("No hace falta cancelar, nos vemos mañana", None),
    ),
    near_misses=(
        ("please cancel", None),
        # the denied word is another request's: the reading (reschedule) is not the one denied
        ("we're not cancelling, just need a new day", None),
        ("I can't make it, please cancel", None),
        ("can't do tomorrow, need to reschedule", None),
        ("sorry I didn't text sooner, need to reschedule", None),
        ("no, cancel it", None),
    ),
)


# ---- thanks for a sum of money -----------------------------------------------------------------------

_MONEY = re.compile(
    r"[$€£]\s?\d|\d\s?(?:dollars?|bucks|usd|pesos|euros)\b|\b(?:dollars|bucks)\b", re.I
)


def _thanks_for_money(text: str, context: MessageContext | None, rules: Interpretation) -> bool:
    """A thanks that names a sum of money. A customer seldom thanks for a price in plain words; it is
    how sarcasm about one is said ("thanks so much for the $400 paperweight"), and both voices read
    only the thanks."""
    return _MONEY.search(text) is not None


PRICED_THANKS = Doubt(
    id="priced_thanks",
    intents=("thanks",),
    why="thanks beside a sum of money may be sarcasm about the price",
    found=_thanks_for_money,
    examples=(
        ("Thanks so much for the $400 paperweight", None),
        ("thx for the 250 dollar visit", None),
        ("thanks for the $90 visit that fixed nothing", None),
    ),
    near_misses=(
        ("thanks so much!", None),
        ("thanks, see you at 4", None),
        ("thank you, 5 stars", None),
    ),
)


# ---- a confirmation promised for later ----------------------------------------------------------------

_DEFERRED = re.compile(
    r"(?<![a-z])(?:will|i'll|we'll|going to|gonna|need to|have to|can't|cannot|can not|let me)\s+"
    r"(?:\w+\s+)?(?:confirm|get back to you|let you know)\b"
    r"|\bconfirm\s+(?:later|tonight|tomorrow|in the morning|once|when|after|asap|by)\b"
    r"|\b(?:le|te|les)\s+(?:confirmo|aviso)\s+(?:más tarde|mas tarde|luego|mañana|en la noche|después|despues)\b"
)


def _confirms_later(text: str, context: MessageContext | None, rules: Interpretation) -> bool:
    """The confirm word is a promise for later ("will confirm tonight", "I'll confirm once I know",
    "can't confirm yet", "te confirmo más tarde"): the customer has not confirmed, and what the text
    does say ("might need to push tomorrow") is often another request both voices rate below it."""
    return _DEFERRED.search(normalise(text)) is not None


DEFERRED_CONFIRM = Doubt(
    id="deferred_confirm",
    intents=("confirm",),
    why="the confirmation is promised for later, not given",
    found=_confirms_later,
    examples=(
        ("might need to push tomorrow, will confirm tonight", None),
        ("I'll confirm once I hear from my husband", None),
        ("can't confirm yet, waiting on work", None),
        ("Le confirmo más tarde", None),
        ("will confirm later", None),
    ),
    near_misses=(
        ("confirmed", None),
        ("yes I confirm", None),
        ("C, will be there", None),
        ("confirming for tomorrow, thanks", None),
    ),
)


# ---- a long text neither voice found anything in -----------------------------------------------------

# Lettered words from which a text the rules found no cue in is too long to be passed by alone.
LONG_UNREAD_WORDS = 6
_WORD = re.compile(r"[^\W\d_]{2,}")


def _long_without_a_cue(text: str, context: MessageContext | None, rules: Interpretation) -> bool:
    """The rules fell back on "other" (no cue, no form) in a text of `LONG_UNREAD_WORDS` words or
    more. A short "ok then" or "lol" is rightly nothing to act on; a sentence ("no no, keep the
    appointment, I was texting my sister lol") says something neither voice has words for."""
    return not rules.evidence and len(_WORD.findall(text)) >= LONG_UNREAD_WORDS


UNREAD_LONG_TEXT = Doubt(
    id="unread_long_text",
    intents=("other",),
    why="a long text in which the rules found nothing: it says something neither voice reads",
    found=_long_without_a_cue,
    examples=(("no no, keep the appointment, I was texting my sister lol", None),),
    near_misses=(("lol ok", None), ("hmm", None)),
)


DOUBTS: tuple[Doubt, ...] = (ECHOED_WAIT, DENIED_REQUEST, PRICED_THANKS, DEFERRED_CONFIRM, UNREAD_LONG_TEXT)


def doubts_for(text: str, context: MessageContext | None, rules: Interpretation) -> tuple[str, ...]:
    """The `why` of every doubt that holds the rules' reading of `text` back (most texts: none)."""
    return tuple(f"{doubt.id}: {doubt.why}" for doubt in DOUBTS if doubt.holds(text, context, rules))
