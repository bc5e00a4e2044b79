"""Writes across the costs models. Each function is atomic and keyword-only."""

import datetime
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from agencies.models import Agency

from ..flags.figures import DisclosureFigures
from ..models import (
    Country,
    Disclosure,
    DisclosureItem,
    MissingRate,
    Payer,
    Programme,
    PublishedRecordError,
    Sector,
    rate_on,
    to_usd,
)
from ..models.disclosures import AMOUNT_MAX
from ..models.reference import CENT
from ..queue import agency_changed

ITEM_FIELDS = ("category", "amount", "currency", "payer", "note")


class DraftChanged(Exception):
    """Someone saved the draft after this editor opened it; nothing was written.
    `draft` is the draft as it is saved now, to show next to what was typed."""

    def __init__(self, draft: Disclosure):
        super().__init__(f"Disclosure {draft.pk} changed since it was opened.")
        self.draft = draft


def _locked_draft(disclosure: Disclosure) -> Disclosure:
    """The draft's row, locked until the transaction ends, its status read under
    the lock. Every write to a draft and its publication take this lock, so they
    run one after the other and none writes to what another has just published.
    A draft deleted meanwhile raises Disclosure.DoesNotExist."""
    draft = Disclosure.objects.select_for_update().get(pk=disclosure.pk)
    if draft.status != Disclosure.Status.DRAFT:
        raise PublishedRecordError(f"Disclosure {draft.pk} is published and cannot change.")
    return draft


def _changed() -> ValidationError:
    return ValidationError(
        _("Someone changed this draft after you opened this page. Check it again, then publish."),
        code="changed",
    )


def _lock_agency(agency_id: int) -> None:
    # Creations and publications of one agency run one at a time: the next
    # version number and the current version are read and written under it.
    Agency.objects.select_for_update().get(pk=agency_id)


@dataclass
class Frozen:
    """What a publication on `day` stores: each line's rate and USD amount, the
    wage in USD, the totals. A rate not known yet is None (`partial` only)."""

    rates: list[Decimal | None]
    usd: list[Decimal | None]
    figures: DisclosureFigures
    origin_rate: Decimal | None
    worker_total_origin: Decimal
    wage_rate: Decimal | None
    wage_usd: Decimal | None

    def too_large(self) -> bool:
        stored = [
            *self.usd,
            self.figures.worker_usd,
            self.figures.employer_usd,
            self.worker_total_origin,
            self.wage_usd,
        ]
        return any(value is not None and abs(value) > AMOUNT_MAX for value in stored)


def _freeze(
    *,
    origin: Country,
    programme_id: int,
    sector_id: int,
    contract_months: int,
    offered_wage: Decimal,
    wage_currency: str,
    lines: list[tuple[int, Decimal, str, str]],
    day: datetime.date,
    partial: bool = False,
) -> Frozen:
    """The stored figures of (category id, amount, currency, payer) lines at the
    rates of `day`. A missing rate raises MissingRate, or with `partial` (the
    check when a draft is saved: it may use a currency whose rate comes later)
    leaves that amount out."""

    def rate(currency: str) -> Decimal | None:
        try:
            return rate_on(currency, day)
        except MissingRate:
            if partial:
                return None
            raise

    origin_rate = rate(origin.currency)
    rates = [rate(currency) for _category, _amount, currency, _payer in lines]
    usd = [
        to_usd(amount, line_rate) if line_rate else None
        for (_category, amount, _currency, _payer), line_rate in zip(lines, rates, strict=True)
    ]
    worker_total_origin = Decimal(0)
    for (_category, amount, currency, payer), line_rate in zip(lines, rates, strict=True):
        if payer != Payer.WORKER:
            continue
        # Exact in the worker's own currency; converted only when paid in another.
        if currency == origin.currency:
            worker_total_origin += amount
        elif line_rate and origin_rate:
            worker_total_origin += amount / line_rate * origin_rate
    figures = DisclosureFigures.from_lines(
        (
            (category, payer, line_usd)
            for (category, _amount, _currency, payer), line_usd in zip(lines, usd, strict=True)
            if line_usd is not None
        ),
        origin=origin.pk,
        programme_id=programme_id,
        sector_id=sector_id,
        contract_months=contract_months,
        wage_usd=None,
        published_on=day,
    )
    wage_rate = rate(wage_currency)
    return Frozen(
        rates=rates,
        usd=usd,
        figures=figures,
        origin_rate=origin_rate,
        worker_total_origin=worker_total_origin.quantize(CENT, ROUND_HALF_UP),
        wage_rate=wage_rate,
        wage_usd=to_usd(offered_wage, wage_rate) if wage_rate else None,
    )


