"""Every public page, rendered without the cache, runs the same few queries
whether the portal lists 5 agencies or 50, and whether an agency has one
fee list and flag or several."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from costs.flags.engine import recompute_all

# The most queries each page may run (measured, plus a little room).
PAGES = {
    "home": ("/km/", 7),
    "guides": ("/vi/guides/", 2),
    "guide": ("/vi/guides/get-help/", 5),
    "rules": ("/en/rules/", 3),
    "compare": ("/km/compare/?programme=ssw1", 9),
    "agency": ("/km/agencies/agency-001/", 10),
    "agency with four fee lists": ("/km/agencies/agency-004/", 10),
    "fee version": (None, 6),
    # The form reads the categories once for its four lines (costs/feecheck/forms.py).
    "fee check": ("/vi/check/?o=VN&c1=service-fee&a1=1500&u1=USD&t=1500&tc=USD", 26),
    "fee check with agency": (
        "/vi/check/?o=VN&c1=service-fee&a1=1500&u1=USD&agency=agency-002",
        26,
    ),
}

SECTORS = ["construction", "agriculture", "food-service", "nursing-care"]


def add_agencies(make_agency, publish, number):
    for index in range(number):
        agency = make_agency(country="VN" if index % 2 else "KH")
        for sector in SECTORS[: 1 + index % len(SECTORS)]:
            publish(agency, sector=sector, lines=[("service-fee", "1500", "USD", "worker"),
                                                  ("deposit", "100", "USD", "worker")])  # fmt: skip


def queries(client, url) -> list[str]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return [query["sql"] for query in captured]


@pytest.fixture
def counts(client, guides, settings):
    settings.PAGE_CACHE = False

    def count() -> dict[str, list[str]]:
        from costs.models import Disclosure

        version = Disclosure.objects.public().filter(agency__slug="agency-001").first()
        found = {}
        for name, (url, _most) in PAGES.items():
            url = url or f"/km/agencies/agency-001/fees/{version.pk}/"
            found[name] = queries(client, url)
        return found

    return count


def test_public_pages_run_as_many_queries_for_5_agencies_as_for_50(counts, make_agency, publish):
    add_agencies(make_agency, publish, 5)
    recompute_all()
    with_five = counts()
    add_agencies(make_agency, publish, 45)
    recompute_all()
    with_fifty = counts()
    for name in PAGES:
        assert len(with_five[name]) == len(with_fifty[name]), (name, with_fifty[name])
    assert len(with_fifty["agency with four fee lists"]) == len(with_fifty["agency"])
    for name, (_url, most) in PAGES.items():
        assert len(with_fifty[name]) <= most, (name, len(with_fifty[name]), with_fifty[name])
