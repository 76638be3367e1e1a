"""The worker's batch drain of stored texts: one task handles every text waiting, not a task a text.

With Redis as django-q2's broker, the webhook does not queue a task for each text it stores: it
queues a drain of the text's partition only when none is queued yet (`queue_drain`: a Redis SET NX
with a short expiry, cleared by the drain when it starts). The drain handles every stored text of
its partition that is not understood yet, oldest first, in batches, and queues itself again when
it has run long enough. django-q2's own work for each task (signing, pickling, the queue's round
trips, the monitor) is then paid once per batch, and the webhook makes one Redis call, not a task.

Exactly once, in order:
- a text's partition is its customer's id modulo INBOUND_DRAINS (strangers: partition 0), so all
  texts of one customer are in one partition;
- one drain at a time holds a partition (a Redis lock with a lease, renewed each batch), and it
  handles the partition's texts one after the other in arrival order: a customer's texts are
  understood in the order they came. A drain that finds the partition held stops at once; the
  holder looks again after it lets go, so a text stored meanwhile is never left waiting;
- the interpretation's claim (`understand.claim`) stays the final guard: a text handled by two
  hands (a drain whose lease ran out, the sweep's re-queued task) is still applied once;
- a drain killed mid-batch leaves its texts stored and not understood: the next drain of the
  partition takes them once the lease runs out (DRAIN_LEASE), and the sweep (`requeue_unhandled`)
  stays the safety net.

Consent keywords are answered by the webhook at once, and the webhook's decision is stored with
the text (`Message.consent_keyword`): the drain takes them too, with the texts nobody answered yet.
A keyword with a task of its own waited behind the drains for a free worker, the slowest texts of a
busy minute. A stranger's text keeps its own task; without Redis (the ORM broker of small shops and
the demo) each text does.
"""

from __future__ import annotations

import functools
import logging
import time
from collections import Counter
from collections.abc import Callable

from django.conf import settings
from django.db import connections, router
from django.db.models import F
from django.utils import timezone
from django_q.tasks import async_task
from redis import Redis
from redis.exceptions import LockError

from messaging.inbound import pipeline
from messaging.models import Direction, Message
from messaging.outbox.delivery import batched_delivery

logger = logging.getLogger(__name__)

DRAIN_BATCH = 50
# How long a drain holds its partition without renewing the lease (it renews after each batch); a
# drain killed mid-batch keeps the partition from the others this long at most.
DRAIN_LEASE = 15
# A drain that has run this long queues its successor and ends. The tasks queued behind it (a consent
# keyword's own task, a dispatcher's reply, the sweeps) wait for a free worker, and both workers may be
# draining. At a steady 200 texts a second (bench_webhook_ratio.py, quiet machine, two runs each):
# at 20 s the lag from webhook to understood was median 0.6-1.3 s, p99 19-20 s; at 5 s median
# 1.0-3.1 s, p99 8.6-9.7 s (the texts with their own task 10.8 s, the drained 7.0 s); at 2 s the
# restarts cost more than they gave (median 3.1 s, p99 8.1 s and growing). django-q2 kills a task at 60 s.
DRAIN_RUN_SECONDS = 5.0
# A queued drain that never started (its task lost) stops suppressing new ones after this long.
DRAIN_PENDING_SECONDS = 30


def drains_in_use() -> bool:
    """Whether texts go to the batch drains: only with Redis, which holds the drains' keys."""
    return "redis" in settings.Q_CLUSTER


def partition_of(customer_id: int | None) -> int:
    return (customer_id or 0) % settings.INBOUND_DRAINS


def _redis() -> Redis:
    """The Redis client django-q2's broker holds (one per process)."""
    from messaging.inbound.store import worker_queue  # the webhook's module imports this one

    return worker_queue().connection


def _key(partition: int, what: str) -> str:
    from messaging.inbound.store import worker_queue

    return f"{worker_queue().list_key}:inbound-drain:{partition}:{what}"


def queue_drain(partition: int) -> None:
    """Queue a drain of `partition` unless one is queued and has not started yet."""
    if _redis().set(_key(partition, "pending"), 1, nx=True, ex=DRAIN_PENDING_SECONDS):
        from messaging.inbound.store import worker_queue

        async_task(
            "messaging.tasks.drain_inbound",
            partition,
            task_name=f"drain inbound texts ({partition})",
            broker=worker_queue(),
            q_options={"save": False},  # the texts' rows record the outcome; failures are still saved
        )


def forget_pending_drains() -> None:
    """Drop every partition's "a drain is queued" mark (with the queue itself, in tests)."""
    client = _redis()
    for partition in range(settings.INBOUND_DRAINS):
        client.delete(_key(partition, "pending"))