def _too_large(origin: Country) -> ValidationError:
    return ValidationError(
        _(
            "These amounts add up to more than the portal can store: 12 digits before "
            "the decimal mark, in US dollars and in %(currency)s. Check the number of zeros."
        ),
        code="too_large",
        params={"currency": origin.currency},
    )


def _check_storable(
    *, origin: Country, programme: Programme, sector: Sector, terms: dict, items: list[dict]
) -> None:
    """Refuse a draft whose publication could not store its figures: checked
    when it is saved, at today's rates, so that a draft that saves can be published."""
    frozen = _freeze(
        origin=origin,
        programme_id=programme.pk,
        sector_id=sector.pk,
        contract_months=terms["contract_months"],
        offered_wage=terms["offered_wage"],
        wage_currency=terms["wage_currency"],
        lines=[
            (item["category"].pk, item["amount"], item["currency"], item["payer"]) for item in items
        ],
        day=timezone.localdate(),
        partial=True,
    )
    if frozen.too_large():
        raise _too_large(origin)


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
    submission_token: str | None = None,
    basic_wage: Decimal | None = None,
) -> Disclosure:
    """A new draft with its item lines (dicts of DisclosureItem fields).

    If the agency already has a current version for this programme and sector,
    the draft is drafted to replace exactly that version. With the token of the
    form (accounts.submissions), a form sent twice returns the draft its first
    sending made instead of making a second one.
    """
    _check_group(programme, sector)
    _lock_agency(agency.pk)
    if submission_token:
        # Under the agency's lock: a concurrent first sending has committed by now.
        sent = Disclosure.objects.filter(submission_token=submission_token).first()
        if sent is not None and sent.agency_id == agency.pk:
            return sent
        if sent is not None:
            submission_token = None  # another agency's form: this one is new
    origin = Country.objects.get(code=agency.country)
    terms = {
        "contract_months": contract_months,
        "offered_wage": offered_wage,
        "basic_wage": basic_wage,
        "wage_currency": wage_currency,
    }
    _check_storable(origin=origin, programme=programme, sector=sector, terms=terms, items=items)
    group = Disclosure.objects.filter(agency=agency, programme=programme, sector=sector)
    latest = group.order_by("-version").first()
    disclosure = Disclosure(
        agency=agency,
        origin=origin,
        programme=programme,
        sector=sector,
        version=latest.version + 1 if latest else 1,
        supersedes=group.current().first(),
        submission_token=submission_token,
        **terms,
    )
    disclosure.full_clean()
    disclosure.save()
    _write_items(disclosure, items)
    return disclosure


@transaction.atomic
def disclosure_update_draft(
    *,
    disclosure: Disclosure,
    edit_version: int | None,
    contract_months: int,
    offered_wage: Decimal,
    wage_currency: str,
    items: list[dict],
    basic_wage: Decimal | None = None,
) -> Disclosure:
    """Change a draft's terms and replace its lines. Programme and sector stay.

    `edit_version` is the draft's edit_version when the editor opened it: if
    anyone saved since (or it is unknown), DraftChanged is raised and nothing
    is written. A draft published meanwhile raises PublishedRecordError.
    """
    draft = _locked_draft(disclosure)
    if edit_version != draft.edit_version:
        raise DraftChanged(draft)
    terms = {
        "contract_months": contract_months,
        "offered_wage": offered_wage,
        "basic_wage": basic_wage,
        "wage_currency": wage_currency,
    }
    _check_storable(
        origin=draft.origin,
        programme=draft.programme,
        sector=draft.sector,
        terms=terms,
        items=items,
    )
    for name, value in terms.items():
        setattr(draft, name, value)
    draft.edit_version += 1
    draft.full_clean()
    draft.save()
    draft.items.all().delete()
    _write_items(draft, items)
    return draft


