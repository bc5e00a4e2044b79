"""Shared fixtures: the reference catalogue, and small builders for agencies and disclosures."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from agencies.models import Agency, LicenceStatus
from costs.models import CostCategory, Country, Programme, Sector
from costs.reference import load_reference_data
from costs.services import disclosure_create, disclosure_publish


@pytest.fixture(autouse=True)
def reference(db):
    """The seeded catalogue, present in every test. Transactional tests flush
    the database afterwards, so it is reloaded whenever it is missing."""
    if not Country.objects.exists():
        load_reference_data()


@pytest.fixture
def make_agency(db):
    counter = iter(range(1, 10_000))

    def make(**fields) -> Agency:
        number = next(counter)
        defaults = {
            "name": f"Agency {number:03d}",
            "slug": f"agency-{number:03d}",
            "country": "KH",
            "licence_number": f"LIC-{number:04d}",
            "licence_status": LicenceStatus.ACTIVE,
        }
        defaults.update(fields)
        return Agency.objects.create(**defaults)

    return make


@pytest.fixture
def publish(db):
    """Create and publish a disclosure from (category code, amount, currency, payer) lines."""

    def publish(
        agency,
        programme="ssw1",
        sector="construction",
        lines=(("service-fee", "1000", "USD", "worker"),),
        wage="200000",
        wage_currency="JPY",
        contract_months=36,
        at: datetime.datetime | None = None,
    ):
        draft = disclosure_create(
            agency=agency,
            programme=Programme.objects.get(code=programme),
            sector=Sector.objects.get(code=sector),
            contract_months=contract_months,
            offered_wage=Decimal(wage),
            wage_currency=wage_currency,
            items=[
                {
                    "category": CostCategory.objects.get(code=category),
                    "amount": Decimal(amount),
                    "currency": currency,
                    "payer": payer,
                }
                for category, amount, currency, payer in lines
            ],
        )
        return disclosure_publish(disclosure=draft, at=at or timezone.now())

    return publish
