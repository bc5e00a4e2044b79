"""Reads of disclosures shared by the editor and the public history."""

from dataclasses import dataclass

from django.db.models import QuerySet

from agencies.models import Agency

from ..models import Disclosure, DisclosureItem


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