@transaction.atomic
def disclosure_revise(*, disclosure: Disclosure) -> Disclosure:
    """A new draft prefilled from a published version, to replace it; the draft
    already begun from it, if there is one, so that there is one per version."""
    _lock_agency(disclosure.agency_id)
    # Read under the lock: a revision sent twice at once finds the first one's draft.
    disclosure = Disclosure.objects.select_for_update().get(pk=disclosure.pk)
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
        basic_wage=disclosure.basic_wage,
        wage_currency=disclosure.wage_currency,
        items=[{f: getattr(item, f) for f in ITEM_FIELDS} for item in disclosure.items.all()],
    )


@transaction.atomic
def disclosure_publish(
    *,
    disclosure: Disclosure,
    by=None,
    at: datetime.datetime | None = None,
    edit_version: int | None = None,
):
    """Freeze a draft's USD amounts at the day's rates and make it the current version.

    The version it replaces becomes superseded and stays in the public history.
    A missing exchange rate is an error, never a guess. Publishes of one agency
    are serialised by a lock on the agency row; a draft whose base version is no
    longer current is refused, so a concurrent revision never overwrites another.
    The draft's own row is locked too, as every draft write locks it, so no save
    runs between reading its lines and freezing them. With `edit_version` (the
    draft as the publisher checked it), a draft saved again since is refused.
    """
    _lock_agency(disclosure.agency_id)
    disclosure = (
        Disclosure.objects.select_for_update(of=("self",))
        .select_related("origin", "agency")
        .get(pk=disclosure.pk)
    )
    if disclosure.status != Disclosure.Status.DRAFT:
        raise ValidationError(_("Only a draft can be published."), code="not_draft")
    if edit_version is not None and edit_version != disclosure.edit_version:
        raise _changed()
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

    items = list(disclosure.items.all())
    if not items:
        raise ValidationError(_("Add at least one cost line."), code="no_items")
    frozen = _freeze(
        origin=disclosure.origin,
        programme_id=disclosure.programme_id,
        sector_id=disclosure.sector_id,
        contract_months=disclosure.contract_months,
        offered_wage=disclosure.offered_wage,
        wage_currency=disclosure.wage_currency,
        lines=[(item.category_id, item.amount, item.currency, item.payer) for item in items],
        day=day,
    )
    if frozen.too_large():
        raise _too_large(disclosure.origin)
    for item, rate, usd in zip(items, frozen.rates, frozen.usd, strict=True):
        item.rate, item.amount_usd = rate, usd
    # Only this draft's rows, and every one of them: anything else means its
    # lines changed under us, and nothing of this publication is kept.
    updated = DisclosureItem.objects.filter(disclosure=disclosure).bulk_update(
        items, ["rate", "amount_usd"]
    )
    if updated != len(items) or disclosure.items.count() != len(items):
        raise _changed()

    if current:
        current.status = Disclosure.Status.SUPERSEDED
        current.ended_at = at
        current.ended_by = by
        current.save(update_fields=["status", "ended_at", "ended_by"])

    disclosure.wage_rate = frozen.wage_rate
    disclosure.wage_usd = frozen.wage_usd
    # Frozen with the wage: months-of-wage caps count it (costs.flags.rules).
    disclosure.basic_wage_usd = (
        to_usd(disclosure.basic_wage, frozen.wage_rate)
        if disclosure.basic_wage is not None
        else None
    )
    disclosure.origin_rate = frozen.origin_rate
    disclosure.worker_total_usd = frozen.figures.worker_usd
    disclosure.worker_total_origin = frozen.worker_total_origin
    disclosure.employer_total_usd = frozen.figures.employer_usd
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
    """Delete a draft and its lines. One already deleted (sent twice) is no error;
    one published meanwhile raises PublishedRecordError."""
    try:
        draft = _locked_draft(disclosure)
    except Disclosure.DoesNotExist:
        return
    draft.items.all().delete()
    draft.delete()
