"""Reporters stay unidentifiable: the attacks an agency could try on what the
public and the agency itself can see, and the keys of rate limits.

Alpha (a Vietnamese agency owned by alice) publishes its fees for SSW (i)
construction; its workers report what they paid. Nothing an agency or the
public can read may place one report's amount in a range narrower than USD 200,
nor reveal a report from a group of fewer than MIN_REPORTS_PUBLIC."""

import hashlib
import re
from decimal import Decimal

import pytest
from django.core import mail
from django.core.cache import cache

from costs.flags.engine import agency_recompute
from costs.models import CostSummary, Flag
from costs.reports.services import report_delete, report_update

AMOUNT = re.compile(r"\$([\d,]+)")
# The parts that differ per request: the CSRF token, and the one-time token of
# each form (accounts.submissions).
CSRF = re.compile(r'name="(?:csrfmiddlewaretoken|submission_token)" value="[^"]*"')
BAND = re.compile(r"\$([\d,]+) to \$([\d,]+)")


@pytest.fixture
def alpha(cast, publish):
    publish(cast.alpha, lines=[("service-fee", "1000", "USD", "worker")])
    return cast.alpha


def outputs(client, cast, agency) -> str:
    """Everything the public and the agency's own staff can read about it."""
    pages = [
        f"/en/agencies/{agency.slug}/",
        f"/km/agencies/{agency.slug}/",
        "/en/compare/",
        "/en/compare/?origin=VN&programme=ssw1&sector=construction",
        "/en/check/?o=VN&programme=ssw1&sector=construction&m=36&t=5000&tc=USD"
        f"&agency={agency.licence_number}",
        "/en/check/card/?o=VN&programme=ssw1&sector=construction&m=36&t=5000&tc=USD"
        f"&agency={agency.licence_number}",
    ]
    client.logout()
    seen = [client.get(url).content.decode() for url in pages]
    client.force_login(cast.alice)
    seen.append(client.get(f"/en/my-agencies/{agency.slug}/flags/").content.decode())
    seen.append(client.get(f"/en/my-agencies/{agency.slug}/fees/").content.decode())
    client.logout()
    seen.extend(f"{m.subject}\n{m.body}" for m in mail.outbox)
    return CSRF.sub("", "\n".join(seen))


def narrowest_range(text: str, amount: Decimal) -> Decimal | None:
    """The narrowest range any output gives that contains `amount`: a band
    shown as "$A to $B", or a single dollar figure (a range of width 0)."""
    found = []
    for low, high in BAND.findall(text):
        low, high = Decimal(low.replace(",", "")), Decimal(high.replace(",", ""))
        if low <= amount <= high:
            found.append(high - low)
    singles = BAND.sub("", text)
    for value in AMOUNT.findall(singles):
        if abs(Decimal(value.replace(",", "")) - amount) < 100:
            found.append(Decimal(0))
    return min(found, default=None)


def assert_no_report_placed(text: str, amounts):
    for amount in amounts:
        width = narrowest_range(text, Decimal(amount))
        assert width is None or width >= 200, f"a report of ${amount} is placed within ${width}"


def file(report, agency, amount, **extra):
    return report(agency, paid=[("service-fee", amount, "USD")], accept=True, **extra)


def test_three_reports_show_a_band_never_the_median_or_the_top(
    client, cast, alpha, report, release_delay_passed
):
    for amount in ["2030", "3130", "4710"]:
        file(report, alpha, amount)
    release_delay_passed()
    text = outputs(client, cast, alpha)
    assert "$3,000 to $3,500" in text  # the median's band
    assert "Most workers paid up to" not in text  # no upper percentile
    assert_no_report_placed(text, ["2030", "3130", "4710"])
    assert "12,676,500" not in text and "12676500" not in text  # the median in dong


def test_a_fourth_report_changes_nothing_until_the_next_batch(
    client, cast, alpha, report, release_delay_passed
):
    for amount in ["2030", "3130", "4710"]:
        file(report, alpha, amount)
    release_delay_passed()
    before = outputs(client, cast, alpha)
    file(report, alpha, "3640")
    agency_recompute(agency_id=alpha.pk)
    assert outputs(client, cast, alpha) == before  # the addition cannot be timed

    release_delay_passed()
    after = outputs(client, cast, alpha)
    assert "From 4 checked reports." in after
    for text in (before, after):
        assert_no_report_placed(text, ["2030", "3130", "3640", "4710"])


