"""load_guides brings corrected seed text into a database that still holds the
text an earlier seed wrote, and never overwrites what an admin edited."""

import copy
import datetime

import pytest
from django.core.management import call_command

from portal import guides_data
from portal.guides import fingerprint, load_guides
from portal.guides_data.superseded import SUPERSEDED
from portal.models import Guide, HelpContact

# Texts the first seed shipped (November 2026), as a database seeded then holds them.
OLD_SUMMARY = "Under the Employer Pays Principle, the employer pays the costs of recruiting you. Some charges are forbidden by law."
OLD_DOLAB_NAME = "Department of Overseas Labour (DOLAB)"
OLD_DOLAB_TEXT = "Licences of Vietnamese recruitment agencies, and complaints about them."


def _as_first_seeded(obj, **fields):
    """Make a row look as the first seed left it: its text, and no fingerprints."""
    for name, value in fields.items():
        setattr(obj, name, value)
    obj.seeded = {}
    obj.save()


@pytest.fixture
def reseed(monkeypatch):
    """Run load_guides with a corrected copy of the seed."""

    def run(change):
        rows = copy.deepcopy(guides_data.GUIDES)
        contacts = copy.deepcopy(guides_data.CONTACTS)
        change(rows, contacts)
        monkeypatch.setattr(guides_data, "GUIDES", rows)
        monkeypatch.setattr(guides_data, "CONTACTS", contacts)
        call_command("load_guides")

    return run


def test_a_database_seeded_with_the_old_text_gets_the_correction_and_keeps_the_admins_edits(guides):
    assert fingerprint(OLD_SUMMARY) in SUPERSEDED
    employer = Guide.objects.get(slug="employer-pays")
    _as_first_seeded(employer, summary_en=OLD_SUMMARY, checked_on=None)
    licence = Guide.objects.get(slug="check-licence")
    _as_first_seeded(licence, body_vi="Một đoạn do quản trị viên viết.", checked_on=None)
    dolab = HelpContact.objects.get(key="dolab")
    _as_first_seeded(
        dolab, name_en=OLD_DOLAB_NAME, description_en=OLD_DOLAB_TEXT, instead_en="", checked_on=None
    )
    molvt = HelpContact.objects.get(key="molvt")
    _as_first_seeded(molvt, description_en="Our NGO's own words about the ministry.")

    load_guides()

    employer.refresh_from_db()
    assert employer.summary_en == guides_data.GUIDES[0]["summary"]
    assert employer.checked_on == datetime.date(2026, 12, 1)
    licence.refresh_from_db()
    assert licence.body_vi == "Một đoạn do quản trị viên viết."
    assert licence.checked_on is None  # the seed's date does not vouch for an admin's words
    dolab.refresh_from_db()
    assert dolab.name_en == "Department of Overseas Labour Management (Ministry of Home Affairs)"
    assert "Ministry of Home Affairs" in dolab.description_en and dolab.instead_en
    molvt.refresh_from_db()
    assert molvt.description_en == "Our NGO's own words about the ministry."


def test_a_later_correction_reaches_unedited_fields_only(guides, reseed):
    guide = Guide.objects.get(slug="pregnancy-rights")
    guide.body_km = guide.body_km.replace("\n", "\r\n")  # saved unchanged from an admin textarea
    guide.title_ja = "管理者が直したタイトル"
    guide.save()
    contact = HelpContact.objects.get(key="embassy-vn")
    contact.phone = "+81-3-3466-3313"  # an admin confirmed another line
    contact.save()

    def change(rows, contacts):
        row = next(r for r in rows if r["slug"] == "pregnancy-rights")
        row["body"] += "\n\nA new paragraph."
        row["title"] = "Pregnancy and your job"
        row["checked_on"] = "2027-01-15"
        embassy = next(c for c in contacts if c["key"] == "embassy-vn")
        embassy["phone"] = "+81-3-0000-0000"
        embassy["hours"] = "Weekdays 9:30 to 12:00."

    km_before = guides_data.TRANSLATIONS["km"].GUIDES["pregnancy-rights"]
    reseed(change)

    guide.refresh_from_db()
    assert guide.body_en.endswith("A new paragraph.") and guide.title_en == "Pregnancy and your job"
    assert guide.body_km.replace("\r\n", "\n") == km_before["body"]
    assert guide.title_ja == "管理者が直したタイトル"
    assert guide.checked_on is None or guide.checked_on == datetime.date(2026, 12, 1)
    contact.refresh_from_db()
    assert contact.phone == "+81-3-3466-3313" and contact.hours_en == "Weekdays 9:30 to 12:00."


