"""The one rating pattern: a 1-5 score leading a reply to the feedback request ("5", "4 stars",
"3/5, he was great"), never a decimal or a bigger number ("3.5", "10", "1,000").

The interpreter reads it to weigh a rating against the words beside it; the inbound stage reads it to
store the score once on `Job.customer_rating` (where the week's numbers read it) and to tell a bare
rating, answered at once, from one with more to read. Pure Python.
"""

from __future__ import annotations

import re

# group 1: the score; group 2: what the customer wrote after it.
RATING = re.compile(
    r"^\s*([1-5])(?![.,]?\d)(?:\s*(?:/\s*5|stars?|out of 5|estrellas?|[ée]toiles?))?\b[\s.,!:-]*(.*)$",
    re.S | re.I,
)


def rating_in(text: str) -> int | None:
    """The 1-5 score `text` starts with, if any."""
    match = RATING.match(text)
    return int(match.group(1)) if match else None


def only_a_rating(text: str) -> bool:
    """Whether `text` is a score and nothing more to read ("5", "4 stars!", "3/5.")."""
    match = RATING.match(text)
    return match is not None and not match.group(2).strip()
