"""The access note inside longer texts, its edges (issue 13, h13access13).

The note holds the detail and all of it: a door named by what it is beside ("use the door by the garage
not the front one"), a code said by voice with words between it and its name ("key code on the front door
is for six six two"). It leaves out a condition on the customer's own absence that closes it ("key is with
the neighbor in 2A | if I'm not there yet") and a conjunction left alone once the thought it opened is cut
off ("gate code is 4411 | in case"). A code named because it failed ("the gate code didn't work last time")
is a grievance, no note.
"""

from __future__ import annotations

import pytest

from messaging.interpret.access import access_note


@pytest.mark.parametrize(
    ("text", "note"),
    [
        (
            "running late sorry!! use the door by the garage not the front one, front is painted shut",
            "use the door by the garage not the front one, front is painted shut",
        ),
        ("5 min away! key is with the neighbor in 2A if I'm not there yet", "key is with the neighbor in 2A"),
        ("gate code is 4411 in case I'm running late", "gate code is 4411"),
        (
            "can we move it to friday morning instead? also the alarm code is 5 5 2 0 if you get there before me",
            "the alarm code is 5 5 2 0",
        ),
        (
            "yep all good for today. the code for the lockbox is 2 7 2 7 in case I'm still at my appointment",
            "the code for the lockbox is 2 7 2 7",
        ),
        (
            "gonna be 30ish late sorry, key code on the front door is for six six two then the check mark",
            "key code on the front door is for six six two then the check mark",
        ),
        ("Garage code is 7733 if I'm not back yet", "Garage code is 7733"),
    ],
)
def test_the_note_is_the_whole_detail_and_only_it(text, note):
    assert access_note(text) == note


@pytest.mark.parametrize(
    "text",
    [
        # a condition on the way in, not on the customer's absence, is part of the detail
        "key under the mat if nobody answers the bell",
        "the gate code is 4411, if it doesn't work buzz 12",
    ],
)
def test_a_condition_on_the_way_in_stays(text):
    note = access_note(text)
    assert note and ("nobody answers" in note or "doesn't work" in note)


@pytest.mark.parametrize(
    "text",
    [
        "the gate code didn't work last time and your guy left after 5 minutes, really annoying",
        "the keypad code you guys had on file didn't work for the last tech, can you make a note to call me?",
        "the lockbox code was wrong and he couldn't get in",
        "which door should he use?",
        "can he park on the drive or",
    ],
)
def test_near_misses_give_no_note(text):
    assert access_note(text) is None
