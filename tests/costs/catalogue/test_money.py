import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone, translation

from costs.catalogue.money import decimal1, money
from costs.disclosures.services import disclosure_create
from costs.models import (
    CostCategory,
    Disclosure,
    ExchangeRate,
    MissingRate,
    Programme,
    Sector,
    rate_on,
    to_usd,
)

JULY_2024 = datetime.date(2024, 7, 1)


def at(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))


def test_a_rate_is_taken_on_the_day_or_the_latest_before_it():
    ExchangeRate.objects.create(
        currency="JPY", date=datetime.date(2024, 7, 15), units_per_usd=Decimal("160"), source="t"
    )
    assert rate_on("JPY", datetime.date(2024, 7, 15)) == Decimal("160")
    assert rate_on("JPY", datetime.date(2024, 7, 20)) == Decimal("160")
    assert rate_on("JPY", datetime.date(2024, 7, 14)) == rate_on("JPY", JULY_2024) != Decimal("160")


def test_a_dollar_is_a_dollar_on_any_day():
    assert rate_on("USD", datetime.date(1990, 1, 1)) == 1


def test_a_currency_with_no_rate_that_early_is_an_error_not_a_guess():
    with pytest.raises(MissingRate) as error:
        rate_on("JPY", datetime.date(2018, 12, 31))
    assert "JPY" in str(error.value) and "2018-12-31" in str(error.value)
    with pytest.raises(MissingRate):
        rate_on("THB", JULY_2024)


def test_conversion_rounds_half_up_to_the_cent():
    assert to_usd(Decimal("100"), Decimal("3")) == Decimal("33.33")
    assert to_usd(Decimal("0.005"), Decimal("1")) == Decimal("0.01")
    assert to_usd(Decimal("150000000"), Decimal("25400")) == Decimal("5905.51")


def test_publishing_freezes_usd_amounts_at_the_rates_of_that_day(make_agency, publish):
    yen = rate_on("JPY", JULY_2024)
    riel = rate_on("KHR", JULY_2024)
    disclosure = publish(
        make_agency(country="KH"),
        lines=[
            ("service-fee", "4100000", "KHR", "worker"),
            ("training", "150", "USD", "worker"),
            ("travel-lodging", "300000", "JPY", "employer"),
        ],
        wage="210000",
        at=at(JULY_2024),
    )
    assert disclosure.status == Disclosure.Status.PUBLISHED
    assert disclosure.worker_total_usd == to_usd(Decimal("4100000"), riel) + Decimal("150")
    assert disclosure.employer_total_usd == to_usd(Decimal("300000"), yen)
    assert disclosure.wage_usd == to_usd(Decimal("210000"), yen)
    assert disclosure.worker_months_of_wage == (
        disclosure.worker_total_usd / disclosure.wage_usd
    ).quantize(Decimal("0.01"))
    item = disclosure.items.get(currency="KHR")
    assert item.rate == riel

    # The yen moves afterwards: the published record does not.
    ExchangeRate.objects.filter(currency__in=["JPY", "KHR"]).update(units_per_usd=Decimal("1"))
    disclosure.refresh_from_db()
    assert disclosure.employer_total_usd == to_usd(Decimal("300000"), yen)


def test_publishing_with_a_missing_rate_fails_and_leaves_the_draft(make_agency):
    draft = disclosure_create(
        agency=make_agency(),
        programme=Programme.objects.get(code="ssw1"),
        sector=Sector.objects.get(code="construction"),
        contract_months=36,
        offered_wage=Decimal("200000"),
        wage_currency="JPY",
        items=[
            {
                "category": CostCategory.objects.get(code="medical"),
                "amount": Decimal(50),
                "currency": "THB",
                "payer": "worker",
            }
        ],
    )
    from costs.disclosures.services import disclosure_publish

    with pytest.raises(MissingRate):
        disclosure_publish(disclosure=draft)
    draft.refresh_from_db()
    assert draft.status == Disclosure.Status.DRAFT
    assert draft.items.get().amount_usd is None


def test_a_new_version_supersedes_the_current_one(make_agency, publish):
    agency = make_agency()
    first = publish(agency, at=at(datetime.date(2023, 3, 1)))
    second = publish(agency, lines=[("service-fee", "800", "USD", "worker")], at=at(JULY_2024))
    first.refresh_from_db()
    assert (first.version, second.version) == (1, 2)
    assert first.status == Disclosure.Status.SUPERSEDED and first.ended_at == second.published_at
    assert second.supersedes == first
    assert list(agency.disclosures.current()) == [second]
    assert agency.disclosures.public().count() == 2


def test_the_database_refuses_two_current_versions(make_agency, publish):
    current = publish(make_agency())
    with pytest.raises(IntegrityError), transaction.atomic():
        Disclosure.objects.create(
            agency=current.agency,
            origin=current.origin,
            programme=current.programme,
            sector=current.sector,
            contract_months=12,
            offered_wage=Decimal(1),
            version=9,
            status=Disclosure.Status.PUBLISHED,
        )


def test_a_sector_outside_the_programme_is_refused(make_agency):
    with pytest.raises(ValidationError) as error:
        disclosure_create(
            agency=make_agency(),
            programme=Programme.objects.get(code="titp"),
            sector=Sector.objects.get(code="aviation"),
            contract_months=36,
            offered_wage=Decimal("200000"),
            wage_currency="JPY",
            items=[
                {
                    "category": CostCategory.objects.get(code="medical"),
                    "amount": Decimal(50),
                    "currency": "USD",
                    "payer": "worker",
                }
            ],
        )
    assert "not part of the programme" in str(error.value)


def test_a_negative_amount_is_refused(make_agency):
    with pytest.raises(ValidationError):
        disclosure_create(
            agency=make_agency(),
            programme=Programme.objects.get(code="ssw1"),
            sector=Sector.objects.get(code="construction"),
            contract_months=12,
            offered_wage=Decimal("200000"),
            wage_currency="JPY",
            items=[
                {
                    "category": CostCategory.objects.get(code="medical"),
                    "amount": Decimal(-1),
                    "currency": "USD",
                    "payer": "worker",
                }
            ],
        )
    assert not Disclosure.objects.exists()


@pytest.mark.parametrize(
    "lang, expected_usd, expected_vnd",
    [
        ("en", "$2,350", "₫60,000,000"),
        ("vi", "2.350\xa0US$", "60.000.000\xa0₫"),
        ("km", "2,350$", "60,000,000₫"),
        ("ja", "$2,350", "₫60,000,000"),
    ],
)
def test_money_is_written_the_way_each_language_writes_it(lang, expected_usd, expected_vnd):
    with translation.override(lang):
        assert money(Decimal("2349.50"), "USD") == expected_usd
        assert money(Decimal("60000000"), "VND") == expected_vnd
        assert money(None, "USD") == ""


def test_months_keep_one_decimal_in_the_language_style():
    with translation.override("vi"):
        assert decimal1(Decimal("3.45")) == "3,5"
    with translation.override("en"):
        assert decimal1(Decimal("12")) == "12.0"
