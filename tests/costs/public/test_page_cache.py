"""Public pages come from the cache for visitors without a session, and every
change that a page shows drops it: at once for what a person publishes or
decides, after the recompute for figures and flags, after a release for
reported figures. A page served from the cache renders no template, so the
test client's response has no context."""

import gzip

import pytest
from django.test import Client

from costs import tasks
from costs.models import Flag, ThresholdRule
from costs.review.services import flag_close
from tests.costs.feecheck.test_rules_page import post_change

PUBLIC_PAGES = [
    "/en/",
    "/km/",
    "/en/compare/",
    "/en/compare/?programme=ssw1&sort=name",
    "/en/agencies/alpha/",
    "/en/guides/",
    "/en/guides/employer-pays/",
    "/en/rules/",
    "/en/check/?o=VN&c1=brokerage&a1=50&u1=USD",
    "/en/how-we-protect-reporters/",
]


def cached(response) -> bool:
    return response.status_code == 200 and response.context is None


@pytest.fixture
def now(django_capture_on_commit_callbacks):
    """Commit callbacks run as in production: the version bumps after commit."""

    def run(action, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return action(*args, **kwargs)

    return run


def test_every_public_page_is_cached_for_a_visitor_without_a_session(client, cast, guides):
    for url in PUBLIC_PAGES:
        first = client.get(url)
        assert first.status_code == 200 and first.context is not None, url
        assert cached(client.get(url)), url


def test_cached_pages_hold_no_token_and_set_no_cookie(client, cast, guides):
    for url in PUBLIC_PAGES:
        client.get(url)
        response = client.get(url)
        html = response.content.decode()
        assert cached(response), url
        assert "csrfmiddlewaretoken" not in html, url
        assert not response.cookies, url
        # A signed-in visitor gets another page at this address: no cache on
        # the way may hand either one to the other.
        assert "Cookie" in response.headers["Vary"], url
        assert not client.cookies, url


def test_a_published_disclosure_shows_at_once_on_the_agency_and_compare_pages(
    client, cast, publish, now
):
    assert "has not published its fees" in client.get("/en/agencies/alpha/").content.decode()
    assert "Alpha Manpower" not in client.get("/en/compare/").content.decode()
    assert cached(client.get("/en/agencies/alpha/")) and cached(client.get("/en/compare/"))
    now(publish, cast.alpha, lines=[("service-fee", "1234", "USD", "worker")])
    agency = client.get("/en/agencies/alpha/").content.decode()
    assert "1,234" in agency and "has not published its fees" not in agency
    assert "Alpha Manpower" in client.get("/en/compare/").content.decode()
    # Beta's page did not change, and is still the cached one.
    client.get("/en/agencies/beta/")
    now(publish, cast.alpha, programme="titp", sector="titp-agriculture")
    assert cached(client.get("/en/agencies/beta/"))


def test_a_flag_shows_after_the_recompute_and_a_reviewer_decision_at_once(
    client, cast, publish, ngo, now
):
    now(publish, cast.alpha, lines=[("deposit", "50", "USD", "worker")])
    assert "Problems found" not in client.get("/en/agencies/alpha/").content.decode()
    assert cached(client.get("/en/agencies/alpha/"))
    now(tasks.recompute_agency, cast.alpha.pk)
    assert "Problems found" in client.get("/en/agencies/alpha/").content.decode()

    flag = Flag.objects.get(agency=cast.alpha, rule__code="vn-deposit-zero")
    now(flag_close, flag=flag, by=ngo, status="resolved", note="The deposit was paid back.")
    assert "The deposit was paid back." in client.get("/en/agencies/alpha/").content.decode()


def test_reported_figures_change_on_the_cached_page_only_when_released(
    client, make_agency, publish, report, release_delay_passed, now
):
    agency = make_agency(name="Sao Mai", slug="sao-mai", country="VN")
    now(publish, agency, programme="titp", sector="titp-construction")
    for amount in ["4000", "4500"]:
        now(report, agency, paid=[("service-fee", amount, "USD")], programme="titp",
            sector="titp-construction", accept=True)  # fmt: skip
    now(tasks.recompute_agency, agency.pk)
    before = client.get("/en/agencies/sao-mai/").content.decode()
    assert "4,000" not in before and "4,500" not in before
    # A third report: the group reaches k, but its figures wait for the batch.
    now(report, agency, paid=[("service-fee", "5000", "USD")], programme="titp",
        sector="titp-construction", accept=True)  # fmt: skip
    now(tasks.recompute_agency, agency.pk)
    page = client.get("/en/agencies/sao-mai/").content.decode()
    assert "4,500" not in page
    now(release_delay_passed)
    assert "4,500" in client.get("/en/agencies/sao-mai/").content.decode()


def test_a_rule_edit_in_the_admin_drops_the_rules_page(client, cast, now, eager_tasks):
    rule = ThresholdRule.objects.get(code="vn-brokerage-zero")
    client.get("/en/rules/")
    assert cached(client.get("/en/rules/"))
    admin = Client()
    admin.force_login(cast.admin)
    citation = "Law 69/2020/QH14, Art. 7(8), as consolidated"
    response = now(post_change, admin, rule, citation_en=citation, change_note="New citation.")
    assert response.status_code == 302
    page = client.get("/en/rules/")
    assert not cached(page) and citation in page.content.decode()


def test_a_signed_in_user_never_gets_the_anonymous_page_nor_leaves_theirs(client, cast):
    anonymous = Client()
    anonymous.get("/en/compare/")
    assert cached(anonymous.get("/en/compare/"))
    client.force_login(cast.alice)
    mine = client.get("/en/compare/")
    assert not cached(mine) and "Sign out" in mine.content.decode()
    assert cached(client.get("/en/compare/")) is False
    other = anonymous.get("/en/compare/").content.decode()
    assert "Sign out" not in other and "My agencies" not in other


def test_each_language_and_filter_is_its_own_page_and_tracking_is_dropped(client, cast):
    english = client.get("/en/compare/?sort=name").content.decode()
    khmer = client.get("/km/compare/?sort=name").content.decode()
    assert 'lang="en"' in english and 'lang="km"' in khmer
    assert cached(client.get("/en/compare/?fbclid=IwAR0abc&sort=name&utm_source=facebook"))
    shared = client.get("/en/compare/?utm_campaign=x&sort=name&fbclid=IwAR0abc").content
    assert b"IwAR0abc" not in shared and b"utm_" not in shared
    assert not cached(client.get("/en/compare/?sort=cost"))


def test_public_pages_are_gzipped_and_pages_with_a_form_token_are_not(client, cast):
    response = client.get("/en/compare/", headers={"accept-encoding": "gzip, br"})
    assert response.headers["Content-Encoding"] == "gzip"
    assert b"Compare agencies" in gzip.decompress(response.content)
    assert "Accept-Encoding" in response.headers["Vary"]
    plain = client.get("/en/compare/")
    assert "Content-Encoding" not in plain.headers and b"Compare agencies" in plain.content
    form = client.get("/en/report/new/", headers={"accept-encoding": "gzip"})
    assert "csrfmiddlewaretoken" in form.content.decode()
    assert "Content-Encoding" not in form.headers


def test_without_the_page_cache_pages_are_rendered_every_time(client, cast, settings):
    settings.PAGE_CACHE = False
    client.get("/en/compare/")
    assert not cached(client.get("/en/compare/"))


def test_a_page_from_the_cache_carries_the_headers_of_the_rendered_page(client, cast, guides):
    for url in PUBLIC_PAGES:
        rendered = client.get(url)
        stored = client.get(url)
        assert cached(stored), url
        for header in (
            "Content-Security-Policy",
            "X-Frame-Options",
            "X-Content-Type-Options",
            "Referrer-Policy",
            "Content-Language",
            "Content-Type",
        ):
            assert stored.headers[header] == rendered.headers[header], (url, header)
