"""Exchange rates are never invented: the reference catalogue brings none, the
demo's are marked as demo, and real ones come from an official CSV."""

import datetime
import io
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone, translation

from costs.catalogue.rates import rates_import
from costs.catalogue.reference import load_reference_data
from costs.demo import DEMO_RATE_SOURCE, load_demo_rates
from costs.disclosures.services import disclosure_create, disclosure_publish
from costs.models import (
    CostCategory,
    Disclosure,
    ExchangeRate,
    Flag,
    MissingRate,
    Programme,
    Sector,
)

EXAMPLE = Path(__file__).resolve().parents[3] / "costs/catalogue/examples/rates_example.csv"
SOURCE = "National Bank of Cambodia, official exchange rate"


def import_rates(tmp_path, text: str, *options: str, source: str = SOURCE) -> str:
    path = tmp_path / "rates.csv"
    path.write_text(text, encoding="utf-8")
    out = io.StringIO()
    call_command("import_rates", str(path), "--source", source, *options, stdout=out)
    return out.getvalue()


def stored(currency: str, day: str) -> ExchangeRate:
    return ExchangeRate.objects.get(currency=currency, date=datetime.date.fromisoformat(day))


def test_load_reference_writes_no_exchange_rate():
    ExchangeRate.objects.all().delete()
    load_reference_data()
    call_command("load_reference", stdout=io.StringIO())
    assert not ExchangeRate.objects.exists()


def test_the_demo_rates_are_marked_as_demo_and_cover_every_month_since_2019():
    ExchangeRate.objects.all().delete()
    real = ExchangeRate.objects.create(
        currency="JPY", date=datetime.date(2024, 7, 1), units_per_usd=161, source="Bank of Japan"
    )

    added = load_demo_rates()

    this_month = timezone.localdate().replace(day=1)
    months = (this_month.year - 2019) * 12 + this_month.month
    assert added == 3 * months - 1
    demo = ExchangeRate.objects.filter(is_demo=True)
    assert demo.count() == added
    assert set(demo.values_list("source", flat=True)) == {DEMO_RATE_SOURCE}
    assert "not real" in DEMO_RATE_SOURCE
    for currency in ["KHR", "VND", "JPY"]:
        dates = list(
            ExchangeRate.objects.filter(currency=currency)
            .order_by("date")
            .values_list("date", flat=True)
        )
        assert (dates[0], dates[-1], len(dates)) == (datetime.date(2019, 1, 1), this_month, months)
    # A real rate of the same day is kept as it is.
    real.refresh_from_db()
    assert (real.units_per_usd, real.is_demo) == (Decimal(161), False)
    assert load_demo_rates() == 0


def test_it_imports_a_clean_file_with_its_source_and_dates(tmp_path):
    ExchangeRate.objects.all().delete()

    out = import_rates(tmp_path, EXAMPLE.read_text(encoding="utf-8"))

    rates = ExchangeRate.objects.order_by("currency", "date")
    assert [(r.currency, r.date.isoformat(), r.units_per_usd) for r in rates] == [
        ("JPY", "2025-01-01", Decimal("157.32")),
        ("JPY", "2025-02-01", Decimal("155.18")),
        ("KHR", "2025-01-01", Decimal("4025")),
        ("KHR", "2025-02-01", Decimal("4012.5")),
        ("VND", "2025-01-01", Decimal("25410")),
        ("VND", "2025-02-01", Decimal("25300.5")),
    ]
    assert {(r.source, r.is_demo) for r in rates} == {(SOURCE, False)}
    assert "Imported 6 exchange rates (JPY, KHR, VND, 2025-01-01 to 2025-02-01)" in out
    assert SOURCE in out and "6 new, 0 replaced" in out


def test_a_spreadsheet_export_with_a_byte_order_mark_and_windows_lines_imports():
    ExchangeRate.objects.all().delete()
    text = "\ufeffCurrency,Date,Units_per_USD\r\nkhr,2025-03-01,4010\r\n\r\n"

    result = rates_import(text_or_file=text.encode("utf-8"), source=SOURCE)

    assert (result.count, result.errors) == (1, [])
    assert stored("KHR", "2025-03-01").units_per_usd == Decimal(4010)


