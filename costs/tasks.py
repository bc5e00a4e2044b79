"""Celery tasks: thin, idempotent, ids in, a service call, retries only when
the database or broker connection fails."""

import logging

from celery import shared_task
from django.db import OperationalError, transaction
from kombu.exceptions import OperationalError as BrokerError

from .services import flags as flag_services
from .services.notifications import (
    agency_reply_notify,
    flag_opened_notify,
    flag_status_notify,
    review_digest_send,
)

logger = logging.getLogger(__name__)
TRANSIENT = (OperationalError, BrokerError, ConnectionError)
# With the broker down, a request gives up after one quick retry instead of
# hanging: the agency stays marked stale and the sweep catches up.
PUBLISH_RETRY = {"max_retries": 1, "interval_start": 0, "interval_step": 0.2, "interval_max": 0.2}


@shared_task(autoretry_for=TRANSIENT, retry_backoff=True, max_retries=5)
def recompute_agency(agency_id: int) -> None:
    flag_services.agency_recompute(agency_id=agency_id)


@shared_task(autoretry_for=TRANSIENT, retry_backoff=True, max_retries=5)
def sweep_stale() -> None:
    flag_services.sweep_stale()


@shared_task(autoretry_for=TRANSIENT, retry_backoff=True, max_retries=3)
def recompute_all() -> None:
    flag_services.recompute_all()


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


def _send(task, *args) -> None:
    try:
        task.apply_async(args=args, retry=True, retry_policy=PUBLISH_RETRY)
    except Exception:
        # Nothing is lost: the agency is still marked stale for the sweep.
        logger.exception("could not enqueue %s%r; the stale sweep will catch up", task.name, args)


def enqueue_recompute(agency_id: int | None) -> None:
    """After the current transaction commits, ask for the agency's recompute."""
    if agency_id:
        transaction.on_commit(lambda: _send(recompute_agency, agency_id))


def enqueue_recompute_all() -> None:
    """After a rule or an exchange rate changed."""
    transaction.on_commit(lambda: _send(recompute_all))


def enqueue_notifications(flag_ids: list[int]) -> None:
    for flag_id in flag_ids:
        _send(notify_flag_opened, flag_id)


def enqueue_status_notice(flag_id: int) -> None:
    transaction.on_commit(lambda: _send(notify_flag_status, flag_id))


def enqueue_reply_notice(event_id: int) -> None:
    transaction.on_commit(lambda: _send(notify_agency_reply, event_id))
