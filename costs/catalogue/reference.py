"""Loading the reference catalogue from `reference_data`."""

import datetime
from decimal import Decimal

from django.db import transaction

from ..models import (
    CostCategory,
    Country,
    Programme,
    Sector,
    ThresholdRule,
    ThresholdRuleVersion,
)
from ..models.reference import LicenceAuthority, rule_terms
from . import reference_data as data

LANGUAGES = ("en", "km", "vi", "ja")


def _translated(field: str, texts: dict) -> dict:
    return {f"{field}_{lang}": texts[lang] for lang in LANGUAGES}


def _date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


@transaction.atomic
def load_reference_data() -> int:
    """Countries, licence authorities, programmes, sectors, cost categories and
    rules. No exchange rates: those come only from an official source
    (`manage.py import_rates`), or made up and marked as demo rates by the demo
    (`costs.demo`). Returns how many rules changed (each change is a new version
    of the rule, so flags judged before keep the rule they were judged by)."""
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
    for row in data.LICENCE_AUTHORITIES:
        LicenceAuthority.objects.update_or_create(
            code=row["code"],
            defaults={
                "country_id": row["country"],
                "website": row["website"],
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
                "typical_basic_wage": (
                    Decimal(row["typical_basic_wage"]) if row.get("typical_basic_wage") else None
                ),
                "typical_basic_wage_source": data.TYPICAL_BASIC_WAGE_SOURCE,
                "typical_basic_wage_url": data.TYPICAL_BASIC_WAGE_URL,
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
                "valid_from": _date(row.get("valid_from")),
                "valid_until": _date(row.get("valid_until")),
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
    return sync_rules(
        ThresholdRule,
        ThresholdRuleVersion,
        programmes=programmes,
        categories=categories,
        note=data.RULES_NOTE,
    )


def _rule_fields(row: dict, programmes: dict, categories: dict) -> dict:
    return {
        "kind": row["kind"],
        "tier": row["tier"],
        "origin_id": row.get("origin"),
        "programme": programmes.get(row.get("programme")),
        "sector": None,
        "category": categories.get(row.get("category")),
        "practice": row.get("practice", ""),
        "value": Decimal(row["value"]) if "value" in row else None,
        "unit": row.get("unit", ""),
        "absolute_tolerance_usd": (
            Decimal(row["absolute_tolerance_usd"]) if "absolute_tolerance_usd" in row else None
        ),
        "min_reports": row.get("min_reports"),
        "min_contract_months": row.get("min_contract_months"),
        "severity": row["severity"],
        "effective_from": _date(row.get("effective_from")),
        "effective_until": _date(row.get("effective_until")),
        "source_url": row.get("source_url", ""),
        "confirmed": row.get("confirmed", True),
        "active": True,
        **_translated("citation", row["citation"]),
        **_translated("reference", row["reference"]),
    }


def record_rule_version(rule, versions=ThresholdRuleVersion, *, by=None, note: str = "") -> bool:
    """Keep what the rule says now as its next version, unless its latest
    version already says exactly that. Returns whether a version was added.
    `versions` is the version model (a migration passes its historical one)."""
    terms = rule_terms(rule)
    latest = versions.objects.filter(rule_id=rule.pk).order_by("-number").first()
    if latest is not None and latest.terms == terms:
        return False
    number = (latest.number if latest else 0) + 1
    versions.objects.create(rule_id=rule.pk, number=number, terms=terms, created_by=by, note=note)
    type(rule).objects.filter(pk=rule.pk).update(version=number)
    rule.version = number
    return True


def sync_rules(rules, versions, *, programmes: dict, categories: dict, note: str) -> int:
    """Bring the rule rows up to `reference_data`, each change a new version,
    and retire the rules it no longer uses. Idempotent; returns how many rules
    changed. The models are passed in so that migration 0010 can run it."""
    changed = 0
    for row in data.THRESHOLD_RULES:
        rule, _ = rules.objects.update_or_create(
            code=row["code"], defaults=_rule_fields(row, programmes, categories)
        )
        changed += record_rule_version(rule, versions, note=row.get("note", note))
    for code, row in data.RETIRED_RULES.items():
        retired = {
            "active": False,
            "tier": row["tier"],
            "source_url": row["source_url"],
            **_translated("reference", row["reference"]),
        }
        for rule in rules.objects.filter(code=code):
            for name, value in retired.items():
                setattr(rule, name, value)
            rule.save(update_fields=list(retired))
            changed += record_rule_version(rule, versions, note=data.RETIRED_NOTE)
    return changed