def test_every_bad_row_is_listed_with_its_line_and_column_and_nothing_is_written(tmp_path):
    before = list(ExchangeRate.objects.values_list("pk", "currency", "date", "units_per_usd"))
    text = "\n".join(
        [
            "currency,date,units_per_usd",
            "KHR,2025-03-01,4010",  # fine, but the file is refused as a whole
            "THB,2025-03-01,36.1",
            "KHR,2025-13-01,4010",
            "VND,01/03/2025,25000",
            "JPY,2025-03-02,0",
            "JPY,2025-03-03,-150",
            'JPY,2025-03-04,"150,5"',
            "JPY,2025-03-05,abc",
            "JPY,2025-03-06",
            "KHR,2025-03-01,4011",
        ]
    )

    with pytest.raises(CommandError) as error:
        import_rates(tmp_path, text)

    message = str(error.value)
    assert message.startswith("Nothing was imported:")
    for expected in [
        "Line 3, column currency: “THB” is not a currency of the catalogue",
        "Line 4, column date: “2025-13-01” is not a date",
        "Line 5, column date: “01/03/2025” is not a date",
        "Line 6, column units_per_usd: the rate must be more than zero, not 0.",
        "Line 7, column units_per_usd: the rate must be more than zero, not -150.",
        "Line 8, column units_per_usd: “150,5” is not a number",
        "Line 9, column units_per_usd: “abc” is not a number",
        "Line 10, column units_per_usd: the rate is missing.",
        "Line 11, column date: KHR on 2025-03-01 is also on line 2.",
    ]:
        assert expected in message
    assert "Line 2," not in message
    assert "USD" in message and "KHR" in message  # the known currencies are named
    assert before == list(
        ExchangeRate.objects.values_list("pk", "currency", "date", "units_per_usd")
    )


def test_a_file_without_a_needed_column_is_refused(tmp_path):
    count = ExchangeRate.objects.count()
    with pytest.raises(CommandError) as error:
        import_rates(tmp_path, "currency,day,rate\nKHR,2025-03-01,4010\n")
    assert "Line 1: the header row lacks the columns: date, units_per_usd" in str(error.value)
    assert ExchangeRate.objects.count() == count


def test_a_changed_rate_is_refused_without_replace_and_changed_with_it(
    tmp_path, make_agency, publish
):
    ExchangeRate.objects.filter(currency__in=["KHR", "JPY"]).delete()
    import_rates(tmp_path, "currency,date,units_per_usd\nKHR,2025-03-01,4010\nJPY,2025-03-01,150")
    day = timezone.make_aware(datetime.datetime(2025, 3, 10, 12))
    published = publish(
        make_agency(country="KH"), lines=[("service-fee", "4010000", "KHR", "worker")], at=day
    )
    assert published.worker_total_usd == Decimal("1000.00")
    changed = "currency,date,units_per_usd\nKHR,2025-03-01,4100\n"

    with pytest.raises(CommandError) as error:
        import_rates(tmp_path, changed, source="A bank")
    assert (
        "Line 2, column units_per_usd: KHR on 2025-03-01 is already stored as 4010 "
        f"({SOURCE}), not 4100. Use --replace to change it."
    ) in str(error.value)
    assert stored("KHR", "2025-03-01").units_per_usd == Decimal(4010)

    out = import_rates(tmp_path, changed, "--replace", source="A bank")
    assert "1 exchange rates" in out and "0 new, 1 replaced" in out
    rate = stored("KHR", "2025-03-01")
    assert (rate.units_per_usd, rate.source) == (Decimal(4100), "A bank")
    # What was published keeps the rate it froze.
    published.refresh_from_db()
    assert published.worker_total_usd == Decimal("1000.00")
    assert published.items.get().rate == Decimal(4010)


