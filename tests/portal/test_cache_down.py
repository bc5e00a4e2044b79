"""With Redis (the cache) unreachable, people still sign in, sign up and reset
their password, and the portal's own rate-limited forms still take reports:
the rate limits are skipped, and the skip is logged."""

import pytest
from redis.exceptions import ConnectionError as RedisConnectionError

from accounts.models import User
from costs.models import WorkerReport
from tests.costs.reports.test_reports import report_data

# A real Redis client pointed at a closed port: every cache call fails.
CLOSED = "redis://127.0.0.1:1/0"
OPTIONS = {"socket_connect_timeout": 0.2, "socket_timeout": 0.2}


@pytest.fixture
def cache_down(settings):
    settings.CACHES = {
        "default": {"BACKEND": "portal.cache.FailOpenRedisCache", "LOCATION": CLOSED,
                    "OPTIONS": OPTIONS}
    }  # fmt: skip


def test_the_production_cache_is_the_fail_open_one(settings):
    if not settings.REDIS_URL:
        pytest.skip("without REDIS_URL the cache is in memory")
    assert settings.CACHES["default"]["BACKEND"] == "portal.cache.FailOpenRedisCache"


def test_sign_in_sign_up_and_password_reset_work_with_the_cache_down(
    client, cast, cache_down, mailoutbox, caplog
):
    from allauth.account.models import EmailAddress

    EmailAddress.objects.create(
        user=cast.alice, email=cast.alice.email, verified=True, primary=True
    )
    assert client.get("/en/accounts/login/").status_code == 200
    response = client.post("/en/accounts/login/", {"login": "alice@example.org", "password": "pw"})
    assert response.status_code == 302 and int(client.session["_auth_user_id"]) == cast.alice.pk
    client.logout()

    password = "long-enough-pass-2026"
    response = client.post(
        "/en/accounts/signup/",
        {"email": "sok@example.org", "password1": password, "password2": password},
    )
    assert response.status_code == 302 and User.objects.filter(email="sok@example.org").exists()
    client.logout()

    assert client.get("/en/accounts/password/reset/").status_code == 200
    response = client.post("/en/accounts/password/reset/", {"email": "alice@example.org"})
    assert response.status_code == 302
    assert any("alice@example.org" in mail.to for mail in mailoutbox)
    assert "rate limits are not enforced" in caplog.text


def test_public_pages_and_the_portals_own_forms_work_with_the_cache_down(
    client, cast, make_agency, cache_down
):
    for url in ["/en/", "/en/compare/", "/en/agencies/alpha/", "/en/check/", "/en/report/"]:
        assert client.get(url).status_code == 200, url
    agency = make_agency(name="Angkor Manpower", slug="angkor", country="KH")
    assert client.post("/en/report/new/", report_data(agency)).status_code == 302
    assert WorkerReport.objects.count() == 1
    response = client.post("/en/report/receipt/", {"code": "WRONGCODE"})
    assert response.status_code == 200


def test_django_s_own_redis_cache_would_fail_the_sign_in(client, cast, settings):
    """What the fail-open backend is for: the plain backend raises on a sign-in."""
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CLOSED,
                    "OPTIONS": OPTIONS}
    }  # fmt: skip
    with pytest.raises(RedisConnectionError):
        client.post("/en/accounts/login/", {"login": "alice@example.org", "password": "pw"})


def test_cached_public_pages_are_rendered_fresh_with_the_cache_down(
    client, cast, publish, cache_down
):
    assert "has not published its fees" in client.get("/en/agencies/alpha/").content.decode()
    publish(cast.alpha, lines=[("service-fee", "1234", "USD", "worker")])
    for _ in range(2):
        response = client.get("/en/agencies/alpha/")
        assert response.status_code == 200 and "1,234" in response.content.decode()
