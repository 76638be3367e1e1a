"""The real django-q2 cluster draining stored texts: its CPU a text and the texts it handles a second.

Run from the project root with a PostgreSQL server and Redis:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_mine REDIS_URL=redis://127.0.0.1:6379/5 \
        python bench/bench_cluster_drain.py [--texts 1500] [--turns 2] [--tree /other/checkout ...]

The database named in DATABASE_URL must start with "bench" (it is dropped and made again, with a
"<name>_template" beside it). It is seeded once (500 customers with a visit today, as
`bench_webhook_ratio` seeds them, their confirmations marked sent) and copied from the template for
each turn. A turn starts `manage.py qcluster` (2 workers, production settings, LOG_LEVEL WARNING),
lets it settle, then stores `--texts` texts of the dev corpus through the webhook's own
`store_text` (in one process, no HTTP server: each queued for the worker on commit, as the webhook
does) and waits until every text is interpreted and applied and no reply waits to be sent. The
cluster's CPU is its whole process group's (sentinel, pusher, monitor, workers, recycled workers
included), from the moment the texts start to arrive to the moment the last is done.

`--tree` adds another checkout of the project (same database, same texts) to take turns with this
one, so a change is measured before and after in one run on a busy machine.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT))

from bench_webhook_ratio import CLOCK_TICK, CORPUS, CUSTOMERS, cpu_seconds, environment, postgres  # noqa: E402
from load import stop  # noqa: E402


def store(count: int, seed: int) -> None:
    """Inside the app: store `count` texts through the webhook's own path (queued on commit)."""
    import django

    django.setup()
    from support import customer_post

    from messaging.inbound.store import store_text
    from messaging.sms.twilio import webhook as twilio

    texts = [json.loads(line)["text"] for line in CORPUS.read_text().splitlines() if line.strip()]
    phones = [f"+1628555{n:04d}" for n in range(CUSTOMERS)]
    rng = random.Random(seed)
    for _ in range(count):
        text = twilio.parse_inbound(customer_post(rng, phones=phones, texts=texts))
        assert text is not None
        store_text(text)


def settle_seed() -> None:
    """Inside the app: the seed's confirmations count as sent, so no turn delivers them."""
    import django

    django.setup()
    from messaging.models import Direction, Message, MessageStatus

    Message.objects.filter(direction=Direction.OUTBOUND, status=MessageStatus.QUEUED).update(
        status=MessageStatus.SENT
    )


def progress(database_url: str) -> tuple[int, int, int, int]:
    """(texts stored, texts interpreted, replies still to send, inbound sids stored twice)."""
    import psycopg

    with psycopg.connect(database_url, autocommit=True) as connection:
        stored, interpreted = connection.execute(
            "SELECT count(*), count(interpretation) FROM messaging_message WHERE direction = 'in'"
        ).fetchone()
        pending = connection.execute(
            "SELECT count(*) FROM messaging_message WHERE direction = 'out' AND status IN ('queued', 'sending')"
        ).fetchone()[0]
        doubled = connection.execute(
            "SELECT count(*) FROM (SELECT provider_sid FROM messaging_message WHERE direction = 'in'"
            " GROUP BY provider_sid HAVING count(*) > 1) AS d"
        ).fetchone()[0]
    return stored, interpreted, pending, doubled


def replies(database_url: str) -> tuple[int, int]:
    """(replies written, dedupe keys written twice)."""
    import psycopg

    with psycopg.connect(database_url, autocommit=True) as connection:
        written = connection.execute(
            "SELECT count(*) FROM messaging_message WHERE direction = 'out' AND cause <> 'notification'"
            " AND created_at > now() - interval '1 hour' AND notification_kind <> 'confirmation'"
        ).fetchone()[0]
        doubled = connection.execute(
            "SELECT count(*) FROM (SELECT dedupe_key FROM messaging_message WHERE dedupe_key IS NOT NULL"
            " GROUP BY dedupe_key HAVING count(*) > 1) AS d"
        ).fetchone()[0]
    return written, doubled


def cpu_by_process(process: subprocess.Popen) -> dict[int, float]:
    """Each live process of the cluster's group: its own CPU seconds and its reaped children's
    (a recycled worker's time shows under the sentinel)."""
    found = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == process.pid:
            found[int(stat.parent.name)] = sum(int(ticks) for ticks in fields[11:15]) / CLOCK_TICK
    return found


