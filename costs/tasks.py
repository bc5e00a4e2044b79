"""Celery tasks: thin, idempotent, ids in, a service call, retries only when
the database or broker connection fails. Services enqueue them by name
through costs.queue, never by importing this module."""

from celery import shared_task
from django.db import OperationalError
from kombu.exceptions import OperationalError as BrokerError

from . import pagecache
from .flags import engine
from .flags.notifications import flag_opened_notify
from .opendata.dump import dump_write
from .reports.imports import import_batch_run, import_batches_sweep
from .review.notifications import agency_reply_notify, flag_status_notify, review_digest_send

TRANSIENT = (OperationalError, BrokerError, ConnectionError)


@shared_task(autoretry_for=TRANSIENT, retry_backoff=True, max_retries=5)
def recompute_agency(agency_id: int) -> None:
    engine.agency_recompute(agency_id=agency_id)
    # Committed: its new figures and flags (and a release of them) show now.
    pagecache.agency_changed(agency_id)


@shared_task(autoretry_for=TRANSIENT, retry_backoff=True, max_retries=5)
def sweep_stale() -> None:
    if engine.sweep_stale():
        pagecache.site_changed()


@shared_task(autoretry_for=TRANSIENT, retry_backoff=True, max_retries=3)
def recompute_all() -> None:
    engine.recompute_all()
    pagecache.site_changed()


@shared_task(autoretry_for=TRANSIENT, retry_backoff=True, max_retries=5)
def notify_flag_opened(flag_id: int) -> None:
    flag_opened_notify(flag_id=flag_id)


@shared_task(autoretry_for=TRANSIENT, retry_backoff=True, max_retries=5)
def notify_flag_status(flag_id: int) -> None:
    flag_status_notify(flag_id=flag_id)


@shared_task(autoretry_for=TRANSIENT, retry_backoff=True, max_retries=5)
def notify_agency_reply(event_id: int) -> None:
    agency_reply_notify(event_id=event_id)


@shared_task(autoretry_for=TRANSIENT, retry_backoff=True, max_retries=3)
def send_review_digests() -> None:
    review_digest_send()


@shared_task(autoretry_for=TRANSIENT, retry_backoff=True, max_retries=5)
def import_survey(batch_id: int) -> None:
    import_batch_run(batch_id=batch_id, notify=True)


@shared_task(autoretry_for=TRANSIENT, retry_backoff=True, max_retries=3)
def sweep_imports() -> None:
    import_batches_sweep()


@shared_task(autoretry_for=TRANSIENT, retry_backoff=True, max_retries=3)
def write_opendata_dump() -> None:
    # Nothing enqueues it: beat runs it nightly, after the nightly recompute.
    dump_write()
