"""Reads of the costs data shared by views."""

from dataclasses import dataclass

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


def agency_history(agency: Agency) -> QuerySet[Disclosure]:
    """Every public version, newest first: the record an agency cannot rewrite."""
    return (
        agency.disclosures.public()
        .select_related("programme", "sector")
        .order_by("programme__order", "sector__name", "-version")
    )


def agency_disclosures_for_staff(agency: Agency) -> QuerySet[Disclosure]:
    return (
        agency.disclosures.exclude(status=Disclosure.Status.SUPERSEDED)
        .select_related("programme", "sector")
        .order_by("programme__order", "sector__name", "-version")
    )


@dataclass
class Change:
    kind: str  # added, removed, changed
    category: object
    payer: str
    old: DisclosureItem | None
    new: DisclosureItem | None


def version_changes(disclosure: Disclosure) -> list[Change] | None:
    """Lines added, removed or changed since the version this one replaced
    (None for a first version)."""
    previous = disclosure.supersedes
    if previous is None:
        return None

    def lines(version):
        return {(i.category_id, i.payer): i for i in version.items.select_related("category")}

    old, new = lines(previous), lines(disclosure)
    changes = []
    for key in sorted(
        old.keys() | new.keys(), key=lambda k: ((old.get(k) or new.get(k)).category.order, k[1])
    ):
        before, after = old.get(key), new.get(key)
        if before is None:
            changes.append(Change("added", after.category, after.get_payer_display(), None, after))
        elif after is None:
            changes.append(
                Change("removed", before.category, before.get_payer_display(), before, None)
            )
        elif (before.amount, before.currency) != (after.amount, after.currency):
            changes.append(
                Change("changed", after.category, after.get_payer_display(), before, after)
            )
    return changes
