"""`make run`'s first run: one short summary, and links that follow PORT."""

import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

from django.core.management import call_command

from costs.demo import DEMO_PASSWORD, DEMO_USERS

ROOT = Path(__file__).resolve().parents[2]


def test_load_demo_ends_with_one_short_summary_of_what_to_open_and_who_to_be(settings, capsys):
    settings.SITE_URL = "http://127.0.0.1:8123"
    settings.EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
    out = StringIO()
    call_command("load_demo", stdout=out)
    text = out.getvalue()
    lines = text.strip().splitlines()
    assert len(lines) <= 15
    assert "42 agencies" in text
    assert "http://127.0.0.1:8123/" in text
    assert f'"{DEMO_PASSWORD}"' in text
    for email, _agency, _staff in DEMO_USERS:
        assert email in text
    assert "verified owner of Angkor Manpower" in text and "site admin" in text
    # The e-mails the demo's flags send are not printed among the lines.
    assert "Subject:" not in capsys.readouterr().out


def settings_value(name: str, **env) -> str:
    environment = {k: v for k, v in os.environ.items() if k not in ("PORT", "SITE_URL")}
    code = (
        f"import django; django.setup(); from django.conf import settings; print(settings.{name})"
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        env={**environment, "DJANGO_SETTINGS_MODULE": "portal.settings", **env},
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip


def test_site_url_follows_port_unless_it_is_set():
    assert settings_value("SITE_URL") == "http://127.0.0.1:8000"
    assert settings_value("SITE_URL", PORT="8123") == "http://127.0.0.1:8123"
    assert (
        settings_value("SITE_URL", PORT="8123", SITE_URL="https://fairfee.example.org/")
        == "https://fairfee.example.org"
    )