def clear_queue(redis_url: str) -> None:
    import redis

    client = redis.Redis.from_url(redis_url)
    for key in client.scan_iter("django_q:fieldservice:*"):  # the queue and the drains' marks
        client.delete(key)


def turn(tree: Path, env: dict[str, str], base: str, database: str, texts: int, seed: int) -> dict:
    postgres(base, f'drop database if exists "{database}" with (force)')
    postgres(base, f'create database "{database}" template "{database}_template"')
    clear_queue(env["REDIS_URL"])
    database_url = f"{base}/{database}"
    python = sys.executable
    log = Path(tempfile.gettempdir()) / f"bench_cluster_drain_{os.getpid()}.log"
    tree_env = {**env, "PYTHONPATH": f"{tree / 'bench'}{os.pathsep}{tree}"}
    cluster = subprocess.Popen(  # in its own process group, so stopping it stops its workers too
        [python, "manage.py", "qcluster"],
        cwd=tree,
        env=tree_env,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        time.sleep(4)  # the workers start
        cpu, started = cpu_seconds(cluster), time.monotonic()
        before = cpu_by_process(cluster)
        subprocess.run(
            [python, str(tree / "bench" / "bench_cluster_drain.py"), "--store", str(texts), str(seed)],
            cwd=tree,
            env=tree_env,
            check=True,
        )
        stored_at = time.monotonic() - started
        deadline = time.monotonic() + 600
        while True:
            stored, interpreted, pending, doubled = progress(database_url)
            if (interpreted >= stored and not pending) or time.monotonic() > deadline:
                break
            time.sleep(0.25)
        elapsed = time.monotonic() - started
        cpu = cpu_seconds(cluster) - cpu
        after = cpu_by_process(cluster)
    finally:
        stop(cluster)
    written, replies_doubled = replies(database_url)
    return {
        "tree": str(tree),
        "stored": stored,
        "interpreted": interpreted,
        "doubled": doubled,
        "replies": written,
        "replies_doubled": replies_doubled,
        "stored_in_s": round(stored_at, 1),
        "seconds": round(elapsed, 1),
        "texts_per_s": round(interpreted / elapsed, 1),
        "cpu_ms_a_text": round(cpu * 1000 / max(interpreted, 1), 2),
        "load": round(os.getloadavg()[0], 1),
        "cpu_s_by_process": sorted(
            (round(seconds - before.get(pid, 0.0), 1) for pid, seconds in after.items()), reverse=True
        ),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=int, default=1500)
    parser.add_argument("--turns", type=int, default=2)
    parser.add_argument("--tree", action="append", default=[], help="another checkout to take turns with")
    args = parser.parse_args()
    database_url = os.environ["DATABASE_URL"]
    base, database = database_url.rsplit("/", 1)
    if not database.startswith("bench"):
        raise SystemExit("DATABASE_URL must name a database starting with 'bench' (it is dropped)")
    env = environment(8000, database_url, "", "bench-token")
    env["REDIS_URL"] = os.environ.get("REDIS_URL") or env["REDIS_URL"]
    template = f"{database}_template"
    postgres(base, f'drop database if exists "{template}" with (force)')
    postgres(base, f'create database "{template}"')
    seed_env = {**env, "DATABASE_URL": f"{base}/{template}"}
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput"],
        cwd=ROOT,
        env=seed_env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    subprocess.run(
        [sys.executable, str(BENCH / "bench_webhook_ratio.py"), "--seed"], cwd=ROOT, env=seed_env, check=True
    )
    subprocess.run([sys.executable, __file__, "--settle"], cwd=ROOT, env=seed_env, check=True)
    clear_queue(env["REDIS_URL"])
    trees = [ROOT, *(Path(tree).resolve() for tree in args.tree)]
    print(f"{args.texts} texts a turn, 2 workers, load average {os.getloadavg()[0]:.1f} at the start")
    try:
        for number in range(args.turns):
            for tree in trees:
                print(json.dumps(turn(tree, env, base, database, args.texts, seed=number)), flush=True)
    finally:
        postgres(base, f'drop database if exists "{database}" with (force)')
        postgres(base, f'drop database if exists "{template}" with (force)')
        clear_queue(env["REDIS_URL"])
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--store"]:
        store(int(sys.argv[2]), int(sys.argv[3]))
    elif sys.argv[1:2] == ["--settle"]:
        settle_seed()
    else:
        sys.exit(main())
