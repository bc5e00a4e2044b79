"""Workers (no account needed) and NGO staff report what was paid.

A reporter's identity never appears on any page but the moderators' and
reviewers'. A receipt code, shown once, lets the reporter come back to view,
correct or delete the report."""

import logging
import re

from allauth.account.adapter import get_adapter
from allauth.core import ratelimit
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from redis.exceptions import RedisError

from accounts import submissions
from accounts.access import ngo_of
from agencies.models import Agency, searchable

from ..models import PROBLEM_FIELDS, WorkerReport
from . import services
from .forms import AgencySearchForm, ReportForm, report_items_formset
from .services import report_for_receipt

logger = logging.getLogger(__name__)

SLUG = re.compile(r"[-a-zA-Z0-9_]+")
SESSION_CODE = "report_receipt_code"
SESSION_REPORT = "report_receipt_id"


def report_start(request):
    """Find the agency by name (any script, accents optional) or licence number."""
    form = AgencySearchForm(request.GET)
    if not form.is_valid():
        context = {"form": form, "query": "", "agencies": []}
        return render(request, "costs/reports/start.html", context, status=400)
    query = form.cleaned_data["q"]
    agencies = []
    if query:
        agencies = Agency.objects.filter(search_text__contains=searchable(query)).order_by("name")[
            :20
        ]
    return render(
        request, "costs/reports/start.html", {"form": form, "query": query, "agencies": agencies}
    )


def _report_agency(request) -> Agency | None:
    slug = request.GET.get("agency") or request.POST.get("agency")
    if slug and not SLUG.fullmatch(slug):
        raise Http404  # no agency has it (and a NUL byte cannot even be looked up)
    return get_object_or_404(Agency, slug=slug) if slug else None


def _within_limit(request, action: str) -> bool:
    """allauth's rate limiter, keyed by the client (a keyed hash of the address
    that changes daily: accounts.adapters.client_key).

    With the cache (Redis) away, the limit is not enforced rather than a
    worker's report lost.
    """
    try:
        return ratelimit.consume(request, action=action, key=get_adapter().get_client_ip(request))
    except (RedisError, OSError):
        logger.warning("rate limit for %s skipped: the cache is unreachable", action, exc_info=True)
        return True


def _open_session(request) -> None:
    """Give the form's page a session, so that the form sent twice (a double tap,
    a resend on a slow line) carries the one session both answers lead to: the
    thanks page shows the code the first sending stored there."""
    if request.session.session_key is None:
        if not request.user.is_authenticated:
            # On a shared phone it closes with the browser, as the receipt's does.
            request.session.set_expiry(0)
        request.session.save()
        request.session.modified = True  # and send its cookie


@never_cache
def report_new(request):
    agency = _report_agency(request)
    organisation = ngo_of(request.user)
    _open_session(request)
    if request.method == "POST":
        form = ReportForm(request.POST, agency=agency)
        formset = report_items_formset(request.POST, add_line="add_payment" in request.POST)
        token = submissions.read(request.POST)
        if "add_payment" not in request.POST and form.is_valid() and formset.is_valid():
            if form.cleaned_data["website"]:
                return redirect("costs:report_thanks")  # a bot: pretend, keep nothing
            if token and WorkerReport.objects.filter(submission_token=token).exists():
                # Sent already: the same thanks page, without a second code or a
                # second count against the limit.
                return redirect("costs:report_thanks")
            if organisation is None and not _within_limit(request, "report_submit"):
                form.add_error(
                    None,
                    _(
                        "Too many reports from this connection. Please try again in an hour; "
                        "what you typed is kept below."
                    ),
                )
                return render(
                    request,
                    "costs/reports/form.html",
                    {
                        "form": form,
                        "formset": formset,
                        "agency": agency,
                        "organisation": organisation,
                        "submission_token": submissions.for_form(request.POST),
                    },
                    status=429,
                )
            try:
                with transaction.atomic():
                    _report, code = services.report_submit(
                        fields=form.report_fields(),
                        items=formset.items(),
                        by=request.user if organisation else None,
                        organisation=organisation,
                        submission_token=token,
                    )
                    if code is not None:
                        # Saved before the report commits: a second sending that
                        # finds the report also finds its code in the session.
                        request.session[SESSION_CODE] = code
                        request.session.save()
            except ValidationError as error:
                form.add_error(None, error)
            else:
                return redirect("costs:report_thanks")
    else:
        form, formset = ReportForm(agency=agency), report_items_formset()
    return render(
        request,
        "costs/reports/form.html",
        {
            "form": form,
            "formset": formset,
            "agency": agency,
            "organisation": organisation,
            "submission_token": submissions.for_form(request.POST or None),
        },
    )


