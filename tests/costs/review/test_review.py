from decimal import Decimal

import pytest

from agencies.models import Agency
from costs.flags.engine import agency_recompute
from costs.models import Flag
from costs.review.charts import paid_vs_disclosed
from costs.review.notifications import review_digest_send


def status(flag):
    flag.refresh_from_db()
    return flag.status


def kinds(flag):
    return list(flag.events.values_list("kind", flat=True))


def test_a_reviewer_takes_decides_and_reopens_a_case(client, ngo, flagged):
    client.force_login(ngo)
    flag = flagged.beta
    client.post(f"/en/review/flags/{flag.pk}/take/")
    assert status(flag) == "under_review" and flag.assigned_to == ngo

    response = client.post(
        f"/en/review/flags/{flag.pk}/close/", {"outcome": "resolved", "note": " "}, follow=True
    )
    assert "write a note" in response.content.decode()
    assert status(flag) == "under_review"

    client.post(
        f"/en/review/flags/{flag.pk}/close/",
        {"outcome": "resolved", "note": "The agency refunded the deposit."},
    )
    assert (
        status(flag) == "resolved"
        and flag.closed_at
        and flag.resolution_note == "The agency refunded the deposit."
    )
    client.post(f"/en/review/flags/{flag.pk}/reopen/")
    assert status(flag) == "open" and flag.resolution_note == ""
    client.post(
        f"/en/review/flags/{flag.pk}/close/",
        {"outcome": "dismissed", "note": "A data entry error."},
    )
    assert status(flag) == "dismissed"
    assert kinds(flag) == [
        "opened",
        "status_changed",
        "status_changed",
        "reopened",
        "status_changed",
    ]
    assert flag.events.last().actor == ngo and flag.events.last().text == "A data entry error."


def test_a_flag_is_assigned_only_to_a_colleague(
    client, ngo, ministry_kh, flagged, django_user_model
):
    from accounts.models import OrganisationMembership

    colleague = django_user_model.objects.create_user(username="col", email="col@example.org")
    OrganisationMembership.objects.create(
        user=colleague, organisation=ngo.organisation_memberships.get().organisation
    )
    client.force_login(ngo)
    client.post(f"/en/review/flags/{flagged.beta.pk}/assign/", {"assignee": colleague.pk})
    flagged.beta.refresh_from_db()
    assert flagged.beta.assigned_to == colleague
    assert (
        client.post(
            f"/en/review/flags/{flagged.beta.pk}/assign/", {"assignee": ministry_kh.pk}
        ).status_code
        == 404
    )
    flagged.beta.refresh_from_db()
    assert flagged.beta.assigned_to == colleague


def test_comments_stay_with_reviewers(client, ngo, cast, flagged):
    client.force_login(ngo)
    client.post(f"/en/review/flags/{flagged.alpha.pk}/comment/", {"text": "Call the agency first."})
    assert (
        "Call the agency first."
        in client.get(f"/en/review/flags/{flagged.alpha.pk}/").content.decode()
    )
    client.force_login(cast.alice)
    assert (
        "Call the agency first." not in client.get("/en/my-agencies/alpha/flags/").content.decode()
    )
    client.logout()
    assert "Call the agency first." not in client.get("/en/agencies/alpha/").content.decode()


def test_the_agency_replies_in_public_and_reviewers_are_told(
    client, cast, ngo, flagged, mailoutbox, django_capture_on_commit_callbacks, eager_tasks
):
    client.force_login(cast.alice)
    assert "Publish my reply" in client.get("/en/my-agencies/alpha/flags/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/en/my-agencies/alpha/flags/",
            {"flag": flagged.alpha.pk, "text": "We no longer take deposits."},
        )
    assert status(flagged.alpha) == "agency_responded"
    assert "agency_reply" in kinds(flagged.alpha)
    assert [m.to for m in mailoutbox] == [["ngo@example.org"]]
    assert "We no longer take deposits." in mailoutbox[0].body
    client.logout()
    assert "We no longer take deposits." in client.get("/en/agencies/alpha/").content.decode()


def test_a_reply_is_bounded_and_only_for_the_agencys_own_flags(client, cast, flagged):
    client.force_login(cast.alice)
    client.post("/en/my-agencies/alpha/flags/", {"flag": flagged.alpha.pk, "text": "x" * 2001})
    assert "agency_reply" not in kinds(flagged.alpha)
    assert (
        client.post(
            "/en/my-agencies/alpha/flags/", {"flag": flagged.beta.pk, "text": "hi"}
        ).status_code
        == 404
    )
    client.force_login(cast.bob)
    assert client.get("/en/my-agencies/alpha/flags/").status_code == 404


def test_the_agency_sees_aggregated_figures_never_reports(client, cast, report, publish):
    for amount in ["3000", "3500", "4000"]:
        report(
            cast.alpha,
            paid=[("service-fee", amount, "USD")],
            accept=True,
            private_story="Secret story",
        )
    agency_recompute(agency_id=cast.alpha.pk)
    client.force_login(cast.alice)
    html = client.get("/en/my-agencies/alpha/flags/").content.decode()
    assert (
        "Half of the workers reported paying more than this (USD)" in html
        and "$3,500 to $4,000" in html
    )
    assert "Secret story" not in html and "$3,000" not in html


