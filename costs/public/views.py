from django.conf import settings
from django.shortcuts import get_object_or_404, render

from agencies.models import Agency

from .. import privacy
from ..disclosures.selectors import version_changes
from ..models import Country, Disclosure
from ..pagecache import cached_page
from . import selectors
from .forms import CompareFilterForm


@cached_page(listing=True)
def compare(request):
    form = CompareFilterForm(request.GET)
    filters, ignored = form.usable_filters()
    row_filters = form.row_filters(filters)
    rows = selectors.compare_rows(**row_filters)
    page = selectors.compare_page(rows, request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    loosen = []
    if not page.object_list:
        loosen = [
            form.loosened(request.GET, name) for name in selectors.filters_to_loosen(row_filters)
        ]
    return render(
        request,
        "costs/compare.html",
        {
            "form": form,
            "page": page,
            "ignored": ignored,
            "query": query.urlencode(),
            "loosen": loosen,
            "showing_all": not row_filters["licensed_only"],
        },
    )


@cached_page(agency=True)
def agency_profile(request, slug):
    agency = get_object_or_404(Agency, slug=slug)
    country = Country.objects.filter(code=agency.country).first()
    disclosures = list(selectors.agency_public_disclosures(agency))
    reported = selectors.reported_figures(agency, country)
    for disclosure in disclosures:
        disclosure.reported = reported.pop((disclosure.programme_id, disclosure.sector_id), None)
    flags = list(selectors.agency_public_flags(agency))
    licensed = selectors.is_licensed_now(agency)
    return render(
        request,
        "costs/agency.html",
        {
            "agency": agency,
            "country": country,
            "disclosures": disclosures,
            "history": selectors.agency_history(agency),
            "undisclosed": list(reported.values()),
            "flag_groups": selectors.flags_by_rule(flags),
            "min_reports": settings.MIN_REPORTS_PUBLIC,
            "licensed": licensed,
            "safe_zero": licensed and not selectors.has_serious_open_flag(flags),
        },
    )


@cached_page(agency=True)
def disclosure_version(request, slug, pk):
    """One public version of an agency's fees, with what changed from the version before."""
    agency = get_object_or_404(Agency, slug=slug)
    disclosure = get_object_or_404(
        Disclosure.objects.public().select_related("programme", "sector", "origin"),
        agency=agency,
        pk=pk,
    )
    return render(
        request,
        "costs/disclosure_version.html",
        {
            "agency": agency,
            "disclosure": disclosure,
            "changes": version_changes(disclosure),
        },
    )


@cached_page()
def protecting_reporters(request):
    """The disclosure-control policy in plain words, with its numbers."""
    return render(
        request,
        "costs/protecting_reporters.html",
        {
            "minimum": privacy.k(),
            "small": privacy.SMALL_GROUP,
            "largest_small": privacy.SMALL_GROUP - 1,
            "band": f"{privacy.BAND_USD:,.0f}",
            "step": f"{privacy.ROUND_USD:,.0f}",
            "changes": privacy.RELEASE_MIN_CHANGES,
            "days": privacy.RELEASE_DELAY.days,
        },
    )
