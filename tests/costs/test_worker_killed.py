"""A worker killed in the middle of a recompute loses nothing: the task stays
unacknowledged in Redis and the next worker runs it again once the visibility
timeout has passed, with no one lifting a finger."""

import os
import signal
import subprocess
import sys
import time

import psycopg2
import pytest
import redis
from django.conf import settings
from django.db import connection

from agencies.models import Agency
from costs.models import Flag
from portal.celery import app as celery_app
from tests.costs.test_queue_and_tasks import ROOT, _worker_environment

VISIBILITY_TIMEOUT = 5  # seconds, in the workers' environment; production waits 300


def start_worker() -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "portal", "worker", "--pool=solo",
         "--loglevel=warning", "--without-heartbeat", "--without-mingle", "--without-gossip"],
        cwd=ROOT,
        env={**_worker_environment(), "CELERY_VISIBILITY_TIMEOUT": str(VISIBILITY_TIMEOUT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )  # fmt: skip


def lock_holder(agency_id: int):
    """A connection of its own that holds the agency's row lock: the recompute,
    which locks that row first, waits for it."""
    db = connection.settings_dict
    holder = psycopg2.connect(
        dbname=db["NAME"], user=db["USER"], host=db["HOST"], port=db["PORT"],
        password=db["PASSWORD"] or None,
    )  # fmt: skip
    holder.cursor().execute("SELECT id FROM agencies_agency WHERE id = %s FOR UPDATE", [agency_id])
    return holder


def a_recompute_waits_for_the_lock(holder) -> bool:
    cursor = holder.cursor()
    # Within a transaction PostgreSQL answers from its first look at the activity.
    cursor.execute("SELECT pg_stat_clear_snapshot()")
    cursor.execute(
        "SELECT count(*) FROM pg_stat_activity WHERE pg_backend_pid() = ANY(pg_blocking_pids(pid))"
    )
    return cursor.fetchone()[0] > 0


def wait_for(condition, seconds: float, what: str, worker=None) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    said = ""
    if worker is not None:
        worker.kill()
        said = "\nworker said:\n" + worker.communicate(timeout=10)[0]
    pytest.fail(f"{what} did not happen within {seconds} s{said}")


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_a_recompute_killed_mid_run_is_redone_by_the_next_worker(make_agency, publish):
    if not settings.REDIS_URL:
        if os.environ.get("CI"):
            pytest.fail("CI must run this test against Redis (.ci/run sets REDIS_URL)")
        pytest.skip("needs REDIS_URL (a broker for the workers); CI runs it")
    broker = redis.Redis.from_url(settings.REDIS_URL)
    celery_app.control.purge()
    broker.delete("unacked", "unacked_index")  # leftovers of other tests name rows that are gone
    agency = make_agency(name="Killed Co", country="VN")
    # Publishing sends one recompute; the first worker takes it and waits for the lock.
    publish(agency, lines=[("service-fee", "1000", "USD", "worker")])
    assert broker.llen("celery") == 1
    holder = lock_holder(agency.pk)
    first = second = None
    try:
        first = start_worker()
        wait_for(lambda: a_recompute_waits_for_the_lock(holder), 30, "the recompute", first)
        os.kill(first.pid, signal.SIGKILL)
        first.wait(timeout=10)
        # Nothing is left in the queue: only a delivery again can bring the task back.
        assert broker.llen("celery") == 0 and broker.hlen("unacked") == 1
        holder.rollback()  # the killed run's database session ends without writing anything
        assert not Flag.objects.filter(agency=agency).exists()

        killed_at = time.monotonic()
        second = start_worker()
        wait_for(
            lambda: Flag.objects.filter(agency=agency, rule__kind="worker_fee").exists(),
            30,
            "the flag of the task delivered again",
            second,
        )
        assert time.monotonic() - killed_at < VISIBILITY_TIMEOUT + 25
        assert Agency.objects.get(pk=agency.pk).summaries_stale_at is None
        wait_for(lambda: broker.hlen("unacked") == 0, 10, "the acknowledgement", second)
    finally:
        holder.close()
        for worker in (first, second):
            if worker is not None and worker.poll() is None:
                worker.terminate()
                worker.wait(timeout=20)
