"""Take-back cues: a later clause takes back or corrects what the text said first.

"never mind the cancel, we'll keep it", "actually scratch that, 3 works", "wait no, ignore my last
text", "sorry wrong day, I meant Thursday", "Please cancel. Actually no, don't cancel", "olvídalo, sí
puedo mañana", "laisse tomber, c'est bon": the request words before the take-back are withdrawn, and
the contract's reading follows the final intent, which is what comes after it. Read whole, such texts
were a sure cancel or a sure lateness for words the customer had just withdrawn (issue 13,
h13takeback12).

These cues name no intent of their own (they stand for `other`). `voices` reads the text after the
last standing take-back (`kept_part`); nothing after it ("wait no, ignore my last text") is `other`.
When the take-back changes the reading, the project does not act alone: what was withdrawn, and
whether the rest is all the customer means, is for a person to see (`TAKEBACK_DOUBT`).

Cues whose id starts `takeback.drop_clause` take the rest of their clause with them ("disregard my
earlier text about cancelling, we still want it": the retraction's object runs to the comma).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..normalize import normalise
from . import Cue, CueSet, cue

CUES: tuple[Cue, ...] = (
    cue(
        "takeback.drop_clause",
        "other",
        # a retraction with its object: the object runs to the end of its clause (`kept_part`)
        r"(?:please )?(?:ignore|disregard|forget|scratch|delete|undo|cancel) (?:my|the|that|this) "
        r"(?:last|previous|earlier|other|first)? ?(?:text|message|msg|sms|cancel\w*|request|question)",
        r"(?:never ?mind|nevermind|nvm|forget) (?:the|my|about the|about my) (?:cancel\w*|reschedul\w*|last (?:text|message)|question|request|earlier (?:text|message))",
        r"(?:forget|ignore|disregard) (?:what|everything) i (?:just )?(?:said|wrote|texted|sent)",
        r"(?:ignora|ignore|borra|olvida) (?:mi|el|lo que|a) ?(?:[úu]ltim[oa] mensagem|[úu]ltimo mensaje|mensaje anterior|dije|que eu disse)",
        r"oubliez? (?:mon|monday|le) (?:dernier )?message|oubliez? ce que j'ai dit",
        examples=(
            "wait no, ignore my last text",
            "disregard my earlier text about cancelling, we still want the appointment",
            "never mind the cancel, we'll keep it",
            "never mind the reschedule, we'll keep Tuesday",
            "undo that cancel please, we still want Luis tomorrow",
            "forget what I said, Thursday doesn't work either",
            "ignora mi último mensaje, todo bien para mañana",
            "ignora a última mensagem, está tudo certo",
            "oubliez mon dernier message, demain ça marche",
        ),
        near_misses=(
            "please cancel the appointment",
            "did you get my last text?",
            "I forgot the gate code, it's 4411",
            "ignore the dog, he's friendly",
        ),
        vetoes=(),
        why="a retraction of what the text, or the last text, said: its object goes with it",
    ),
    cue(
        "takeback.bare",
        "other",
        # the retraction alone: what follows it is the final intent
        r"(?:never ?mind|nevermind|nvm|scratch that|cancel that(?= ?[,.!-])|forget it|disregard(?= ?[,.!-])|"
        r"ignore (?:that|this)|wait no|no wait|actually no|oh wait(?=[,\s]+(?!is\b|are\b|do\b|does\b|can\b|will\b|what\b|when\b)[a-z])|correction|my bad|sorry,? wrong (?:day|date|time|thread|chat)|"
        r"wrong (?:day|date|time),? sorry|i meant(?! to)|(?:didn't|did not|never) mean to (?:cancel|send (?:that|this)|reschedule))",
        r"olv[íi]dalo|olvida eso|no importa(?= ?[,.!])|no,? espera|me equivoqu[ée](?: de d[íi]a)?|quise decir",
        r"laissez? tomber|non attendez|non attends|je voulais dire|annulez ça|laissez? faire",
        r"esquece(?: isso)?|deixa pra l[áa]|desculpa,? dia errado|quis dizer",
        r"vergiss es|vergessen sie (?:es|das)|kommando zur[üu]ck|lascia(?:te)? perdere",
        examples=(
            "nvm he's here",
            "actually scratch that, 3 works",
            "cancel that, we're fine for tomorrow",
            "sorry wrong day, I meant Thursday",
            "olvídalo, sí puedo mañana",
            "laisse tomber, c'est bon",
            "Please cancel. Actually no, don't cancel, we'll be home",
            "esquece, pode vir amanhã sim",
            "vergiss es, morgen passt doch",
            "Kommando zurück, wir behalten den Termin",
            "lascia perdere, domani va bene",
            "Oops, I didn't mean to cancel! We still need the visit tomorrow",
        ),
        near_misses=(
            "I don't mind the wait",
            "please cancel that appointment",
            "I meant to ask, does he need the gate code?",
            "wait, is the appointment still tomorrow?",
            "nice of your bloke to show up... oh wait",
            "Confirmed! Oh wait, is that 1pm Chicago time?",
            "oops wrong person sorry not for you",
            "the code doesn't matter, the gate is open",
            "you came on the wrong day!",
        ),
        vetoes=(),
        why="the retraction alone: the clause after it says what is meant",
    ),
)

TAKEBACK = CueSet("other", CUES)

# Where a take-back's object ends: the next clause mark in the raw text.
_CLAUSE_END = re.compile(r"[,.!?;:\n]| - | — ")
# Marks and spaces between the take-back and what follows it.
_LEAD = re.compile(r"^[\s,.!?;:\-—–…]+")
# Word ends in the raw text: where a cut may fall.
_WORD_END = re.compile(r"\S+")

TAKEBACK_DOUBT = "takeback: a later clause takes back what the text said first; a person reads what is meant"


@dataclass(frozen=True)
class TakeBack:
    """What a text keeps after its last take-back, and the take-back's own words (normalised)."""

    kept: str
    said: str


