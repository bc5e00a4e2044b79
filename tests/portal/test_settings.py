"""The settings module: safe defaults, clear failures, and a production shape
that passes Django's deployment checks. Each case starts a fresh interpreter,
because settings are read once at start."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION = {
    "DEBUG": "false",
    "SECRET_KEY": "x7$Kq!2vLp9#Rm4sTz8&Wn6^Yb3*Hc5@Jd1(Fg0)Ae-Ui+Oo=Pl~Mk",
    "RECEIPT_KEY": "r8#Vt2!qLm5$Xz9&Kp3^Wb6*Nc1@Hd4(Gf7)Ej-0",
    "ALLOWED_HOSTS": "fairfee.example.org",
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/fairfee-deploy-check",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
}


def manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in PRODUCTION}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_the_deployment_checks():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr


def test_with_debug_on_the_deployment_checks_complain():
    result = manage("check", "--deploy", "--fail-level", "WARNING", DEBUG="true")
    assert result.returncode != 0


@pytest.mark.parametrize(
    "env, message",
    [
        ({"DEBUG": "perhaps"}, "DEBUG"),
        ({"CONN_MAX_AGE": "forever"}, "CONN_MAX_AGE"),
        ({"REDIS_URL": "http://127.0.0.1:6379"}, "REDIS_URL must start with redis://"),
        ({"DEBUG": "false", "SECRET_KEY": ""}, "SECRET_KEY must be set"),
    ],
)
def test_a_bad_value_stops_the_start_with_a_clear_message(env, message):
    result = manage("check", **env)
    assert result.returncode != 0
    assert message in result.stderr
