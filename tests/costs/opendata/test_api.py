"""The public API at /api/v1/: every list as JSON and CSV, filters, read-only,
conditional GET, CORS, throttling keyed like the rate limiter, and the public
record exactly as the pages show it."""

import csv
import datetime
import hashlib
import io

import pytest
from django.core.cache import cache
from django.utils import timezone

from accounts.adapters import client_key
from agencies.models import Agency, LicenceStatus, RegisterSnapshot
from costs.disclosures.services import disclosure_publish, disclosure_revise, disclosure_withdraw
from costs.flags.engine import agency_recompute, recompute_all
from costs.models import Disclosure, Flag
from costs.review.services import flag_assign, flag_close, flag_comment, flag_reply, flag_take

from .conftest import LISTS


def status(client, url) -> int:
    return client.get(url).status_code


def rows(response) -> list[dict]:
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_every_list_answers_json_and_the_whole_list_as_csv(client, flagged):
    for name in LISTS:
        page = client.get(f"/api/v1/{name}/")
        assert page.status_code == 200 and page["Content-Type"] == "application/json"
        assert set(page.json()) == {"next", "previous", "results"}
        download = client.get(f"/api/v1/{name}/?format=csv")
        assert download.status_code == 200
        assert download["Content-Type"] == "text/csv; charset=utf-8"
        assert download["Content-Disposition"] == f'attachment; filename="fairfee-{name}.csv"'
    index = client.get("/api/v1/").json()
    assert index["version"] == "1" and "CC BY 4.0" in index["licence"]
    assert index["flags"] == "http://testserver/api/v1/flags/"


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_every_unsafe_method_answers_405_and_changes_nothing(client, flagged, method):
    before = (Agency.objects.count(), Disclosure.objects.count(), Flag.objects.count())
    urls = [f"/api/v1/{name}/" for name in LISTS] + [
        "/api/v1/agencies/alpha/",
        f"/api/v1/flags/{flagged.alpha.pk}/",
        f"/api/v1/disclosures/{Disclosure.objects.first().pk}/",
        "/api/v1/rules/vn-deposit-zero/",
        "/api/v1/",
        "/api/v1/dump.zip",
    ]
    for url in urls:
        response = getattr(client, method)(url, {"name": "x"}, content_type="application/json")
        assert response.status_code == 405, url
    assert (Agency.objects.count(), Disclosure.objects.count(), Flag.objects.count()) == before


def test_an_agency_with_its_licence_and_register(client, api, cast):
    RegisterSnapshot.objects.create(authority="VN-DOLAB", as_of=datetime.date(2026, 1, 31))
    RegisterSnapshot.objects.create(authority="VN-DOLAB", as_of=datetime.date(2025, 6, 30))
    Agency.objects.filter(pk=cast.alpha.pk).update(
        register_authority="VN-DOLAB",
        licence_authority="VN-DOLAB",
        licence_valid_from=datetime.date(2020, 1, 1),
        licence_valid_until=timezone.localdate() - datetime.timedelta(days=1),
    )
    alpha = api("/api/v1/agencies/alpha/")
    assert alpha["licence_number"] == "101/GP" and alpha["country"] == "VN"
    assert alpha["licence_status"] == "expired" and alpha["is_licensed"] is False
    assert alpha["licence_authority"] == "VN-DOLAB"
    assert alpha["register_as_of"] == "2026-01-31" and alpha["on_register"] is True
    assert alpha["licence_valid_from"] == "2020-01-01"
    assert alpha["profile_url"].endswith("/en/agencies/alpha/")
    assert status(client, "/api/v1/agencies/nobody/") == 404


