"""NGO staff moderate workers' reports and import survey data.

Only members of a verified NGO get here; each sees reports of the origin
countries in its scope. Agencies never do."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from accounts.access import require_ngo
from agencies.models import searchable

from ..catalogue.countries import origin_choices
from ..models import WorkerReport
from . import services
from .imports import reports_import, template_csv
from .scopes import moderation_countries


def _reports_in_scope(user):
    countries = moderation_countries(user)
    if countries == []:
        raise PermissionDenied
    reports = WorkerReport.objects.select_related("agency", "programme", "sector", "organisation")
    return reports if countries is None else reports.filter(origin__in=countries)


@login_required
def moderation_queue(request):
    reports = _reports_in_scope(request.user)
    status = request.GET.get("status", WorkerReport.Status.PENDING)
    if status in WorkerReport.Status.values:
        reports = reports.filter(status=status)
    origins = origin_choices()
    origin = request.GET.get("origin", "")
    if origin in dict(origins):
        reports = reports.filter(origin=origin)
    if request.GET.get("duplicates"):
        reports = reports.filter(possible_duplicate_of__isnull=False)
    if query := request.GET.get("q", "").strip()[:100]:
        reports = reports.filter(agency__search_text__contains=searchable(query))
    counts = {
        value: _reports_in_scope(request.user).filter(status=value).count()
        for value in WorkerReport.Status.values
    }
    query_string = request.GET.copy()
    query_string.pop("page", None)
    page = Paginator(reports.order_by("created_at"), 25).get_page(request.GET.get("page"))
    return render(
        request,
        "costs/moderation/queue.html",
        {
            "page": page,
            "status": status,
            "statuses": WorkerReport.Status.choices,
            "counts": counts,
            "origins": origins,
            "origin": origin,
            "query": query_string.urlencode(),
        },
    )


@login_required
def moderation_report(request, pk):
    report = get_object_or_404(_reports_in_scope(request.user), pk=pk)
    if request.method == "POST":
        try:
            if "accept" in request.POST:
                services.report_accept(report=report, by=request.user)
                messages.success(request, _("The report is accepted."))
            else:
                services.report_reject(
                    report=report, by=request.user, reason=request.POST.get("reason", "")
                )
                messages.success(request, _("The report is rejected."))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect("costs:moderation_report", pk=report.pk)
        return redirect("costs:moderation_queue")
    return render(
        request,
        "costs/moderation/report.html",
        {"report": report, "items": report.items.select_related("category")},
    )


@login_required
def bulk_import(request):
    organisation = require_ngo(request.user)
    errors, imported = [], None
    if request.method == "POST":
        upload = request.FILES.get("file")
        if upload is None:
            errors = [(None, "", _("Choose a CSV file to upload."))]
        else:
            try:
                text = upload.read().decode("utf-8-sig")
            except UnicodeDecodeError:
                errors = [(None, "", _("Save the file as CSV in UTF-8 and try again."))]
            else:
                imported, row_errors = reports_import(
                    text=text, organisation=organisation, by=request.user
                )
                errors = [(e.row, e.column, e.message) for e in row_errors]
        if imported:
            messages.success(
                request,
                _("%(count)s reports imported and accepted.") % {"count": imported},
            )
            return redirect("costs:bulk_import")
    return render(
        request,
        "costs/moderation/import.html",
        {"organisation": organisation, "errors": errors},
    )


@login_required
def bulk_template(request):
    require_ngo(request.user)
    response = HttpResponse(template_csv(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="fairfee-survey-template.csv"'
    return response
