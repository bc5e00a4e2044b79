"""Every rule kind at its boundary, against the real database (PostgreSQL in CI)."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from agencies.models import LicenceStatus
from costs.flags.engine import agency_recompute
from costs.models import Flag, ThresholdRule


def flags(agency, kind=None):
    found = Flag.objects.active().filter(agency=agency).select_related("rule")
    if kind:
        found = found.filter(rule__kind=kind)
    return list(found)


def at(year, month, day=1):
    return timezone.make_aware(datetime.datetime(year, month, day, 12))


def recompute(agency):
    agency_recompute(agency_id=agency.pk)
    return flags(agency)


@pytest.fixture
def vn(make_agency):
    return make_agency(country="VN", name="Viet Co")


@pytest.fixture
def kh(make_agency):
    return make_agency(country="KH", name="Khmer Co")


# --- worker_fee -----------------------------------------------------------------


def test_worker_fee_fires_on_any_worker_paid_cost_and_not_at_zero(kh, publish):
    publish(
        kh, lines=[("service-fee", "0", "USD", "worker"), ("medical", "500", "USD", "employer")]
    )
    assert not [f for f in recompute(kh) if f.rule.kind == "worker_fee"]
    publish(kh, lines=[("service-fee", "0.01", "USD", "worker")])
    fired = flags(kh, "worker_fee") or (recompute(kh) and flags(kh, "worker_fee"))
    assert fired[0].evidence["worker_usd"] == "0.01"


def test_worker_fee_also_fires_when_the_median_report_is_above_zero(kh, publish, report):
    publish(kh, lines=[("service-fee", "3000", "USD", "employer")])
    for _ in range(3):
        report(kh, paid=[("service-fee", "100", "USD")], accept=True)
    recompute(kh)
    flag = flags(kh, "worker_fee")[0]
    assert flag.evidence == {"median_usd": "100.00", "reports": "3"}


# --- benchmark_total and double_charge -----------------------------------------------


@pytest.mark.parametrize(
    "employer, fires", [("2999.99", False), ("3000", False), ("3000.01", True)]
)
def test_benchmark_total_is_above_3000_dollars_per_worker(kh, publish, employer, fires):
    publish(kh, lines=[("service-fee", employer, "USD", "employer")])
    recompute(kh)
    assert bool(flags(kh, "benchmark_total")) is fires


@pytest.mark.parametrize("employer, fires", [("2999.99", False), ("3000", True), ("3500", True)])
def test_double_charge_is_a_worker_fee_when_the_employer_pays_3000_or_more(
    kh, publish, employer, fires
):
    publish(
        kh,
        lines=[("service-fee", employer, "USD", "employer"), ("training", "10", "USD", "worker")],
    )
    recompute(kh)
    assert bool(flags(kh, "double_charge")) is fires


# --- category_cap, with effective dates ----------------------------------------------


@pytest.mark.parametrize(
    "published, amount, fires",
    [
        (at(2024, 5, 14), "100", False),  # the day before the circular
        (at(2024, 5, 15), "100", True),  # in force from this day
        (at(2024, 6, 1), "0", False),  # nothing charged
        (at(2024, 6, 1), "0.01", True),  # any amount is above zero
    ],
)
def test_vietnam_brokerage_commission_is_banned_from_15_may_2024(
    vn, publish, published, amount, fires
):
    publish(vn, lines=[("brokerage", amount, "USD", "worker")], at=published)
    recompute(vn)
    assert (
        bool([f for f in flags(vn, "category_cap") if f.rule.code == "vn-brokerage-zero"]) is fires
    )


def test_the_brokerage_ban_is_for_vietnam_only(kh, publish):
    publish(kh, lines=[("brokerage", "100", "USD", "worker")])
    recompute(kh)
    assert not [f for f in flags(kh, "category_cap") if f.rule.code == "vn-brokerage-zero"]


def test_a_deposit_is_banned_in_cambodia(kh, publish):
    publish(kh, lines=[("deposit", "50", "USD", "worker")])
    recompute(kh)
    assert [f.rule.code for f in flags(kh, "category_cap")] == ["kh-deposit-zero"]


# --- months_cap -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "fee, contract, fires",
    [
        ("1500", 12, False),  # one month of a 1,500-dollar wage for a 12-month contract
        ("1500.01", 12, True),
        ("3000", 24, False),  # two months for 24 months
        ("3000.01", 24, True),
    ],
)
def test_vietnam_service_fee_at_most_one_month_of_wage_per_year(vn, publish, fee, contract, fires):
    publish(
        vn,
        lines=[("service-fee", fee, "USD", "worker")],
        wage="1500",
        wage_currency="USD",
        contract_months=contract,
    )
    recompute(vn)
    fired = [f for f in flags(vn, "months_cap") if f.rule.code == "vn-service-fee-1-month-per-year"]
    assert bool(fired) is fires


def test_the_unconfirmed_three_month_cap_applies_from_36_months(vn, publish):
    publish(
        vn,
        lines=[("service-fee", "4500.01", "USD", "worker")],
        wage="1500",
        wage_currency="USD",
        contract_months=35,
    )
    recompute(vn)
    assert not [f for f in flags(vn, "months_cap") if f.rule.code == "vn-service-fee-3-months-36m"]
    publish(
        vn,
        lines=[("service-fee", "4500.01", "USD", "worker")],
        wage="1500",
        wage_currency="USD",
        contract_months=36,
    )
    recompute(vn)
    fired = [f for f in flags(vn, "months_cap") if f.rule.code == "vn-service-fee-3-months-36m"]
    assert fired and not fired[0].rule.confirmed


# --- usd_cap: historical --------------------------------------------------------------


@pytest.mark.parametrize(
    "published, fee, fires",
    [
        (at(2021, 12, 31), "3600", False),
        (at(2021, 12, 31), "3600.01", True),
        (at(2022, 1, 1), "9000", False),  # no longer in force
    ],
)
def test_the_historical_3600_dollar_titp_cap(vn, publish, published, fee, fires):
    publish(vn, programme="titp", sector="titp-agriculture", lines=[("service-fee", fee, "USD", "worker")],
            at=published, contract_months=36)  # fmt: skip
    recompute(vn)
    assert bool(flags(vn, "usd_cap")) is fires


# --- gap ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "median, fires",
    [
        ("1099.99", False),
        ("1100", False),  # exactly 10% and 100 dollars above: not more than
        ("1100.01", True),
    ],
)
def test_gap_needs_both_ten_percent_and_100_dollars(kh, publish, report, median, fires):
    publish(kh, lines=[("service-fee", "1000", "USD", "worker")])
    for amount in ["1", median, "99999"]:
        report(kh, paid=[("service-fee", amount, "USD")], accept=True)
    recompute(kh)
    assert bool(flags(kh, "gap")) is fires


def test_gap_uses_the_absolute_tolerance_for_small_fees(kh, publish, report):
    publish(kh, lines=[("service-fee", "100", "USD", "worker")])
    for amount in ["150", "150", "150"]:  # 50% more, but only 50 dollars
        report(kh, paid=[("service-fee", amount, "USD")], accept=True)
    recompute(kh)
    assert not flags(kh, "gap")


def test_gap_needs_three_accepted_reports(kh, publish, report):
    publish(kh, lines=[("service-fee", "100", "USD", "worker")])
    for _ in range(2):
        report(kh, paid=[("service-fee", "5000", "USD")], accept=True)
    report(kh, paid=[("service-fee", "5000", "USD")])  # pending: does not count
    recompute(kh)
    assert not flags(kh, "gap")
    report(kh, paid=[("service-fee", "5000", "USD")], accept=True)
    recompute(kh)
    flag = flags(kh, "gap")[0]
    assert flag.evidence == {"median_usd": "5000.00", "disclosed_usd": "100.00", "reports": "3"}


# --- undisclosed -----------------------------------------------------------------------


def test_undisclosed_when_three_workers_report_a_job_without_a_disclosure(kh, publish, report):
    publish(kh, sector="construction")
    for _ in range(2):
        report(kh, sector="agriculture", paid=[("service-fee", "0", "USD")], accept=True)
    recompute(kh)
    assert not flags(kh, "undisclosed")
    report(kh, sector="agriculture", paid=[("service-fee", "0", "USD")], accept=True)
    recompute(kh)
    flag = flags(kh, "undisclosed")[0]
    assert (flag.programme.code, flag.sector.code) == ("ssw1", "agriculture")


# --- unlicensed ------------------------------------------------------------------------


def test_unlicensed_with_a_published_disclosure(make_agency, publish):
    agency = make_agency(licence_status=LicenceStatus.REVOKED)
    assert not recompute(agency)  # no activity, no flag
    publish(agency, lines=[("service-fee", "100", "USD", "employer")])
    recompute(agency)
    flag = flags(agency, "unlicensed")[0]
    assert flag.programme is None and flag.evidence == {"licence_status": "revoked"}


def test_a_licence_that_ran_out_counts_as_unlicensed(make_agency, report):
    agency = make_agency(licence_valid_until=timezone.localdate() - datetime.timedelta(days=1))
    report(agency, accept=True)
    recompute(agency)
    assert flags(agency, "unlicensed")[0].evidence == {"licence_status": "expired"}


# --- contract_issue -----------------------------------------------------------------------


def test_contract_issue_warns_at_one_report_and_is_serious_at_three(kh, report):
    report(kh, passport_held=True, accept=True)
    recompute(kh)
    [flag] = flags(kh, "contract_issue")
    assert flag.severity == "warning"
    report(kh, pregnancy_prohibited=True, accept=True)
    recompute(kh)
    assert [f.severity for f in flags(kh, "contract_issue")] == ["warning"]
    report(kh, deposit_demanded=True, accept=True)
    recompute(kh)
    assert [f.severity for f in flags(kh, "contract_issue")] == ["high"]
    # The lower tier's flag was cleared, not left open beside the higher one.
    assert Flag.objects.filter(
        agency=kh, rule__code="contract-issue-1-report", status="cleared"
    ).exists()


def test_a_rule_outside_its_dates_does_not_apply_to_reports(kh, report):
    rule = ThresholdRule.objects.get(code="contract-issue-1-report")
    rule.effective_from = datetime.date(2025, 1, 1)
    rule.save()
    report(kh, passport_held=True, accept=True)  # departed in June 2024
    recompute(kh)
    assert not flags(kh, "contract_issue")
    rule.effective_from = datetime.date(2024, 6, 1)
    rule.save()
    recompute(kh)
    assert flags(kh, "contract_issue")


def test_rule_values_are_data_an_admin_can_change(kh, publish):
    publish(kh, lines=[("service-fee", "2500", "USD", "employer")])
    recompute(kh)
    assert not flags(kh, "benchmark_total")
    ThresholdRule.objects.filter(kind="benchmark_total").update(value=Decimal("2000"))
    recompute(kh)
    assert flags(kh, "benchmark_total")[0].evidence["limit_usd"] == "2000.00"