def test_disclosures_current_and_past_with_their_items(client, api, cast, publish):
    first = publish(
        cast.alpha,
        lines=[
            ("service-fee", "26300000", "VND", "worker"),
            ("training", "300", "USD", "employer"),
        ],
    )
    draft = disclosure_revise(disclosure=first)
    second = disclosure_publish(disclosure=draft)
    withdrawn = disclosure_withdraw(
        disclosure=publish(cast.beta, sector="agriculture"), by=cast.bob, reason="Closed."
    )
    every = {d["id"]: d for d in api("/api/v1/disclosures/")["results"]}
    assert set(every) == {first.pk, second.pk, withdrawn.pk}
    assert every[first.pk]["status"] == "superseded" and every[first.pk]["ended_at"]
    assert every[second.pk]["supersedes"] == first.pk
    assert every[withdrawn.pk]["withdrawal_reason"] == "Closed."
    fee, training = every[second.pk]["items"]
    assert fee["category"] == "service-fee" and fee["currency"] == "VND"
    assert fee["amount"] == "26300000.00" and fee["payer"] == "worker"
    assert fee["amount_usd"] == str(second.items.get(category__code="service-fee").amount_usd)
    assert training["payer"] == "employer" and training["amount_usd"] == "300.00"
    current = api("/api/v1/disclosures/?current=true")["results"]
    assert [d["id"] for d in current] == [second.pk]
    # As CSV, one row per item, the disclosure's columns on each.
    download = rows(client.get("/api/v1/disclosures/?format=csv&agency=alpha&current=true"))
    assert [(r["id"], r["items.category"]) for r in download] == [
        (str(second.pk), "service-fee"),
        (str(second.pk), "training"),
    ]


def test_filters_by_origin_programme_sector_licence_and_date(
    client, api, cast, publish, make_agency
):
    suspended = make_agency(licence_status=LicenceStatus.SUSPENDED)
    publish(cast.alpha)
    publish(cast.beta, programme="titp", sector="titp-construction")
    publish(suspended, at=timezone.now() - datetime.timedelta(days=40))
    recompute_all()

    def slugs(url, key="slug"):
        return sorted(r[key] if key == "slug" else r["agency"]["slug"] for r in api(url)["results"])

    assert slugs("/api/v1/agencies/?origin=VN") == ["alpha"]
    assert slugs("/api/v1/agencies/?licence_status=suspended") == [suspended.slug]
    assert slugs("/api/v1/agencies/?programme=titp") == ["beta"]
    assert slugs("/api/v1/disclosures/?origin=KH", "agency") == sorted(["beta", suspended.slug])
    assert slugs("/api/v1/disclosures/?sector=titp-construction", "agency") == ["beta"]
    assert slugs("/api/v1/disclosures/?licence_status=active", "agency") == ["alpha", "beta"]
    old = (timezone.localdate() - datetime.timedelta(days=10)).isoformat()
    assert slugs(f"/api/v1/disclosures/?published_after={old}", "agency") == ["alpha", "beta"]
    assert slugs(f"/api/v1/disclosures/?published_before={old}", "agency") == [suspended.slug]
    assert slugs("/api/v1/flags/?origin=VN&kind=worker_fee", "agency") == ["alpha"]
    assert [s["code"] for s in api("/api/v1/sectors/?programme=titp")["results"]][:1] == [
        "titp-agriculture"
    ]
    in_force = [
        r["code"] for r in api("/api/v1/rules/?origin=VN&effective_on=2026-06-01")["results"]
    ]
    assert "vn-deposit-zero" in in_force and "kh-deposit-zero" not in in_force
    assert status(client, "/api/v1/agencies/?licence_status=nonsense") == 400
    assert status(client, "/api/v1/disclosures/?published_after=yesterday") == 400


def test_cursor_pages_walk_the_whole_list_once(api, make_agency):
    for _ in range(7):
        make_agency()
    seen, url = [], "/api/v1/agencies/?page_size=3"
    while url:
        page = api(url.replace("http://testserver", ""))
        seen.extend(a["id"] for a in page["results"])
        url = page["next"]
    assert seen == sorted(Agency.objects.values_list("pk", flat=True))


