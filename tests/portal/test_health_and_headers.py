import pytest
from django.conf import settings

from portal.celery import app as celery_app


def test_healthz_reports_the_database_and_the_broker(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    expected_broker = "ok" if settings.REDIS_URL else "eager"
    assert response.json() == {"database": "ok", "broker": expected_broker}


@pytest.fixture
def unreachable_broker():
    # A real connection attempt to a closed port: nothing listens on 1.
    conf = celery_app.conf
    saved = conf.broker_url, conf.task_always_eager
    conf.broker_url, conf.task_always_eager = "redis://127.0.0.1:1/0", False
    yield
    conf.broker_url, conf.task_always_eager = saved


def test_healthz_says_when_the_broker_is_down_but_stays_up(client, unreachable_broker):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["broker"] == "down"


def test_pages_carry_a_content_security_policy_without_inline_script(client):
    response = client.get("/en/")
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert response["X-Frame-Options"] == "DENY"
