import datetime

from django.core.cache import cache
from django.utils import timezone

from costs.flags.engine import agency_recompute, recompute_all
from costs.models import Flag


def test_the_profile_explains_each_open_flag_with_its_figures_and_source(
    client, make_agency, publish
):
    agency = make_agency(name="Deposit Co", slug="deposit-co")
    publish(agency, lines=[("deposit", "250", "USD", "worker")])
    agency_recompute(agency_id=agency.pk)
    html = client.get("/en/agencies/deposit-co/").content.decode()
    assert 'id="flags"' in html
    # A deposit ban rests on the governments' memoranda, not a law: the flag says
    # so in the words of its tier (it used to read "the law does not allow").
    assert "Charge that is not allowed" in html
    assert "Against the agreement between the two governments" in html
    assert "Workers are charged for something they may not be charged for." in html
    assert "Charged to the worker for this cost (USD)" in html and "$250" in html
    assert "Japan–Cambodia Memorandum of Cooperation" in html


def test_recently_cleared_flags_stay_visible_for_90_days(client, make_agency, publish):
    agency = make_agency(slug="cleared-co")
    publish(agency, lines=[("deposit", "250", "USD", "worker")])
    agency_recompute(agency_id=agency.pk)
    publish(agency, lines=[("deposit", "0", "USD", "worker")])
    agency_recompute(agency_id=agency.pk)
    flag = Flag.objects.get(agency=agency, rule__code="kh-deposit-zero")
    assert flag.status == "cleared"
    assert (
        "Cleared: the condition no longer holds"
        in client.get("/en/agencies/cleared-co/").content.decode()
    )
    Flag.objects.filter(pk=flag.pk).update(closed_at=timezone.now() - datetime.timedelta(days=91))
    cache.clear()  # 91 days on, the cached page expired long ago (PAGE_CACHE_SECONDS)
    assert f'id="flag-{flag.pk}"' not in client.get("/en/agencies/cleared-co/").content.decode()


def test_compare_counts_open_flags_and_can_leave_flagged_agencies_out(client, make_agency, publish):
    clean = make_agency(name="Clean Co")
    flagged = make_agency(name="Flagged Co")
    publish(clean, lines=[("service-fee", "2000", "USD", "employer")])
    publish(
        flagged, lines=[("service-fee", "100", "USD", "worker"), ("deposit", "50", "USD", "worker")]
    )
    recompute_all()
    response = client.get("/en/compare/")
    rows = {row.agency.name: row.open_flags for row in response.context["page"].object_list}
    assert rows == {"Clean Co": 0, "Flagged Co": 2}
    assert "2 problems found" in response.content.decode()
    only_clean = client.get("/en/compare/", {"no_flags": "on"}).context["page"].object_list
    assert [row.agency.name for row in only_clean] == ["Clean Co"]


def test_compare_shows_what_workers_reported_only_from_three_reports(
    client, make_agency, publish, report, release_delay_passed
):
    agency = make_agency(name="Reported Co")
    publish(agency)
    for amount in ["2000", "2400"]:
        report(agency, paid=[("service-fee", amount, "USD")], accept=True)
    recompute_all()
    assert "Workers reported paying" not in client.get("/en/compare/").content.decode()
    report(agency, paid=[("service-fee", "2600", "USD")], accept=True)
    release_delay_passed()
    html = client.get("/en/compare/").content.decode()
    # The median of three reports is one report's amount: a band, never the point.
    assert "Half of the workers paid less than an amount between $2,000 and $2,500." in html
    assert "$2,400" not in html
