"""Receipt codes are keyed with their own key: rotating SECRET_KEY locks no
worker out, and the receipt key itself can be rotated without losing anyone."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from costs.models.reports import receipt_hash
from costs.reports.services import report_for_receipt

ROOT = Path(__file__).resolve().parents[3]
NOT_FOUND = "This code does not match any report."


def start(*args: str, **env: str) -> subprocess.CompletedProcess:
    """manage.py in a fresh interpreter, since settings are read once at start."""
    ours = {"DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "REDIS_URL"}
    ours |= {"RECEIPT_KEY", "RECEIPT_KEYS_PREVIOUS"}
    clean = {k: v for k, v in os.environ.items() if k not in ours}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


PRODUCTION = {
    "DEBUG": "false",
    "SECRET_KEY": "x7$Kq!2vLp9#Rm4sTz8&Wn6^Yb3*Hc5@Jd1(Fg0)Ae-Ui+Oo=Pl~Mk",
    "ALLOWED_HOSTS": "fairfee.example.org",
    # Never connected to: `check` and `shell -c` need no database.
    "DATABASE_URL": "postgres://fairfee@127.0.0.1:5432/fairfee-receipt-check",
}


@pytest.fixture
def agency(make_agency):
    return make_agency(name="Angkor Manpower", slug="angkor", country="KH")


def opens(client, code: str) -> bool:
    response = client.post("/en/report/receipt/", {"code": code})
    if response.status_code == 302:
        return response["Location"] == "/en/report/mine/"
    assert NOT_FOUND in response.content.decode()
    return False


def test_a_workers_code_still_opens_their_report_after_the_secret_key_changes(
    client, settings, agency, report
):
    filed, code = report(agency)

    settings.SECRET_KEY = "a-brand-new-secret-key-after-a-leak-0123456789abcdef"

    assert opens(client, code)
    assert client.get("/en/report/mine/").context["report"] == filed


def test_after_the_receipt_key_rotates_the_code_opens_under_the_listed_old_key_and_is_rekeyed(
    client, settings, agency, report
):
    settings.RECEIPT_KEY = "receipt-key-2025"
    filed, code = report(agency)
    settings.RECEIPT_KEY = "receipt-key-2026"
    settings.RECEIPT_KEYS_PREVIOUS = ["receipt-key-2024", "receipt-key-2025"]
    updated_at = filed.updated_at

    assert opens(client, code)

    filed.refresh_from_db()
    assert filed.receipt_hash == receipt_hash(code, "receipt-key-2026")
    assert filed.updated_at == updated_at  # re-keying is not an edit of the report
    # Re-keyed: once every code has been used, the previous keys can go.
    settings.RECEIPT_KEYS_PREVIOUS = []
    assert opens(client, code)


def test_after_the_receipt_key_rotates_without_listing_the_old_key_the_code_no_longer_opens(
    client, settings, agency, report
):
    settings.RECEIPT_KEY = "receipt-key-2025"
    filed, code = report(agency)
    settings.RECEIPT_KEY = "receipt-key-2026"
    settings.RECEIPT_KEYS_PREVIOUS = ["receipt-key-2024"]

    assert not opens(client, code)
    assert client.get("/en/report/mine/").status_code == 404
    filed.refresh_from_db()
    assert filed.receipt_hash == receipt_hash(code, "receipt-key-2025")


def test_a_lookup_is_one_query_whatever_the_number_of_previous_keys(
    settings, agency, report, django_assert_num_queries
):
    settings.RECEIPT_KEY = "receipt-key-2025"
    filed, code = report(agency)
    settings.RECEIPT_KEY = "receipt-key-2026"
    settings.RECEIPT_KEYS_PREVIOUS = ["receipt-key-2023", "receipt-key-2024", "receipt-key-2025"]

    with django_assert_num_queries(2):  # the look-up, and re-keying what it found
        assert report_for_receipt(code) == filed
    with django_assert_num_queries(1):
        assert report_for_receipt(code) == filed
    with django_assert_num_queries(1):
        assert report_for_receipt("WRONGCODE234") is None


def test_a_production_start_without_a_receipt_key_is_refused():
    result = start("check", **PRODUCTION)
    assert result.returncode != 0
    assert "RECEIPT_KEY must be set when DEBUG is off" in result.stderr

    result = start("check", **PRODUCTION, RECEIPT_KEY="k3y-for-receipts-only-9f8e7d6c5b4a")
    assert result.returncode == 0, result.stdout + result.stderr


def test_previous_receipt_keys_are_read_as_a_list():
    show = "from django.conf import settings; print(settings.RECEIPT_KEYS_PREVIOUS)"
    database = {"DATABASE_URL": PRODUCTION["DATABASE_URL"]}
    result = start(
        "shell", "--no-imports", "-c", show, RECEIPT_KEYS_PREVIOUS="old-1,old-2", **database
    )
    assert result.stdout.strip() == "['old-1', 'old-2']", result.stderr
    assert start("shell", "--no-imports", "-c", show, **database).stdout.strip() == "[]"
