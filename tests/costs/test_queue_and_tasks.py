"""The jobs for real: a broker that is down loses nothing, and a real Celery
worker against the CI Redis turns an accepted report into a flag."""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from agencies.models import Agency
from costs.flags.engine import sweep_stale
from costs.models import CostSummary, Disclosure, Flag, WorkerReport
from portal.celery import app as celery_app

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def broker_down():
    """A real Redis client pointed at a closed port: every send fails."""
    conf = celery_app.conf
    saved = conf.broker_url, conf.task_always_eager
    conf.broker_url, conf.task_always_eager = "redis://127.0.0.1:1/0", False
    celery_app._after_fork()  # drop the connection pools made for the old URL
    yield
    conf.broker_url, conf.task_always_eager = saved
    celery_app._after_fork()


@pytest.mark.django_db(transaction=True)
def test_publishing_with_the_broker_down_succeeds_at_once_and_the_sweep_repairs(
    client, cast, broker_down, caplog
):
    from tests.costs.disclosures.test_editor import THREE_LINES, form_data

    client.force_login(cast.alice)
    client.post("/en/my-agencies/alpha/fees/new/", form_data(THREE_LINES))
    draft = Disclosure.objects.get()
    started = time.monotonic()
    response = client.post(f"/en/my-agencies/alpha/fees/{draft.pk}/publish/")
    elapsed = time.monotonic() - started
    assert response.status_code == 302
    assert elapsed < 2, f"publishing took {elapsed:.1f} s with the broker down"
    assert "could not enqueue" in caplog.text
    alpha = Agency.objects.get(pk=cast.alpha.pk)
    assert alpha.summaries_stale_at is not None
    assert not Flag.objects.exists() and not CostSummary.objects.exists()

    sweep_stale()  # the first sweep after Redis returns
    alpha.refresh_from_db()
    assert alpha.summaries_stale_at is None
    assert CostSummary.objects.filter(agency=alpha).exists()
    assert Flag.objects.filter(agency=alpha, rule__kind="worker_fee").exists()


@pytest.mark.django_db(transaction=True)
def test_accepting_a_report_with_the_broker_down_succeeds(
    client, ngo, make_agency, report, broker_down
):
    agency = make_agency()
    pending, _code = report(agency)
    client.force_login(ngo)
    started = time.monotonic()
    assert client.post(f"/en/moderation/{pending.pk}/", {"accept": "1"}).status_code == 302
    assert time.monotonic() - started < 2
    assert WorkerReport.objects.get().status == "accepted"
    agency.refresh_from_db()
    assert agency.summaries_stale_at is not None


def _worker_environment() -> dict:
    db = connection.settings_dict
    url = f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
    return {**os.environ, "DATABASE_URL": url, "REDIS_URL": settings.REDIS_URL}


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_a_real_worker_raises_the_flag_within_seconds(make_agency, publish, report):
    if not settings.REDIS_URL:
        if os.environ.get("CI"):
            pytest.fail("CI must run this test against Redis (.ci/run sets REDIS_URL)")
        pytest.skip("needs REDIS_URL (a broker for the worker); CI runs it")
    celery_app.control.purge()  # leftovers of other tests name rows that are gone
    agency = make_agency(name="Watched Co")
    publish(agency, lines=[("service-fee", "1000", "USD", "worker")])
    for amount in ["3000", "3500"]:
        report(agency, paid=[("service-fee", amount, "USD")], accept=True)

    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "portal",
            "worker",
            "--pool=solo",
            "--loglevel=warning",
        ],
        cwd=ROOT,
        env=_worker_environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        report(agency, paid=[("service-fee", "4000", "USD")], accept=True)  # the third: a gap now
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if Flag.objects.filter(agency=agency, rule__kind="gap").exists():
                break
            time.sleep(0.2)
        else:
            worker.terminate()
            pytest.fail("no flag within 30 s; worker said:\n" + worker.communicate(timeout=10)[0])
        agency.refresh_from_db()
        assert CostSummary.objects.get(agency=agency).report_count == 3
    finally:
        worker.terminate()
        worker.wait(timeout=20)
