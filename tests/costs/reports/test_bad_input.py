"""Reports: every bad input gets a clear answer and changes nothing; receipt
codes open however they are typed; an NGO's reports outside its scope wait for
a moderator like anyone's."""

import pytest

from accounts.models import Organisation, OrganisationMembership
from costs.models import ReportItem, WorkerReport
from tests.costs.reports.test_reports import report_data

TOO_LARGE = "These payments add up to more than a report can hold."


@pytest.fixture
def kh_agency(make_agency):
    return make_agency(
        name="Angkor Manpower", slug="angkor", country="KH", licence_number="MOLVT-1"
    )


@pytest.fixture
def ngo_kh(django_user_model):
    """A reviewer at an NGO whose scope is Cambodia only."""
    user = django_user_model.objects.create_user(username="ngo_kh", email="ngo-kh@example.org")
    organisation = Organisation.objects.create(
        name="Phnom Penh Workers' Aid", kind="ngo", country="KH", verified=True
    )
    OrganisationMembership.objects.create(user=user, organisation=organisation)
    return user


@pytest.mark.parametrize("query", ["\x00", "angkor\x00", "\x00" * 200])
def test_a_nul_byte_in_the_agency_search_is_refused_with_a_message(client, kh_agency, query):
    response = client.get("/en/report/", {"q": query})
    assert response.status_code == 400
    assert "Null characters are not allowed." in response.content.decode()


def test_a_long_search_is_cut_to_its_first_hundred_characters(client, kh_agency):
    response = client.get("/en/report/", {"q": "angkor" + "x" * 500})
    assert response.status_code == 200 and response.context["query"] == "angkor" + "x" * 94


def test_a_nul_byte_in_the_moderation_search_lists_nothing_and_says_why(
    client, ngo, kh_agency, report
):
    report(kh_agency)
    client.force_login(ngo)
    response = client.get("/en/moderation/", {"q": "ang\x00kor"})
    assert response.status_code == 400
    assert "Null characters are not allowed." in response.content.decode()
    assert not response.context["page"].object_list
    assert len(client.get("/en/moderation/", {"q": "angkor"}).context["page"].object_list) == 1


@pytest.mark.parametrize("slug", ["\x00", "angkor\x00", "../angkor", "ángkor"])
def test_a_report_for_an_agency_that_cannot_exist_is_not_found(client, kh_agency, slug):
    assert client.get("/en/report/new/", {"agency": slug}).status_code == 404
    assert (
        client.post("/en/report/new/", {**report_data(kh_agency), "agency": slug}).status_code
        == 404
    )
    assert not WorkerReport.objects.exists()


def test_payments_that_add_up_past_what_a_report_holds_are_refused(client, kh_agency):
    # Each payment fits (12 digits); their sum, 13 digits of dollars, does not.
    lines = [("service-fee", "999999999999", "USD", "agency"), ("training", "1", "USD", "agency")]
    response = client.post("/en/report/new/", report_data(kh_agency, lines=lines))
    assert response.status_code == 200
    assert TOO_LARGE in response.content.decode()
    assert not WorkerReport.objects.exists() and not ReportItem.objects.exists()


def test_the_largest_total_a_report_holds_is_taken_whole(client, kh_agency):
    lines = [
        ("service-fee", "999999999998", "USD", "agency"),
        ("training", "1.99", "USD", "agency"),
    ]
    assert client.post("/en/report/new/", report_data(kh_agency, lines=lines)).status_code == 302
    assert str(WorkerReport.objects.get().worker_total_usd) == "999999999999.99"


def test_amounts_in_riel_are_bounded_in_dollars_not_in_riel(client, kh_agency):
    # 30 payments of 999,999,999,999 riel are far below the limit in dollars.
    lines = [("service-fee", "999999999999", "KHR", "agency")] * 3
    assert client.post("/en/report/new/", report_data(kh_agency, lines=lines)).status_code == 302
    assert WorkerReport.objects.get().items.count() == 3


