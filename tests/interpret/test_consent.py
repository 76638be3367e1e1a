from __future__ import annotations

import pytest

from messaging.interpret.consent import consent_keyword, is_opt_out_notice

from .helpers import read

UNSUBSCRIBED = "Apex Plumbing: You have been unsubscribed. Reply START or YES to resubscribe."


@pytest.mark.parametrize(
    "text",
    [
        "STOP",
        "stop",
        " Stop. ",
        "STOPALL",
        "UNSUBSCRIBE",
        "CANCEL",
        "end",
        "QUIT",
        "revoke",
        "OptOut",
        "opt out",
    ],
)
def test_carrier_opt_out_keywords_alone_in_any_case_opt_out(text):
    assert consent_keyword(text) == "opt_out"
    assert read(text).intent == "opt_out"


@pytest.mark.parametrize("text", ["START", "unstop", "Start!"])
def test_start_and_unstop_opt_in(text):
    assert consent_keyword(text) == "opt_in"


def test_yes_opts_in_only_right_after_an_opt_out_notice():
    assert is_opt_out_notice(UNSUBSCRIBED)
    assert consent_keyword("YES", after_opt_out=True) == "opt_in"
    assert consent_keyword("YES") is None
    assert read("yes", last=UNSUBSCRIBED).intent == "opt_in"
    assert read("yes", last="Reply YES to confirm tomorrow 9-11am.").intent == "confirm"


@pytest.mark.parametrize("text", ["HELP", "info", "Help."])
def test_help_and_info_alone_ask_for_help(text):
    assert consent_keyword(text) == "help"
    assert read(text).intent == "help"


@pytest.mark.parametrize(
    "text",
    [
        "please stop texting me",
        "Take me off your list",
        "Stop. Thank you",
        "remove me from your list",
        "dejen de enviarme mensajes",
        "please remove my number",
        "Delete me pls",
        "take my cell off your texts",
    ],
)
def test_clear_stop_requests_in_words_opt_out(text):
    assert read(text).intent == "opt_out"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("please stop by after 2", "reschedule"),
        ("cancel my appointment", "cancel"),
        ("CANCEL THE APPOINTMENT", "cancel"),
        ("HELP basement flooding", "emergency"),
    ],
)
def test_keywords_inside_ordinary_sentences_are_not_consent(text, intent):
    assert consent_keyword(text) is None
    assert read(text).intent == intent


@pytest.mark.parametrize(
    "text", ["please remove the old water heater when he's done", "can he delete my old card on file?"]
)
def test_removing_something_else_is_no_stop_request(text):
    assert read(text).intent != "opt_out"


def test_stop_inside_a_complaint_about_a_bill_is_not_an_opt_out():
    assert "opt_out" not in read("STOP this bill, I was charged twice").intents
