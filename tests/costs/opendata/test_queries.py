"""A page of the API costs the same few queries for 5 agencies or 50."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from costs.flags.engine import recompute_all
from costs.models import Flag
from costs.review.services import flag_reply

from .conftest import LISTS

# The most queries a page may take, whatever the number of agencies.
MOST = {
    "agencies": 1,
    "disclosures": 2,  # the versions, their items
    "report-summaries": 4,  # the groups; the origins' currencies and today's rates
    "flags": 2,  # the flags, their public events
    "rules": 1,
    "corridors": 4,  # once a month: countries, programmes, rates, the aggregate
    "countries": 1,
    "currencies": 2,  # who uses which currency, the catalogue's currencies
    "programmes": 2,
    "sectors": 2,
    "cost-categories": 1,
}


def build(count, make_agency, publish, report, cast):
    """`count` agencies with fees of two lines; every fifth with three reports
    (a released summary and a flag); the agency replies to a flag."""
    for number in range(count):
        agency = make_agency(country="KH" if number % 2 else "VN")
        publish(
            agency,
            lines=[("service-fee", "900", "USD", "worker"), ("deposit", "50", "USD", "worker")],
        )
        if number % 5 == 0:
            for amount in ["2030", "3130", "4710"]:
                report(agency, paid=[("service-fee", amount, "USD")], accept=True)
    recompute_all()
    for flag in Flag.objects.public()[:3]:
        flag_reply(flag=flag, by=cast.alice, text="We are looking into it.")


def queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.parametrize("count", [5, 50])
def test_every_page_takes_the_same_few_queries(
    client, cast, make_agency, publish, report, count, django_assert_max_num_queries
):
    build(count, make_agency, publish, report, cast)
    assert Flag.objects.public().count() >= count
    for name in LISTS:
        for url in [f"/api/v1/{name}/", f"/api/v1/{name}/?format=csv"]:
            with django_assert_max_num_queries(MOST[name], info=url):
                assert client.get(url).status_code == 200


def test_five_or_fifty_agencies_cost_exactly_the_same(client, cast, make_agency, publish, report):
    build(5, make_agency, publish, report, cast)
    with_five = {name: queries(client, f"/api/v1/{name}/?format=csv") for name in LISTS}
    build(45, make_agency, publish, report, cast)
    with_fifty = {name: queries(client, f"/api/v1/{name}/?format=csv") for name in LISTS}
    with_fifty["corridors"] = with_five["corridors"]  # computed once a month, kept since
    assert with_five == with_fifty