def test_an_unedited_guide_follows_the_seed_with_its_date(guides, reseed):
    def change(rows, contacts):
        rows[0]["summary"] = "A corrected summary."
        rows[0]["checked_on"] = "2027-02-01"

    reseed(change)
    guide = Guide.objects.get(slug=guides_data.GUIDES[0]["slug"])
    assert guide.summary_en == "A corrected summary."
    assert guide.checked_on == datetime.date(2027, 2, 1)


def test_a_field_an_admin_emptied_stays_empty(guides, reseed):
    contact = HelpContact.objects.get(key="embassy-kh")
    contact.phone = ""
    contact.save()
    reseed(lambda rows, contacts: None)
    assert HelpContact.objects.get(key="embassy-kh").phone == ""


def test_loading_twice_changes_nothing_and_creates_nothing(guides):
    before = {g.slug: (g.updated_at, g.body_ja) for g in Guide.objects.all()}
    assert load_guides() == 0
    assert {g.slug: (g.updated_at, g.body_ja) for g in Guide.objects.all()} == before
    assert HelpContact.objects.count() == len(guides_data.CONTACTS)


def test_the_current_seed_is_not_marked_superseded():
    for row in guides_data.GUIDES:
        assert fingerprint(row["body"]) not in SUPERSEDED
        for lang, module in guides_data.TRANSLATIONS.items():
            assert fingerprint(module.GUIDES[row["slug"]]["body"]) not in SUPERSEDED, lang


@pytest.mark.django_db(transaction=True)
def test_a_database_of_the_first_version_migrates_and_then_gets_the_corrections():
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    latest = executor.loader.graph.leaf_nodes("portal")
    executor.migrate([("portal", "0001_initial")])
    try:
        old = executor.loader.project_state([("portal", "0001_initial")]).apps
        OldContact = old.get_model("portal", "HelpContact")
        OldContact.objects.create(name="Department of Overseas Labour (DOLAB)", where="VN",
                                  description="Licences of Vietnamese recruitment agencies, and complaints about them.",
                                  description_en="Licences of Vietnamese recruitment agencies, and complaints about them.")  # fmt: skip
        OldContact.objects.create(
            name="A hotline", where="JP", description="x", phone="03-1111-2222"
        )
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(latest)

    kept = HelpContact.objects.get(name_en="A hotline")
    assert kept.phone == "" and "03-1111-2222" in kept.notes and kept.key is None
    assert HelpContact.objects.get(key="dolab").name_en == OLD_DOLAB_NAME
    load_guides()
    dolab = HelpContact.objects.get(key="dolab")
    assert dolab.name_en == "Department of Overseas Labour Management (Ministry of Home Affairs)"
    assert dolab.name_vi == "Cục Quản lý lao động ngoài nước (Bộ Nội vụ)"
    assert HelpContact.objects.filter(key="dolab").count() == 1
    assert "03-1111-2222" not in HelpContact.objects.get(pk=kept.pk).phone


def test_an_old_row_that_already_matches_the_seed_gets_its_marks(guides, reseed):
    Guide.objects.filter(slug="get-help").update(seeded={})
    HelpContact.objects.filter(key="embassy-kh").update(seeded={})
    load_guides()
    guide = Guide.objects.get(slug="get-help")
    assert guide.seeded["body_en"] == fingerprint(guide.body_en)
    HelpContact.objects.filter(key="embassy-kh").update(hours_en="")
    contact = HelpContact.objects.get(key="embassy-kh")
    contact.languages = ""  # an admin removed it
    contact.save()
    reseed(lambda rows, contacts: None)
    assert HelpContact.objects.get(key="embassy-kh").languages == ""
