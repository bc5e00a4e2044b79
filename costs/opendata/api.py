"""The public, read-only API at /api/v1/.

Every list is a cursor-paginated JSON page (or, as CSV, the whole list),
filtered with django-filter. Answers carry an ETag (a hash of the body) and
Last-Modified (when this body was first served), so a client that polls with
If-None-Match or If-Modified-Since gets 304 Not Modified until the data
changes. Everything is in English and language-independent: translated names
come in all four languages at once. Unsafe methods answer 405."""

import hashlib

from django.core.cache import cache
from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework import exceptions, viewsets
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from ..models import CostCategory, Country, Programme, Sector
from . import filters, selectors, serializers
from .corridors import corridors, release_month
from .pagination import Pagination, SinglePage
from .renderers import CSVRenderer
from .schema import OpenDataSchema

SLUG = "[-a-zA-Z0-9_]+"
ID = OpenApiParameter("id", int, OpenApiParameter.PATH, description="The record's number.")
# How long the server remembers when it first served a body, for Last-Modified.
SEEN_SECONDS = 30 * 24 * 3600


def _conditional(request, response):
    """ETag from the body; Last-Modified from when this body was first served
    at this address. Both change only when the public data changes, so they
    tell nothing the data itself does not."""
    response.render()
    etag = f'"{hashlib.sha256(response.content).hexdigest()[:32]}"'
    address = f"{request.get_full_path()}|{response['Content-Type']}"
    key = "opendata:seen:" + hashlib.sha256(address.encode()).hexdigest()
    seen = cache.get(key)
    if seen and seen[0] == etag:
        first = seen[1]
    else:
        first = int(timezone.now().timestamp())
        cache.set(key, (etag, first), SEEN_SECONDS)
    response["ETag"] = etag
    response["Last-Modified"] = http_date(first)
    patch_vary_headers(response, ["Accept"])
    unchanged = get_conditional_response(request, etag=etag, last_modified=first, response=response)
    return unchanged or response


class OpenDataViewSet(viewsets.GenericViewSet):
    # English, whatever the client's language; conditional GET; every list also
    # as CSV, whole (a download is the whole list, filtered).
    renderer_classes = [JSONRenderer, CSVRenderer]
    pagination_class = Pagination
    schema = OpenDataSchema()
    cursor_ordering: tuple[str, ...] = ("pk",)
    csv_explode: str | None = None  # a list column that gets one CSV row per element

    def dispatch(self, request, *args, **kwargs):
        with translation.override("en"):
            response = super().dispatch(request, *args, **kwargs)
            if request.method in ("GET", "HEAD") and response.status_code == 200:
                response = _conditional(request, response)
        renderer = getattr(self.request, "accepted_renderer", None)
        if renderer is not None and renderer.format == "csv" and response.status_code == 200:
            response["Content-Disposition"] = f'attachment; filename="fairfee-{self.basename}.csv"'
        return response

    def finalize_response(self, request, response, *args, **kwargs):
        # Errors are JSON even when CSV was asked for: a spreadsheet of an error helps no one.
        renderer = getattr(request, "accepted_renderer", None)
        if response.status_code >= 400 and renderer is not None and renderer.format == "csv":
            request.accepted_renderer, request.accepted_media_type = (
                JSONRenderer(),
                JSONRenderer.media_type,
            )
        return super().finalize_response(request, response, *args, **kwargs)

    def rows(self):
        return self.filter_queryset(self.get_queryset())

    def list(self, request):
        rows = self.rows()
        page = None if request.accepted_renderer.format == "csv" else self.paginate_queryset(rows)
        data = self.get_serializer(rows if page is None else page, many=True).data
        return Response(data) if page is None else self.get_paginated_response(data)


class RecordViewSet(OpenDataViewSet):
    lookup_value_regex = "[0-9]+"  # numbers; slugs and codes below

    def retrieve(self, request, *args, **kwargs):
        return Response(self.get_serializer(self.get_object()).data)


# --- the public record --------------------------------------------------------


