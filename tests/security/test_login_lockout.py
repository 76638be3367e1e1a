"""Passwords cannot be guessed at speed: repeated failures lock the account out from that address."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("login_url", ["/admin/login/", "/accounts/login/"])
def test_repeated_failed_logins_lock_out_even_the_right_password(settings, login_url):
    settings.AXES_FAILURE_LIMIT = 3
    UserFactory(username="dispatch", is_staff=True)  # password: correct-horse-battery
    client = Client()
    for _ in range(3):
        response = client.post(login_url, {"username": "dispatch", "password": "guess"})
        assert "_auth_user_id" not in client.session
    response = client.post(login_url, {"username": "dispatch", "password": "correct-horse-battery"})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_a_few_mistakes_then_the_right_password_still_log_in(settings):
    settings.AXES_FAILURE_LIMIT = 3
    UserFactory(username="dispatch", is_staff=True)
    client = Client()
    client.post("/admin/login/", {"username": "dispatch", "password": "guess"})
    response = client.post("/admin/login/", {"username": "dispatch", "password": "correct-horse-battery"})
    assert response.status_code == 302
    assert "_auth_user_id" in client.session
