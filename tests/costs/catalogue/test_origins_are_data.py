"""A new country of origin is rows in the admin plus their translations, no code:
with Laos and its kip added as data, every page and service takes them."""

import datetime
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from accounts.models import Organisation, OrganisationMembership
from agencies.models import Agency, AgencyMembership
from costs.catalogue.money import money
from costs.flags.engine import agency_recompute
from costs.models import Country, Disclosure, ExchangeRate, WorkerReport, rate_on, to_usd
from costs.review.notifications import review_digest_send

KIP_PER_USD = Decimal("21000")


@pytest.fixture
def laos(db):
    """What an admin enters: the country with its names, and a rate for its currency."""
    country = Country.objects.create(
        code="LA", name="Laos", currency="LAK", is_origin=True, name_ja="ラオス"
    )
    ExchangeRate.objects.create(
        currency="LAK",
        date=datetime.date(2020, 1, 1),
        units_per_usd=KIP_PER_USD,
        source="Bank of the Lao PDR",
    )
    return country


@pytest.fixture
def lao_agency(laos, make_agency):
    return make_agency(
        name="Vientiane Manpower", slug="vientiane", country="LA", licence_number="LA-001"
    )


@pytest.fixture
def lao_ministry(laos, django_user_model):
    """A reviewer at the Lao labour ministry, scoped to Lao agencies."""
    user = django_user_model.objects.create_user(username="mlsw", email="mlsw@example.org")
    organisation = Organisation.objects.create(
        name="MLSW", kind="ministry", country="LA", verified=True
    )
    OrganisationMembership.objects.create(user=user, organisation=organisation)
    return user


def kip(amount) -> str:
    with translation.override("en"):
        return money(Decimal(amount), "LAK")


def test_the_public_pages_offer_laos_by_its_name_in_each_language(client, laos):
    assert '<option value="LA">Laos</option>' in client.get("/en/compare/").content.decode()
    assert '<option value="LA">ラオス</option>' in client.get("/ja/compare/").content.decode()
    home = client.get("/en/").content.decode()
    assert "Agencies in Cambodia, Laos, and Vietnam list here" in home


def test_staff_register_a_lao_agency_and_its_owner_claims_it(client, cast, laos, django_user_model):
    client.force_login(cast.admin)
    page = client.get("/en/staff/licence-register/").content.decode()
    assert "country (KH, LA, VN)" in page
    register = "licence_number,name,country,status,valid_until\nLA-001,Vientiane Manpower,LA,active,2030-01-01\n"
    response = client.post(
        "/en/staff/licence-register/",
        {
            "file": SimpleUploadedFile("la.csv", register.encode()),
            "authority": "LA-MLSW",
            "as_of": "2026-02-01",
        },
        follow=True,
    )
    assert "1 new, 0 updated" in response.content.decode()
    agency = Agency.objects.get(licence_number="LA-001")
    assert agency.country == "LA"

    noy = django_user_model.objects.create_user(username="noy", email="noy@example.org")
    client.force_login(noy)
    assert (
        '<option value="LA">Laos</option>' in client.get("/en/my-agencies/claim/").content.decode()
    )
    client.post(
        "/en/my-agencies/claim/", {"country": "LA", "licence_number": "la-001", "note": "Director"}
    )
    assert AgencyMembership.objects.get(user=noy).agency == agency
    assert "waiting to be checked" in client.get("/en/my-agencies/").content.decode()


def test_the_register_still_refuses_a_country_not_in_the_catalogue(client, cast, laos):
    client.force_login(cast.admin)
    register = "licence_number,name,country\nTH-1,Bangkok Co,TH\n"
    response = client.post(
        "/en/staff/licence-register/",
        {
            "file": SimpleUploadedFile("th.csv", register.encode()),
            "authority": "TH-DOE",
            "as_of": "2026-02-01",
        },
    )
    assert "Line 2: unknown country “TH” (use KH, LA, VN)." in response.content.decode()
    assert not Agency.objects.filter(country="TH").exists()


