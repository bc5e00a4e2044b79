"""The open data's fixtures: files written under a private MEDIA_ROOT, and a
small public record (Alpha and Beta with fees, flags and reports)."""

import datetime
import json

import pytest
from django.utils import timezone

from costs.models import WorkerReport

LISTS = [
    "agencies", "disclosures", "report-summaries", "flags", "rules", "corridors",
    "countries", "currencies", "programmes", "sectors", "cost-categories",
]  # fmt: skip


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def api(client):
    """GET an API address as an anonymous client; returns the parsed JSON."""

    def get(url, **headers):
        response = client.get(url, **headers)
        assert response.status_code == 200, (url, response.status_code, response.content[:300])
        return response.json()

    return get


def last_month() -> datetime.datetime:
    """A moment in the month before this one: reports accepted then count in
    this month's corridor statistics."""
    first = timezone.localdate().replace(day=1)
    return timezone.make_aware(
        datetime.datetime.combine(first - datetime.timedelta(days=3), datetime.time(12))
    )


def accepted_last_month(*reports) -> None:
    WorkerReport.objects.filter(pk__in=[r.pk for r in reports]).update(
        accepted_at=last_month(), changed_at=last_month()
    )


def every_list(client) -> str:
    """Everything the API lists, as JSON and as CSV, in one text."""
    seen = []
    for name in LISTS:
        seen.append(json.dumps(client.get(f"/api/v1/{name}/").json(), ensure_ascii=False))
        seen.append(client.get(f"/api/v1/{name}/?format=csv").content.decode())
    return "\n".join(seen)