@functools.cache
def _waiting_sql(alias: str, *, skipped: int, limit: int) -> str:
    """The read of `waiting_texts`, written once per database (and number of texts skipped, and
    limit) from the model's names: a drain that finds a text or two waiting makes it twice for
    them, and built by the ORM it cost more than a millisecond each time."""
    quote = connections[alias].ops.quote_name
    names = (
        "id",
        "direction",
        "interpretation",
        "handled_at",
        "consent_keyword",
        "created_at",
        "attempts",
        "customer",
    )
    column = {name: quote(Message._meta.get_field(name).column) for name in names}
    skip = f" AND {column['id']} NOT IN ({', '.join(['%s'] * skipped)})" if skipped else ""
    # Only the model's own names are written into the SQL; every value is a parameter. The first
    # conditions are the pending-inbound index's own, so it is the index read.
    return (
        f"SELECT {column['id']} FROM {quote(Message._meta.db_table)}"  # noqa: S608
        f" WHERE {column['direction']} = %s AND {column['interpretation']} IS NULL"
        f" AND ({column['handled_at']} IS NULL OR {column['consent_keyword']} <> '')"
        f" AND {column['created_at']} > %s AND {column['attempts']} < %s"
        f" AND COALESCE({column['customer']}, 0) %% %s = %s{skip}"
        f" ORDER BY {column['created_at']}, {column['id']} LIMIT {int(limit)}"
    )


def waiting_texts(partition: int, *, skip: set[int], limit: int = DRAIN_BATCH) -> list[int]:
    """The ids of `partition`'s stored texts that nobody understood or answered yet, and its
    consent keywords the webhook answered (their interpretation still waits), oldest first (the
    pending-inbound index: its cost does not grow with the message history). Answered already,
    and so not waiting: a thread a person answered before the drain came to it (the sweep's task
    has it then)."""
    connection = connections[router.db_for_read(Message)]
    since = Message._meta.get_field("created_at").get_db_prep_value(
        timezone.now() - pipeline.HANDLING_GIVE_UP, connection
    )
    params = [Direction.INBOUND, since, pipeline.HANDLING_MAX_REQUEUES, settings.INBOUND_DRAINS, partition]
    with connection.cursor() as cursor:
        cursor.execute(
            _waiting_sql(connection.alias, skipped=len(skip), limit=limit), [*params, *sorted(skip)]
        )
        return [pk for (pk,) in cursor.fetchall()]


def handle_text(message_id: int, batch: pipeline.BatchRead | None = None) -> str:
    """One text, as its own task would handle it (with what the drain read for its batch); a
    failure is flagged for the dispatcher and counted, so the drains try a text a few times at
    most (the sweep's count too)."""
    try:
        return pipeline.handle_stored_text(message_id, batch=batch)
    except Message.DoesNotExist:
        return "no such inbound message"
    except Exception:
        logger.exception("Handling inbound message %s failed; flagged for the dispatcher", message_id)
        Message.objects.filter(pk=message_id).update(flagged=True, attempts=F("attempts") + 1)
        return "failed"


def handle_batch(
    ids: list[int],
    *,
    seen: set[int],
    skip: set[int],
    handle: Callable[[int, pipeline.BatchRead | None], str] = handle_text,
) -> Counter[str]:
    """One batch of waiting texts, oldest first; a text `seen` earlier in this run (it failed, or
    is still waiting) goes to `skip` instead. The texts, their customers and the texts they answer
    are read for the whole batch (`pipeline.read_batch`: two reads, not two a text); each text is
    then handled in its own transaction, its job read and locked with it. The batch's replies are
    queued together when it ends (a few delivery tasks, not one a reply); a drain killed before
    that leaves them queued in the outbox, for its sweep."""
    outcomes: Counter[str] = Counter()
    fresh = []
    for message_id in ids:
        if message_id in seen:
            skip.add(message_id)
        else:
            seen.add(message_id)
            fresh.append(message_id)
    if not fresh:
        return outcomes
    batch = pipeline.read_batch(fresh)
    with batched_delivery():
        for message_id in fresh:
            outcomes[handle(message_id, batch)] += 1
    return outcomes


def drain(
    partition: int, *, handle: Callable[[int, pipeline.BatchRead | None], str] = handle_text
) -> dict[str, int]:
    """Handle `partition`'s waiting texts until none is left (or DRAIN_RUN_SECONDS have passed:
    then the next drain is queued). Returns how many texts ended each way."""
    client = _redis()
    client.delete(_key(partition, "pending"))  # a text stored from now on queues the next drain
    outcomes: Counter[str] = Counter()
    seen: set[int] = set()
    skip: set[int] = set()  # handled in this run and still waiting (failed): not again in this run
    until = time.monotonic() + DRAIN_RUN_SECONDS
    while True:
        lock = client.lock(_key(partition, "lock"), timeout=DRAIN_LEASE)
        if not lock.acquire(blocking=False):
            return dict(outcomes)  # its holder looks again after it lets go
        try:
            while ids := waiting_texts(partition, skip=skip):
                outcomes.update(handle_batch(ids, seen=seen, skip=skip, handle=handle))
                if time.monotonic() > until:
                    queue_drain(partition)
                    return dict(outcomes)
                lock.reacquire()  # the lease runs for DRAIN_LEASE from now
        finally:
            try:
                lock.release()
            except LockError:  # the lease ran out and another drain holds the partition now
                logger.warning("Inbound drain %s outlived its lease", partition)
        # A text stored after the last look, whose drain found the partition held, is ours.
        if not waiting_texts(partition, skip=skip, limit=1):
            return dict(outcomes)