# Take-backs that say what they withdraw ("ignore that", "scratch that", "sorry, wrong thread"): one
# may end the text ("Cancel my appointment. Sorry, wrong thread, please ignore that"). Any other
# take-back ending the text withdraws nothing we can see: "be here by 4 or forget it" is an ultimatum.
_NAMES_WHAT = re.compile(
    r"ignore|disregard|scratch|cancel that|wrong (?:thread|chat)|olvida eso|vergessen sie das"
)
# A bare "never mind" closing a sentence that holds news ("I'm here now actually, never mind. But
# fyi gate code ..."): it withdraws an earlier text, not this one's news.
_NEVER_MIND = re.compile(r"^(?:never ?mind|nevermind|forget it)$")
_SENTENCE_END_AFTER = re.compile(r"^\s*(?:[.!]|$)")
_WORDS_BEFORE_IN_SENTENCE = re.compile(r"\w[^.!?…\n]*$")


def kept_part(raw: str) -> TakeBack | None:
    """What the raw text keeps after its last standing take-back (`CUES`), or None when it has none.

    Cues run on the normalised text, whose offsets are not the raw text's: the cut is the first raw
    word end whose prefix, normalised, already holds as many standing take-backs as the whole text.
    A `takeback.drop_clause` take-back drops the rest of its clause too. The kept text may be empty
    ("wait no, ignore my last text": nothing meant but the retraction)."""
    norm = normalise(raw)
    hits = [hit for hit in TAKEBACK.scan(norm) if hit.stands]
    if not hits:
        return None
    last = hits[-1]
    if (
        _NEVER_MIND.match(last.text)
        and _SENTENCE_END_AFTER.match(norm[last.end :])
        and _WORDS_BEFORE_IN_SENTENCE.search(norm[: last.start])
    ):
        return None
    wanted = len(hits)
    cut = word_start = len(raw)
    for word in _WORD_END.finditer(raw):
        prefix = normalise(raw[: word.end()])
        if sum(1 for hit in TAKEBACK.scan(prefix) if hit.stands) >= wanted:
            cut, word_start = word.end(), word.start()
            break
    if last.cue.id == "takeback.drop_clause":
        end = _CLAUSE_END.search(raw, word_start)
        cut = end.start() if end else len(raw)
    kept = _LEAD.sub("", raw[cut:]).strip()
    if (
        not any(ch.isalnum() for ch in kept)
        and last.cue.id != "takeback.drop_clause"
        and not _NAMES_WHAT.search(last.text)
    ):
        return None
    return TakeBack(kept, last.text)