def test_a_correction_past_what_a_report_holds_is_refused_and_the_report_kept(
    client, kh_agency, report
):
    filed, code = report(kh_agency)
    client.post("/en/report/receipt/", {"code": code})
    lines = [("service-fee", "999999999999", "USD", "agency")] * 2
    response = client.post("/en/report/mine/correct/", report_data(kh_agency, lines=lines))
    assert response.status_code == 200 and TOO_LARGE in response.content.decode()
    filed.refresh_from_db()
    assert [str(i.amount) for i in filed.items.all()] == ["2000.00"]


@pytest.mark.parametrize(
    "typed",
    [
        lambda code: code.lower(),
        lambda code: "-".join([code[:4], code[4:8], code[8:]]),
        # What a Japanese phone keyboard types: full-width letters and digits.
        lambda code: code.translate({c: c + 0xFEE0 for c in range(0x21, 0x7F)}),
        lambda code: code.lower().translate({c: c + 0xFEE0 for c in range(0x21, 0x7F)}),
        lambda code: "\u3000".join(code),  # ideographic spaces
    ],
    ids=["lower case", "dashes", "full width", "full-width lower case", "ideographic spaces"],
)
def test_a_receipt_code_opens_the_report_however_it_is_typed(client, kh_agency, report, typed):
    filed, code = report(kh_agency)
    response = client.post("/en/report/receipt/", {"code": typed(code)})
    assert response.status_code == 302 and response["Location"] == "/en/report/mine/"
    assert client.get("/en/report/mine/").context["report"] == filed


def test_a_code_with_a_nul_byte_or_a_megabyte_matches_nothing(client, kh_agency, report):
    report(kh_agency)
    for typed in ["\x00", "A\x00B", "A" * 1_000_000]:
        response = client.post("/en/report/receipt/", {"code": typed})
        assert response.status_code == 200
        assert "This code does not match any report." in response.content.decode()


def test_a_reason_with_a_nul_byte_is_refused_and_the_report_stays_pending(
    client, ngo, kh_agency, report
):
    pending, _code = report(kh_agency)
    client.force_login(ngo)
    response = client.post(f"/en/moderation/{pending.pk}/", {"reason": "spam\x00"}, follow=True)
    assert "Null characters are not allowed." in response.content.decode()
    pending.refresh_from_db()
    assert pending.status == "pending" and pending.rejection_reason == ""


def test_an_ngo_report_inside_its_scope_is_accepted_at_once(client, ngo_kh, kh_agency):
    client.force_login(ngo_kh)
    assert client.post("/en/report/new/", report_data(kh_agency)).status_code == 302
    filed = WorkerReport.objects.get()
    assert (filed.status, filed.via, filed.moderated_by) == ("accepted", "ngo", ngo_kh)


def test_an_ngo_report_outside_its_scope_waits_for_a_moderator(client, ngo_kh, ngo_vn, make_agency):
    vn_agency = make_agency(name="Hanoi Manpower", slug="hanoi", country="VN")
    client.force_login(ngo_kh)
    assert client.post("/en/report/new/", report_data(vn_agency)).status_code == 302
    unnamed = report_data(agency_name_given="Saigon Co", origin="VN")
    assert client.post("/en/report/new/", unnamed).status_code == 302
    filed = list(WorkerReport.objects.all())
    assert [(r.status, r.via, r.moderated_by) for r in filed] == [("pending", "ngo", None)] * 2
    vn_agency.refresh_from_db()
    assert vn_agency.summaries_stale_at is None  # nothing for the public until it is checked
    # The Cambodian NGO cannot accept its own report; the Vietnamese NGO sees and accepts it.
    assert client.get(f"/en/moderation/{filed[0].pk}/").status_code == 404
    client.force_login(ngo_vn)
    queue = client.get("/en/moderation/").context["page"].object_list
    assert {r.pk for r in queue} == {r.pk for r in filed}
    client.post(f"/en/moderation/{filed[0].pk}/", {"accept": "1"})
    assert WorkerReport.objects.get(pk=filed[0].pk).status == "accepted"
