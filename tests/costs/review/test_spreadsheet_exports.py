"""The CSV files the portal writes open safely in a spreadsheet: a cell that
could start a formula is read as text."""

import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from agencies.models import Agency
from costs.catalogue.spreadsheets import FORMULA_STARTS, safe_cell
from costs.flags.engine import recompute_all

FORMULA = '=HYPERLINK("http://x","y")'


def rows(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.content.decode())))


def no_cell_starts_a_formula(table: list[list[str]]) -> bool:
    return not [cell for row in table for cell in row if cell.startswith(FORMULA_STARTS)]


def test_an_agency_named_like_a_formula_by_its_register_is_text_in_the_review_export(
    client, cast, ngo, publish
):
    register = (
        "licence_number,name,country,phone\n"
        f'"@LIC-1","{FORMULA.replace(chr(34), chr(34) * 2)}",KH,+855 12 345 678\n'
    )
    client.force_login(cast.admin)
    upload = SimpleUploadedFile("register.csv", register.encode())
    response = client.post(
        "/en/staff/licence-register/",
        {"file": upload, "authority": "KH-MOLVT", "as_of": "2026-01-01"},
    )
    assert response.status_code == 302
    agency = Agency.objects.get(licence_number="@LIC-1")
    assert agency.name == FORMULA  # stored as the register has it
    publish(
        agency, lines=[("service-fee", "900", "USD", "worker"), ("deposit", "50", "USD", "worker")]
    )
    recompute_all()

    client.force_login(ngo)
    table = rows(client.get("/en/review/flags.csv"))
    ours = [row for row in table if row[1].endswith(FORMULA)]
    assert ours, "the agency's flags are exported"
    assert {(row[1], row[2]) for row in ours} == {("'" + FORMULA, "'@LIC-1")}
    assert no_cell_starts_a_formula(table)


def test_the_survey_template_has_no_cell_a_spreadsheet_would_run(client, ngo):
    client.force_login(ngo)
    response = client.get("/en/moderation/import/template.csv")
    assert response.status_code == 200
    assert no_cell_starts_a_formula(rows(response))


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_every_formula_start_is_neutralised(start):
    assert safe_cell(f"{start}1+1") == f"'{start}1+1"


@pytest.mark.parametrize("value", ["Alpha Manpower", "101/GP", "", "a=b", "1-2", 42, -3])
def test_other_cells_are_left_alone(value):
    assert safe_cell(value) == value
