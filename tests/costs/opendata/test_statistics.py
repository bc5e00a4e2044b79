"""The cost of migration by corridor (SDG 10.7.1) against figures worked out by
hand on a small set of reports: the API's corridors and the statistics page."""

import datetime
import re
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal

import pytest
from django.utils import timezone

from costs.models import WorkerReport, rate_on, to_usd
from costs.opendata.corridors import compute_corridors, release_month
from costs.reports.services import report_reject

from .conftest import accepted_last_month

MILLION = Decimal(1_000_000)  # a round figure in dong of about USD 50 (USD 50 is ~1.3m dong)
TENTH, HUNDREDTH = Decimal("0.1"), Decimal("0.01")


def departed(year):
    return datetime.date(year, 6, 1)


def wage_usd(year) -> Decimal:
    return to_usd(Decimal(200000), rate_on("JPY", departed(year)))


def months(paid, year) -> Decimal:
    """To the hundredth (the one months-of-wage rule), then to the shown decimal."""
    return (Decimal(paid) / wage_usd(year)).quantize(HUNDREDTH, ROUND_HALF_UP)


@pytest.fixture
def corridors_filed(cast, report):
    def file(agency, paid, year, programme="ssw1", sector="construction", wage="200000", loan=None):
        extra = {"loan_amount": Decimal(loan), "loan_currency": "USD"} if loan else {}
        filed, _code = report(
            agency, paid=[("service-fee", str(paid), "USD")], programme=programme, sector=sector,
            wage=wage, departure_month=departed(year), accept=True, **extra,
        )  # fmt: skip
        return filed

    vn_2024 = [2000, 2100, 2300, 2600, 3000, 3100, 3500, 3900, 4200, 5000]
    loans = [500, 800, 1000, 1200, 1500, 2000]
    filed = [
        file(cast.alpha, paid, 2024, loan=loans[i] if i < len(loans) else None)
        for i, paid in enumerate(vn_2024)
    ]
    filed += [file(cast.alpha, 1800, 2023, loan=700), file(cast.alpha, 2400, 2023, loan=900)]
    filed += [file(cast.alpha, 2600, 2023), file(cast.alpha, 3900, 2023, wage="0")]
    filed += [file(cast.alpha, 2500, 2022), file(cast.alpha, 2600, 2022)]
    filed += [
        file(cast.beta, paid, 2024, programme="titp", sector="titp-construction")
        for paid in [1500, 1700, 2950]
    ]
    accepted_last_month(*filed)
    # None of these count: one accepted this month, one waiting, one rejected.
    file(cast.alpha, 9999, 2024)
    report(cast.alpha, paid=[("service-fee", "9999", "USD")], departure_month=departed(2024))
    rejected, _code = report(
        cast.alpha, paid=[("service-fee", "9999", "USD")], departure_month=departed(2024)
    )
    report_reject(report=rejected, by=None, reason="Not a real report.")
    return filed


def band(low, high, currency="USD"):
    return {"kind": "band", "low": low, "high": high, "currency": currency}


def point(value, currency="USD"):
    return {"kind": "point", "low": value, "high": value, "currency": currency}


def number(value: Decimal):
    return int(value) if value == value.to_integral_value() else float(value)


