"""The production settings for the load test, keeping every task result so the checks can count
how many times each delivery was queued (django-q2 keeps only the last 250 by default)."""

from __future__ import annotations

from config.settings import *  # noqa: F403
from config.settings import Q_CLUSTER

Q_CLUSTER = {**Q_CLUSTER, "save_limit": 0}
