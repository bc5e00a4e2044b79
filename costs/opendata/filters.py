"""Filters of the open-data lists: by origin, programme, sector, licence status
and date. Codes, not numbers, name the catalogue's rows. Their help texts are
the OpenAPI schema's, which is in English only; no page shows them."""

import django_filters as filters
from django.db.models import Q
from django.utils import timezone

from agencies.models import Agency, LicenceStatus

from ..models import CostSummary, Disclosure, Flag, Programme, Sector, ThresholdRule
from .selectors import effective_on


def _with_licence(queryset, prefix: str, status: str):
    """Rows whose agency's licence is in this status today: an active licence
    whose validity has passed counts as expired, as on the agency's page."""
    today = timezone.localdate()
    field = f"{prefix}licence_status"
    until = f"{prefix}licence_valid_until"
    lapsed = Q(**{field: LicenceStatus.ACTIVE, f"{until}__lt": today})
    if status == LicenceStatus.ACTIVE:
        return queryset.filter(**{field: LicenceStatus.ACTIVE}).exclude(lapsed)
    if status == LicenceStatus.EXPIRED:
        return queryset.filter(Q(**{field: LicenceStatus.EXPIRED}) | lapsed)
    return queryset.filter(**{field: status})


class CodeFilters(filters.FilterSet):
    """Origin, programme and sector, by their codes, for lists of jobs."""

    origin = filters.CharFilter(
        field_name="origin_id", help_text="ISO code of the country of origin, e.g. KH."
    )
    programme = filters.ModelChoiceFilter(
        queryset=Programme.objects.all(),
        to_field_name="code",
        help_text="Code of a programme, e.g. titp.",
    )
    sector = filters.ModelChoiceFilter(
        queryset=Sector.objects.all(),
        to_field_name="code",
        help_text="Code of a sector, e.g. construction.",
    )
    licence_status = filters.ChoiceFilter(
        choices=LicenceStatus.choices,
        method="filter_licence",
        help_text="The agency's licence status today.",
    )
    agency = filters.CharFilter(field_name="agency__slug", help_text="The agency's slug.")

    licence_prefix = "agency__"

    def filter_licence(self, queryset, _name, value):
        return _with_licence(queryset, self.licence_prefix, value)


class AgencyFilter(filters.FilterSet):
    origin = filters.CharFilter(
        field_name="country", help_text="ISO code of the country of origin, e.g. KH."
    )
    licence_status = filters.ChoiceFilter(
        choices=LicenceStatus.choices,
        method="filter_licence",
        help_text="The licence status today.",
    )
    programme = filters.CharFilter(
        method="filter_job",
        help_text="Agencies with current published fees for this programme.",
    )
    sector = filters.CharFilter(
        method="filter_job",
        help_text="Agencies with current published fees for this sector.",
    )
    on_register = filters.BooleanFilter(
        help_text="Listed, or no longer listed, on the newest register of their authority."
    )
    licensed_on = filters.DateFilter(
        method="filter_licensed_on",
        help_text="Agencies whose licence is active and valid on this day (YYYY-MM-DD).",
    )

    class Meta:
        model = Agency
        fields = []

    def filter_licence(self, queryset, _name, value):
        return _with_licence(queryset, "", value)

    def filter_job(self, queryset, name, value):
        current = Disclosure.objects.current().filter(**{f"{name}__code": value})
        return queryset.filter(pk__in=current.values("agency_id"))

    def filter_licensed_on(self, queryset, _name, value):
        return queryset.filter(
            Q(licence_valid_from__isnull=True) | Q(licence_valid_from__lte=value),
            Q(licence_valid_until__isnull=True) | Q(licence_valid_until__gte=value),
            licence_status=LicenceStatus.ACTIVE,
        )