def test_the_admin_scopes_an_organisation_to_laos_and_its_reviewer_acts_there(
    client, cast, lao_agency, django_user_model
):
    reviewer = django_user_model.objects.create_user(username="mlsw", email="mlsw@example.org")
    client.force_login(cast.admin)
    form = client.get("/admin/accounts/organisation/add/").content.decode()
    assert '<option value="LA">Laos</option>' in form
    response = client.post(
        "/admin/accounts/organisation/add/",
        {
            "name": "MLSW",
            "kind": "ministry",
            "country": "LA",
            "contact_email": "",
            "verified": "on",
            "memberships-TOTAL_FORMS": "1",
            "memberships-INITIAL_FORMS": "0",
            "memberships-MIN_NUM_FORMS": "0",
            "memberships-MAX_NUM_FORMS": "1000",
            "memberships-0-user": str(reviewer.pk),
        },
    )
    assert response.status_code == 302
    assert Organisation.objects.get(name="MLSW").country == "LA"

    noy = django_user_model.objects.create_user(username="noy", email="noy@example.org")
    lao_claim = AgencyMembership.objects.create(user=noy, agency=lao_agency, role="owner")
    client.force_login(reviewer)
    listed = client.get("/en/review/claims/").context["claims"]
    assert [c.pk for c in listed] == [lao_claim.pk]  # claire's claim on Vietnamese Alpha is not
    client.post("/en/review/claims/", {"claim": lao_claim.pk})
    lao_claim.refresh_from_db()
    assert lao_claim.verified and lao_claim.verified_by == reviewer


def test_a_lao_agency_publishes_its_fees_in_kip_and_they_are_compared(
    client, lao_agency, django_user_model
):
    owner = django_user_model.objects.create_user(username="noy", email="noy@example.org")
    AgencyMembership.objects.create(user=owner, agency=lao_agency, role="owner", verified=True)
    client.force_login(owner)
    form = client.get("/en/my-agencies/vientiane/fees/new/").content.decode()
    assert '<option value="LAK">Laotian kip (LAK)</option>' in form
    data = {
        "programme": "ssw1",
        "sector": "construction",
        "contract_months": "36",
        "offered_wage": "200000",
        "wage_currency": "JPY",
        "items-TOTAL_FORMS": "1",
        "items-INITIAL_FORMS": "0",
        "items-MIN_NUM_FORMS": "0",
        "items-MAX_NUM_FORMS": "40",
        "items-0-category": "service-fee",
        "items-0-amount": "30,000,000",
        "items-0-currency": "LAK",
        "items-0-payer": "worker",
    }
    assert client.post("/en/my-agencies/vientiane/fees/new/", data).status_code == 302
    draft = Disclosure.objects.get(agency=lao_agency)
    client.post(f"/en/my-agencies/vientiane/fees/{draft.pk}/publish/")
    draft.refresh_from_db()
    assert draft.status == Disclosure.Status.PUBLISHED and draft.origin_id == "LA"
    assert draft.worker_total_usd == to_usd(Decimal("30000000"), KIP_PER_USD)

    client.logout()
    compared = client.get("/en/compare/", {"origin": "LA"})
    assert [row.agency.name for row in compared.context["page"].object_list] == [
        "Vientiane Manpower"
    ]
    assert kip("30000000") in compared.content.decode()
    profile = client.get("/en/agencies/vientiane/").content.decode()
    assert "<dd>Laos</dd>" in profile and kip("30000000") in profile