def test_corridors_against_hand_computed_figures(client, corridors_filed):
    rows = client.get("/api/v1/corridors/").json()["results"]
    assert [(r["origin"], r["programme"], r["year"]) for r in rows] == [
        ("KH", "titp", 2024),
        ("VN", "ssw1", 2023),
        ("VN", "ssw1", 2024),
    ]  # 2022 had two reports: not listed at all
    kh, vn_2023, vn_2024 = rows

    # Ten reports: the median (3,000 + 3,100) / 2 = 3,050, shown as a point
    # rounded to USD 50; six borrowed, four did not.
    dong = rate_on("VND", datetime.date(2024, 7, 1))
    assert 10_000 < dong < 100_000  # so that a million dong is the round figure
    assert vn_2024["reports"] == point(10, "reports")
    assert vn_2024["median_usd"] == point(3050)
    local = (Decimal(3050) * dong / MILLION).quantize(Decimal(1), ROUND_HALF_UP) * MILLION
    assert vn_2024["median_local"] == point(number(local), "VND")
    assert vn_2024["reports_with_earnings"] == point(10, "reports")
    rci = ((months(3000, 2024) + months(3100, 2024)) / 2).quantize(HUNDREDTH, ROUND_HALF_UP)
    assert vn_2024["median_months"] == point(number(rci.quantize(TENTH, ROUND_HALF_UP)), "months")
    assert vn_2024["share_borrowed"] == 60
    # The median loan of six borrowers, (1,000 + 1,200) / 2 = 1,100: a band.
    assert vn_2024["median_loan_usd"] == band(1000, 1500)

    # Four reports: the median (2,400 + 2,600) / 2 = 2,500, a USD 500 band;
    # months from the three that gave a wage: the median is 2,400's.
    dong = rate_on("VND", datetime.date(2023, 7, 1))
    # Four reports, and three with a wage: counts of a small group are the band 3 to 9.
    assert vn_2023["reports"] == band(3, 9, "reports")
    assert vn_2023["median_usd"] == band(2500, 3000)
    low = (Decimal(2500) * dong / MILLION).to_integral_value(ROUND_FLOOR) * MILLION
    high = (Decimal(3000) * dong / MILLION).to_integral_value(ROUND_CEILING) * MILLION
    assert vn_2023["median_local"] == band(number(low), number(high), "VND")
    assert vn_2023["reports_with_earnings"] == band(3, 9, "reports")
    floor = (months(2400, 2023) * 2).to_integral_value(ROUND_FLOOR) / 2
    assert vn_2023["median_months"] == band(number(floor), number(floor + Decimal("0.5")), "months")
    assert vn_2023["share_borrowed"] is None and vn_2023["median_loan_usd"] is None

    assert kh["reports"] == band(3, 9, "reports") and kh["median_usd"] == band(1500, 2000)
    assert kh["median_local"]["currency"] == "KHR" and kh["median_local"]["kind"] == "band"

    assert client.get("/api/v1/corridors/?origin=VN&year_from=2024").json()["results"] == [vn_2024]
    assert client.get("/api/v1/corridors/?programme=titp").json()["results"] == [kh]


def test_the_table_is_one_aggregate_query(corridors_filed, django_assert_max_num_queries):
    with django_assert_max_num_queries(4):  # countries, programmes, rates, the aggregate
        assert len(compute_corridors(release_month())) == 3


def test_a_report_accepted_this_month_counts_from_next_month(corridors_filed):
    next_month = timezone.now() + datetime.timedelta(days=40)
    later = {(c.origin, c.year): c for c in compute_corridors(release_month(next_month))}
    # Eleven reports with the 9,999 one: the median moves to its sixth, 3,100.
    assert later[("VN", 2024)].median_usd.low == 3100
    assert later[("VN", 2024)].reports.low == 10  # 11, rounded to 5
    assert WorkerReport.objects.filter(status="pending").count() == 1


def test_the_statistics_page_in_four_languages(client, corridors_filed):
    page = client.get("/en/statistics/").content.decode()
    assert "$3,050" in page and "$2,500 to $3,000" in page and "60%" in page
    assert "$1,000 to $1,500" in page  # the median loan
    assert "about 10" in page and "3 to 9" in page  # numbers of reports
    assert "How these figures are made" in page and "<script" not in page
    assert page.count("<svg") == 4  # cost and months, for KH-TITP and for VN-SSW (i)
    for size in re.findall(r'font-size="(\d+)"', page):
        assert int(size) >= 12
    for width in re.findall(r'<svg width="(\d+)"', page):
        assert int(width) <= 294  # fits in a card on a 360 px screen (1rem margins each side)
    for language in ["km", "vi", "ja"]:
        response = client.get(f"/{language}/statistics/")
        assert response.status_code == 200
        assert f'<html lang="{language}">' in response.content.decode()


def test_with_too_few_reports_the_page_says_so(client, cast, report):
    filed, _code = report(cast.alpha, accept=True)
    accepted_last_month(filed)
    page = client.get("/en/statistics/").content.decode()
    assert "Too few reports yet" in page and "<svg" not in page
