import datetime
from decimal import Decimal

from costs.catalogue import reference_data
from costs.catalogue.reference import load_reference_data
from costs.models import CostCategory, Country, ExchangeRate, Programme, Sector, ThresholdRule

TRANSLATED = ["km", "vi", "ja"]


def test_it_seeds_origins_destination_and_programmes():
    assert set(Country.objects.filter(is_origin=True).values_list("code", flat=True)) == {
        "KH",
        "VN",
    }
    assert Country.objects.get(code="JP").is_destination
    assert set(Programme.objects.values_list("code", flat=True)) == {"titp", "ssw1", "ssw2", "esd"}
    assert Programme.objects.get(code="esd").valid_from == datetime.date(2027, 4, 1)
    # TITP takes no new trainees from 2027-04-01 but runs, for those in it, until 2030-03-31.
    assert Programme.objects.get(code="titp").valid_until == datetime.date(2030, 3, 31)


def test_it_seeds_the_sixteen_ssw_fields_and_titp_groups():
    ssw1 = Programme.objects.get(code="ssw1")
    assert ssw1.sectors.count() == 16
    for added_in_2024 in ["automobile-transportation", "railway", "forestry", "wood-industry"]:
        sector = Sector.objects.get(code=added_in_2024)
        assert not sector.programmes.filter(code="ssw2").exists()
    assert Programme.objects.get(code="titp").sectors.filter(kind="titp_group").count() >= 7
    assert not Programme.objects.get(code="titp").sectors.filter(kind="ssw_field").exists()


def test_it_seeds_cost_categories_with_their_ilo_kinds():
    kinds = dict(CostCategory.objects.values_list("code", "kind"))
    assert kinds["service-fee"] == "recruitment_fee"
    assert kinds["brokerage"] == "recruitment_fee"
    assert kinds["medical"] == "related_cost"
    assert kinds["deposit"] == "illegitimate"
    assert len(kinds) == 11


def test_it_seeds_a_rule_for_every_kind_with_a_citation():
    kinds = set(ThresholdRule.objects.values_list("kind", flat=True))
    assert kinds == {choice for choice, _label in ThresholdRule.Kind.choices}
    assert not ThresholdRule.objects.filter(citation_en="").exists()
    benchmark = ThresholdRule.objects.get(kind="benchmark_total")
    assert benchmark.value == Decimal("3000") and benchmark.unit == "usd"
    # Law 69/2020/QH14 Art. 7(8) bans brokerage fees from 2022-01-01 (the rule
    # was dated from Circular 02/2024, 2024-05-15).
    brokerage = ThresholdRule.objects.get(code="vn-brokerage-zero")
    assert brokerage.effective_from == datetime.date(2022, 1, 1)
    assert not brokerage.is_effective_on(datetime.date(2021, 12, 31))
    assert brokerage.is_effective_on(datetime.date(2022, 1, 1))
    assert not ThresholdRule.objects.get(code="vn-service-fee-3-months-36m").confirmed


def test_every_name_and_description_is_translated():
    checks = [
        (Country, ["name"]),
        (Programme, ["name", "short_name", "description"]),
        (Sector, ["name"]),
        (CostCategory, ["name", "description"]),
        (ThresholdRule, ["citation"]),
    ]
    for model, fields in checks:
        for row in model.objects.all():
            for field in fields:
                for lang in TRANSLATED:
                    text = getattr(row, f"{field}_{lang}")
                    assert text, f"{model.__name__} {row.pk} has no {lang} {field}"
    # Names a villager reads must really be in the language, not English copied over.
    for lang in TRANSLATED:
        assert getattr(Sector.objects.get(code="nursing-care"), f"name_{lang}") != "Nursing care"
        assert getattr(Country.objects.get(code="KH"), f"name_{lang}") != "Cambodia"


def test_loading_twice_changes_nothing_and_keeps_rates_an_admin_entered():
    official = ExchangeRate.objects.create(
        currency="JPY",
        date=datetime.date(2024, 7, 2),
        units_per_usd=Decimal("161.07"),
        source="Bank of Japan",
    )
    counts = [
        m.objects.count()
        for m in (Country, Programme, Sector, CostCategory, ThresholdRule, ExchangeRate)
    ]

    load_reference_data()

    assert counts == [
        m.objects.count()
        for m in (Country, Programme, Sector, CostCategory, ThresholdRule, ExchangeRate)
    ]
    official.refresh_from_db()
    assert official.units_per_usd == Decimal("161.07")


def test_seed_module_has_no_empty_translation():
    def texts(node):
        if isinstance(node, dict):
            if "en" in node:
                yield node
            for value in node.values():
                yield from texts(value)
        elif isinstance(node, list):
            for value in node:
                yield from texts(value)

    for name in [
        "COUNTRIES",
        "PROGRAMMES",
        "SSW_FIELDS",
        "TITP_GROUPS",
        "COST_CATEGORIES",
        "THRESHOLD_RULES",
    ]:
        for text in texts(getattr(reference_data, name)):
            assert all(text[lang] for lang in TRANSLATED), text["en"]