def test_public_flags_with_their_public_history_only(client, cast, flagged, ngo):
    flag = flagged.alpha
    flag_take(flag=flag, by=ngo)
    flag_comment(flag=flag, by=ngo, text="Call the NGO in Hanoi first: internal")
    flag_assign(flag=flag, by=ngo, assignee=ngo, allowed=None)
    flag_reply(flag=flag, by=cast.alice, text="We refunded the deposit.")
    flag_close(flag=flag, by=ngo, status="resolved", note="The deposit was refunded.")
    shown = client.get(f"/api/v1/flags/{flag.pk}/").json()
    assert shown["status"] == "resolved" and shown["outcome"] == "The deposit was refunded."
    assert shown["rule"] == "vn-deposit-zero" and shown["kind"] == "category_cap"
    assert shown["evidence"] == {"category_usd": "50.00", "limit_usd": "0.00"}
    assert shown["closed_on"] == timezone.localdate().isoformat()
    assert [(e["kind"], e["status"], e["text"]) for e in shown["events"]] == [
        ("status_changed", "under_review", ""),
        ("agency_reply", "under_review", "We refunded the deposit."),
        ("status_changed", "resolved", "The deposit was refunded."),
    ]
    everything = client.get("/api/v1/flags/").content.decode()
    everything += client.get("/api/v1/flags/?format=csv").content.decode()
    for secret in ["internal", "ngo@example.org", "assigned", "opened_at", "alice@example.org"]:
        assert secret not in everything
    # A flag's explanation starts with its source tier's words (costs.flags.rules.tier_sentence).
    assert "explanation" in shown and shown["explanation"]["en"].startswith(
        "Against the agreement between the two governments"
    )
    assert "Workers are charged" in shown["explanation"]["en"]


def test_no_flag_that_only_reviewers_see(client, cast, publish, report):
    publish(cast.alpha)
    report(cast.alpha, accept=True, passport_held=True)
    recompute_all()
    signal = Flag.objects.get(agency=cast.alpha, rule__kind="contract_issue")
    assert not signal.public
    assert client.get(f"/api/v1/flags/{signal.pk}/").status_code == 404
    kinds = {f["kind"] for f in client.get("/api/v1/flags/").json()["results"]}
    assert "contract_issue" not in kinds


def test_a_reviewers_step_before_a_flag_was_public_is_not_in_its_history(
    client, cast, report, ngo, release_delay_passed
):
    # Two reports released together, then a third: the reviewers see the flag
    # at once, the public only from the next release.
    for amount in ["2030", "3130"]:
        report(cast.alpha, paid=[("service-fee", amount, "USD")], sector="agriculture", accept=True)
    agency_recompute(agency_id=cast.alpha.pk)
    report(cast.alpha, paid=[("service-fee", "4710", "USD")], sector="agriculture", accept=True)
    agency_recompute(agency_id=cast.alpha.pk)
    signal = Flag.objects.get(agency=cast.alpha, rule__kind="undisclosed")
    assert not signal.public
    flag_take(flag=signal, by=ngo)  # the day the third report came in
    assert client.get(f"/api/v1/flags/{signal.pk}/").status_code == 404
    release_delay_passed()
    public = Flag.objects.get(pk=signal.pk)
    assert public.public and public.status == "under_review"
    shown = client.get(f"/api/v1/flags/{public.pk}/").json()
    assert shown["events"] == []
    assert shown["public_since"] == timezone.localdate(public.public_since).isoformat()
    assert shown["evidence"] == {
        "median_usd": {"kind": "band", "low": 3000, "high": 3500, "currency": "USD"},
        "reports": 3,
    }