def test_a_deleted_report_cannot_be_read_off_the_change(
    client, cast, alpha, report, release_delay_passed
):
    filed = [file(report, alpha, amount) for amount in ["2030", "3130", "4710", "5290"]]
    release_delay_passed()
    before = outputs(client, cast, alpha)
    report_delete(report=filed[1][0])  # what the worker's receipt code does
    agency_recompute(agency_id=alpha.pk)
    assert outputs(client, cast, alpha) == before
    release_delay_passed()
    after = outputs(client, cast, alpha)
    assert "From 3 checked reports." in after
    for text in (before, after):
        assert_no_report_placed(text, ["2030", "3130", "4710", "5290"])


def test_a_corrected_report_cannot_be_read_off_the_change(
    client, cast, alpha, report, ngo, release_delay_passed
):
    filed = [file(report, alpha, amount) for amount in ["2030", "3130", "4710"]]
    release_delay_passed()
    before = outputs(client, cast, alpha)
    corrected, _code = filed[0]
    corrected.via = corrected.Via.NGO  # an NGO's report stays accepted when corrected
    corrected.save(update_fields=["via"])
    item = corrected.items.get()
    report_update(
        report=corrected,
        fields={},
        items=[{"category": item.category, "amount": Decimal("2890"), "currency": "USD",
                "paid_to": "agency"}],
    )  # fmt: skip
    agency_recompute(agency_id=alpha.pk)
    assert outputs(client, cast, alpha) == before
    release_delay_passed()
    assert_no_report_placed(outputs(client, cast, alpha), ["2890", "3130", "4710"])


def test_ten_reports_show_rounded_points(client, cast, alpha, report, release_delay_passed):
    amounts = [2030 + 173 * i for i in range(10)]
    for amount in amounts:
        file(report, alpha, str(amount))
    release_delay_passed()
    text = outputs(client, cast, alpha)
    summary = CostSummary.objects.get(agency=alpha)
    rounded = (summary.median_usd / 50).quantize(Decimal(1)) * 50
    assert f"${rounded:,.0f}" in text and "Most workers paid up to" in text
    assert f"${summary.median_usd:,.0f}" not in text or summary.median_usd == rounded


@pytest.mark.parametrize("count", [1, 2])
def test_a_group_of_one_or_two_reports_leaves_no_trace_outside_the_review(
    client, cast, alpha, report, ngo, eager_tasks, release_delay_passed, count,
    django_capture_on_commit_callbacks,
):  # fmt: skip
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(count):
            # A job Alpha has not disclosed, and a pregnancy ban: signals, not public flags.
            file(report, alpha, "2345", sector="agriculture", pregnancy_prohibited=True)
        release_delay_passed()
    # The catalogue's drop-down lists name every sector; the rest must not.
    text = re.sub(r"<select.*?</select>", "", outputs(client, cast, alpha), flags=re.S)
    for trace in ["2,345", "Agriculture", "Prohibited contract practice", "1 report",
                  "2 reports", "checked report", "not disclosed"]:  # fmt: skip
        assert trace not in text
    assert not Flag.objects.public().filter(agency=alpha).exclude(rule__kind="worker_fee")
    # Reviewers still see the signal, with the story behind it.
    signal = Flag.objects.get(agency=alpha, rule__kind="contract_issue")
    assert not signal.public
    client.force_login(ngo)
    queue = client.get("/en/review/").content.decode()
    assert "Prohibited contract practice" in queue and "Only reviewers see this" in queue
    assert client.get(f"/en/review/flags/{signal.pk}/").status_code == 200


def test_three_reports_of_a_prohibited_practice_make_a_public_flag(
    client,
    cast,
    alpha,
    report,
    eager_tasks,
    release_delay_passed,
    django_capture_on_commit_callbacks,
):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        for amount in ["2030", "3130", "4710"]:
            file(report, alpha, amount, passport_held=True)
        release_delay_passed()
    flag = Flag.objects.get(agency=alpha, rule__kind="contract_issue")
    assert flag.public and flag.rule.min_reports == 3
    assert "Prohibited contract practice" in client.get("/en/agencies/alpha/").content.decode()
    assert any("alice@example.org" in m.to for m in mail.outbox)


def test_no_address_nor_a_plain_hash_of_one_reaches_the_cache(client, alpha, settings):
    client.post("/en/report/receipt/", {"code": "ABCDEFGHJKMN"})
    client.post("/en/accounts/login/", {"login": "nobody@example.org", "password": "wrong"})
    client.get("/en/report/new/", {"agency": alpha.slug})
    plain = hashlib.sha256(b"127.0.0.1").hexdigest()
    keys = _cache_keys()
    assert keys, "the rate limiter should have written something"
    assert not [key for key in keys if "127.0.0.1" in key or plain in key]


def _cache_keys() -> list[str]:
    backend = cache._cache if hasattr(cache, "_cache") else None
    if hasattr(backend, "get_client"):  # Redis
        client = backend.get_client()
        return [key.decode() for key in client.scan_iter(f"*{cache.key_prefix}*")]
    return list(backend.keys())
