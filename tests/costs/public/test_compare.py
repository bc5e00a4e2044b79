import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from agencies.models import LicenceStatus
from costs.flags.engine import recompute_all
from costs.models import Flag, ThresholdRule

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


def test_it_lists_licensed_agencies_only_cheapest_worker_cost_first(client, three_offers):
    response = client.get(URL)
    assert response.status_code == 200
    # Free Co charges the worker nothing but its licence is revoked: not shown.
    assert names(response) == ["Cheap Co", "Cheap Co", "Dear Co"]
    html = response.content.decode()
    assert "Showing only agencies with a valid licence." in html
    assert "all_agencies=on" in html  # the switch to show all, a plain link


def test_the_switch_shows_all_but_never_above_a_licensed_agency(client, three_offers):
    response = client.get(URL, {"all_agencies": "on"})
    assert names(response) == ["Cheap Co", "Cheap Co", "Dear Co", "Free Co"]
    html = response.content.decode()
    assert 'class="licence licence-revoked"' in html and "Licence revoked" in html
    assert "No valid licence in our records." in html
    # Its zero is not shown in green: a free offer from an unlicensed agency is no bargain.
    free_row = html[html.index("Free Co</a>") :]
    assert 'class="free"' not in free_row


def test_it_sorts_by_name_licensed_first(client, three_offers):
    assert names(client.get(URL, {"sort": "name"})) == ["Cheap Co", "Cheap Co", "Dear Co"]
    response = client.get(URL, {"sort": "name", "all_agencies": "on"})
    assert names(response) == ["Cheap Co", "Cheap Co", "Dear Co", "Free Co"]


@pytest.mark.parametrize(
    "marks",
    [
        {"licence_status": LicenceStatus.EXPIRED},
        {"licence_valid_until": datetime.date(2020, 1, 1)},
        {"licence_status": LicenceStatus.SUSPENDED},
        {"licence_status": LicenceStatus.UNKNOWN},
        {"on_register": False},
    ],
)
def test_a_risky_agency_is_hidden_by_default_and_marked_when_shown(
    client, make_agency, publish, marks
):
    publish(make_agency(name="Safe Co"), lines=[("service-fee", "3000", "USD", "worker")])
    publish(make_agency(name="Risky Co", **marks), lines=[("service-fee", "0", "USD", "worker")])
    assert names(client.get(URL)) == ["Safe Co"]
    for sort in ("cost", "name"):
        response = client.get(URL, {"all_agencies": "on", "sort": sort})
        assert names(response) == ["Safe Co", "Risky Co"]
    html = response.content.decode()
    risky = html[html.index("Risky Co</a>") :]
    assert "No valid licence in our records." in risky
    expected = "Not on the licence register" if "on_register" in marks else "Licence "
    assert expected in risky and 'class="free"' not in risky


def test_a_green_zero_only_for_a_licensed_agency_without_serious_problems(
    client, make_agency, publish
):
    publish(make_agency(name="Zero Co"), lines=[("service-fee", "2000", "USD", "employer")])
    flagged = make_agency(name="Flagged Co")
    publish(flagged, lines=[("service-fee", "2000", "USD", "employer")])
    Flag.objects.create(
        agency=flagged, rule=ThresholdRule.objects.filter(severity="high").first(),
        severity="high", public=True, opened_at=timezone.now(), updated_at=timezone.now(),
    )  # fmt: skip
    html = client.get(URL, {"sort": "name"}).content.decode()
    flagged_row, zero_row = html.split("Zero Co</a>")
    assert "1 problem found" in flagged_row and 'class="free"' not in flagged_row
    assert 'class="free"' in zero_row


def test_it_filters_by_origin_programme_and_sector(client, three_offers):
    assert names(client.get(URL, {"origin": "VN"})) == ["Dear Co"]
    assert names(client.get(URL, {"programme": "titp"})) == ["Cheap Co"]
    response = client.get(URL, {"programme": "ssw1", "sector": "construction"})
    assert names(response) == ["Cheap Co", "Dear Co"]
    response = client.get(
        URL, {"programme": "ssw1", "sector": "construction", "all_agencies": "on"}
    )
    assert names(response) == ["Cheap Co", "Dear Co", "Free Co"]


def test_the_sector_list_follows_the_programme(client, three_offers):
    grouped = client.get(URL).content.decode()
    # No programme chosen: every sector, grouped under its programme.
    assert '<optgroup label="TITP">' in grouped or "<optgroup" in grouped
    sector_list = client.get(URL, {"programme": "titp"}).context["form"]["sector"]
    codes = [value for value, _label in sector_list.field.widget.choices if value]
    assert "titp-agriculture" in codes and "construction" not in codes
    assert "<optgroup" not in str(sector_list)


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
    # A shared link past the end, or mistyped, still shows offers.
    assert names(client.get(URL, {"page": 9, "origin": "KH"})) == ["Agency 4"]
    assert "Page 3 of 3" in client.get(URL, {"page": 9, "origin": "KH"}).content.decode()
    assert names(client.get(URL, {"page": "x", "origin": "KH"})) == ["Agency 0", "Agency 1"]
    assert names(client.get(URL, {"page": 3, "origin": "KH"})) == ["Agency 4"]
    assert names(client.get(URL, {"page": 10**19, "origin": "KH"})) == ["Agency 4"]


def test_an_empty_result_says_what_to_do(client, three_offers):
    response = client.get(URL, {"programme": "ssw2"})
    assert names(response) == []
    html = response.content.decode()
    assert "No agency has published fees for this choice yet." in html
    assert reverse("costs:compare") in html


def test_an_empty_result_names_the_filter_to_loosen_and_links_to_it(client, three_offers):
    # Cheap Co publishes TITP agriculture; from Vietnam there is none.
    response = client.get(URL, {"origin": "VN", "programme": "titp", "sector": "titp-agriculture"})
    assert names(response) == []
    html = response.content.decode()
    assert "Show agencies from every country" in html
    loosen = dict(response.context["loosen"])
    # Another sector would not help: Vietnam has no TITP offer at all.
    assert list(loosen) == ["Show every programme", "Show agencies from every country"]
    assert names(client.get(f"{URL}?{loosen['Show every programme']}")) == ["Dear Co"]
    everywhere = client.get(f"{URL}?{loosen['Show agencies from every country']}")
    assert names(everywhere) == ["Cheap Co"]


def test_an_empty_result_can_be_loosened_to_unlicensed_agencies(client, make_agency, publish):
    revoked = make_agency(name="Revoked Co", licence_status=LicenceStatus.REVOKED)
    publish(revoked, programme="ssw1", sector="agriculture")
    response = client.get(URL, {"programme": "ssw1", "sector": "agriculture"})
    assert names(response) == []
    assert [text for text, _query in response.context["loosen"]] == [
        "Also show agencies without a valid licence"
    ]
    link = response.context["loosen"][0][1]
    assert names(client.get(f"{URL}?{link}")) == ["Revoked Co"]


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