@extend_schema_view(
    list=extend_schema(summary="Agencies"),
    retrieve=extend_schema(summary="One agency"),
)
class AgencyViewSet(RecordViewSet):
    """Recruitment agencies with their licence: number, authority, status and
    validity, and whether the newest licence register still lists them."""

    serializer_class = serializers.AgencySerializer
    filterset_class = filters.AgencyFilter
    lookup_field = "slug"
    lookup_value_regex = SLUG

    def get_queryset(self):
        return selectors.agencies()


@extend_schema_view(
    list=extend_schema(summary="Published fees"),
    retrieve=extend_schema(summary="One version of an agency's fees", parameters=[ID]),
)
class DisclosureViewSet(RecordViewSet):
    """Every published version of every agency's fees, current and past, item by
    item, with the US dollar amounts frozen at publication. A published version
    never changes: a revision is a new version. As CSV, one row per item."""

    serializer_class = serializers.DisclosureSerializer
    filterset_class = filters.DisclosureFilter
    csv_explode = "items"

    def get_queryset(self):
        return selectors.disclosures()


@extend_schema_view(list=extend_schema(summary="What workers reported, per agency and job"))
class ReportSummaryViewSet(OpenDataViewSet):
    """What workers reported paying, per agency, programme and sector: released
    figures only, through the disclosure-control policy. Groups of fewer than
    MIN_REPORTS_PUBLIC (3) reports are not listed; up to 9 reports, amounts are
    USD 500 bands (months: half-month bands) with no upper percentile; from 10
    reports they are rounded to USD 50 (months to one decimal). The figures
    change in batches, never with a single report."""

    serializer_class = serializers.ReportSummarySerializer
    filterset_class = filters.ReportSummaryFilter
    # Positions name the agency, never the summary row: its number would show
    # when a group was first reported.
    cursor_ordering = ("agency_id", "programme_id", "sector_id")

    def get_queryset(self):
        return selectors.report_summaries()

    def get_serializer_context(self):
        return {**super().get_serializer_context(), "origin_rates": selectors.origin_rates()}


@extend_schema_view(
    list=extend_schema(summary="Public flags"),
    retrieve=extend_schema(summary="One public flag", parameters=[ID]),
)
class FlagViewSet(RecordViewSet):
    """Flags the public sees: a rule an agency's figures break, with the figures
    as the public may see them, and its public history (reviewers' steps,
    clearing, outcomes and the agency's replies), dated as the public saw them."""

    serializer_class = serializers.FlagSerializer
    filterset_class = filters.FlagFilter

    def get_queryset(self):
        return selectors.flags()


@extend_schema_view(list=extend_schema(summary="Rules"), retrieve=extend_schema(summary="One rule"))
class RuleViewSet(RecordViewSet):
    """The rules the flag engine applies: legal limits, the Employer Pays
    Principle and benchmarks, with their values, dates and sources."""

    serializer_class = serializers.RuleSerializer
    filterset_class = filters.RuleFilter
    lookup_field = "code"
    lookup_value_regex = SLUG
    cursor_ordering = ("code",)

    def get_queryset(self):
        return selectors.rules()


CORRIDOR_PARAMETERS = [
    OpenApiParameter("origin", str, description="ISO code of the country of origin."),
    OpenApiParameter("programme", str, description="Code of the programme."),
    OpenApiParameter("year_from", int, description="First year of departure."),
    OpenApiParameter("year_to", int, description="Last year of departure."),
]


@extend_schema_view(
    list=extend_schema(
        summary="Cost of migration by corridor (SDG 10.7.1)", parameters=CORRIDOR_PARAMETERS
    )
)
class CorridorViewSet(OpenDataViewSet):
    """For each origin, programme and year of departure: the number of reports,
    the median worker-paid cost in USD and in the origin's currency, the
    Recruitment Cost Indicator (median months of first-month earnings), the
    share who borrowed and the median loan. The same disclosure-control policy;
    computed once a month from reports accepted before the month began."""

    serializer_class = serializers.CorridorSerializer
    pagination_class = SinglePage
    filter_backends = []

    def rows(self):
        params = self.request.query_params
        origin, programme = params.get("origin"), params.get("programme")
        first, last = _year(params, "year_from"), _year(params, "year_to")
        return [
            row
            for row in corridors()
            if (not origin or row.origin == origin)
            and (not programme or row.programme == programme)
            and (first is None or row.year >= first)
            and (last is None or row.year <= last)
        ]


