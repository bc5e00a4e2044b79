"""Worker reports: submitted, corrected, deleted, moderated."""

import datetime
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import ReportItem, WorkerReport, rate_on, to_usd
from ..models.reports import new_receipt_code, receipt_hash
from ..queue import agency_changed
from .scopes import moderation_countries

DUPLICATE_WINDOW = datetime.timedelta(days=14)
DUPLICATE_TOLERANCE = Decimal("0.02")


def _convert(report: WorkerReport, items: list[ReportItem]) -> None:
    """USD amounts at the rates of the month of departure, when the fees were paid."""
    day = report.departure_month
    for item in items:
        item.rate = rate_on(item.currency, day)
        item.amount_usd = to_usd(item.amount, item.rate)
    report.worker_total_usd = sum((item.amount_usd for item in items), Decimal(0))
    report.wage_usd = to_usd(report.first_wage, rate_on(report.wage_currency, day))
    report.basic_wage_usd = (
        to_usd(report.basic_wage, rate_on(report.wage_currency, day))
        if report.basic_wage is not None
        else None
    )
    report.loan_usd = (
        to_usd(report.loan_amount, rate_on(report.loan_currency, day))
        if report.loan_amount is not None
        else None
    )


def _likely_duplicate(report: WorkerReport, items: list[ReportItem]) -> WorkerReport | None:
    """A recent report for the same agency with near-identical paid items."""
    since = timezone.now() - DUPLICATE_WINDOW
    candidates = WorkerReport.objects.filter(created_at__gte=since).exclude(pk=report.pk)
    if report.agency_id:
        candidates = candidates.filter(agency=report.agency_id)
    else:
        candidates = candidates.filter(agency_name_given__iexact=report.agency_name_given)
    mine = sorted((i.category_id, i.currency, i.amount) for i in items)
    for candidate in candidates.prefetch_related("items")[:50]:
        theirs = sorted((i.category_id, i.currency, i.amount) for i in candidate.items.all())
        if len(theirs) == len(mine) and all(
            (a[0], a[1]) == (b[0], b[1]) and abs(a[2] - b[2]) <= DUPLICATE_TOLERANCE * max(a[2], 1)
            for a, b in zip(mine, theirs, strict=True)
        ):
            return candidate
    return None


def _save_with_items(report: WorkerReport, items: list[dict]) -> None:
    if not items:
        raise ValidationError(_("Add at least one payment."), code="no_items")
    lines = [ReportItem(**item) for item in items]
    _convert(report, lines)
    report.full_clean(exclude=["items"])
    report.save()
    report.items.all().delete()
    for line in lines:
        line.report = report
    ReportItem.objects.bulk_create(lines)
    report.possible_duplicate_of = _likely_duplicate(report, lines)
    report.save(update_fields=["possible_duplicate_of"])


@transaction.atomic
def report_submit(
    *, fields: dict, items: list[dict], by=None, organisation=None, submission_token=None
) -> tuple[WorkerReport, str | None]:
    """Store a report and return it with its receipt code, shown to the reporter once.

    With the token of the form (accounts.submissions), a report sent twice is
    stored once: the second sending returns the stored report and no code (None),
    for the code exists only in the first sending's answer (it is kept as a
    keyed hash).

    A report an NGO files for a worker of an origin it moderates is accepted
    at once; a worker's own report, and an NGO's outside its scope, wait for a
    moderator.
    """
    if submission_token:
        sent = WorkerReport.objects.filter(submission_token=submission_token).first()
        if sent is not None:
            return sent, None
    code = new_receipt_code()
    report = WorkerReport(
        **fields, receipt_hash=receipt_hash(code), submission_token=submission_token
    )
    if organisation is not None:
        report.via = WorkerReport.Via.NGO
        report.organisation = organisation
        report.submitted_by = by
        countries = moderation_countries(by) if by is not None else []
        if countries is None or report.origin_id in countries:
            report.status = WorkerReport.Status.ACCEPTED
            report.moderated_by = by
            report.moderated_at = report.accepted_at = report.changed_at = timezone.now()
    try:
        with transaction.atomic():
            _save_with_items(report, items)
    except (IntegrityError, ValidationError):
        # The same form sent at the same moment: the unique token waited for the
        # first sending to commit (or its check saw it), and its report is the one.
        if not submission_token:
            raise
        sent = WorkerReport.objects.filter(submission_token=submission_token).first()
        if sent is None:
            raise
        return sent, None
    if report.status == WorkerReport.Status.ACCEPTED:
        agency_changed(report.agency_id)
    return report, code


