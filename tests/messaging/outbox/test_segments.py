from __future__ import annotations

import pytest

from messaging.outbox.segments import count_segments


@pytest.mark.parametrize(
    ("text", "encoding", "segments"),
    [
        ("", "GSM-7", 1),
        ("a" * 160, "GSM-7", 1),
        ("a" * 161, "GSM-7", 2),
        ("a" * 306, "GSM-7", 2),
        ("a" * 307, "GSM-7", 3),
        ("€" * 80, "GSM-7", 1),  # extension characters cost two septets
        ("€" * 81, "GSM-7", 2),
        ("a" * 152 + "€" + "a" * 10, "GSM-7", 2),  # an escape pair is never split across parts
        ("Café at 3? ÄÖÑÜ àèéìò ß", "GSM-7", 1),  # these accents are in the GSM-7 alphabet
        ("ç" * 70, "UCS-2", 1),  # lower-case ç is not (only Ç is)
        ("Llegaré a las 3 pm, ¿está bien? á", "UCS-2", 1),
        ("á" * 71, "UCS-2", 2),
        ("á" * 134, "UCS-2", 2),
        ("á" * 135, "UCS-2", 3),
        ("😀" * 35, "UCS-2", 1),  # emoji take two UTF-16 units
        ("😀" * 36, "UCS-2", 2),
        ("a" * 66 + "😀", "UCS-2", 1),
        ("a" * 66 + "😀" + "a" * 4, "UCS-2", 2),  # a surrogate pair is never split across parts
    ],
)
def test_segments_are_counted_like_carriers_count_them(text, encoding, segments):
    count = count_segments(text)
    assert (count.encoding, count.segments) == (encoding, segments)


def test_one_emoji_switches_a_long_text_to_ucs2_and_more_segments():
    text = (
        "Your technician Luis is on the way and should arrive around 2:40 pm. Reply here with any questions."
    )
    assert count_segments(text).segments == 1
    assert count_segments(text + " 👍").segments == 2
