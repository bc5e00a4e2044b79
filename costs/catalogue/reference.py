"""Loading the reference catalogue from `reference_data`."""

import datetime
from decimal import Decimal

from django.db import transaction

from ..models import CostCategory, Country, Programme, Sector, ThresholdRule
from . import reference_data as data

LANGUAGES = ("en", "km", "vi", "ja")


def _translated(field: str, texts: dict) -> dict:
    return {f"{field}_{lang}": texts[lang] for lang in LANGUAGES}


def _date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


@transaction.atomic
def load_reference_data() -> None:
    """Countries, programmes, sectors, cost categories and rules. No exchange
    rates: those come only from an official source (`manage.py import_rates`),
    or made up and marked as demo rates by the demo (`costs.demo`)."""
    for row in data.COUNTRIES:
        Country.objects.update_or_create(
            code=row["code"],
            defaults={
                "currency": row["currency"],
                "is_origin": row.get("is_origin", False),
                "is_destination": row.get("is_destination", False),
                **_translated("name", row["name"]),
            },
        )
    japan = Country.objects.get(code="JP")
    programmes = {}
    for row in data.PROGRAMMES:
        programmes[row["code"]], _ = Programme.objects.update_or_create(
            code=row["code"],
            defaults={
                "destination": japan,
                "order": row["order"],
                "valid_from": _date(row.get("valid_from")),
                "valid_until": _date(row.get("valid_until")),
                "typical_wage": Decimal(row["typical_wage"]) if row.get("typical_wage") else None,
                "typical_wage_currency": "JPY",
                "typical_wage_source": data.TYPICAL_WAGE_SOURCE,
                **_translated("name", row["name"]),
                **_translated("short_name", row["short_name"]),
                **_translated("description", row["description"]),
            },
        )
    for order, row in enumerate(data.SSW_FIELDS):
        sector, _ = Sector.objects.update_or_create(
            code=row["code"],
            defaults={
                "kind": Sector.Kind.SSW_FIELD,
                "order": order,
                **_translated("name", row["name"]),
            },
        )
        linked = [programmes["ssw1"], programmes["esd"]]
        if row["ssw2"]:
            linked.append(programmes["ssw2"])
        sector.programmes.set(linked)
    for order, row in enumerate(data.TITP_GROUPS):
        sector, _ = Sector.objects.update_or_create(
            code=row["code"],
            defaults={
                "kind": Sector.Kind.TITP_GROUP,
                "order": order,
                **_translated("name", row["name"]),
            },
        )
        sector.programmes.set([programmes["titp"]])
    categories = {}
    for order, row in enumerate(data.COST_CATEGORIES):
        categories[row["code"]], _ = CostCategory.objects.update_or_create(
            code=row["code"],
            defaults={
                "kind": row["kind"],
                "order": order,
                **_translated("name", row["name"]),
                **_translated("description", row["description"]),
            },
        )
    for row in data.THRESHOLD_RULES:
        ThresholdRule.objects.update_or_create(
            code=row["code"],
            defaults={
                "kind": row["kind"],
                "origin_id": row.get("origin"),
                "programme": programmes.get(row.get("programme")),
                "category": categories.get(row.get("category")),
                "value": Decimal(row["value"]) if "value" in row else None,
                "unit": row.get("unit", ""),
                "absolute_tolerance_usd": (
                    Decimal(row["absolute_tolerance_usd"])
                    if "absolute_tolerance_usd" in row
                    else None
                ),
                "min_reports": row.get("min_reports"),
                "min_contract_months": row.get("min_contract_months"),
                "severity": row["severity"],
                "effective_from": _date(row.get("effective_from")),
                "effective_until": _date(row.get("effective_until")),
                "confirmed": row.get("confirmed", True),
                **_translated("citation", row["citation"]),
            },
        )