class DisclosureFilter(CodeFilters):
    status = filters.ChoiceFilter(
        choices=[c for c in Disclosure.Status.choices if c[0] != Disclosure.Status.DRAFT],
        help_text="published (current), superseded or withdrawn.",
    )
    current = filters.BooleanFilter(
        method="filter_current", help_text="true: only the current versions."
    )
    published_after = filters.DateFilter(
        field_name="published_at",
        lookup_expr="date__gte",
        help_text="Published on or after this day (YYYY-MM-DD).",
    )
    published_before = filters.DateFilter(
        field_name="published_at",
        lookup_expr="date__lte",
        help_text="Published on or before this day (YYYY-MM-DD).",
    )
    in_force_on = filters.DateFilter(
        method="filter_in_force",
        help_text="The versions that were the current ones on this day (YYYY-MM-DD).",
    )

    class Meta:
        model = Disclosure
        fields = []

    def filter_current(self, queryset, _name, value):
        current = Q(status=Disclosure.Status.PUBLISHED)
        return queryset.filter(current) if value else queryset.exclude(current)

    def filter_in_force(self, queryset, _name, value):
        return queryset.filter(published_at__date__lte=value).filter(
            Q(ended_at__isnull=True) | Q(ended_at__date__gt=value)
        )


class ReportSummaryFilter(CodeFilters):
    origin = filters.CharFilter(
        field_name="agency__country",
        help_text="ISO code of the country of origin, e.g. KH.",
    )
    released_after = filters.DateFilter(
        field_name="released_at",
        lookup_expr="date__gte",
        help_text="Figures released on or after this day (YYYY-MM-DD).",
    )

    class Meta:
        model = CostSummary
        fields = []


class FlagFilter(CodeFilters):
    origin = filters.CharFilter(
        field_name="agency__country",
        help_text="ISO code of the country of origin, e.g. KH.",
    )
    kind = filters.ChoiceFilter(
        field_name="rule__kind",
        choices=ThresholdRule.Kind.choices,
        help_text="The kind of rule.",
    )
    severity = filters.ChoiceFilter(
        choices=ThresholdRule.Severity.choices, help_text="info, warning or high."
    )
    status = filters.ChoiceFilter(choices=Flag.Status.choices, help_text="The flag's status.")
    active = filters.BooleanFilter(
        method="filter_active", help_text="true: open, under review or answered; false: closed."
    )
    public_since_after = filters.DateFilter(
        field_name="public_since",
        lookup_expr="date__gte",
        help_text="Shown to the public on or after this day (YYYY-MM-DD).",
    )

    class Meta:
        model = Flag
        fields = []

    def filter_active(self, queryset, _name, value):
        return queryset.active() if value else queryset.exclude(pk__in=queryset.active())


class RuleFilter(filters.FilterSet):
    origin = filters.CharFilter(
        method="filter_scope", help_text="Rules that cover this country of origin (ISO code)."
    )
    programme = filters.CharFilter(
        method="filter_scope", help_text="Rules that cover this programme (its code)."
    )
    sector = filters.CharFilter(
        method="filter_scope", help_text="Rules that cover this sector (its code)."
    )
    kind = filters.ChoiceFilter(choices=ThresholdRule.Kind.choices, help_text="The kind of rule.")
    effective_on = filters.DateFilter(
        method="filter_effective", help_text="Rules in force on this day (YYYY-MM-DD)."
    )

    class Meta:
        model = ThresholdRule
        fields = []

    def filter_scope(self, queryset, name, value):
        # A rule without an origin (programme, sector) covers every one.
        column = "origin_id" if name == "origin" else f"{name}__code"
        return queryset.filter(Q(**{f"{name}__isnull": True}) | Q(**{column: value}))

    def filter_effective(self, queryset, _name, value):
        return effective_on(queryset, value)


class SectorFilter(filters.FilterSet):
    programme = filters.CharFilter(
        field_name="programmes__code", help_text="Sectors of this programme (its code)."
    )

    class Meta:
        model = Sector
        fields = []
