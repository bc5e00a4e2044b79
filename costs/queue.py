"""The one door to background work: the stale mark and every enqueue.

Services call these functions instead of importing the tasks, so no service
depends on Celery's task objects and nothing imports in a circle. Each send
happens after the current transaction commits, by task name; if the broker is
down the send is tried once more, then logged, and the stale mark (or the
nightly recompute) makes sure nothing is lost."""

import logging

from celery import current_app
from django.db import transaction
from django.utils import timezone

from agencies.models import Agency

from . import pagecache

logger = logging.getLogger(__name__)

# With the broker down, a request gives up after one quick retry instead of
# hanging: the agency stays marked stale and the sweep catches up.
PUBLISH_RETRY = {"max_retries": 1, "interval_start": 0, "interval_step": 0.2, "interval_max": 0.2}


def send(name: str, *args) -> None:
    """Send the task called `name` now (outside a transaction, or from within a task)."""
    try:
        current_app.tasks[name].apply_async(args=args, retry=True, retry_policy=PUBLISH_RETRY)
    except Exception:
        # Nothing is lost: the agency is still marked stale for the sweep.
        logger.exception("could not enqueue %s%r; the stale sweep will catch up", name, args)


def send_after_commit(name: str, *args) -> None:
    transaction.on_commit(lambda: send(name, *args))


def agency_changed(agency_id: int | None) -> None:
    """Something behind an agency's summaries and flags changed: mark them stale
    in this transaction, and ask for a recompute once it commits. If the broker
    is down, the mark stays and the stale sweep does the work later."""
    if not agency_id:
        return
    Agency.objects.filter(pk=agency_id).update(summaries_stale_at=timezone.now())
    # Its fees and licence show at once; figures and flags after the recompute.
    pagecache.agency_changed(agency_id)
    send_after_commit("costs.tasks.recompute_agency", agency_id)


def everything_changed() -> None:
    """After a rule or an exchange rate changed: recompute every agency."""
    pagecache.site_changed()
    send_after_commit("costs.tasks.recompute_all")


def flags_opened(flag_ids: list[int]) -> None:
    for flag_id in flag_ids:
        send_after_commit("costs.tasks.notify_flag_opened", flag_id)


def flag_status_changed(flag_id: int) -> None:
    pagecache.flag_changed(flag_id)
    send_after_commit("costs.tasks.notify_flag_status", flag_id)


def agency_replied(event_id: int) -> None:
    pagecache.flag_event_added(event_id)
    send_after_commit("costs.tasks.notify_agency_reply", event_id)


def survey_import_queued(batch_id: int) -> None:
    """An uploaded survey file waits for a worker. If the broker is down, the
    batch stays queued and the import sweep sends it again."""
    send_after_commit("costs.tasks.import_survey", batch_id)
