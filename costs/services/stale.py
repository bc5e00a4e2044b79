from django.utils import timezone

from agencies.models import Agency


def agency_changed(agency_id: int | None) -> None:
    """Something behind an agency's summaries and flags changed: mark them stale
    in this transaction, and ask for a recompute once it commits. If the broker
    is down, the mark stays and the stale sweep does the work later."""
    if not agency_id:
        return
    Agency.objects.filter(pk=agency_id).update(summaries_stale_at=timezone.now())
    from ..tasks import enqueue_recompute  # tasks import the services

    enqueue_recompute(agency_id)
