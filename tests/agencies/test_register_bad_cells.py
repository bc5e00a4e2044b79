"""A licence register row that the agency table cannot hold is listed with its
line number, and nothing of the file is written."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from agencies.models import Agency, RegisterSnapshot

HEADER = (
    "licence_number,name,country,name_local,phone,email,website,address,valid_from,valid_until\n"
)
GOOD = "G-1,Good Co,KH,,,,,,,\n"


def upload(client, text: str, name: str = "register.csv"):
    return client.post(
        "/en/staff/licence-register/",
        {
            "file": SimpleUploadedFile(name, text.encode()),
            "authority": "KH-MOLVT",
            "as_of": "2026-01-01",
        },
    )


@pytest.mark.parametrize(
    "row, message",
    [
        (f"L-1,{'N' * 201},KH,,,,,,,", "Line 3: name is longer than 200 characters."),
        (f"{'9' * 61},Long Licence Co,KH,,,,,,,", "Line 3: licence_number is longer than 60 characters."),
        (f"L-1,Co,KH,{'ក' * 201},,,,,,", "Line 3: name_local is longer than 200 characters."),
        (f"L-1,Co,KH,,{'1' * 61},,,,,", "Line 3: phone is longer than 60 characters."),
        (f"L-1,Co,KH,,,{'a' * 250}@example.org,,,,", "Line 3: email is longer than 254 characters."),
        (f"L-1,Co,KH,,,,https://{'w' * 200}.example.org,,,", "Line 3: website is longer than 200 characters."),
        ("L-1,Nul\x00Co,KH,,,,,,,", "Line 3: name holds a NUL character"),
        ("L-1,Co,KH,,,,,Street\x00 1,,", "Line 3: address holds a NUL character"),
        ("L-1,Co,KH,,,,,,2027-01-01,2026-01-01", "Line 3: valid_from is after valid_until."),
        ("L-1,Co,KH,,,,,,0000-01-01,", "Line 3: valid_from “0000-01-01” is not a date"),
        ("L-1,Co,KH,,,,,,,99999-01-01", "Line 3: valid_until “99999-01-01” is not a date"),
    ],
)  # fmt: skip
def test_a_cell_too_long_or_unreadable_is_listed_and_nothing_is_written(client, cast, row, message):
    client.force_login(cast.admin)
    agencies = Agency.objects.count()
    response = upload(client, HEADER + GOOD + row + "\n")
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Agency.objects.count() == agencies and not RegisterSnapshot.objects.exists()


def test_a_cell_longer_than_csv_reads_is_an_error_not_a_crash(client, cast):
    client.force_login(cast.admin)
    response = upload(client, HEADER + GOOD + f"L-1,Co,KH,,,,,{'x' * 200_000},,\n")
    assert response.status_code == 200
    assert "the file cannot be read as CSV" in response.content.decode()
    assert not RegisterSnapshot.objects.exists()


def test_the_longest_cells_the_table_holds_are_imported_whole(client, cast):
    client.force_login(cast.admin)
    row = f"{'9' * 60},{'N' * 200},KH,{'ក' * 200},{'1' * 60},,https://example.org/{'p' * 180},{'A' * 5000},,\n"
    response = upload(client, HEADER + row, name="r" * 250 + ".csv")
    assert response.status_code == 302
    agency = Agency.objects.get(licence_number="9" * 60)
    assert (len(agency.name), len(agency.name_local), len(agency.address)) == (200, 200, 5000)
    assert len(RegisterSnapshot.objects.get().file_name) == 200
