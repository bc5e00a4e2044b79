import datetime
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from agencies.models import Agency, RegisterSnapshot

EXAMPLE = (
    Path(__file__).resolve().parents[2] / "agencies" / "examples" / "licence_register_example.csv"
)
HEADER = "licence_number,name,country,status,valid_until\n"


def test_the_example_file_imports(db):
    call_command("import_licence_register", str(EXAMPLE), authority="KH-MOLVT", as_of="2026-01-01")
    angkor = Agency.objects.get(licence_number="MOLVT-001/2019")
    assert angkor.name_local.startswith("ក្រុមហ៊ុន") and angkor.licence_status == "active"
    assert Agency.objects.get(licence_number="MOLVT-077/2021").licence_status == "suspended"
    snapshot = RegisterSnapshot.objects.get()
    assert snapshot.as_of == datetime.date(2026, 1, 1) and len(snapshot.rows) == 2


def test_a_newer_snapshot_updates_and_marks_the_missing(db, tmp_path):
    older = tmp_path / "older.csv"
    older.write_text(HEADER + "A-1,Alpha,KH,active,2030-01-01\nA-2,Beta,KH,active,2030-01-01\n")
    newer = tmp_path / "newer.csv"
    newer.write_text(HEADER + "A-1,Alpha Renamed,KH,revoked,2030-01-01\n")
    call_command("import_licence_register", str(older), authority="KH-MOLVT", as_of="2025-01-01")
    call_command("import_licence_register", str(newer), authority="KH-MOLVT", as_of="2026-01-01")
    alpha, beta = Agency.objects.get(licence_number="A-1"), Agency.objects.get(licence_number="A-2")
    assert (alpha.name, alpha.licence_status, alpha.on_register) == (
        "Alpha Renamed",
        "revoked",
        True,
    )
    assert beta.on_register is False
    # An older snapshot imported late does not speak for today.
    call_command("import_licence_register", str(newer), authority="KH-MOLVT", as_of="2024-01-01")
    beta.refresh_from_db()
    assert beta.on_register is False


def test_bad_rows_are_all_listed_and_nothing_is_written(db, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text(
        HEADER
        + "A-1,Alpha,KH,active,2030-01-01\n,No Number,KH,active,\nA-3,Gamma,TH,active,\nA-4,Delta,VN,active,31/12/2030\n"
    )
    with pytest.raises(CommandError) as error:
        call_command("import_licence_register", str(bad), authority="X", as_of="2026-01-01")
    text = str(error.value)
    assert "Line 3: the licence number is missing." in text
    assert "Line 4: unknown country “TH”" in text
    assert "Line 5: valid_until “31/12/2030” is not a date" in text
    assert not Agency.objects.exists() and not RegisterSnapshot.objects.exists()


def test_staff_upload_the_register_on_a_page(cast, login):
    client = login(cast.admin)
    upload = SimpleUploadedFile("reg.csv", (HEADER + "Z-9,Zeta,VN,active,2030-01-01\n").encode())
    response = client.post(
        "/en/staff/licence-register/",
        {"file": upload, "authority": "VN-DOLAB", "as_of": "2026-02-01"},
        follow=True,
    )
    assert "1 new, 0 updated" in response.content.decode()
    assert Agency.objects.filter(licence_number="Z-9", country="VN").exists()


def test_the_upload_page_lists_errors_with_line_numbers(cast, login):
    client = login(cast.admin)
    upload = SimpleUploadedFile("reg.csv", (HEADER + "Z-9,,VN,active,\n").encode())
    response = client.post(
        "/en/staff/licence-register/",
        {"file": upload, "authority": "VN-DOLAB", "as_of": "2026-02-01"},
    )
    assert "Line 2: the name is missing." in response.content.decode()
    assert not Agency.objects.filter(licence_number="Z-9").exists()


@pytest.mark.parametrize("who", ["alice", "bob", None])
def test_only_staff_reach_the_upload_page(cast, login, who):
    response = login(getattr(cast, who) if who else None).get("/en/staff/licence-register/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
