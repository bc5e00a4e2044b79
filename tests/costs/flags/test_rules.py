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


# The USD 3,000 figure is a benchmark of what an agency needs, paid by the
# employer: it is compared with the agency's own fees (recruitment-fee costs),
# never with airfare, travel or training, and an agency whose workers pay
# nothing of them is never above it. (It used to be compared with the whole
# cost, so an agency whose employer paid USD 3,649 carried a warning.)
@pytest.mark.parametrize(
    "lines, fires",
    [
        ([("service-fee", "3649", "USD", "employer")], False),  # workers pay nothing
        ([("service-fee", "2999.99", "USD", "worker")], False),
        ([("service-fee", "3000", "USD", "worker")], False),
        ([("service-fee", "3000.01", "USD", "worker")], True),
        ([("service-fee", "2999", "USD", "employer"), ("brokerage", "1.01", "USD", "worker")], True),
        # Airfare, travel and training are not the agency's fees.
        ([("service-fee", "2900", "USD", "worker"), ("travel-lodging", "900", "USD", "worker"),
          ("training", "1500", "USD", "worker")], False),
    ],
)  # fmt: skip
def test_the_benchmark_counts_only_the_agencys_own_fees_and_only_when_workers_pay(
    kh, publish, lines, fires
):
    publish(kh, lines=lines)
    recompute(kh)
    found = flags(kh, "benchmark_total")
    assert bool(found) is fires
    if fires:
        assert set(found[0].evidence) == {"fees_usd", "worker_fees_usd", "benchmark_usd"}
        assert found[0].rule.tier == "benchmark"


def test_the_benchmark_is_not_applied_to_fees_published_before_it_was_said(kh, publish):
    publish(kh, lines=[("service-fee", "5000", "USD", "worker")], at=at(2021, 11, 23))
    recompute(kh)
    assert not flags(kh, "benchmark_total")
    publish(kh, lines=[("service-fee", "5000", "USD", "worker")], at=at(2021, 11, 24))
    recompute(kh)
    assert flags(kh, "benchmark_total")


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
        (at(2021, 12, 31), "100", False),  # the day before Law 69/2020 took effect
        (at(2022, 1, 1), "100", True),  # in force from this day
        (at(2023, 6, 1), "100", True),  # before Circular 02/2024: flagged all the same
        (at(2024, 6, 1), "0", False),  # nothing charged
        (at(2024, 6, 1), "0.01", True),  # any amount is above zero
    ],
)
def test_vietnam_bans_brokerage_fees_from_1_january_2022(vn, publish, published, amount, fires):
    # The ban is Law 69/2020/QH14 Art. 7(8), in force from 2022-01-01; it was
    # cited to Circular 02/2024 from 2024-05-15, which missed fees of 2022-2024.
    publish(vn, lines=[("brokerage", amount, "USD", "worker")], at=published)
    recompute(vn)
    fired = [f for f in flags(vn, "category_cap") if f.rule.code == "vn-brokerage-zero"]
    assert bool(fired) is fires
    if fires:
        assert (
            fired[0].rule.tier == "statute"
            and fired[0].rule.reference_en == "Law 69/2020/QH14, Art. 7(8)"
        )


@pytest.mark.parametrize(
    "day, fires", [((2017, 10, 31), False), ((2017, 11, 1), True), ((2025, 1, 1), True)]
)
@pytest.mark.parametrize("origin", ["KH", "VN"])
def test_deposits_are_banned_from_the_day_the_memoranda_took_effect(origin, day, fires):
    # The memoranda were signed on 2017-06-06 (Vietnam) and 2017-07-11 (Cambodia)
    # and took effect on 2017-11-01; the rules used the signing dates. (No rates
    # of 2017 are seeded, so the boundary is judged on the figures.)
    from costs.flags import rules
    from costs.flags.figures import DisclosureFigures
    from costs.models import CostCategory, Programme, Sector

    rule = ThresholdRule.objects.get(code=f"{origin.lower()}-deposit-zero")
    figures = DisclosureFigures(
        origin=origin, programme_id=Programme.objects.get(code="titp").pk,
        sector_id=Sector.objects.get(code="titp-construction").pk, contract_months=36,
        wage_usd=Decimal(1500), published_on=datetime.date(*day),
    )  # fmt: skip
    figures.add(CostCategory.objects.get(code="deposit").pk, "worker", Decimal(50))
    assert rules.judge_disclosure(rule, figures).broken is fires
    assert rule.tier == "agreement" and rule.effective_from == datetime.date(2017, 11, 1)


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


