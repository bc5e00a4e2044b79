"""Writes across the costs models. Each function is atomic and keyword-only."""

import datetime
from decimal import ROUND_HALF_UP, Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from agencies.models import Agency

from ..flags.figures import DisclosureFigures
from ..models import Country, Disclosure, DisclosureItem, Payer, Programme, Sector, rate_on, to_usd
from ..models.reference import CENT
from ..queue import agency_changed

ITEM_FIELDS = ("category", "amount", "currency", "payer", "note")


def _check_group(programme: Programme, sector: Sector) -> None:
    if not sector.belongs_to(programme):
        raise ValidationError(
            _("The sector %(sector)s is not part of the programme %(programme)s."),
            code="wrong_sector",
            params={"sector": sector, "programme": programme},
        )


def _write_items(disclosure: Disclosure, items: list[dict]) -> None:
    if not items:
        raise ValidationError(_("Add at least one cost line."), code="no_items")
    for item in items:
        line = DisclosureItem(disclosure=disclosure, **item)
        line.full_clean()
        line.save()


@transaction.atomic
def disclosure_create(
    *,
    agency: Agency,
    programme: Programme,
    sector: Sector,
    contract_months: int,
    offered_wage: Decimal,
    wage_currency: str,
    items: list[dict],
) -> Disclosure:
    """A new draft with its item lines (dicts of DisclosureItem fields).

    If the agency already has a current version for this programme and sector,
    the draft is drafted to replace exactly that version.
    """
    _check_group(programme, sector)
    group = Disclosure.objects.filter(agency=agency, programme=programme, sector=sector)
    latest = group.order_by("-version").first()
    disclosure = Disclosure(
        agency=agency,
        origin=Country.objects.get(code=agency.country),
        programme=programme,
        sector=sector,
        contract_months=contract_months,
        offered_wage=offered_wage,
        wage_currency=wage_currency,
        version=latest.version + 1 if latest else 1,
        supersedes=group.current().first(),
    )
    disclosure.full_clean()
    disclosure.save()
    _write_items(disclosure, items)
    return disclosure


@transaction.atomic
def disclosure_update_draft(
    *,
    disclosure: Disclosure,
    contract_months: int,
    offered_wage: Decimal,
    wage_currency: str,
    items: list[dict],
) -> Disclosure:
    """Change a draft's terms and replace its lines. Programme and sector stay."""
    disclosure.contract_months = contract_months
    disclosure.offered_wage = offered_wage
    disclosure.wage_currency = wage_currency
    disclosure.full_clean()
    disclosure.save()  # refuses anything but a draft
    disclosure.items.all().delete()
    _write_items(disclosure, items)
    return disclosure


@transaction.atomic
def disclosure_revise(*, disclosure: Disclosure) -> Disclosure:
    """A new draft prefilled from a published version, to replace it."""
    if disclosure.status != Disclosure.Status.PUBLISHED:
        raise ValidationError(_("Only the current version can be revised."), code="not_current")
    existing = disclosure.revisions.filter(status=Disclosure.Status.DRAFT).first()
    if existing:
        return existing
    return disclosure_create(
        agency=disclosure.agency,
        programme=disclosure.programme,
        sector=disclosure.sector,
        contract_months=disclosure.contract_months,
        offered_wage=disclosure.offered_wage,
        wage_currency=disclosure.wage_currency,
        items=[{f: getattr(item, f) for f in ITEM_FIELDS} for item in disclosure.items.all()],
    )


@transaction.atomic
def disclosure_publish(*, disclosure: Disclosure, by=None, at: datetime.datetime | None = None):
    """Freeze a draft's USD amounts at the day's rates and make it the current version.

    The version it replaces becomes superseded and stays in the public history.
    A missing exchange rate is an error, never a guess. Publishes of one agency
    are serialised by a lock on the agency row; a draft whose base version is no
    longer current is refused, so a concurrent revision never overwrites another.
    """
    Agency.objects.select_for_update().get(pk=disclosure.agency_id)
    disclosure = Disclosure.objects.select_related("origin", "agency").get(pk=disclosure.pk)
    if disclosure.status != Disclosure.Status.DRAFT:
        raise ValidationError(_("Only a draft can be published."), code="not_draft")
    current = (
        Disclosure.objects.current()
        .filter(
            agency=disclosure.agency_id,
            programme=disclosure.programme_id,
            sector=disclosure.sector_id,
        )
        .first()
    )
    if (current.pk if current else None) != disclosure.supersedes_id:
        raise ValidationError(
            _(
                "Another version was published while you were working on this draft. "
                "Start a new revision from the current version."
            ),
            code="stale_draft",
        )
    at = at or timezone.now()
    day = timezone.localdate(at)

    origin_currency = disclosure.origin.currency
    origin_rate = rate_on(origin_currency, day)
    worker_total_origin = Decimal(0)
    items = list(disclosure.items.all())
    for item in items:
        item.rate = rate_on(item.currency, day)
        item.amount_usd = to_usd(item.amount, item.rate)
        if item.payer == Payer.WORKER:
            # Exact in the worker's own currency; converted only when paid in another.
            worker_total_origin += (
                item.amount
                if item.currency == origin_currency
                else item.amount / item.rate * origin_rate
            )
    DisclosureItem.objects.bulk_update(items, ["rate", "amount_usd"])
    totals = DisclosureFigures.from_lines(
        ((item.category_id, item.payer, item.amount_usd) for item in items),
        origin=disclosure.origin_id,
        programme_id=disclosure.programme_id,
        sector_id=disclosure.sector_id,
        contract_months=disclosure.contract_months,
        wage_usd=None,
        published_on=day,
    )

    if current:
        current.status = Disclosure.Status.SUPERSEDED
        current.ended_at = at
        current.ended_by = by
        current.save(update_fields=["status", "ended_at", "ended_by"])

    disclosure.wage_rate = rate_on(disclosure.wage_currency, day)
    disclosure.wage_usd = to_usd(disclosure.offered_wage, disclosure.wage_rate)
    disclosure.origin_rate = origin_rate
    disclosure.worker_total_usd = totals.worker_usd
    disclosure.worker_total_origin = worker_total_origin.quantize(CENT, ROUND_HALF_UP)
    disclosure.employer_total_usd = totals.employer_usd
    disclosure.status = Disclosure.Status.PUBLISHED
    disclosure.published_at = at
    disclosure.published_by = by
    disclosure.save()
    agency_changed(disclosure.agency_id)
    return disclosure


@transaction.atomic
def disclosure_withdraw(*, disclosure: Disclosure, by, reason: str) -> Disclosure:
    """Take a current version off the record's present; it stays public with the reason."""
    reason = reason.strip()
    if not reason:
        raise ValidationError(_("Say why the fees are withdrawn."), code="no_reason")
    disclosure = Disclosure.objects.select_for_update().get(pk=disclosure.pk)
    if disclosure.status != Disclosure.Status.PUBLISHED:
        raise ValidationError(_("Only the current version can be withdrawn."), code="not_current")
    disclosure.status = Disclosure.Status.WITHDRAWN
    disclosure.ended_at = timezone.now()
    disclosure.ended_by = by
    disclosure.withdrawal_reason = reason
    disclosure.save(update_fields=["status", "ended_at", "ended_by", "withdrawal_reason"])
    agency_changed(disclosure.agency_id)
    return disclosure


@transaction.atomic
def disclosure_delete_draft(*, disclosure: Disclosure) -> None:
    disclosure.items.all().delete()
    disclosure.delete()
