from django.conf import settings
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render

from agencies.models import Agency

from .. import privacy
from ..disclosures.selectors import version_changes
from ..models import Country, Disclosure
from . import selectors
from .forms import CompareFilterForm


def compare(request):
    form = CompareFilterForm(request.GET)
    filters, ignored = form.usable_filters()
    rows = selectors.compare_rows(
        origin=filters["origin"].code if "origin" in filters else None,
        programme=filters.get("programme"),
        sector=filters.get("sector"),
        licensed_only=filters.get("licensed", False),
        no_open_flags=filters.get("no_flags", False),
        sort=filters["sort"],
    )
    page = Paginator(rows, settings.COMPARE_PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "costs/compare.html",
        {"form": form, "page": page, "ignored": ignored, "query": query.urlencode()},
    )


def agency_profile(request, slug):
    agency = get_object_or_404(Agency, slug=slug)
    country = Country.objects.filter(code=agency.country).first()
    disclosures = list(selectors.agency_public_disclosures(agency))
    reported = selectors.reported_figures(agency, country)
    for disclosure in disclosures:
        disclosure.reported = reported.pop((disclosure.programme_id, disclosure.sector_id), None)
    return render(
        request,
        "costs/agency.html",
        {
            "agency": agency,
            "country": country,
            "disclosures": disclosures,
            "history": selectors.agency_history(agency),
            "undisclosed": list(reported.values()),
            "flag_groups": selectors.flags_by_rule(selectors.agency_public_flags(agency)),
            "min_reports": settings.MIN_REPORTS_PUBLIC,
        },
    )


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