def test_a_worker_reports_paying_in_kip_to_a_lao_agency_or_an_unlisted_one(client, lao_agency):
    def report(**extra):
        return {
            "programme": "ssw1",
            "sector": "agriculture",
            "departure_month": "2024-06",
            "contract_months": "36",
            "first_wage": "190000",
            "wage_currency": "JPY",
            "items-TOTAL_FORMS": "1",
            "items-INITIAL_FORMS": "0",
            "items-MIN_NUM_FORMS": "0",
            "items-MAX_NUM_FORMS": "30",
            "items-0-category": "service-fee",
            "items-0-amount": "42,000,000",
            "items-0-currency": "LAK",
            "items-0-paid_to": "agency",
            **extra,
        }

    response = client.post("/en/report/new/", report(agency="vientiane"))
    assert response["Location"] == "/en/report/thanks/"
    filed = WorkerReport.objects.get(agency=lao_agency)
    assert filed.origin_id == "LA" and filed.items.get().currency == "LAK"
    assert filed.worker_total_usd == to_usd(Decimal("42000000"), KIP_PER_USD)

    form = client.get("/en/report/new/").content.decode()
    assert '<option value="LA">Laos</option>' in form
    client.post("/en/report/new/", report(agency_name_given="Village Broker", origin="LA"))
    unlisted = WorkerReport.objects.get(agency_name_given="Village Broker")
    assert unlisted.agency is None and unlisted.origin_id == "LA"


def test_the_fee_check_takes_a_fee_from_laos_in_kip(client, laos):
    page = client.get("/en/check/").content.decode()
    assert '<option value="LA">Laos</option>' in page
    assert '<option value="LAK">Laotian kip (LAK)</option>' in page
    response = client.get(
        "/en/check/",
        {"o": "LA", "programme": "titp", "sector": "titp-construction", "m": "36",
         "c1": "service-fee", "a1": "63.000.000", "u1": "LAK"},
    )  # fmt: skip
    result = response.context["result"]
    today_rate = rate_on("LAK", datetime.date.today())
    assert result.total_usd == to_usd(Decimal("63000000"), today_rate)
    assert kip("63000000") in response.content.decode()


def test_an_ngo_imports_a_lao_survey_and_filters_the_queue_by_laos(
    client, ngo, lao_agency, make_agency, report
):
    cambodian, _code = report(make_agency(country="KH"), accept=True)
    survey = (
        "reference,agency_licence,agency_name,origin,programme,sector,departure_month,"
        "contract_months,first_wage,wage_currency,category,amount,currency,paid_to\n"
        "L-1,LA-001,,LA,titp,titp-agriculture,2024-03,36,180000,JPY,service-fee,"
        "21000000,LAK,agency\n"
    )
    client.force_login(ngo)
    response = client.post(
        "/en/moderation/import/",
        {"file": SimpleUploadedFile("la.csv", survey.encode(), content_type="text/csv")},
        follow=True,
    )
    assert "1 report imported and accepted." in response.content.decode()
    imported = WorkerReport.objects.get(import_reference="L-1")
    assert imported.agency == lao_agency and imported.origin_id == "LA"
    assert imported.worker_total_usd == Decimal("1000.00")

    queue = client.get("/en/moderation/", {"status": "accepted", "origin": "LA"})
    assert [r.pk for r in queue.context["page"].object_list] == [imported.pk]
    assert '<option value="LA" selected>Laos</option>' in queue.content.decode()
    cambodia = client.get("/en/moderation/", {"status": "accepted", "origin": "KH"})
    assert [r.pk for r in cambodia.context["page"].object_list] == [cambodian.pk]


def test_reviewers_of_laos_get_its_flags_in_the_digest_queue_and_dashboard(
    client, ngo, ministry_kh, lao_ministry, lao_agency, publish, mailoutbox
):
    publish(lao_agency, lines=[("service-fee", "30000000", "LAK", "worker")])
    agency_recompute(agency_id=lao_agency.pk)
    assert lao_agency.flags.exists()

    review_digest_send()
    by_person = {m.to[0]: m.body for m in mailoutbox}
    assert "Vientiane Manpower" in by_person["ngo@example.org"]
    assert "Vientiane Manpower" in by_person["mlsw@example.org"]
    assert "Vientiane Manpower" not in by_person.get("molvt@example.org", "")

    client.force_login(ngo)
    queue = client.get("/en/review/", {"country": "LA"})
    assert '<option value="LA" selected>Laos</option>' in queue.content.decode()
    assert {f.agency.name for f in queue.context["page"].object_list} == {"Vientiane Manpower"}
    dashboard = client.get("/en/review/dashboard/").content.decode()
    assert "Laos · " in dashboard
