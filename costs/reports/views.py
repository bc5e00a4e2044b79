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
from django.http import Http404, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import urlencode
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


STEPS = list(ReportForm.STEPS)
SESSION_DRAFT = "report_draft"


def _draft(request, agency) -> dict:
    """The answers given so far, kept in the session (server-side) between the
    steps, so that a dropped connection loses nothing. Nothing is a report
    until the last step is sent. Another agency starts a new draft."""
    draft = request.session.get(SESSION_DRAFT)
    slug = agency.slug if agency else ""
    if not draft or draft.get("agency") != slug:
        draft = {"agency": slug, "data": {}, "token": submissions.issue()}
    return draft


def _keep_answers(request, draft: dict, step: str) -> dict:
    """Store this step's posted answers in the draft (an unticked box is absent
    from the post, so the step's old answers are dropped first)."""
    data = draft["data"]
    if step == "payments":
        mine = [key for key in data if key.startswith("items-")]
    else:
        mine = [key for key in data if key in ReportForm.STEPS[step]]
    for key in mine:
        del data[key]
    for key, values in request.POST.lists():
        if key.startswith("items-") if step == "payments" else key in ReportForm.STEPS[step]:
            data[key] = values
    request.session[SESSION_DRAFT] = draft
    return draft


def _as_query_dict(data: dict) -> QueryDict:
    query = QueryDict(mutable=True)
    for key, values in data.items():
        query.setlist(key, values)
    return query


def _step_forms(step, data, agency, *, add_line=False):
    """The form of one step, bound to the answers when there are any."""
    bound = data if data else None
    if step == "payments":
        has_lines = bound is not None and "items-TOTAL_FORMS" in bound
        return None, report_items_formset(bound if has_lines else None, add_line=add_line)
    fields = ReportForm.STEPS[step]
    answered = bound is not None and any(key in fields for key in bound)
    return ReportForm(bound if answered else None, agency=agency, step=step), None


def _render_step(request, step, form, formset, agency, organisation, token, status=200):
    number = STEPS.index(step) + 1
    return render(
        request,
        "costs/reports/step.html",
        {
            "step": step,
            "number": number,
            "steps": len(STEPS),
            "form": form,
            "formset": formset,
            "agency": agency,
            "organisation": organisation,
            "submission_token": token,
        },
        status=status,
    )


def _step_url(step, agency) -> str:
    query = {"step": step, **({"agency": agency.slug} if agency else {})}
    return f"{reverse('costs:report_new')}?{urlencode(query)}"


@never_cache
def report_new(request):
    """The report in four short steps. Each step's answers are kept in the
    session; the last step sends them all as one report. A post without a step
    (the whole report at once) is taken as the last step with every answer."""
    agency = _report_agency(request)
    organisation = ngo_of(request.user)
    _open_session(request)
    step = request.POST.get("step") or request.GET.get("step") or STEPS[0]
    if step not in STEPS:
        step = STEPS[0]
    draft = _draft(request, agency)
    if request.method != "POST":
        form, formset = _step_forms(step, _as_query_dict(draft["data"]), agency)
        request.session[SESSION_DRAFT] = draft
        return _render_step(request, step, form, formset, agency, organisation, draft["token"])

    if "step" not in request.POST:
        return _send(request, request.POST, agency, organisation, draft)
    if _sent_already(request.POST):
        return redirect("costs:report_thanks")
    token = submissions.for_form(request.POST) if submissions.read(request.POST) else draft["token"]
    draft["token"] = token
    draft = _keep_answers(request, draft, step)
    data = _as_query_dict(draft["data"])
    index = STEPS.index(step)
    if "back" in request.POST and index > 0:
        return redirect(_step_url(STEPS[index - 1], agency))
    add_line = "add_payment" in request.POST
    form, formset = _step_forms(step, data, agency, add_line=add_line)
    if add_line or not (form or formset).is_valid():
        return _render_step(request, step, form, formset, agency, organisation, token)
    if index + 1 < len(STEPS):
        return redirect(_step_url(STEPS[index + 1], agency))
    return _send(request, data, agency, organisation, draft)


def _first_step_with_errors(form, formset) -> str:
    wrong = {ReportForm.step_of(name) for name in form.errors if name != "__all__"}
    if not formset.is_valid():
        wrong.add("payments")
    return next((step for step in STEPS if step in wrong), STEPS[-1])


def _sent_already(post) -> bool:
    """Sent already (a double tap, a resend): the same thanks page, without a
    second code or a second count against the limit."""
    token = submissions.read(post)
    return bool(token) and WorkerReport.objects.filter(submission_token=token).exists()


def _send(request, data, agency, organisation, draft):
    """The last step: every answer checked again, and one report made."""
    form = ReportForm(data, agency=agency)
    formset = report_items_formset(data)
    token = submissions.read(request.POST)
    if _sent_already(request.POST):
        return redirect("costs:report_thanks")
    if not (form.is_valid() and formset.is_valid()):
        if "step" not in request.POST:
            return _render_whole(request, form, formset, agency, organisation)
        # Something answered earlier no longer holds: back to that step, errors shown.
        wrong = _first_step_with_errors(form, formset)
        step_form, step_formset = _step_forms(wrong, data, agency)
        if step_form is not None:
            step_form.is_valid()
            for error in form.non_field_errors():
                step_form.add_error(None, error)
        return _render_step(
            request, wrong, step_form, step_formset, agency, organisation, draft["token"]
        )
    if form.cleaned_data["website"]:
        request.session.pop(SESSION_DRAFT, None)
        return redirect("costs:report_thanks")  # a bot: pretend, keep nothing
    if organisation is None and not _within_limit(request, "report_submit"):
        form.add_error(
            None,
            _(
                "Too many reports from this connection. Please try again in an hour; "
                "what you typed is kept below."
            ),
        )
        if "step" not in request.POST:
            return _render_whole(request, form, formset, agency, organisation, status=429)
        last, _none = _step_forms(STEPS[-1], data, agency)
        last.is_valid()
        last.add_error(None, form.non_field_errors())
        return _render_step(
            request, STEPS[-1], last, None, agency, organisation, draft["token"], status=429
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
                request.session.pop(SESSION_DRAFT, None)
                request.session.save()
            else:
                # A second sending at the same moment: its copy of the session
                # is older than the first's, and saving it would lose the code.
                request.session.modified = False
    except ValidationError as error:
        form.add_error(None, error)
        if "step" not in request.POST:
            return _render_whole(request, form, formset, agency, organisation)
        last, _none = _step_forms(STEPS[-1], data, agency)
        last.is_valid()
        last.add_error(None, form.non_field_errors())
        return _render_step(request, STEPS[-1], last, None, agency, organisation, draft["token"])
    return redirect("costs:report_thanks")


def _render_whole(request, form, formset, agency, organisation, status=200):
    """The whole report on one page, as a post of every answer at once is answered."""
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
        status=status,
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
