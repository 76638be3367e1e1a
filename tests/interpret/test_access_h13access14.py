"""The access note is the site's permanent record (issue 13, h13access14).

A remark to the technician about this visit closes a detail without being part of it: "gate code is 4411 | if
he wants to get started", "key is under the mat | so he can start without me", "back door is open | and he can
go ahead", "feel free to start", "please let yourself in", a courtesy ("please", "thanks!"), and why another
entrance is not used today ("the front one is being painted today"). The detail stays whole: the code, where
the key is, which door, who has a key and that they can let him in, dogs, the alarm, a condition on the way in
and how to use it.
"""

from __future__ import annotations

import pytest

from messaging.interpret.access import access_note


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("running 20 late, gate code is 4411 if he wants to get started", "gate code is 4411"),
        (
            "Confirmed. The side door is unlocked if he wants to get out of the cold and start on the furnace",
            "The side door is unlocked",
        ),
        (
            "stuck in traffic about 15 min out, key is under the mat so he can start without me",
            "key is under the mat",
        ),
        ("running a bit behind, back door is open and he can go ahead", "back door is open"),
        ("see you at 1! garage code is 7731, feel free to start", "garage code is 7731"),
        (
            "I'll be 10 late. neighbor in 14 has a key and can let him in so he doesn't have to wait",
            "neighbor in 14 has a key and can let him in",
        ),
        ("running late, use the back door please, the front one is being painted today", "use the back door"),
        (
            "confirmed, come around to the back gate since the front is blocked by a dumpster this week",
            "come around to the back gate",
        ),
        (
            "yes confirmed. my husband is home and can let him in if he wants to start early",
            "my husband is home and can let him in",
        ),
        (
            "ok see you then. front door code 1357, you can come in and start, no need to wait for me",
            "front door code 1357",
        ),
        (
            "yep confirmed, lockbox on the railing, code 9182, please let yourself in",
            "lockbox on the railing, code 9182",
        ),
        (
            "Confirmed for today. Alarm panel is by the back door, code 4040, if he gets in before me",
            "Alarm panel is by the back door, code 4040",
        ),
        (
            "be there by 1:15. key is under the blue pot, he's welcome to let himself in and start",
            "key is under the blue pot",
        ),
        (
            "voy 15 min tarde, el código del portón es 4411 por si quiere ir empezando",
            "el código del portón es 4411",
        ),
    ],
)
def test_a_remark_on_this_visit_is_left_out(text, note):
    assert access_note(text) == note


@pytest.mark.parametrize(
    ("text", "note"),
    [
        # a condition on the way in, how to use it, a lasting reason and a way in named after leave to come in stay
        ("running 10 late, if the gate is locked, code is 4411", "if the gate is locked, code is 4411"),
        (
            "key under the mat, the back door sticks so lift it",
            "key under the mat, the back door sticks so lift it",
        ),
        (
            "running 15 late. Use the side door, the front door is painted shut",
            "Use the side door, the front door is painted shut",
        ),
        (
            "confirmed. park in the driveway not the street, the street gets ticketed",
            "park in the driveway not the street, the street gets ticketed",
        ),
        ("yes confirmed, buzz 4B and my mom will let him up, thanks!", "buzz 4B and my mom will let him up"),
    ],
)
def test_the_detail_stays_whole(text, note):
    assert note.removeprefix("if ") in (access_note(text) or "")


def test_a_way_in_named_with_leave_to_come_in_stays():
    note = access_note(
        "There's a beware of dog sign but he's old and harmless, just let yourself in the side"
    )
    assert note and "let yourself in the side" in note