def test_identical_rows_are_skipped(tmp_path, django_capture_on_commit_callbacks):
    text = "currency,date,units_per_usd\nKHR,2025-03-01,4010\nVND,2025-03-01,25000.50\n"
    import_rates(tmp_path, text)
    before = list(ExchangeRate.objects.values_list("pk", "units_per_usd", "source", "is_demo"))

    with django_capture_on_commit_callbacks() as callbacks:
        out = import_rates(tmp_path, text.replace("25000.50", "25000.5"), source="Other")

    assert "Nothing to import: the 2 rates are already stored" in out
    assert before == list(
        ExchangeRate.objects.values_list("pk", "units_per_usd", "source", "is_demo")
    )
    assert callbacks == []  # nothing changed, so nothing is recomputed


def test_a_real_rate_replaces_the_demo_rate_of_the_same_day(tmp_path):
    demo = stored("KHR", "2025-01-01")
    assert demo.is_demo
    count = ExchangeRate.objects.count()

    out = import_rates(
        tmp_path, f"currency,date,units_per_usd\nKHR,2025-01-01,{demo.units_per_usd}"
    )

    rate = stored("KHR", "2025-01-01")
    assert (rate.pk, rate.is_demo, rate.source) == (demo.pk, False, SOURCE)
    assert ExchangeRate.objects.count() == count
    assert "0 new, 1 replaced" in out


def test_an_import_recomputes_the_flags(
    tmp_path, make_agency, publish, django_capture_on_commit_callbacks, eager_tasks
):
    agency = make_agency(country="KH")
    publish(
        agency, lines=[("service-fee", "900", "USD", "worker"), ("deposit", "50", "USD", "worker")]
    )
    assert not Flag.objects.filter(agency=agency).exists()

    with django_capture_on_commit_callbacks(execute=True):
        import_rates(tmp_path, "currency,date,units_per_usd\nKHR,2025-03-01,4010\n")

    assert Flag.objects.filter(agency=agency, rule__code="kh-deposit-zero").exists()


def draft_in_riel(agency):
    return disclosure_create(
        agency=agency,
        programme=Programme.objects.get(code="ssw1"),
        sector=Sector.objects.get(code="construction"),
        contract_months=36,
        offered_wage=Decimal("200000"),
        wage_currency="JPY",
        items=[
            {
                "category": CostCategory.objects.get(code="service-fee"),
                "amount": Decimal("4010000"),
                "currency": "KHR",
                "payer": "worker",
            }
        ],
    )


def test_without_a_real_rate_publishing_fails_clearly_until_rates_are_imported(
    tmp_path, make_agency
):
    # A production database: the reference catalogue, and no rate at all.
    ExchangeRate.objects.all().delete()
    load_reference_data()
    draft = draft_in_riel(make_agency(country="KH"))
    at = timezone.make_aware(datetime.datetime(2025, 3, 10, 12))

    with translation.override("km"):
        with pytest.raises(MissingRate) as error:
            disclosure_publish(disclosure=draft, at=at)
        assert error.value.messages == ["មិនមានអត្រាប្តូរប្រាក់សម្រាប់ KHR នៅថ្ងៃ 2025-03-10 ឬមុននោះទេ។"]
    draft.refresh_from_db()
    assert draft.status == Disclosure.Status.DRAFT
    assert draft.items.get().amount_usd is None
    assert not ExchangeRate.objects.exists()

    import_rates(tmp_path, "currency,date,units_per_usd\nKHR,2025-03-01,4010\nJPY,2025-03-01,150\n")
    published = disclosure_publish(disclosure=draft, at=at)

    assert published.status == Disclosure.Status.PUBLISHED
    assert published.worker_total_usd == Decimal("1000.00")
    assert published.items.get().rate == Decimal(4010)


def test_the_admin_tells_demo_rates_from_real_ones(tmp_path, client, admin_user):
    import_rates(tmp_path, "currency,date,units_per_usd\nKHR,2025-03-02,4010\n")
    client.force_login(admin_user)

    real = client.get("/admin/costs/exchangerate/", {"is_demo__exact": "0"})
    demo = client.get("/admin/costs/exchangerate/", {"is_demo__exact": "1"})

    assert [r.source for r in real.context["cl"].result_list] == [SOURCE]
    assert demo.context["cl"].result_count == ExchangeRate.objects.filter(is_demo=True).count() > 0
    assert "demo rate" in demo.content.decode()