def publish_with_basic_wage(agency, *, basic, at_time=None, **terms):
    """A disclosure with its basic wage, through the editor's service."""
    from costs.disclosures.services import disclosure_create, disclosure_publish
    from costs.models import CostCategory, Programme, Sector

    draft = disclosure_create(
        agency=agency,
        programme=Programme.objects.get(code=terms.get("programme", "ssw1")),
        sector=Sector.objects.get(code=terms.get("sector", "construction")),
        contract_months=terms.get("contract_months", 36),
        offered_wage=Decimal(terms.get("wage", "1500")),
        basic_wage=Decimal(basic),
        wage_currency="USD",
        items=[
            {"category": CostCategory.objects.get(code=code), "amount": Decimal(amount),
             "currency": "USD", "payer": payer}
            for code, amount, payer in terms["lines"]
        ],
    )  # fmt: skip
    return disclosure_publish(disclosure=draft, at=at_time or timezone.now())


def test_the_months_cap_counts_the_basic_wage_not_the_offered_wage(vn):
    # 1,500 dollars offered (with overtime), 1,200 basic: for 12 months the fee
    # may be 1,200. Counted on the offered wage, 1,400 looked legal.
    disclosure = publish_with_basic_wage(
        vn, basic="1200", wage="1500", contract_months=12,
        lines=[("service-fee", "1400", "worker")],
    )  # fmt: skip
    assert disclosure.basic_wage_usd == Decimal("1200.00")
    recompute(vn)
    [flag] = [
        f for f in flags(vn, "months_cap") if f.rule.code == "vn-service-fee-1-month-per-year"
    ]
    assert flag.evidence["wage_basis"] == "basic" and flag.evidence["limit_months"] == "1.00"
    assert flag.evidence["months"] == "1.17"


def test_a_version_published_without_a_basic_wage_is_counted_on_its_offered_wage(vn, publish):
    publish(vn, lines=[("service-fee", "1500.01", "USD", "worker")], wage="1500",
            wage_currency="USD", contract_months=12)  # fmt: skip
    recompute(vn)
    [flag] = [
        f for f in flags(vn, "months_cap") if f.rule.code == "vn-service-fee-1-month-per-year"
    ]
    assert flag.evidence["wage_basis"] == "offered"


@pytest.mark.parametrize(
    "published, fee, fires",
    [
        (at(2027, 3, 31), "9000", False),  # the day before ESD starts
        (at(2027, 4, 1), "2400", False),  # two months of a 1,200-dollar basic wage
        (at(2027, 4, 1), "2400.01", True),
        (at(2028, 1, 1), "2400.01", True),
    ],
)
def test_esd_caps_what_workers_pay_the_sending_agency_at_two_months(kh, published, fee, fires):
    publish_with_basic_wage(
        kh, basic="1200", wage="1600", programme="esd", sector="construction", at_time=published,
        lines=[("service-fee", fee, "worker")],
    )  # fmt: skip
    recompute(kh)
    fired = [f for f in flags(kh, "months_cap") if f.rule.code == "esd-sending-fee-2-months"]
    assert bool(fired) is fires
    if fires:
        assert fired[0].rule.tier == "regulation" and not fired[0].rule.confirmed


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
        (at(2019, 6, 1), "3600.01", True),
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


@pytest.mark.parametrize(
    "day, applies", [((2016, 3, 31), False), ((2016, 4, 1), True), ((2021, 12, 31), True),
                     ((2022, 1, 1), False)]
)  # fmt: skip
def test_the_historical_cap_ran_from_april_2016_to_the_end_of_2021(day, applies):
    # No exchange rates of 2016 are seeded, so this boundary is judged on figures.
    import datetime

    from costs.flags.rules import applies as in_force
    from costs.models import Programme

    rule = ThresholdRule.objects.get(code="vn-titp-service-fee-3600usd")
    titp = Programme.objects.get(code="titp").pk
    assert in_force(rule, origin="VN", programme_id=titp, on=datetime.date(*day),
                    contract_months=36) is applies  # fmt: skip
    assert not rule.confirmed  # the day in April 2016 is not confirmed


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


