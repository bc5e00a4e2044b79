"""The reviewers' workspace: NGO reviewers see every agency's flags; a ministry
reviewer sees and acts only on agencies of the ministry's country."""

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Case, Count, IntegerField, Value, When
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts import submissions
from agencies.access import get_agency_for_editor
from agencies.models import Agency, AgencyMembership
from agencies.services import claim_verify

from ..catalogue import spreadsheets
from ..catalogue.countries import country_names
from ..flags.rules import evidence_rows
from ..models import ACTIVE_STATUSES, CostSummary, Disclosure, Flag, ThresholdRule, WorkerReport
from . import services as review_services
from .charts import bars, marked_figures, paid_vs_disclosed
from .forms import (
    ACTIVE,
    CloseForm,
    CommentForm,
    LicenceForm,
    ReopenForm,
    ReplyForm,
    ReviewFilterForm,
)
from .scopes import colleagues, ministry_countries, review_countries
from .timeline import timeline

SEVERITY_ORDER = Case(
    When(severity="high", then=Value(0)), When(severity="warning", then=Value(1)), default=Value(2),
    output_field=IntegerField(),
)  # fmt: skip


def _scope(user) -> list[str] | None:
    countries = review_countries(user)
    if countries == []:
        raise PermissionDenied
    return countries


def _pk(value) -> int | None:
    """An id typed into a form or a link: anything but digits finds nothing (a 404)."""
    value = (value or "").strip()
    return int(value) if value.isascii() and value.isdecimal() else None


def _member_of(user, agency_id) -> bool:
    """Staff or claimants of an agency review none of its cases: another reviewer must."""
    return AgencyMembership.objects.filter(user=user, agency=agency_id).exists()


def _conflict(request, agency):
    return render(request, "costs/review/conflict.html", {"agency": agency}, status=403)


def _flag_for_reviewer(user, pk) -> Flag:
    flags = Flag.objects.in_scope(_scope(user)).select_related(
        "agency", "rule", "programme", "sector"
    )
    return get_object_or_404(flags, pk=pk)


def _filtered(request):
    countries = _scope(request.user)
    form = ReviewFilterForm(request.GET)
    data = form.filters()
    flags = (
        Flag.objects.in_scope(countries)
        .exclude(agency__memberships__user=request.user)  # their own agency's: not theirs to review
        .select_related("agency", "rule", "programme", "sector", "assigned_to")
    )
    if data.get("country"):
        flags = flags.filter(agency__country=data["country"])
    for name in ("programme", "sector"):
        if data.get(name):
            flags = flags.filter(**{name: data[name]})
    if data.get("rule"):
        flags = flags.filter(rule__kind=data["rule"])
    if data.get("severity"):
        flags = flags.filter(severity=data["severity"])
    if data.get("mine"):
        flags = flags.filter(assigned_to=request.user)
    if data.get("age"):
        flags = flags.filter(
            opened_at__lt=timezone.now() - datetime.timedelta(days=int(data["age"]))
        )
    counts = dict(flags.order_by().values_list("status").annotate(n=Count("pk")))
    if data.get("status") == ACTIVE:
        flags = flags.filter(status__in=ACTIVE_STATUSES)
    elif data.get("status"):
        flags = flags.filter(status=data["status"])
    order = {
        "age": ("opened_at", "pk"),
        "agency": ("agency__name", "pk"),
    }.get(data.get("sort"), (SEVERITY_ORDER, "opened_at", "pk"))
    return form, flags.order_by(*order), counts


@login_required
def review_queue(request):
    form, flags, counts = _filtered(request)
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "costs/review/queue.html",
        {
            "form": form,
            "page": Paginator(flags, 25).get_page(request.GET.get("page")),
            "counts": [(label, counts.get(value, 0)) for value, label in Flag.Status.choices],
            "query": query.urlencode(),
        },
    )


@login_required
def review_export(request):
    _form, flags, _counts = _filtered(request)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="fairfee-flags.csv"'
    writer = spreadsheets.writer(response)  # register names such as "=HYPERLINK(...)" stay text
    writer.writerow(["id", "agency", "licence", "country", "rule", "programme", "sector", "severity",
                     "status", "opened", "assigned_to", "evidence"])  # fmt: skip
    for flag in flags:
        writer.writerow([
            flag.pk, flag.agency.name, flag.agency.licence_number, flag.agency.country, flag.rule.kind,
            flag.programme.code if flag.programme else "", flag.sector.code if flag.sector else "",
            flag.severity, flag.status, flag.opened_at.date().isoformat(),
            flag.assigned_to.email if flag.assigned_to else "",
            "; ".join(f"{k}={v}" for k, v in flag.evidence.items()),
        ])  # fmt: skip
    return response


@login_required
def review_flag(request, pk):
    flag = _flag_for_reviewer(request.user, pk)
    if _member_of(request.user, flag.agency_id):
        return _conflict(request, flag.agency)
    group = {"agency": flag.agency, "programme": flag.programme, "sector": flag.sector}
    reports = WorkerReport.objects.none()
    disclosure = summary = None
    if flag.programme_id:
        reports = WorkerReport.objects.accepted().filter(**group).order_by("departure_month")
        disclosure = (
            Disclosure.objects.current().filter(**group).prefetch_related("items__category").first()
        )
        summary = CostSummary.objects.filter(**group).first()
    paid = [r.worker_total_usd for r in reports if r.worker_total_usd is not None]
    marks = (
        disclosure.worker_total_usd if disclosure else None,
        summary.median_usd if summary else None,
        summary.p75_usd if summary else None,
    )
    chart = paid_vs_disclosed(paid, *marks)
    return render(
        request,
        "costs/review/flag.html",
        {
            "flag": flag,
            "figures": evidence_rows(flag.evidence),
            "chart": chart,
            "chart_figures": marked_figures(*marks),
            "reports": reports,
            "disclosure": disclosure,
            "events": timeline(flag.events.select_related("actor")),
            "close_form": CloseForm(),
            "colleagues": colleagues(request.user),
            "can_set_licence": flag.agency.country in ministry_countries(request.user),
        },
    )


