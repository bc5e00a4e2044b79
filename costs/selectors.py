"""Reads of the costs data shared by views."""

from django.db.models import Prefetch, Q, QuerySet
from django.utils import timezone

from agencies.models import Agency, LicenceStatus

from .models import Disclosure, DisclosureItem

COMPARE_SORTS = {
    "cost": ("worker_total_usd", "agency__name"),
    "name": ("agency__name", "programme__order", "sector__name"),
}


def compare_rows(
    *,
    origin: str | None = None,
    programme=None,
    sector=None,
    licensed_only: bool = False,
    sort: str = "cost",
) -> QuerySet[Disclosure]:
    """Current published disclosures, one row per agency, programme and sector."""
    rows = Disclosure.objects.current().select_related("agency", "programme", "sector", "origin")
    if origin:
        rows = rows.filter(origin_id=origin)
    if programme:
        rows = rows.filter(programme=programme)
    if sector:
        rows = rows.filter(sector=sector)
    if licensed_only:
        today = timezone.localdate()
        rows = rows.filter(agency__licence_status=LicenceStatus.ACTIVE).filter(
            Q(agency__licence_valid_until__isnull=True) | Q(agency__licence_valid_until__gte=today)
        )
    return rows.order_by(*COMPARE_SORTS[sort], "pk")


def agency_public_disclosures(agency: Agency) -> QuerySet[Disclosure]:
    """The agency's current disclosures with their items, for its public profile."""
    items = DisclosureItem.objects.select_related("category")
    return (
        agency.disclosures.current()
        .select_related("programme", "sector", "origin")
        .prefetch_related(Prefetch("items", queryset=items))
        .order_by("programme__order", "sector__name")
    )