def test_rules_catalogue_and_currencies(api):
    rule = api("/api/v1/rules/vn-deposit-zero/")
    assert rule["origin"] == "VN" and rule["category"] == "deposit"
    assert set(rule["citation"]) == {"en", "km", "vi", "ja"} and rule["citation"]["en"]
    assert rule["confirmed"] in (True, False) and "value" in rule
    vietnam = api("/api/v1/countries/VN/")
    assert vietnam["currency"] == "VND" and vietnam["name"]["vi"] == "Việt Nam"
    dong = next(c for c in api("/api/v1/currencies/")["results"] if c["code"] == "VND")
    assert dong["countries"] == ["VN"] and dong["name"]["en"] == "Vietnamese dong"
    titp = api("/api/v1/programmes/titp/")
    assert titp["destination"] == "JP" and "titp-construction" in titp["sectors"]
    assert api("/api/v1/cost-categories/deposit/")["kind"] == "illegitimate"


def test_csv_cells_that_could_run_as_formulas_are_neutralised(client, make_agency):
    for name in ['=HYPERLINK("http://evil.example","x")', "+1+1", "-2+3", "@SUM(A1)", "\tTab"]:
        make_agency(name=name)
    names = [r["name"] for r in rows(client.get("/api/v1/agencies/?format=csv"))]
    for name in names:
        if name.lstrip("'")[:1] in "=+-@\t":
            assert name.startswith("'"), name
    assert '\'=HYPERLINK("http://evil.example","x")' in names


def test_an_unchanged_list_answers_304_until_the_data_changes(client, cast, publish):
    publish(cast.alpha)
    first = client.get("/api/v1/disclosures/")
    etag, modified = first["ETag"], first["Last-Modified"]
    assert etag and modified
    again = client.get("/api/v1/disclosures/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again.content == b""
    assert client.get("/api/v1/disclosures/", HTTP_IF_MODIFIED_SINCE=modified).status_code == 304
    assert client.get("/api/v1/disclosures/")["Last-Modified"] == modified

    publish(cast.beta)
    changed = client.get("/api/v1/disclosures/", HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200 and changed["ETag"] != etag
    assert len(changed.json()["results"]) == 2
    # The CSV of the same list has its own tag.
    assert client.get("/api/v1/disclosures/?format=csv")["ETag"] != changed["ETag"]


def test_cors_lets_any_site_read_the_api_but_nothing_else(client, cast):
    api = client.get("/api/v1/agencies/", HTTP_ORIGIN="https://research.example")
    assert api["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in api["Access-Control-Expose-Headers"]
    assert "Access-Control-Allow-Credentials" not in api
    preflight = client.options(
        "/api/v1/agencies/",
        HTTP_ORIGIN="https://research.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )
    assert preflight.status_code == 200 and "POST" not in preflight["Access-Control-Allow-Methods"]
    page = client.get("/en/compare/", HTTP_ORIGIN="https://research.example")
    assert "Access-Control-Allow-Origin" not in page


def test_anonymous_clients_are_throttled_by_the_keyed_hash_of_their_address(client, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "3/minute"},
    }
    for _ in range(3):
        assert client.get("/api/v1/countries/").status_code == 200
    refused = client.get("/api/v1/countries/")
    assert refused.status_code == 429 and int(refused["Retry-After"]) > 0
    other = client.get("/api/v1/countries/", REMOTE_ADDR="10.1.2.3")
    assert other.status_code == 200  # another client has its own count
    keys = _cache_keys()
    assert any(client_key("127.0.0.1") in key for key in keys)
    plain = hashlib.sha256(b"127.0.0.1").hexdigest()
    assert not [key for key in keys if "127.0.0.1" in key or plain in key]


def _cache_keys() -> list[str]:
    backend = cache._cache if hasattr(cache, "_cache") else None
    if hasattr(backend, "get_client"):  # Redis
        return [k.decode() for k in backend.get_client().scan_iter(f"*{cache.key_prefix}*")]
    return list(backend.keys())


def test_the_api_speaks_english_whatever_the_client_asks(client, cast, publish):
    publish(cast.alpha)
    recompute_all()
    english = client.get("/api/v1/flags/").content
    assert client.get("/api/v1/flags/", HTTP_ACCEPT_LANGUAGE="km").content == english
