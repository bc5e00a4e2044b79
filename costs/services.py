"""Writes across the costs models. Each function is atomic and keyword-only."""

import datetime
from decimal import ROUND_HALF_UP, Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from agencies.models import Agency

from .models import Country, Disclosure, DisclosureItem, Payer, Programme, Sector, rate_on, to_usd
from .models.reference import CENT


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
    """A new draft disclosure with its item lines (dicts of DisclosureItem fields)."""
    if not items:
        raise ValidationError(_("Add at least one cost line."), code="no_items")
    if not sector.programmes.filter(pk=programme.pk).exists():
        raise ValidationError(
            _("The sector %(sector)s is not part of the programme %(programme)s."),
            code="wrong_sector",
            params={"sector": sector, "programme": programme},
        )
    latest = (
        Disclosure.objects.filter(agency=agency, programme=programme, sector=sector)
        .order_by("-version")
        .first()
    )
    disclosure = Disclosure(
        agency=agency,
        origin=Country.objects.get(code=agency.country),
        programme=programme,
        sector=sector,
        contract_months=contract_months,
        offered_wage=offered_wage,
        wage_currency=wage_currency,
        version=latest.version + 1 if latest else 1,
    )
    disclosure.full_clean()
    disclosure.save()
    for item in items:
        line = DisclosureItem(disclosure=disclosure, **item)
        line.full_clean()
        line.save()
    return disclosure


@transaction.atomic
def disclosure_publish(*, disclosure: Disclosure, by=None, at: datetime.datetime | None = None):
    """Freeze a draft's USD amounts at today's rates and make it the current version.

    The version it replaces becomes superseded and stays in the public history.
    A missing exchange rate is an error, never a guess.
    """
    disclosure = Disclosure.objects.select_for_update().get(pk=disclosure.pk)
    if disclosure.status != Disclosure.Status.DRAFT:
        raise ValidationError(_("Only a draft can be published."), code="not_draft")
    at = at or timezone.now()
    day = timezone.localdate(at)

    origin_currency = disclosure.origin.currency
    origin_rate = rate_on(origin_currency, day)
    worker_total = worker_total_origin = employer_total = Decimal(0)
    items = list(disclosure.items.all())
    for item in items:
        item.rate = rate_on(item.currency, day)
        item.amount_usd = to_usd(item.amount, item.rate)
        if item.payer == Payer.WORKER:
            worker_total += item.amount_usd
            # Exact in the worker's own currency; converted only when paid in another.
            worker_total_origin += (
                item.amount
                if item.currency == origin_currency
                else item.amount / item.rate * origin_rate
            )
        else:
            employer_total += item.amount_usd
    DisclosureItem.objects.bulk_update(items, ["rate", "amount_usd"])

    previous = (
        Disclosure.objects.select_for_update()
        .filter(
            agency=disclosure.agency_id,
            programme=disclosure.programme_id,
            sector=disclosure.sector_id,
            status=Disclosure.Status.PUBLISHED,
        )
        .first()
    )
    if previous:
        previous.status = Disclosure.Status.SUPERSEDED
        previous.ended_at = at
        previous.save(update_fields=["status", "ended_at"])

    disclosure.wage_rate = rate_on(disclosure.wage_currency, day)
    disclosure.wage_usd = to_usd(disclosure.offered_wage, disclosure.wage_rate)
    disclosure.origin_rate = origin_rate
    disclosure.worker_total_usd = worker_total
    disclosure.worker_total_origin = worker_total_origin.quantize(CENT, ROUND_HALF_UP)
    disclosure.employer_total_usd = employer_total
    disclosure.status = Disclosure.Status.PUBLISHED
    disclosure.published_at = at
    disclosure.published_by = by
    if previous:
        disclosure.supersedes = previous
    disclosure.save()
    disclosure.agency.mark_stale()
    return disclosure