def _year(params, name: str) -> int | None:
    value = params.get(name, "").strip()
    return int(value) if value.isdigit() and len(value) <= 4 else None


# --- the catalogue ------------------------------------------------------------


@extend_schema_view(
    list=extend_schema(summary="Countries"), retrieve=extend_schema(summary="One country")
)
class CountryViewSet(RecordViewSet):
    """Countries of origin and destination, with their currencies."""

    serializer_class = serializers.CountrySerializer
    queryset = Country.objects.all()
    filter_backends = []
    lookup_field = "code"
    lookup_value_regex = SLUG
    cursor_ordering = ("code",)


@extend_schema_view(list=extend_schema(summary="Currencies"))
class CurrencyViewSet(OpenDataViewSet):
    """US dollars, in which every amount is compared, and each country's currency."""

    serializer_class = serializers.CurrencySerializer
    pagination_class = SinglePage
    filter_backends = []

    def rows(self):
        return selectors.currencies()


@extend_schema_view(
    list=extend_schema(summary="Programmes"), retrieve=extend_schema(summary="One programme")
)
class ProgrammeViewSet(RecordViewSet):
    """The programmes workers go to Japan under (TITP, SSW, ...), with their sectors."""

    serializer_class = serializers.ProgrammeSerializer
    queryset = Programme.objects.prefetch_related(
        Prefetch("sectors", queryset=Sector.objects.order_by("code"))
    )
    filter_backends = []
    lookup_field = "code"
    lookup_value_regex = SLUG
    cursor_ordering = ("code",)


@extend_schema_view(
    list=extend_schema(summary="Sectors"), retrieve=extend_schema(summary="One sector")
)
class SectorViewSet(RecordViewSet):
    """Sectors: the fields of SSW and the job category groups of TITP."""

    serializer_class = serializers.SectorSerializer
    queryset = Sector.objects.prefetch_related(
        Prefetch("programmes", queryset=Programme.objects.order_by("code"))
    )
    filterset_class = filters.SectorFilter
    lookup_field = "code"
    lookup_value_regex = SLUG
    cursor_ordering = ("code",)


@extend_schema_view(
    list=extend_schema(summary="Cost categories"),
    retrieve=extend_schema(summary="One cost category"),
)
class CostCategoryViewSet(RecordViewSet):
    """Kinds of cost, after the ILO definition of recruitment fees and related costs (2019)."""

    serializer_class = serializers.CostCategorySerializer
    queryset = CostCategory.objects.all()
    filter_backends = []
    lookup_field = "code"
    lookup_value_regex = SLUG
    cursor_ordering = ("code",)


# --- the root, the schema and its page ------------------------------------------

ENDPOINTS = [
    "agencies", "disclosures", "report-summaries", "flags", "rules", "corridors",
    "countries", "currencies", "programmes", "sectors", "cost-categories",
]  # fmt: skip


class Root(APIView):
    """Where everything is."""

    renderer_classes = [JSONRenderer]
    schema = None  # not part of the data

    def get(self, request):
        def url(name):
            return request.build_absolute_uri(reverse(name))

        return Response(
            {
                "version": "1",
                "licence": "CC BY 4.0 https://creativecommons.org/licenses/by/4.0/",
                "schema": url("opendata:schema"),
                "documentation": url("opendata:docs"),
                "dump": url("opendata:dump"),
                "statistics_released_for": release_month().isoformat(),
                **{name: url(f"opendata:{name}-list") for name in ENDPOINTS},
            }
        )


class Schema(SpectacularAPIView):
    """The OpenAPI 3 schema, in English whatever the client's language."""

    @extend_schema(exclude=True)
    def get(self, request, *args, **kwargs):
        with translation.override("en"):
            return super().get(request, *args, **kwargs)


class Docs(SpectacularSwaggerSplitView):
    """The documentation page: Swagger UI from drf-spectacular-sidecar, its
    script a separate file, so the portal's CSP (script-src 'self') holds."""

    template_name = "costs/opendata/swagger_ui.html"
    url_name = "opendata:schema"


class NotFound(APIView):
    """Any other address under /api/v1/: a JSON 404, as from every endpoint."""

    renderer_classes = [JSONRenderer]
    schema = None

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        raise exceptions.NotFound()
