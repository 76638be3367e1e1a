"""Scoring the interpreter and the assist on labelled corpora: the evaluation contract's metrics.

`manage.py evaluate CORPUS [--assist]` uses this module. It computes the same figures, with the same
definitions, as the contract's reference scorer (eval/CONTRACT.md, score.py), so the project can score
its own corpora (corpora/tuned/, corpora/sealed/) without anything outside the repository. The outputs
come from the very code `manage.py interpret` and `manage.py assist` run, on the records with their gold
labels stripped.

A labelled record is an input record (see eval/CONTRACT.md) plus `gold`: the intent, the other intents,
the arrival time, the requested day and time, urgency, sentiment and the access detail a reader expects.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import datetime
from zoneinfo import ZoneInfo

from messaging.interpret.contract import run_record, run_records
from messaging.interpret.intent import Intent

# --- What the assist checks look for in the technician's reply options --------------------------

EMPATHY = re.compile(
    r"\b(understand|no problem|no worries|sorry|totally|completely|i hear you|"
    r"thanks for (letting|the heads|telling)|thank you for (letting|the heads|telling)|"
    r"appreciate|makes sense|of course|happy to|glad|frustrat|stressful|"
    r"that'?s (rough|tough|a pain)|i get it|don'?t worry|entiendo|no se preocupe|"
    r"lo siento|gracias por)\b",
    re.I,
)
BANNED = re.compile(
    r"(per our policy|calm down|nothing (i|we) can do|as i (said|mentioned)|"
    r"you should have|your call is important|we apologi[sz]e for any inconvenience|"
    r"unfortunately that'?s not possible|not my problem|you need to)",
    re.I,
)
START = re.compile(r"\b(start|get started|begin|get going|get a head start|empezar|comenzar)\b", re.I)
CLOCK = re.compile(r"\b(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)|\b(\d{1,2}):(\d{2})\b", re.I)
SPANISH = re.compile(
    r"\b(el|la|los|las|llego|llegar|tarde|gracias|mañana|por favor|estoy|voy|minutos|código|puerta|"
    r"hola|señor|señora|usted|que|está|hoy|perdón|disculpe|necesito|cuando|cuándo)\b|¿",
    re.I,
)
ACKNOWLEDGES_NOTE = re.compile(r"got it|noted|thanks for|perfect|entendido|anotado|gracias", re.I)
# What a fitting answer to each intent must contain, in at least one reply.
FITS = {
    "where_is_tech": r"on (my|the|his|her) way|minutes?|\bmins?\b|\beta\b|running|heading|arriv|be there|"
    r"\d:\d\d|\d\s*(am|pm)|camino|llega|minutos",
    "reschedule": r"reschedul|another (day|time)|new time|other day|works? (for|better)|availab|open(ing)?s?\b|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week|"
    r"mañana|lunes|martes|miércoles|jueves|viernes|sábado|domingo|otro día|cambiar",
    "cancel": r"cancel",
    "complaint": r"sorry|apolog|lo siento|disculp|perdón",
    "emergency": r"safe|leave|outside|911|shut|turn (it )?off|evacuat|gas company|utility|do not|don'?t|"
    r"seguro|salga|cierre|llame",
    "customer_arrived": r"on my way|heading|be right|see you|coming|omw|\bvoy\b|door|be there|there in|ahí",
}
EMPATHY_EXPECTED = {
    Intent.RUNNING_LATE,
    Intent.COMPLAINT,
    Intent.WHERE_IS_TECH,
    Intent.RESCHEDULE,
    Intent.CANCEL,
    Intent.EMERGENCY,
}


# --- Running the project's own code ---------------------------------------------------------------


def load_corpus(lines: Iterable[str]) -> list[dict]:
    """The labelled records of a JSON Lines corpus; each must carry `gold` with at least an intent."""
    records = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        record = json.loads(line)
        if (
            not isinstance(record, dict)
            or not isinstance(record.get("gold"), dict)
            or "intent" not in record["gold"]
        ):
            raise ValueError(f"line {number}: a labelled record needs a `gold` object with an `intent`")
        records.append(record)
    return records


def run_unlabelled(records: list[dict], handle: Callable[[dict], dict]) -> tuple[list[dict], float]:
    """`handle`'s outputs for the records with their gold labels stripped, exactly as the `interpret`
    and `assist` commands read them (a record that fails gives {"id", "error"}), and the seconds taken."""
    lines = [json.dumps({k: v for k, v in r.items() if k != "gold"}, ensure_ascii=False) for r in records]
    started = time.perf_counter()
    outputs = list(run_records(lines, handle))
    return outputs, time.perf_counter() - started


def evaluate(records: list[dict], *, assist: bool = False) -> dict:
    """The contract's metrics for the records, from the project's interpreter (or assist)."""
    if assist:
        from messaging.management.commands.assist import assist_record

        handle = assist_record
    else:
        handle = run_record
    outputs, seconds = run_unlabelled(records, handle)
    figures = interpret_metrics(records, outputs)
    if assist:
        figures = {"interpretation": figures, **assist_metrics(records, outputs)}
    figures["seconds_total"] = round(seconds, 3)
    figures["ms_per_record"] = round(seconds * 1000 / max(len(records), 1), 3)
    return figures


# --- Interpretation metrics -----------------------------------------------------------------------


def parse_dt(value: object) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if value else None  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def ratio(hit: int, total: int) -> float | None:
    return round(hit / total, 4) if total else None


def f1(tp: int, fp: int, fn: int) -> float:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def interpret_metrics(records: list[dict], outputs: list[dict]) -> dict:
    """Intent accuracy and F1, arrival times, requested day and time, urgency, sentiment, access notes,
    and, when the outputs carry `sure`, how right the readings the project acts on alone are."""
    m: dict = {}
    pairs = [(r["gold"], o.get("interpretation", o)) for r, o in zip(records, outputs, strict=True)]
    m["records"] = len(pairs)
    m["errors"] = sum(1 for _, o in pairs if "error" in o)
    m["intent_accuracy"] = ratio(sum(g["intent"] == o.get("intent") for g, o in pairs), len(pairs))
    per_label = {}
    for label in sorted({g["intent"] for g, _ in pairs}):
        tp = sum(g["intent"] == label and o.get("intent") == label for g, o in pairs)
        fp = sum(g["intent"] != label and o.get("intent") == label for g, o in pairs)
        fn = sum(g["intent"] == label and o.get("intent") != label for g, o in pairs)
        per_label[label] = round(f1(tp, fp, fn), 3)
    m["intent_macro_f1"] = round(sum(per_label.values()) / len(per_label), 4) if per_label else None
    m["intent_f1_by_label"] = per_label
    tp = fp = fn = 0
    for g, o in pairs:
        expected, given = set(g.get("intents") or [g["intent"]]), set(o.get("intents") or [])
        tp, fp, fn = tp + len(expected & given), fp + len(given - expected), fn + len(expected - given)
    m["intents_multilabel_f1"] = round(f1(tp, fp, fn), 4)

    with_arrival = [(g, o) for g, o in pairs if g.get("arrival_at")]
    close = 0
    for g, o in with_arrival:
        expected, given = parse_dt(g["arrival_at"]), parse_dt(o.get("arrival_at"))
        close += bool(given and given.tzinfo and abs((expected - given).total_seconds()) <= 300)
    m["arrival_within_5min"] = ratio(close, len(with_arrival))
    m["arrival_records"] = len(with_arrival)
    m["arrival_spurious"] = sum(1 for g, o in pairs if not g.get("arrival_at") and o.get("arrival_at"))

    for key in ("requested_date", "requested_time", "requested_part_of_day"):
        labelled = [(g, o) for g, o in pairs if g.get(key)]
        m[key] = ratio(sum(g[key] == o.get(key) for g, o in labelled), len(labelled))
        m[key + "_records"] = len(labelled)

    tp = sum(bool(g.get("urgent")) and bool(o.get("urgent")) for g, o in pairs)
    fp = sum(not g.get("urgent") and bool(o.get("urgent")) for g, o in pairs)
    fn = sum(bool(g.get("urgent")) and not o.get("urgent") for g, o in pairs)
    m["urgent_precision"] = ratio(tp, tp + fp)
    m["urgent_recall"] = ratio(tp, tp + fn)
    m["sentiment_accuracy"] = ratio(
        sum(g.get("sentiment") == o.get("sentiment") for g, o in pairs), len(pairs)
    )

    def note_holds_key(g: dict, o: dict) -> bool:
        return g["access_key"].lower() in (o.get("access_note") or "").lower()

    with_access = [(g, o) for g, o in pairs if g.get("access_key")]
    m["access_found"] = ratio(sum(note_holds_key(g, o) for g, o in with_access), len(with_access))
    m["access_records"] = len(with_access)
    # The note is the detail ("gate code 4411"), not the whole message it came in: judged on messages
    # that say something besides the access detail.
    mixed = [
        (r, g, o)
        for r, (g, o) in zip(records, pairs, strict=True)
        if g.get("access_key") and set(g.get("intents") or [g["intent"]]) - {Intent.ACCESS_INFO}
    ]
    m["access_precise"] = ratio(
        sum(
            note_holds_key(g, o) and len(o.get("access_note") or "") <= 0.8 * len(r.get("text") or "")
            for r, g, o in mixed
        ),
        len(mixed),
    )
    # `sure` (optional in the contract): the project acts on this reading without a person.
    if any("sure" in o for _, o in pairs):
        sure = [(g, o) for g, o in pairs if o.get("sure")]
        unsure = [(g, o) for g, o in pairs if not o.get("sure")]
        m["sure_share"] = ratio(len(sure), len(pairs))
        m["sure_intent_accuracy"] = ratio(sum(g["intent"] == o.get("intent") for g, o in sure), len(sure))
        m["unsure_intent_accuracy"] = ratio(
            sum(g["intent"] == o.get("intent") for g, o in unsure), len(unsure)
        )
        m["sure_false_emergency"] = sum(
            o.get("intent") == Intent.EMERGENCY and g["intent"] != Intent.EMERGENCY for g, o in sure
        )
        m["sure_missed_urgent"] = sum(bool(g.get("urgent")) and not o.get("urgent") for g, o in sure)
    m["confusions"] = Counter(
        f"{g['intent']}->{o.get('intent')}" for g, o in pairs if g["intent"] != o.get("intent")
    ).most_common(12)
    return m


# --- Assist metrics -------------------------------------------------------------------------------


def clock_mentions(text: str) -> list[set[int]]:
    """Each clock time named in a text, as the set of its readings in minutes after midnight
    (both am and pm when the text does not say)."""
    found = []
    for match in CLOCK.finditer(text):
        if match.group(1):
            hour, minute, half = int(match.group(1)), int(match.group(2) or 0), match.group(3).lower()
            found.append({(hour % 12 + (12 if half.startswith("p") else 0)) * 60 + minute})
        else:
            hour, minute = int(match.group(4)), int(match.group(5))
            found.append({hour * 60 + minute, (hour % 12) * 60 + minute, (hour % 12 + 12) * 60 + minute})
    return found


def similar(a: str, b: str) -> float:
    """Word overlap of two texts (Jaccard), 0 to 1."""
    words_a, words_b = set(re.findall(r"\w+", a.lower())), set(re.findall(r"\w+", b.lower()))
    return len(words_a & words_b) / max(len(words_a | words_b), 1)


def _allowed_clock_minutes(record: dict, gold: dict) -> set[int]:
    """The clock times a reply may name: those in the customer's text or the business's last text, the
    window's ends, the customer's arrival and the time they asked for (minutes after local midnight)."""
    allowed: set[int] = set()
    for source in (record["text"], record.get("last_outbound") or ""):
        allowed |= set().union(*clock_mentions(source))
    zone = ZoneInfo(record["timezone"])
    for key in ("window_start", "window_end"):
        moment = parse_dt(record.get(key)).astimezone(zone)
        allowed.add(moment.hour * 60 + moment.minute)
    if gold.get("arrival_at"):
        arrival = parse_dt(gold["arrival_at"]).astimezone(zone)
        allowed.add(arrival.hour * 60 + arrival.minute)
    if gold.get("requested_time"):
        hours, minutes = map(int, gold["requested_time"].split(":"))
        allowed.add(hours * 60 + minutes)
    return allowed


def assist_metrics(records: list[dict], outputs: list[dict]) -> dict:
    """Each record's reply options held to the contract's checks; the share of records passing all."""
    passed: Counter = Counter()
    totals: Counter = Counter()
    failures: list[str] = []

    def check(name: str, ok: object, record_id: str) -> None:
        totals[name] += 1
        passed[name] += bool(ok)
        if not ok:
            failures.append(f"{record_id}: {name}")

    for r, o in zip(records, outputs, strict=True):
        g, job, rid = r["gold"], r["job"], r["id"]
        replies = o.get("replies") or []
        texts = [x.get("text", "") for x in replies if isinstance(x, dict)]
        first_name = (job.get("customer_name") or "").split()[0:1]
        if g["intent"] == Intent.OPT_OUT:
            check("no replies after opt_out", not texts, rid)
            continue
        check("2-4 replies", 2 <= len(texts) <= 4, rid)
        check("each reply <= 320 chars", texts and all(0 < len(t) <= 320 for t in texts), rid)
        check("replies distinct", texts and len(set(texts)) == len(texts), rid)
        check("no blaming or policy language", texts and not any(BANNED.search(t) for t in texts), rid)
        if g["intent"] in EMPATHY_EXPECTED:
            check("acknowledges the feeling", any(EMPATHY.search(t) for t in texts), rid)
        specific = [*first_name]
        if g.get("arrival_at"):
            arrival = parse_dt(g["arrival_at"])
            specific += [
                arrival.strftime("%-I:%M"),
                f"{arrival.hour % 12 or 12}{arrival.strftime('%p').lower()}",
            ]
        check(
            "personal (name or time)", any(s and s.lower() in t.lower() for t in texts for s in specific), rid
        )
        start_now = o.get("start_now") or []
        tasks = {t["name"]: t for t in job.get("tasks", [])}
        free = [t for t in job.get("tasks", []) if not t.get("needs_customer")]
        check(
            "start_now only tasks without the customer",
            all(tasks.get(s.get("name"), {}).get("needs_customer") is False for s in start_now),
            rid,
        )
        if g["intent"] == Intent.RUNNING_LATE and r["job_status"] == "on_site" and free:
            check("offers to start work when late and on site", any(START.search(t) for t in texts), rid)
            check("start_now given when late and on site", bool(start_now), rid)
            arrival, now = parse_dt(g.get("arrival_at")), parse_dt(r["received_at"])
            if arrival and start_now:
                budget = (arrival - now).total_seconds() / 60 + 10
                total = sum(int(tasks.get(s.get("name"), {}).get("minutes", 0)) for s in start_now)
                shortest = (
                    len(start_now) == 1
                    and start_now[0].get("name") == min(free, key=lambda t: t["minutes"])["name"]
                )
                check("start_now fits before the customer arrives", total <= budget or shortest, rid)
        if g["intent"] == Intent.EMERGENCY:
            check("heads_up on emergency", bool(o.get("heads_up")), rid)
        if g["intent"] in FITS:
            check(
                f"answers the {g['intent']}", any(re.search(FITS[g["intent"]], t, re.I) for t in texts), rid
            )
        if g["intent"] == Intent.ACCESS_INFO and g.get("access_key"):
            check(
                "acknowledges the access note",
                any(g["access_key"].lower() in t.lower() or ACKNOWLEDGES_NOTE.search(t) for t in texts),
                rid,
            )
        if g["intent"] == Intent.RUNNING_LATE and not free:
            check(
                "offers no start when nothing can be done without the customer",
                texts and not any(START.search(t) for t in texts),
                rid,
            )
        if len(SPANISH.findall(r["text"])) >= 2:
            check("answers in Spanish", any(len(SPANISH.findall(t)) >= 2 for t in texts), rid)
        allowed = _allowed_clock_minutes(r, g)
        mentions = [m for t in texts for m in clock_mentions(t)]
        check(
            "no invented clock times",
            all(any(abs(n - a) <= 5 for n in m for a in allowed) for m in mentions),
            rid,
        )
        if len(texts) >= 2:
            check(
                "replies offer different things",
                all(similar(x, y) < 0.7 for i, x in enumerate(texts) for y in texts[i + 1 :]),
                rid,
            )
    m: dict = {"records": len(records), "errors": sum(1 for o in outputs if "error" in o)}
    m["checks"] = {name: f"{passed[name]}/{totals[name]}" for name in sorted(totals)}
    m["checks_passed"] = ratio(sum(passed.values()), sum(totals.values()))
    failed_ids = {f.split(":")[0] for f in failures}
    m["records_all_checks_pass"] = ratio(len(records) - len(failed_ids), len(records))
    m["failures_sample"] = failures[:15]
    m["failures_by_check"] = Counter(f.split(": ", 1)[1] for f in failures).most_common()
    return m
