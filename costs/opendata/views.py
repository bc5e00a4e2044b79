"""The open-data pages: the corridor statistics, the downloads with their
licence, the data dictionary, and the latest nightly dump."""

import hashlib

from django.http import FileResponse, Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import get_conditional_response
from django.utils.http import http_date
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from rest_framework import serializers as drf
from rest_framework.settings import api_settings

from .. import privacy
from ..catalogue.money import decimal1, money
from ..models import Country, Programme
from . import charts, corridors, dump
from .serializers import (
    DATASETS,
    AmountSerializer,
    CurrencyNameField,
    ExplanationField,
    PublicAmountField,
    PublicEvidenceField,
    TranslatedField,
)


@require_safe
def statistics(request):
    """The cost of migration by corridor (SDG 10.7.1), with charts and tables."""
    rows = corridors.corridors()
    countries = {c.code: c for c in Country.objects.all()}
    programmes = {p.code: p for p in Programme.objects.all()}
    groups: dict[tuple[str, str], list] = {}
    for row in rows:
        groups.setdefault((row.origin, row.programme), []).append(row)
    sections = []
    for (origin, programme), cells in sorted(
        groups.items(), key=lambda g: (g[0][0], programmes[g[0][1]].order, g[0][1])
    ):
        country, scheme = countries.get(origin), programmes[programme]
        sections.append(
            {
                "country": country,
                "programme": scheme,
                "rows": [_row(cell) for cell in cells],
                "cost_chart": charts.trend(
                    [(c.year, c.median_usd) for c in cells],
                    _("Median cost paid by workers, in US dollars, by year of departure"),
                    lambda v: money(v, "USD"),
                    privacy.BAND_USD,
                ),
                "months_chart": charts.trend(
                    [(c.year, c.median_months) for c in cells],
                    _("Median cost in months of first-month earnings, by year of departure"),
                    decimal1,
                    privacy.BAND_MONTHS,
                ),
            }
        )
    return render(
        request,
        "costs/opendata/statistics.html",
        {
            "sections": sections,
            "released_before": corridors.release_month(),
            "minimum": privacy.k(),
            "small": privacy.SMALL_GROUP,
            "largest_small": privacy.SMALL_GROUP - 1,
            "band": f"{privacy.BAND_USD:,.0f}",
            "step": f"{privacy.ROUND_USD:,.0f}",
            "share_step": f"{corridors.SHARE_STEP:,.0f}",
        },
    )


def count_text(count: privacy.Amount | None) -> str:
    """A public number of reports: "3 to 9", or "about 15"."""
    if count is None:
        return ""
    if count.is_band:
        return _("%(low)s to %(high)s") % {"low": count.low, "high": count.high}
    return _("about %(count)s") % {"count": count.low}


def _row(cell: corridors.Corridor) -> dict:
    return {
        "year": cell.year,
        "reports": count_text(cell.reports),
        "median_usd": cell.median_usd,
        "median_local": cell.median_local,
        "with_earnings": count_text(cell.reports_with_earnings),
        "median_months": cell.median_months,
        "share_borrowed": cell.share_borrowed,
        "median_loan_usd": cell.median_loan_usd,
    }


@require_safe
def open_data(request):
    """What can be downloaded, under which licence, and where the API is."""
    latest = dump.latest_dump()
    api = reverse("opendata:index")
    return render(
        request,
        "costs/opendata/downloads.html",
        {
            "datasets": [
                {
                    "name": name,
                    "title": title,
                    "json": f"{api}{name}/",
                    "csv": f"{api}{name}/?format=csv",
                }
                for name, title, _serializer in DATASETS
            ],
            "latest": latest,
            "latest_size": latest.stat().st_size if latest else None,
            "api": api,
            "docs": reverse("opendata:docs"),
            "schema": reverse("opendata:schema"),
            "dump": reverse("opendata:dump"),
            "minimum": privacy.k(),
        },
    )


def _type(field) -> str:
    """A field's type in words, for the data dictionary."""
    if isinstance(field, PublicAmountField):
        return _("public amount (kind, low, high, currency)")
    if isinstance(field, TranslatedField | ExplanationField | CurrencyNameField):
        return _("text in four languages (en, km, vi, ja)")
    if isinstance(field, PublicEvidenceField):
        return _("figures, by name")
    if isinstance(field, drf.ManyRelatedField | drf.ListField):
        return _("list of codes")
    if isinstance(field, drf.ListSerializer):
        return _("list of records")
    if isinstance(field, drf.Serializer):
        return _("record")
    if isinstance(field, drf.BooleanField):
        return _("true or false")
    if isinstance(field, drf.IntegerField):
        return _("whole number")
    if isinstance(field, drf.DecimalField):
        as_text = getattr(field, "coerce_to_string", api_settings.COERCE_DECIMAL_TO_STRING)
        return _("exact decimal number") if as_text else _("number")
    if isinstance(field, drf.FloatField):
        return _("number")
    if isinstance(field, drf.DateTimeField):
        return _("date and time (ISO 8601, UTC)")
    if isinstance(field, drf.DateField):
        return _("date (YYYY-MM-DD)")
    if isinstance(field, drf.ChoiceField):
        return _("one of: %(values)s") % {"values": ", ".join(map(str, field.choices))}
    return _("text")


def _fields(serializer, prefix: str = "") -> list[dict]:
    rows = []
    for name, field in serializer.fields.items():
        rows.append(
            {
                "name": f"{prefix}{name}",
                "type": _type(field),
                "description": field.help_text or "",
                "nullable": field.allow_null,
            }
        )
        child = field.child if isinstance(field, drf.ListSerializer) else field
        if isinstance(child, drf.Serializer):
            inner = f"{prefix}{name}[]." if child is not field else f"{prefix}{name}."
            rows.extend(_fields(child, inner))
    return rows


@require_safe
def data_dictionary(request):
    """Every field of every dataset, in plain words, in the reader's language."""
    return render(
        request,
        "costs/opendata/dictionary.html",
        {
            "datasets": [
                {"name": name, "title": title, "fields": _fields(serializer())}
                for name, title, serializer in DATASETS
            ],
            "amount_fields": _fields(AmountSerializer()),
            "minimum": privacy.k(),
            "small": privacy.SMALL_GROUP,
        },
    )


@require_safe
def dump_download(request):
    """The latest nightly dump, as a file; 304 when the client has it already."""
    latest = dump.latest_dump()
    if latest is None:
        raise Http404("No dump has been written yet.")
    stat = latest.stat()
    etag = '"{}"'.format(
        hashlib.sha256(f"{latest.name}:{stat.st_size}:{stat.st_mtime_ns}".encode()).hexdigest()[:32]
    )
    modified = int(stat.st_mtime)
    unchanged = get_conditional_response(request, etag=etag, last_modified=modified)
    if unchanged is not None:
        return unchanged
    response = FileResponse(latest.open("rb"), as_attachment=True, filename=latest.name)
    response["ETag"] = etag
    response["Last-Modified"] = http_date(modified)
    return response