@never_cache
def report_thanks(request):
    # The code is shown once: it is taken out of the session as it is shown.
    code = request.session.pop(SESSION_CODE, None)
    return render(request, "costs/reports/thanks.html", {"code": code})


@never_cache
def report_receipt(request):
    error, status = None, 200
    if request.method == "POST":
        if not _within_limit(request, "receipt_lookup"):
            error, status = _("Too many tries. Please wait 15 minutes and try again."), 429
        else:
            report = report_for_receipt(request.POST.get("code", ""))
            if report is None:
                error = _("This code does not match any report. Check each letter and try again.")
            else:
                request.session[SESSION_REPORT] = report.pk
                if not request.user.is_authenticated:
                    # On a shared phone the report closes with the browser.
                    request.session.set_expiry(0)
                return redirect("costs:report_mine")
    return render(request, "costs/reports/receipt.html", {"error": error}, status=status)


def _my_report(request) -> WorkerReport:
    report_id = request.session.get(SESSION_REPORT)
    if not report_id:
        raise Http404
    return get_object_or_404(
        WorkerReport.objects.select_related("agency", "programme", "sector", "origin"), pk=report_id
    )


@never_cache
def report_mine(request):
    report = _my_report(request)
    return render(
        request,
        "costs/reports/mine.html",
        {"report": report, "items": report.items.select_related("category")},
    )


@never_cache
def report_correct(request):
    report = _my_report(request)
    initial = {
        "agency_name_given": report.agency_name_given,
        "origin": report.origin_id,
        "programme": report.programme.code,
        "sector": report.sector.code,
        "departure_month": report.departure_month,
        "contract_months": report.contract_months,
        "first_wage": report.first_wage,
        "basic_wage": report.basic_wage,
        "wage_currency": report.wage_currency,
        "loan_amount": report.loan_amount,
        "loan_currency": report.loan_currency,
        "lender": report.lender,
        "loan_monthly_interest": report.loan_monthly_interest,
        "collateral": report.collateral,
        "private_story": report.private_story,
        **{name: getattr(report, name) for name in PROBLEM_FIELDS},
    }
    if request.method == "POST":
        form = ReportForm(request.POST, initial=initial, agency=report.agency)
        formset = report_items_formset(request.POST, add_line="add_payment" in request.POST)
        if "add_payment" not in request.POST and form.is_valid() and formset.is_valid():
            try:
                services.report_update(
                    report=report, fields=form.report_fields(), items=formset.items()
                )
            except ValidationError as error:
                # Messages only: a model field's error names no field of this form.
                form.add_error(None, error.messages)
            else:
                messages.success(request, _("Your report is corrected. Thank you."))
                return redirect("costs:report_mine")
    else:
        form = ReportForm(initial=initial, agency=report.agency)
        formset = report_items_formset(
            initial=[
                {
                    "category": item.category.code,
                    "amount": item.amount,
                    "currency": item.currency,
                    "paid_to": item.paid_to,
                    "receipt_given": item.receipt_given,
                }
                for item in report.items.select_related("category")
            ]
        )
    return render(
        request,
        "costs/reports/form.html",
        {"form": form, "formset": formset, "agency": report.agency, "correcting": True},
    )


@never_cache
def report_delete(request):
    report = _my_report(request)
    if request.method == "POST":
        services.report_delete(report=report)
        request.session.pop(SESSION_REPORT, None)
        messages.success(request, _("Your report is deleted. Nothing of it is kept."))
        return redirect("home")
    return render(request, "costs/reports/delete.html", {"report": report})


@require_POST
def report_forget(request):
    request.session.pop(SESSION_REPORT, None)
    return redirect("home")