def report_for_receipt(code: str) -> WorkerReport | None:
    """The report a receipt code opens, under the current or a previous receipt key.

    A report found under a previous key is re-keyed to the current one, so a
    previous key can be dropped once the workers who still use it have.
    """
    if not code.strip():
        return None
    current = receipt_hash(code)
    candidates = [current] + [receipt_hash(code, key) for key in settings.RECEIPT_KEYS_PREVIOUS]
    # One query for every candidate: the time taken does not tell which key matched.
    report = WorkerReport.objects.filter(receipt_hash__in=candidates).first()
    if report is not None and report.receipt_hash != current:
        # update(), not save(): re-keying is no edit of the report (updated_at stays).
        WorkerReport.objects.filter(pk=report.pk).update(receipt_hash=current)
        report.receipt_hash = current
    return report


@transaction.atomic
def report_update(*, report: WorkerReport, fields: dict, items: list[dict]) -> WorkerReport:
    """The reporter corrects their report. A worker's own report is checked again."""
    was_accepted = report.status == WorkerReport.Status.ACCEPTED
    old_agency = report.agency_id
    for name, value in fields.items():
        setattr(report, name, value)
    if report.via == WorkerReport.Via.SELF:
        report.status = WorkerReport.Status.PENDING
    elif report.status == WorkerReport.Status.ACCEPTED:
        report.changed_at = timezone.now()  # a change the next public release counts
    _save_with_items(report, items)
    if was_accepted or report.status == WorkerReport.Status.ACCEPTED:
        agency_changed(old_agency)
        agency_changed(report.agency_id)
    return report


@transaction.atomic
def report_delete(*, report: WorkerReport) -> None:
    """Removes the report and its items for good."""
    if report.status == WorkerReport.Status.ACCEPTED:
        agency_changed(report.agency_id)
    report.delete()


@transaction.atomic
def report_accept(*, report: WorkerReport, by) -> WorkerReport:
    report = WorkerReport.objects.select_for_update().get(pk=report.pk)
    if report.status == WorkerReport.Status.ACCEPTED:
        return report
    report.status = WorkerReport.Status.ACCEPTED
    report.rejection_reason = ""
    report.moderated_by, report.moderated_at = by, timezone.now()
    # A correction accepted again counts as a change, not as one more report.
    report.accepted_at = report.accepted_at or report.moderated_at
    report.changed_at = report.moderated_at
    report.save(
        update_fields=[
            "status", "rejection_reason", "moderated_by", "moderated_at", "accepted_at",
            "changed_at",
        ]
    )  # fmt: skip
    agency_changed(report.agency_id)
    return report


@transaction.atomic
def report_reject(*, report: WorkerReport, by, reason: str) -> WorkerReport:
    if not reason.strip():
        raise ValidationError(_("Give a reason for rejecting the report."), code="no_reason")
    report = WorkerReport.objects.select_for_update().get(pk=report.pk)
    was_accepted = report.status == WorkerReport.Status.ACCEPTED
    report.status = WorkerReport.Status.REJECTED
    report.rejection_reason = reason.strip()
    report.moderated_by, report.moderated_at = by, timezone.now()
    report.save(update_fields=["status", "rejection_reason", "moderated_by", "moderated_at"])
    if was_accepted:
        agency_changed(report.agency_id)
    return report