def test_contract_issue_warns_at_one_report_and_is_serious_at_three_of_one_practice(kh, report):
    report(kh, passport_held=True, accept=True)
    recompute(kh)
    [flag] = flags(kh, "contract_issue")
    assert flag.severity == "warning" and flag.rule.code == "passport-kept-1-report"
    # Another practice is another rule, with its own law: two signals, not one count.
    report(kh, pregnancy_prohibited=True, accept=True)
    recompute(kh)
    assert sorted(f.rule.code for f in flags(kh, "contract_issue")) == [
        "passport-kept-1-report", "pregnancy-ban-1-report",
    ]  # fmt: skip
    for _ in range(2):
        report(kh, passport_held=True, accept=True)
    recompute(kh)
    assert sorted((f.rule.code, f.severity) for f in flags(kh, "contract_issue")) == [
        ("passport-kept-3-reports", "high"), ("pregnancy-ban-1-report", "warning"),
    ]  # fmt: skip
    # The lower level's flag was cleared, not left open beside the higher one.
    assert Flag.objects.filter(
        agency=kh, rule__code="passport-kept-1-report", status="cleared"
    ).exists()


def test_each_practice_cites_its_own_law(kh, report):
    report(kh, pregnancy_prohibited=True, accept=True)
    recompute(kh)
    [flag] = flags(kh, "contract_issue")
    assert flag.rule.tier == "statute"
    assert flag.rule.reference_en == "Equal Employment Opportunity Act, Art. 9"
    assert "Art. 48(2)" in flag.rule.citation_en


def usd_report(report, agency, month, **practices):
    """A report of a departure in `month`, in dollars (no yen rates are seeded before 2019)."""
    return report(agency, departure_month=month, wage="1500", wage_currency="USD",
                  paid=[("service-fee", "1000", "USD")], accept=True, **practices)  # fmt: skip


@pytest.mark.parametrize(
    "month, fires",
    [(datetime.date(2017, 10, 1), False), (datetime.date(2017, 11, 1), True),
     (datetime.date(2024, 6, 1), True)],
)  # fmt: skip
def test_a_kept_passport_counts_from_the_month_the_act_took_effect(kh, report, month, fires):
    usd_report(report, kh, month, passport_held=True)
    recompute(kh)
    assert bool(flags(kh, "contract_issue")) is fires


def test_each_report_is_judged_by_its_own_month_not_by_its_group(kh, report):
    # Two reports from before the Act and one after, in one group: the group's
    # dates overlap the rule, but only one report is inside it, so this is a
    # one-report signal, not three reports.
    for month in [datetime.date(2016, 5, 1), datetime.date(2017, 10, 1)]:
        usd_report(report, kh, month, passport_held=True)
    usd_report(report, kh, datetime.date(2018, 3, 1), passport_held=True)
    recompute(kh)
    [flag] = flags(kh, "contract_issue")
    assert flag.rule.code == "passport-kept-1-report" and flag.evidence == {"reports": "1"}


def test_a_rule_outside_its_dates_does_not_apply_to_reports(kh, report):
    rule = ThresholdRule.objects.get(code="passport-kept-1-report")
    rule.effective_from = datetime.date(2025, 1, 1)
    rule.save()
    report(kh, passport_held=True, accept=True)  # departed in June 2024
    recompute(kh)
    assert not flags(kh, "contract_issue")
    rule.effective_from = datetime.date(2024, 6, 1)
    rule.save()
    recompute(kh)
    assert flags(kh, "contract_issue")


def test_a_month_a_rule_ends_in_counts_for_neither_side(kh, report):
    rule = ThresholdRule.objects.get(code="passport-kept-1-report")
    rule.effective_until = datetime.date(2024, 6, 15)
    rule.save()
    report(kh, passport_held=True, accept=True)  # departed in June 2024: before or after?
    recompute(kh)
    assert not flags(kh, "contract_issue")


def test_rule_values_are_data_an_admin_can_change(kh, publish):
    publish(kh, lines=[("service-fee", "2500", "USD", "worker")])
    recompute(kh)
    assert not flags(kh, "benchmark_total")
    ThresholdRule.objects.filter(kind="benchmark_total").update(value=Decimal("2000"))
    recompute(kh)
    assert flags(kh, "benchmark_total")[0].evidence["benchmark_usd"] == "2000.00"
