import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from agencies.models import LicenceStatus
from costs.flags.engine import recompute_all

URL = "/en/compare/"


def names(response) -> list[str]:
    return [row.agency.name for row in response.context["page"].object_list]


@pytest.fixture
def three_offers(make_agency, publish):
    cheap = make_agency(name="Cheap Co", country="KH")
    dear = make_agency(name="Dear Co", country="VN")
    free = make_agency(name="Free Co", country="KH", licence_status=LicenceStatus.REVOKED)
    publish(cheap, lines=[("service-fee", "900", "USD", "worker")])
    publish(dear, lines=[("service-fee", "5000", "USD", "worker")])
    publish(free, lines=[("service-fee", "3000", "USD", "employer")])
    publish(
        cheap,
        programme="titp",
        sector="titp-agriculture",
        lines=[("training", "1500", "USD", "worker")],
    )
    return cheap, dear, free


def test_it_lists_the_cheapest_worker_cost_first(client, three_offers):
    response = client.get(URL)
    assert response.status_code == 200
    assert names(response) == ["Free Co", "Cheap Co", "Cheap Co", "Dear Co"]


def test_it_sorts_by_name(client, three_offers):
    response = client.get(URL, {"sort": "name"})
    assert names(response) == ["Cheap Co", "Cheap Co", "Dear Co", "Free Co"]


def test_it_filters_by_origin_programme_and_sector(client, three_offers):
    assert names(client.get(URL, {"origin": "VN"})) == ["Dear Co"]
    assert names(client.get(URL, {"programme": "titp"})) == ["Cheap Co"]
    response = client.get(URL, {"programme": "ssw1", "sector": "construction"})
    assert names(response) == ["Free Co", "Cheap Co", "Dear Co"]


def test_it_can_show_licensed_agencies_only(client, three_offers, make_agency, publish):
    lapsed = make_agency(name="Lapsed Co", licence_valid_until=datetime.date(2020, 1, 1))
    publish(lapsed)
    response = client.get(URL, {"licensed": "on", "programme": "ssw1"})
    assert names(response) == ["Cheap Co", "Dear Co"]
    assert "Lapsed Co" in names(client.get(URL, {"programme": "ssw1"}))


def test_each_row_shows_costs_in_dollars_local_currency_and_months(client, make_agency, publish):
    agency = make_agency(name="Riel Co", country="KH")
    disclosure = publish(
        agency,
        lines=[("service-fee", "2000", "USD", "worker"), ("medical", "700", "USD", "employer")],
        wage="200000",
    )
    html = client.get(URL).content.decode()
    assert "$2,000" in html
    assert f"KHR{round(disclosure.worker_total_origin):,}" in html
    assert "$700" in html
    assert "1.5 months" in html  # shown to one decimal
    assert "Licensed" in html


def test_it_paginates(client, make_agency, publish, settings):
    settings.COMPARE_PAGE_SIZE = 2
    for number in range(5):
        publish(
            make_agency(name=f"Agency {number}"),
            lines=[("service-fee", str(100 * number), "USD", "worker")],
        )
    page2 = client.get(URL, {"page": 2, "origin": "KH"})
    assert names(page2) == ["Agency 2", "Agency 3"]
    html = page2.content.decode()
    assert "Page 2 of 3" in html
    assert "origin=KH&amp;page=3" in html and "origin=KH&amp;page=1" in html


def test_an_empty_result_says_what_to_do(client, three_offers):
    response = client.get(URL, {"programme": "ssw2"})
    assert names(response) == []
    html = response.content.decode()
    assert "No agency has published fees for this choice yet." in html
    assert reverse("costs:compare") in html


@pytest.mark.parametrize(
    "query",
    [
        {"programme": "nonsense"},
        {"origin": "XX", "sort": "'; DROP TABLE"},
        {"sector": "aviation", "programme": "titp"},
        {"page": "-3"},
        {"page": "9999"},
        {"licensed": "maybe", "origin": ["KH", "VN"]},
    ],
)
def test_bad_filter_values_never_break_the_page(client, three_offers, query):
    response = client.get(URL, query)
    assert response.status_code == 200
    assert names(response)


def test_it_says_which_filters_were_ignored(client, three_offers):
    response = client.get(URL, {"programme": "nonsense", "origin": "VN"})
    html = response.content.decode()
    assert "were not understood" in html and "Programme" in html
    assert names(response) == ["Dear Co"]


def test_a_sector_outside_the_programme_is_ignored(client, three_offers):
    response = client.get(URL, {"programme": "titp", "sector": "aviation"})
    assert "Job sector" in response.context["ignored"]
    assert names(response) == ["Cheap Co"]


def test_superseded_versions_are_not_compared(client, make_agency, publish):
    agency = make_agency(name="Revised Co")
    publish(agency, lines=[("service-fee", "4000", "USD", "worker")])
    publish(agency, lines=[("service-fee", "1000", "USD", "worker")])
    response = client.get(URL)
    assert names(response) == ["Revised Co"]
    assert "$1,000" in response.content.decode() and "$4,000" not in response.content.decode()


def count_queries(client) -> int:
    recompute_all()  # summaries and flags present, as in production
    with CaptureQueriesContext(connection) as queries:
        assert client.get(URL, {"programme": "ssw1", "sort": "cost"}).status_code == 200
    return len(queries)


def test_the_number_of_queries_does_not_grow_with_agencies(client, make_agency, publish, settings):
    settings.COMPARE_PAGE_SIZE = 100
    for number in range(5):
        publish(make_agency(country="KH" if number % 2 else "VN"))
    with_five = count_queries(client)
    for number in range(45):
        publish(make_agency(country="KH" if number % 2 else "VN"))
    with_fifty = count_queries(client)
    assert with_five == with_fifty
    assert with_fifty <= 8
