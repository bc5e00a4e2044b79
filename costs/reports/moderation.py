"""NGO staff moderate workers' reports and import survey data.

Only members of a verified NGO get here; each sees reports of the origin
countries in its scope. Agencies never do."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, RequestDataTooBig, ValidationError
from django.core.files.uploadhandler import FileUploadHandler, StopUpload
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect

from accounts.access import require_ngo
from agencies.models import searchable

from ..catalogue.countries import origin_choices
from ..models import WorkerReport
from ..models.reports import ImportBatch
from . import imports, services
from .forms import AgencySearchForm, RejectForm
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
    search = AgencySearchForm(request.GET)
    if not search.is_valid():
        reports = reports.none()
    status = request.GET.get("status", WorkerReport.Status.PENDING)
    if status in WorkerReport.Status.values:
        reports = reports.filter(status=status)
    origins = origin_choices()
    origin = request.GET.get("origin", "")
    if origin in dict(origins):
        reports = reports.filter(origin=origin)
    if request.GET.get("duplicates"):
        reports = reports.filter(possible_duplicate_of__isnull=False)
    if query := search.cleaned_data.get("q"):
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
            "search": search,
        },
        status=200 if search.is_valid() else 400,
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
                form = RejectForm(request.POST)
                if not form.is_valid():
                    raise ValidationError(form.errors["reason"])
                services.report_reject(
                    report=report, by=request.user, reason=form.cleaned_data["reason"]
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


class _SizeLimit(FileUploadHandler):
    """Stops storing an upload once it passes IMPORT_MAX_BYTES, so that a huge
    file costs neither memory nor disk; the rest of the body is read and
    dropped, and the form says the file is too big."""

    exceeded = False

    def receive_data_chunk(self, raw_data, start):
        if start + len(raw_data) > settings.IMPORT_MAX_BYTES:
            self.exceeded = True
            raise StopUpload(connection_reset=False)
        return raw_data

    def file_complete(self, file_size):
        return None


# The CSRF check reads the body, and the size limit must be in place before
# anything does: so the check runs inside, after the limit is added.
@csrf_exempt
@login_required
def bulk_import(request):
    organisation = require_ngo(request.user)
    limit = _SizeLimit(request)
    request.upload_handlers.insert(0, limit)
    try:
        request.POST  # noqa: B018 (reads the body under the limit)
    except RequestDataTooBig:
        # Not a file part but a field bigger than DATA_UPLOAD_MAX_MEMORY_SIZE:
        # nothing is done, so the page is shown without the CSRF check.
        form = imports.ImportForm(organisation, {}, too_big=True)
        form.is_valid()
        return _import_page(request, organisation, form)
    return _bulk_import(request, organisation, limit)


@csrf_protect
def _bulk_import(request, organisation, limit: _SizeLimit):
    posted = request.method == "POST"
    form = imports.ImportForm(
        organisation,
        request.POST if posted else None,
        request.FILES if posted else None,
        too_big=limit.exceeded,
    )
    if form.is_valid():
        try:
            batch = imports.import_batch_create(
                organisation=organisation,
                by=request.user,
                upload=form.cleaned_data["file"],
                replaces=form.cleaned_data["replaces"],
                language=request.LANGUAGE_CODE,
            )
        except ValidationError as error:
            form.add_error("file", error)
        else:
            return redirect("costs:bulk_import_batch", pk=batch.pk)
    return _import_page(request, organisation, form)


def _import_page(request, organisation, form):
    return render(
        request,
        "costs/moderation/import.html",
        {
            "organisation": organisation,
            "form": form,
            "batches": imports.import_batches_recent(organisation=organisation),
        },
    )


@login_required
def bulk_import_batch(request, pk):
    organisation = require_ngo(request.user)
    batch = get_object_or_404(
        ImportBatch.objects.defer("content").select_related("replaces", "uploaded_by"),
        pk=pk,
        organisation=organisation,
    )
    if not batch.finished:
        # The broker was down when it was uploaded, or its worker died: send it again.
        imports.import_batches_sweep(organisation=organisation)
    response = render(request, "costs/moderation/import_batch.html", {"batch": batch})
    if not batch.finished:
        response["Refresh"] = "3"  # what the page's meta element says, for every browser
    return response


@login_required
def bulk_template(request):
    require_ngo(request.user)
    response = HttpResponse(imports.template_csv(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="fairfee-survey-template.csv"'
    return response
