import datetime

from django.utils import timezone

from agencies.models import LicenceStatus


def test_it_shows_licence_contacts_and_each_current_disclosure_itemised(
    client, make_agency, publish
):
    agency = make_agency(
        name="Bayon Manpower",
        name_local="បាយ័ន",
        licence_number="MOLVT-042/2020",
        licence_authority="Ministry of Labour and Vocational Training (MoLVT)",
        licence_valid_until=datetime.date(2031, 1, 1),
        phone="+855 12 345678",
    )
    publish(
        agency,
        lines=[
            ("service-fee", "1200", "USD", "worker"),
            ("travel-lodging", "150000", "JPY", "employer"),
        ],
    )
    publish(
        agency, programme="titp", sector="titp-fishery", lines=[("medical", "80", "USD", "worker")]
    )

    response = client.get(f"/en/agencies/{agency.slug}/")

    assert response.status_code == 200
    html = response.content.decode()
    for text in ["Bayon Manpower", "បាយ័ន", "MOLVT-042/2020", "MoLVT", "Licensed", "+855 12 345678"]:
        assert text in html
    assert [d.sector.code for d in response.context["disclosures"]] == [
        "titp-fishery",
        "construction",
    ]
    assert "Recruitment or service fee" in html and "$1,200" in html
    assert "Travel, lodging and food" in html and "¥150,000" in html
    assert "employer in Japan" in html
    assert "Worker pays in total" in html


def test_it_warns_when_the_licence_is_revoked_or_has_run_out(client, make_agency):
    revoked = make_agency(licence_status=LicenceStatus.REVOKED)
    lapsed = make_agency(licence_valid_until=timezone.localdate() - datetime.timedelta(days=1))
    assert "Licence revoked" in client.get(f"/en/agencies/{revoked.slug}/").content.decode()
    assert "Licence expired" in client.get(f"/en/agencies/{lapsed.slug}/").content.decode()


def test_an_agency_without_disclosures_says_so(client, make_agency):
    agency = make_agency()
    html = client.get(f"/en/agencies/{agency.slug}/").content.decode()
    assert "has not published its fees" in html


def test_only_the_current_version_is_itemised(client, make_agency, publish):
    agency = make_agency()
    publish(agency, lines=[("service-fee", "4321", "USD", "worker")])
    publish(agency, lines=[("service-fee", "1234", "USD", "worker")])
    html = client.get(f"/en/agencies/{agency.slug}/").content.decode()
    assert "$1,234" in html and "$4,321" not in html
    assert "Earlier versions" in html


def test_an_unknown_agency_is_not_found(client):
    assert client.get("/en/agencies/no-such-agency/").status_code == 404
