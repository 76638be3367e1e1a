"""tools/rewrite_imports.py carries code written for the old flat layout into the stage packages."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import rewrite_imports  # noqa: E402

OLD_STYLE = '''from unittest import mock

from messaging import inbox, outbox
from messaging.notify import still_applies
from messaging.outbox import send_sms  # the one way out
from tests.messaging.test_understanding import inbound


def test_it(monkeypatch):
    """Patches messaging.outbox.enqueue_delivery, as fieldservice.settings configures."""
    from messaging.dispatch import attention_queue

    monkeypatch.setattr("messaging.outbox.enqueue_delivery", lambda **kwargs: None)
    with mock.patch("messaging.sms.twilio.SMSBackend.send"):
        pass
'''

NEW_STYLE = '''from unittest import mock

from messaging.inbound import store as inbox
from messaging.outbox import delivery as outbox
from messaging.notify.notices import still_applies
from messaging.outbox.delivery import send_sms  # the one way out
from tests.messaging.inbound.test_understanding import inbound


def test_it(monkeypatch):
    """Patches messaging.outbox.delivery.enqueue_delivery, as config.settings configures."""
    from messaging.dispatch.desk import attention_queue

    monkeypatch.setattr("messaging.outbox.delivery.enqueue_delivery", lambda **kwargs: None)
    with mock.patch("messaging.sms.twilio.backend.SMSBackend.send"):
        pass
'''


@pytest.fixture
def relayout():
    return rewrite_imports.Relayout(rewrite_imports.load_map())


def test_imports_patch_targets_and_docstrings_name_the_new_modules(relayout):
    path = ROOT / "tests" / "messaging" / "test_new_on_another_branch.py"
    assert relayout.rewrite_python(OLD_STYLE, path) == NEW_STYLE


def test_rewriting_twice_changes_nothing_more(relayout):
    path = ROOT / "tests" / "messaging" / "test_new_on_another_branch.py"
    assert relayout.rewrite_python(NEW_STYLE, path) == NEW_STYLE


def test_a_module_added_to_a_package_an_old_module_became_is_left_alone(relayout):
    """messaging/sms/twilio.py became a package (its backend in backend.py); the package's later
    modules (webhook.py, errors.py) are not the old module's names and keep their paths."""
    path = ROOT / "messaging" / "inbound" / "new_on_another_branch.py"
    source = (
        "from messaging.sms.twilio import webhook as twilio\n"
        "from messaging.sms.twilio.errors import UNSUBSCRIBED_CODE\n"
        "from messaging.sms.twilio import SMSBackend\n"
    )
    assert relayout.rewrite_python(source, path) == (
        "from messaging.sms.twilio import webhook as twilio\n"
        "from messaging.sms.twilio.errors import UNSUBSCRIBED_CODE\n"
        "from messaging.sms.twilio.backend import SMSBackend\n"
    )


def test_relative_imports_resolve_from_where_the_file_was_written(relayout):
    """A new module beside the old ones, and a line merged into a moved module (written for its
    old home, messaging/dispatch.py), both get absolute imports of the new modules."""
    source = "from . import inbox\nfrom .outbox import send_sms\nfrom .models import Message\n"
    beside = relayout.rewrite_python(source, ROOT / "messaging" / "board.py")
    assert beside == (
        "from messaging.inbound import store as inbox\n"
        "from messaging.outbox.delivery import send_sms\n"
        "from .models import Message\n"
    )
    moved = relayout.rewrite_python(source, ROOT / "messaging" / "dispatch" / "desk.py")
    assert moved == (
        "from messaging.inbound import store as inbox\n"
        "from messaging.outbox.delivery import send_sms\n"
        "from messaging.models import Message\n"
    )


def test_migrations_keep_their_strings_but_import_the_new_modules(relayout):
    source = 'from messaging.notify_templates import X\n\nSWEEP = "messaging.sweeps.sweep_reminders"\n'
    path = ROOT / "messaging" / "migrations" / "0099_example.py"
    assert relayout.rewrite_python(source, path) == (
        'from messaging.notify.texts import X\n\nSWEEP = "messaging.sweeps.sweep_reminders"\n'
    )


def test_slash_paths_to_moved_files_in_prose(relayout):
    text = (
        "See `messaging/assist.py` and `tests/messaging/test_outbox.py`; `messaging/interpret/core.py` stays."
    )
    assert relayout.rewrite_text(text) == (
        "See `messaging/assist/suggest.py` and `tests/messaging/outbox/test_outbox.py`; "
        "`messaging/interpret/core.py` stays."
    )


def test_the_tree_is_already_in_the_new_layout():
    """Every file the script would look at already names the new modules (a --check finds nothing)."""
    paths = [
        str(ROOT / name) for name in ("config", "fieldservice", "messaging", "tests", "bench", "README.md")
    ]
    assert rewrite_imports.main(["--check", *paths]) == 0


def test_every_new_module_in_the_map_exists_and_no_old_one_does():
    moves = rewrite_imports.load_map()
    for old, new in moves.items():
        assert (ROOT / (new.replace(".", "/") + ".py")).is_file(), new
        assert not (ROOT / (old.replace(".", "/") + ".py")).is_file(), old


def test_a_conflict_about_imports_only_keeps_both_sides_in_the_new_layout(relayout):
    """A branch written for the old layout added an import to a block the relayout rewrote."""
    conflicted = (
        "from fieldservice.models import Job\n"
        "<<<<<<< HEAD\n"
        "from messaging.notify.notices import quiet_end\n"
        "from messaging.outbox.delivery import send_sms\n"
        "=======\n"
        "from fieldservice.services import BUSY\n"
        "\n"
        "from .notify import quiet_end\n"
        "from .outbox import send_sms\n"
        ">>>>>>> main\n"
        "\n"
        "<<<<<<< HEAD\n"
        "x = 1\n"
        "=======\n"
        "x = 2\n"
        ">>>>>>> main\n"
    )
    settled = rewrite_imports.resolve_import_conflicts(
        relayout, conflicted, ROOT / "messaging" / "inbound" / "pipeline.py"
    )
    assert settled == (
        "from fieldservice.models import Job\n"
        "from messaging.notify.notices import quiet_end\n"
        "from messaging.outbox.delivery import send_sms\n"
        "from fieldservice.services import BUSY\n"
        "\n"
        "<<<<<<< HEAD\n"
        "x = 1\n"
        "=======\n"
        "x = 2\n"
        ">>>>>>> main\n"
    )