@login_required
@require_POST
def review_action(request, pk, action):
    flag = _flag_for_reviewer(request.user, pk)
    user = request.user
    if _member_of(user, flag.agency_id):
        return _conflict(request, flag.agency)
    try:
        if action == "take":
            review_services.flag_take(flag=flag, by=user)
        elif action == "close":
            form = CloseForm(request.POST)
            if not form.is_valid():
                raise ValidationError(_("Choose a decision and write a note: the public reads it."))
            review_services.flag_close(flag=flag, by=user, status=form.cleaned_data["outcome"],
                                       note=form.cleaned_data["note"])  # fmt: skip
        elif action == "reopen":
            form = ReopenForm(request.POST)
            if not form.is_valid():
                raise ValidationError(form.errors["note"])
            review_services.flag_reopen(flag=flag, by=user, note=form.cleaned_data["note"])
        elif action == "assign":
            allowed = colleagues(user)
            assignee = (
                get_object_or_404(allowed, pk=_pk(request.POST.get("assignee")))
                if request.POST.get("assignee")
                else user
            )
            review_services.flag_assign(flag=flag, by=user, assignee=assignee, allowed=allowed)
        elif action == "comment":
            form = CommentForm(request.POST)
            if not form.is_valid():
                raise ValidationError(form.errors["text"])
            review_services.flag_comment(flag=flag, by=user, text=form.cleaned_data["text"])
        else:
            raise Http404
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("costs:review_flag", pk=flag.pk)


@login_required
def licence_action(request, slug):
    agency = get_object_or_404(Agency, slug=slug)
    if agency.country not in ministry_countries(request.user):
        raise PermissionDenied
    if _member_of(request.user, agency.pk):
        return _conflict(request, agency)
    form = LicenceForm(request.POST or None, initial={"status": agency.licence_status})
    if request.method == "POST" and form.is_valid():
        review_services.licence_set(agency=agency, by=request.user, **form.cleaned_data)
        messages.success(request, _("The licence status is changed."))
        return redirect(agency.get_absolute_url())
    return render(
        request,
        "costs/review/licence.html",
        {"agency": agency, "form": form, "actions": agency.licence_actions.all()[:10]},
    )


@login_required
def review_claims(request):
    countries = ministry_countries(request.user)
    if not countries:
        raise PermissionDenied
    claims = AgencyMembership.objects.pending_claims().filter(agency__country__in=countries)
    if request.method == "POST":
        claim = get_object_or_404(claims, pk=_pk(request.POST.get("claim")))
        if _member_of(request.user, claim.agency_id):
            return _conflict(request, claim.agency)
        claim_verify(membership=claim, by=request.user)
        messages.success(request, _("The claim is verified."))
        return redirect("costs:review_claims")
    own = set(request.user.agency_memberships.values_list("agency", flat=True))
    return render(
        request,
        "costs/review/claims.html",
        {"claims": claims.select_related("user", "agency"), "own_agencies": own},
    )


@login_required
def review_dashboard(request):
    countries = _scope(request.user)
    open_flags = Flag.objects.in_scope(countries).active()
    labels = dict(ThresholdRule.Kind.choices)
    by_rule = [
        (str(labels.get(kind, kind)), n)
        for kind, n in open_flags.order_by()
        .values_list("rule__kind")
        .annotate(n=Count("pk"))
        .order_by("-n")
    ]
    names = country_names()
    by_country = [
        (names.get(code, code), n)
        for code, n in open_flags.order_by()
        .values_list("agency__country")
        .annotate(n=Count("pk"))
        .order_by("-n")
    ]
    top_agencies = list(
        open_flags.order_by()
        .values_list("agency__name")
        .annotate(n=Count("pk"))
        .order_by("-n")[:10]
    )
    return render(
        request,
        "costs/review/dashboard.html",
        {
            "by_rule": by_rule,
            "by_rule_chart": bars(by_rule, _("Open flags by rule")),
            "by_country": by_country,
            "by_country_chart": bars(by_country, _("Open flags by country")),
            "top_agencies": top_agencies,
            "oldest": open_flags.select_related("agency", "rule").order_by("opened_at")[:10],
        },
    )


@login_required
def agency_flags(request, slug):
    """Verified agency staff see their flags, with aggregated figures only, and reply."""
    agency = get_agency_for_editor(request.user, slug)
    flags = (
        agency.flags.public()
        .select_related("rule", "programme", "sector")
        .prefetch_related("events")
    )
    if request.method == "POST":
        flag = get_object_or_404(flags, pk=_pk(request.POST.get("flag")))
        form = ReplyForm(request.POST)
        if form.is_valid():
            try:
                review_services.flag_reply(
                    flag=flag,
                    by=request.user,
                    text=form.cleaned_data["text"],
                    submission_token=submissions.read(request.POST),
                )
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            else:
                messages.success(request, _("Your reply is published under the flag."))
            return redirect("costs:agency_flags", slug=agency.slug)
        messages.error(request, " ".join(form.errors.get("text", [])))
    flags = list(flags)
    for flag in flags:
        # One token per reply form: a reply sent twice is published once.
        flag.reply_token = submissions.issue()
    return render(
        request,
        "costs/review/agency_flags.html",
        {"agency": agency, "flags": flags, "form": ReplyForm()},
    )
