"""Intents are named with the enum outside the interpreter; tools/intent_codemod.py keeps it so."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import intent_codemod  # noqa: E402

from messaging.interpret import INTENT_PRIORITY  # noqa: E402
from messaging.interpret.intent import Intent  # noqa: E402


def test_the_enum_names_the_interpreters_intents_in_its_order_as_the_same_strings():
    assert tuple(Intent) == INTENT_PRIORITY
    assert all(member == member.value and f"{member}" == member.value for member in Intent)
    assert {Intent.RUNNING_LATE: 1}["running_late"] == 1


def test_no_intent_is_a_string_literal_in_messaging_outside_the_interpreter():
    assert intent_codemod.main(["--check", str(ROOT / "messaging")]) == 0


def test_the_codemod_names_intents_and_leaves_other_strings_that_spell_one():
    source = (
        "from messaging.models import Cause\n"
        "\n"
        'REPLIES = {"cancel": "ok"}\n'
        "\n"
        "\n"
        "def f(interpretation, keyword, g):\n"
        '    if interpretation.intent == "cancel" and keyword == "opt_out":\n'
        '        return REPLIES["cancel"]\n'
        '    if "running_late" in interpretation.intents or g["intent"] in {"thanks", "other"}:\n'
        '        return "emergency"\n'
    )
    assert intent_codemod.rewrite(source, "example.py") == (
        "from messaging.interpret.intent import Intent\n"
        "from messaging.models import Cause\n"
        "\n"
        'REPLIES = {"cancel": "ok"}\n'
        "\n"
        "\n"
        "def f(interpretation, keyword, g):\n"
        '    if interpretation.intent == Intent.CANCEL and keyword == "opt_out":\n'
        '        return REPLIES["cancel"]\n'
        '    if Intent.RUNNING_LATE in interpretation.intents or g["intent"] in {Intent.THANKS, Intent.OTHER}:\n'
        '        return "emergency"\n'
    )
    rewritten = intent_codemod.rewrite(source, "example.py")
    assert intent_codemod.rewrite(rewritten, "example.py") == rewritten
