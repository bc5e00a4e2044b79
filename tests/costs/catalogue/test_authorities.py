"""Licence authorities are catalogue rows, named in the reader's language
wherever an agency's licence is shown."""

import importlib

from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.html import escape

import agencies.models
from agencies.models import Agency
from costs.models.reference import LicenceAuthority

MOLVT = {
    "en": "Ministry of Labour and Vocational Training (MoLVT)",
    "km": "ក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ",
    "vi": "Bộ Lao động và Đào tạo nghề Campuchia",
    "ja": "カンボジア労働職業訓練省",
}
DOLAB = {
    "en": "Department of Overseas Labour Management, Ministry of Home Affairs",
    "km": "នាយកដ្ឋានគ្រប់គ្រងពលករនៅក្រៅប្រទេស នៃក្រសួងកិច្ចការផ្ទៃក្នុងវៀតណាម",
    "vi": "Cục Quản lý lao động ngoài nước, Bộ Nội vụ",
    "ja": "ベトナム内務省 海外労働管理局",
}


def test_load_reference_seeds_each_origins_authority_in_every_language():
    assert set(LicenceAuthority.objects.values_list("code", "country")) == {
        ("KH-MOLVT", "KH"),
        ("VN-DOLAB", "VN"),
    }
    vietnam = LicenceAuthority.objects.get(code="VN-DOLAB")
    for lang, name in DOLAB.items():
        assert getattr(vietnam, f"name_{lang}") == name
        assert "MOLISA" not in name
    assert LicenceAuthority.objects.get(code="KH-MOLVT").website == "https://mlvt.gov.kh/"


def test_the_agency_page_names_the_authority_in_khmer_and_vietnamese(client, make_agency):
    make_agency(slug="angkor", country="KH", licence_authority="KH-MOLVT")
    make_agency(slug="hanoi", country="VN", licence_authority="VN-DOLAB")
    for lang in ["km", "vi", "ja", "en"]:
        khmer_page = client.get(f"/{lang}/agencies/angkor/").content.decode()
        assert escape(MOLVT[lang]) in khmer_page
        vietnam_page = client.get(f"/{lang}/agencies/hanoi/").content.decode()
        assert escape(DOLAB[lang]) in vietnam_page
        assert "VN-DOLAB" not in vietnam_page and "MOLISA" not in vietnam_page
    assert MOLVT["en"] not in client.get("/km/agencies/angkor/").content.decode()


def test_an_admin_renaming_the_authority_renames_it_on_every_agency_page(client, cast, make_agency):
    make_agency(slug="hanoi", country="VN", licence_authority="VN-DOLAB")
    client.force_login(cast.admin)
    form = client.get("/admin/costs/licenceauthority/VN-DOLAB/change/")
    assert form.status_code == 200 and DOLAB["km"] in form.content.decode()
    response = client.post(
        "/admin/costs/licenceauthority/VN-DOLAB/change/",
        {
            "code": "VN-DOLAB",
            "country": "VN",
            "name_en": "Overseas Labour Department",
            "name_km": DOLAB["km"],
            "name_vi": "Cục Quản lý lao động ngoài nước (Bộ Nội vụ)",
            "name_ja": DOLAB["ja"],
            "website": "",
        },
    )
    assert response.status_code == 302
    client.logout()
    html = client.get("/vi/agencies/hanoi/").content.decode()
    assert "Cục Quản lý lao động ngoài nước (Bộ Nội vụ)" in html


def test_a_register_import_stores_the_code_and_the_page_shows_the_name(client, cast):
    client.force_login(cast.admin)
    register = "licence_number,name,country,status,valid_until\n200/GP,Song Hong JSC,VN,active,2030-01-01\n"
    response = client.post(
        "/en/staff/licence-register/",
        {
            "file": SimpleUploadedFile("vn.csv", register.encode()),
            "authority": "VN-DOLAB",
            "as_of": "2026-11-01",
        },
        follow=True,
    )
    assert "1 new, 0 updated" in response.content.decode()
    agency = Agency.objects.get(licence_number="200/GP")
    assert agency.licence_authority == "VN-DOLAB"
    client.logout()
    assert escape(DOLAB["vi"]) in client.get(f"/vi/agencies/{agency.slug}/").content.decode()


def test_text_that_is_not_a_catalogue_code_is_shown_as_it_is(client, make_agency):
    make_agency(slug="old", licence_authority="Provincial labour office")
    make_agency(slug="lao", licence_authority="LA-MLSW")
    assert "Provincial labour office" in client.get("/km/agencies/old/").content.decode()
    assert "LA-MLSW" in client.get("/en/agencies/lao/").content.decode()


def test_the_hard_coded_dict_is_gone_and_stored_english_names_become_codes(make_agency):
    assert not hasattr(agencies.models, "LICENCE_AUTHORITIES")
    old_kh = make_agency(licence_authority="Ministry of Labour and Vocational Training (MoLVT)")
    old_vn = make_agency(
        country="VN", licence_authority="Department of Overseas Labour (DOLAB), MOLISA"
    )
    other = make_agency(licence_authority="Provincial labour office")
    migration = importlib.import_module("agencies.migrations.0006_licence_authority")
    migration.names_to_codes(apps, None)
    assert [
        a.licence_authority
        for a in Agency.objects.filter(pk__in=[old_kh.pk, old_vn.pk, other.pk]).order_by("pk")
    ] == [
        "KH-MOLVT",
        "VN-DOLAB",
        "Provincial labour office",
    ]


def test_the_demo_gives_its_agencies_the_catalogue_codes():
    from costs.demo import load_demo_data

    load_demo_data()
    stored = set(Agency.objects.values_list("country", "licence_authority"))
    assert stored == {("KH", "KH-MOLVT"), ("VN", "VN-DOLAB")}
