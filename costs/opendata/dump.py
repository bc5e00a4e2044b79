"""The nightly full dump: every open-data list in full, as JSON and as CSV, in
one zip file under MEDIA_ROOT/opendata/. The same serializers as the API, so
the dump holds exactly what the API shows and nothing more."""

import datetime
import io
import json
import os
import tempfile
import zipfile
from pathlib import Path

from django.conf import settings
from django.utils import timezone, translation
from rest_framework.utils.encoders import JSONEncoder

from ..models import CostCategory, Country, Programme, Sector
from . import selectors, serializers
from .corridors import corridors, release_month
from .renderers import write_csv

PREFIX = "fairfee-opendata-"
KEEP = 7  # dumps kept; older ones are deleted (the data lives on in the database)
LICENCE = """FairFee open data, licensed under Creative Commons Attribution 4.0
International (CC BY 4.0): https://creativecommons.org/licenses/by/4.0/

Attribute as: "FairFee, {site}, data of {day}".

Figures derived from workers' reports follow FairFee's disclosure-control
policy: nothing from fewer than {k} reports, USD 500 bands from {k} to 9
reports, amounts rounded to USD 50 from 10 reports, released in batches.
Corridor statistics count reports accepted before {month}.
"""


def directory() -> Path:
    return Path(settings.MEDIA_ROOT) / "opendata"


def datasets() -> dict[str, tuple[list[dict], str | None]]:
    """Each list in full, as the API shows it: {name: (records, CSV column to explode)}."""
    rates = {"origin_rates": selectors.origin_rates()}
    sources = {
        "agencies": (serializers.AgencySerializer, selectors.agencies().order_by("pk"), {}),
        "disclosures": (
            serializers.DisclosureSerializer,
            selectors.disclosures().order_by("pk"),
            {},
        ),
        "report-summaries": (
            serializers.ReportSummarySerializer,
            selectors.report_summaries().order_by("agency_id", "programme_id", "sector_id"),
            rates,
        ),
        "flags": (serializers.FlagSerializer, selectors.flags().order_by("pk"), {}),
        "rules": (serializers.RuleSerializer, selectors.rules().order_by("code"), {}),
        "corridors": (serializers.CorridorSerializer, corridors(), {}),
        "countries": (serializers.CountrySerializer, Country.objects.order_by("code"), {}),
        "currencies": (serializers.CurrencySerializer, selectors.currencies(), {}),
        "programmes": (
            serializers.ProgrammeSerializer,
            Programme.objects.order_by("code").prefetch_related("sectors"),
            {},
        ),
        "sectors": (
            serializers.SectorSerializer,
            Sector.objects.order_by("code").prefetch_related("programmes"),
            {},
        ),
        "cost-categories": (
            serializers.CostCategorySerializer,
            CostCategory.objects.order_by("code"),
            {},
        ),
    }
    explode = {"disclosures": "items"}
    with translation.override("en"):
        return {
            name: (
                json.loads(
                    json.dumps(serializer(rows, many=True, context=context).data, cls=JSONEncoder)
                ),
                explode.get(name),
            )
            for name, (serializer, rows, context) in sources.items()
        }


def dump_write(*, now: datetime.datetime | None = None) -> Path:
    """Write today's dump (replacing one written earlier today) and delete all
    but the newest KEEP. Written to a temporary file first, so a download never
    gets half a file."""
    now = now or timezone.now()
    day = timezone.localdate(now)
    target = directory()
    target.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, (records, explode) in datasets().items():
            archive.writestr(
                f"{name}.json", json.dumps(records, ensure_ascii=False, indent=1, sort_keys=False)
            )
            archive.writestr(f"{name}.csv", "\ufeff" + write_csv(records, explode))
        archive.writestr(
            "LICENCE.txt",
            LICENCE.format(
                site=settings.SITE_URL,
                day=day.isoformat(),
                k=settings.MIN_REPORTS_PUBLIC,
                month=release_month(now).isoformat(),
            ),
        )
        archive.writestr(
            "metadata.json",
            json.dumps(
                {
                    "generated_at": now.isoformat(),
                    "api_version": "1",
                    "licence": "CC-BY-4.0",
                    "source": settings.SITE_URL,
                },
                indent=1,
            ),
        )
    path = target / f"{PREFIX}{day.isoformat()}.zip"
    handle, temporary = tempfile.mkstemp(dir=target, prefix=".partial-", suffix=".zip")
    with os.fdopen(handle, "wb") as file:
        file.write(buffer.getvalue())
    os.chmod(temporary, 0o644)
    os.replace(temporary, path)
    for old in sorted(target.glob(f"{PREFIX}*.zip"))[:-KEEP]:
        old.unlink(missing_ok=True)
    return path


def latest_dump() -> Path | None:
    dumps = sorted(directory().glob(f"{PREFIX}*.zip"))
    return dumps[-1] if dumps else None