def test_the_public_sees_the_outcome(client, ngo, flagged):
    client.force_login(ngo)
    client.post(
        f"/en/review/flags/{flagged.beta.pk}/close/",
        {"outcome": "resolved", "note": "Deposit returned."},
    )
    client.logout()
    html = client.get("/en/agencies/beta/").content.decode()
    assert "Deposit returned." in html and "Resolved" in html


def test_the_agency_is_told_when_its_flag_changes(
    client, ngo, cast, flagged, mailoutbox, django_capture_on_commit_callbacks, eager_tasks
):
    client.force_login(ngo)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/en/review/flags/{flagged.alpha.pk}/take/")
    assert sorted(m.to[0] for m in mailoutbox) == ["alice@example.org", "erin@example.org"]
    assert "under review" in mailoutbox[0].subject


def test_a_ministry_suspends_a_licence_of_its_country_only(client, ministry_kh, cast, flagged):
    client.force_login(ministry_kh)
    response = client.post(
        "/en/review/agencies/beta/licence/", {"status": "suspended", "note": "Deposits taken."}
    )
    assert response.status_code == 302
    beta = Agency.objects.get(pk=cast.beta.pk)
    assert (
        beta.licence_status == "suspended" and beta.licence_actions.get().note == "Deposits taken."
    )
    client.logout()
    assert "Licence suspended" in client.get("/en/agencies/beta/").content.decode()
    assert "Beta Manpower" not in client.get("/en/compare/", {"licensed": "on"}).content.decode()
    agency_recompute(agency_id=beta.pk)
    assert Flag.objects.active().filter(agency=beta, rule__kind="unlicensed").exists()

    client.force_login(ministry_kh)
    assert (
        client.post(
            "/en/review/agencies/alpha/licence/", {"status": "revoked", "note": "x"}
        ).status_code
        == 403
    )
    assert Agency.objects.get(pk=cast.alpha.pk).licence_status == "active"


def test_a_ministry_sees_only_its_countrys_flags(client, ministry_kh, ngo, flagged):
    client.force_login(ministry_kh)
    listed = [f.pk for f in client.get("/en/review/").context["page"].object_list]
    assert flagged.beta.pk in listed and flagged.alpha.pk not in listed
    assert client.get(f"/en/review/flags/{flagged.alpha.pk}/").status_code == 404
    assert client.post(f"/en/review/flags/{flagged.alpha.pk}/take/").status_code == 404
    client.force_login(ngo)
    listed = [f.pk for f in client.get("/en/review/").context["page"].object_list]
    assert {flagged.alpha.pk, flagged.beta.pk} <= set(listed)


def test_a_ministry_verifies_claims_for_its_country(client, ministry_kh, cast, django_user_model):
    from agencies.models import AgencyMembership

    dara = django_user_model.objects.create_user(username="dara", email="dara@example.org")
    claim = AgencyMembership.objects.create(user=dara, agency=cast.beta, role="owner")
    client.force_login(ministry_kh)
    listed = client.get("/en/review/claims/").context["claims"]
    assert [c.pk for c in listed] == [claim.pk]  # claire's claim on Vietnamese Alpha is not shown
    client.post("/en/review/claims/", {"claim": claim.pk})
    claim.refresh_from_db()
    assert claim.verified and claim.verified_by == ministry_kh


def test_the_queue_filters_sorts_counts_and_exports(client, ngo, flagged):
    client.force_login(ngo)
    response = client.get("/en/review/", {"country": "KH"})
    assert {f.agency.country for f in response.context["page"].object_list} == {"KH"}
    assert ("Open", 0) not in response.context["counts"]
    response = client.get("/en/review/", {"rule": "category_cap", "sort": "agency"})
    assert [f.agency.name for f in response.context["page"].object_list] == [
        "Alpha Manpower",
        "Beta Manpower",
    ]
    assert client.get("/en/review/", {"severity": "nonsense", "age": "x"}).status_code == 200
    assert not client.get("/en/review/", {"age": "30"}).context["page"].object_list
    csv_text = client.get("/en/review/flags.csv", {"rule": "category_cap"}).content.decode()
    assert csv_text.splitlines()[0].startswith("id,agency,licence,country,rule")
    assert len(csv_text.strip().splitlines()) == 3


@pytest.mark.parametrize("count", [0, 1, 3, 500])
def test_the_chart_draws_every_report(count):
    paid = [Decimal(1000 + 10 * i) for i in range(count)]
    svg = str(
        paid_vs_disclosed(
            paid, Decimal(900), Decimal(1500) if count else None, Decimal(1800) if count else None
        )
    )
    assert svg.startswith("<svg") and svg.count("<circle") == count
    assert "disclosed" in svg
    if not count:
        assert "No accepted reports yet." in svg


def test_the_dashboard_counts_open_flags(client, ngo, flagged):
    client.force_login(ngo)
    response = client.get("/en/review/dashboard/")
    assert response.status_code == 200
    assert ("KH", 2) in [(c, n) for c, n in response.context["by_country"]] or response.context[
        "by_country"
    ]
    assert "<svg" in response.content.decode()


def test_each_reviewer_gets_a_digest_of_new_flags_in_scope(ngo, ministry_kh, flagged, mailoutbox):
    assert review_digest_send() == 2
    by_person = {m.to[0]: m.body for m in mailoutbox}
    assert (
        "Alpha Manpower" in by_person["ngo@example.org"]
        and "Beta Manpower" in by_person["ngo@example.org"]
    )
    assert (
        "Beta Manpower" in by_person["molvt@example.org"]
        and "Alpha Manpower" not in by_person["molvt@example.org"]
    )
