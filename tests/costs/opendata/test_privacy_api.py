"""The open data attacked like the pages are in tests/costs/test_privacy.py:
nothing the API, its CSV, the nightly dump or the statistics page show may
reveal a group of one or two reports, place one report's amount in a range
narrower than USD 200, or change with a single report before the next release."""

import json
import re
import zipfile
from decimal import Decimal

import pytest
from django.core import mail
from django.utils import timezone

from costs.flags.engine import agency_recompute
from costs.models import Flag, rate_on
from costs.opendata.corridors import compute_corridors, corridors, release_month
from costs.opendata.dump import dump_write

from .conftest import accepted_last_month, every_list

NUMBER = re.compile(r"(?<![\w.])(\d[\d,]*(?:\.\d+)?)")


@pytest.fixture
def alpha(cast, publish):
    publish(cast.alpha, lines=[("service-fee", "1000", "USD", "worker")])
    return cast.alpha


def outputs(client, agency) -> str:
    """Everything the open data shows: every list as JSON and CSV, the agency's
    record, the nightly dump and the statistics page."""
    client.logout()
    seen = [every_list(client), client.get(f"/api/v1/agencies/{agency.slug}/").content.decode()]
    with zipfile.ZipFile(dump_write()) as archive:
        seen.extend(
            archive.read(name).decode("utf-8-sig")
            for name in sorted(archive.namelist())
            if name != "metadata.json"  # it holds the time it was written
        )
    seen.append(client.get("/en/statistics/").content.decode())
    return "\n".join(seen)


def amounts(text: str) -> list[Decimal]:
    return [Decimal(n.replace(",", "")) for n in NUMBER.findall(text)]


def public_amounts(text: str) -> list[dict]:
    """Every public amount object in the JSON outputs."""
    found = []

    def walk(value):
        if isinstance(value, dict):
            if set(value) == {"kind", "low", "high", "currency"}:
                found.append(value)
            for child in value.values():
                walk(child)
        elif isinstance(value, list):
            for child in value:
                walk(child)

    for line in text.splitlines():
        if line.startswith(("{", "[")):
            try:
                walk(json.loads(line))
            except ValueError:
                continue
    return found


def assert_no_report_placed(text: str, paid):
    """No figure within USD 100 of a report's amount, and every public USD
    amount a band at least USD 200 wide."""
    for amount in map(Decimal, paid):
        near = [n for n in amounts(text) if abs(n - amount) < 100]
        assert not near, f"a report of ${amount} shows as {near}"
    for shown in public_amounts(text):
        if shown["currency"] == "USD":
            assert shown["kind"] == "band" and shown["high"] - shown["low"] >= 200, shown


def file(report, agency, amount, **extra):
    filed, _code = report(agency, paid=[("service-fee", amount, "USD")], accept=True, **extra)
    return filed


def test_three_reports_show_only_a_band(client, alpha, report, release_delay_passed):
    filed = [file(report, alpha, amount) for amount in ["5030", "6130", "7710"]]
    accepted_last_month(*filed)
    release_delay_passed()
    text = outputs(client, alpha)
    assert_no_report_placed(text, ["5030", "6130", "7710"])
    summary = client.get("/api/v1/report-summaries/").json()["results"]
    assert [(s["reports"], s["median_usd"], s["p75_usd"]) for s in summary] == [
        (3, {"kind": "band", "low": 6000, "high": 6500, "currency": "USD"}, None)
    ]
    corridor = client.get("/api/v1/corridors/").json()["results"]
    assert [(c["reports"]["kind"], c["median_usd"], c["share_borrowed"]) for c in corridor] == [
        ("band", {"kind": "band", "low": 6000, "high": 6500, "currency": "USD"}, None)
    ]
    dong = Decimal(6130) * rate_on("VND", timezone.localdate())
    assert f"{dong:,.0f}" not in text and f"{dong:.0f}" not in text  # the median in dong


def test_a_fourth_report_changes_nothing_until_the_next_release(
    client, alpha, report, release_delay_passed
):
    filed = [file(report, alpha, amount) for amount in ["5030", "6130", "7710"]]
    accepted_last_month(*filed)
    release_delay_passed()
    before = outputs(client, alpha)
    tags = {
        url: client.get(url)["ETag"]
        for url in ["/api/v1/report-summaries/", "/api/v1/flags/", "/api/v1/corridors/"]
    }
    fourth = file(report, alpha, "9990")
    agency_recompute(agency_id=alpha.pk)
    assert outputs(client, alpha) == before  # the addition cannot be timed
    for url, tag in tags.items():
        assert client.get(url, HTTP_IF_NONE_MATCH=tag).status_code == 304, url

    release_delay_passed()
    after = outputs(client, alpha)
    assert after != before
    summary = client.get("/api/v1/report-summaries/").json()["results"][0]
    assert summary["reports"] == 4 and summary["median_usd"]["low"] == 6500  # (6130 + 7710) / 2
    # Accepted this month, the fourth report joins the corridor figures next month only,
    # and this month's table stays as it was computed even if the report is backdated.
    three = {"kind": "band", "low": 6000, "high": 6500, "currency": "USD"}
    assert client.get("/api/v1/corridors/").json()["results"][0]["median_usd"] == three
    accepted_last_month(fourth)
    assert corridors()[0].median_usd.low == 6000
    assert compute_corridors(release_month())[0].median_usd.low == 6500
    for text in (before, after):
        assert_no_report_placed(text, ["5030", "6130", "7710", "9990"])


@pytest.mark.parametrize("count", [1, 2])
def test_a_group_of_one_or_two_reports_leaves_no_trace(
    client, cast, alpha, report, eager_tasks, release_delay_passed, count,
    django_capture_on_commit_callbacks,
):  # fmt: skip
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        filed = [
            file(report, alpha, "2345", sector="agriculture", pregnancy_prohibited=True,
                 loan_amount=Decimal("1777"), loan_currency="USD")
            for _ in range(count)
        ]  # fmt: skip
        accepted_last_month(*filed)
        release_delay_passed()
    assert Flag.objects.filter(agency=alpha, public=False).exists()  # reviewers still see it
    text = outputs(client, alpha)
    for trace in ["2345", "2,345", "1777", "1,777"]:
        assert trace not in text
    flags = client.get("/api/v1/flags/").content.decode()
    flags += client.get("/api/v1/flags/?format=csv").content.decode()
    assert "contract_issue" not in flags and "undisclosed" not in flags
    assert "agriculture" not in flags
    assert client.get("/api/v1/report-summaries/").json()["results"] == []
    assert client.get("/api/v1/corridors/").json()["results"] == []
    assert f'"reports": {count}' not in text and f'"reports":{count}' not in text
    assert "Too few reports yet" in client.get("/en/statistics/").content.decode()


def test_ten_reports_show_rounded_points_and_no_exact_figure(
    client, alpha, report, release_delay_passed
):
    paid = [5030 + 173 * i for i in range(10)]
    filed = [file(report, alpha, str(amount)) for amount in paid]
    accepted_last_month(*filed)
    release_delay_passed()
    summary = client.get("/api/v1/report-summaries/").json()["results"][0]
    # The median of the ten is 5808.50: shown rounded to USD 50.
    assert summary["median_usd"] == {"kind": "point", "low": 5800, "high": 5800, "currency": "USD"}
    assert summary["p75_usd"]["kind"] == "point" and summary["p75_usd"]["low"] % 50 == 0
    text = outputs(client, alpha)
    assert "5808.5" not in text and "5,808" not in text and "5808" not in text
