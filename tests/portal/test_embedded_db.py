"""The PostgreSQL server the project starts when DATABASE_URL is not set. A
server runs as long as the processes that joined it, so each process here is a
fresh interpreter; each case but the first has a data directory of its own."""

import json
import os
import signal
import subprocess
import sys
from contextlib import suppress
from pathlib import Path

import psutil
import pytest
from django.core.exceptions import ImproperlyConfigured

from portal.embedded_db import READY, embedded_database

ROOT = Path(__file__).resolve().parents[2]

# Joins the server of the data directory argv[1], asks it where its data is,
# then exits, or is killed when argv[2] says so.
JOIN = """
import json, os, signal, sys
from pathlib import Path
import psycopg2
from portal.embedded_db import embedded_database
data_dir = Path(sys.argv[1])
db = embedded_database(data_dir)
with psycopg2.connect(dbname=db["NAME"], user=db["USER"], host=db["HOST"], port=db["PORT"]) as c:
    with c.cursor() as cursor:
        cursor.execute("SELECT current_setting('data_directory')")
        directory = cursor.fetchone()[0]
pid = int((data_dir / "postgres" / "postmaster.pid").read_text().split()[0])
print(json.dumps({"data_directory": directory, "pid": pid}), flush=True)
if sys.argv[2] == "killed":
    os.kill(os.getpid(), signal.SIGKILL)
"""


def join(data_dir: Path, end: str = "exits") -> dict:
    result = subprocess.run(
        [sys.executable, "-c", JOIN, str(data_dir), end],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout, result.stderr
    return json.loads(result.stdout)


def running(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


@pytest.fixture
def data_dir(tmp_path):
    yield tmp_path
    # A failed case must not leave its server running.
    with suppress(FileNotFoundError, ValueError, ProcessLookupError):
        pid = int((tmp_path / "postgres" / "postmaster.pid").read_text().split()[0])
        os.kill(pid, signal.SIGINT)


def test_without_database_url_the_portal_runs_on_the_embedded_postgresql():
    code = (
        "import json; from django.db import connection; cursor = connection.cursor(); "
        "cursor.execute(\"SELECT version(), current_setting('data_directory')\"); "
        "print(json.dumps([connection.vendor, *cursor.fetchone()]))"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env={k: v for k, v in os.environ.items() if k != "DATABASE_URL"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    vendor, version, directory = json.loads(result.stdout.splitlines()[-1])
    assert vendor == "postgresql"
    assert version.startswith("PostgreSQL 16")
    assert directory == str((ROOT / ".data" / "postgres").resolve())


def test_the_last_process_to_exit_stops_the_server_though_another_was_killed(data_dir):
    killed = join(data_dir, "killed")
    assert killed["data_directory"] == str(data_dir / "postgres")
    assert running(killed["pid"])

    last = join(data_dir)
    assert last["pid"] == killed["pid"]
    assert not running(last["pid"])
    assert not (data_dir / "postgres" / "postmaster.pid").exists()


def test_a_killed_server_whose_pid_was_taken_does_not_stop_the_next_start(data_dir):
    server = join(data_dir, "killed")["pid"]
    os.kill(server, signal.SIGKILL)
    pid_file = data_dir / "postgres" / "postmaster.pid"
    with subprocess.Popen(["sleep", "60"]) as other:
        lines = pid_file.read_text().splitlines()
        pid_file.write_text("\n".join([str(other.pid), *lines[1:]]) + "\n")
        again = join(data_dir)
        other.kill()
    assert again["pid"] not in (server, other.pid)
    assert not running(again["pid"])


def test_a_first_start_cut_short_is_made_afresh(data_dir):
    # What a process killed during initdb leaves: a data directory never marked ready.
    (data_dir / "postgres").mkdir()
    (data_dir / "postgres" / "PG_VERSION").write_text("16\n")
    assert join(data_dir)["data_directory"] == str(data_dir / "postgres")
    assert (data_dir / "postgres" / READY).exists()


def test_data_of_another_postgresql_stops_the_start_with_a_clear_message(data_dir):
    (data_dir / "postgres").mkdir()
    (data_dir / "postgres" / "PG_VERSION").write_text("12\n")
    (data_dir / "postgres" / READY).touch()
    with pytest.raises(ImproperlyConfigured, match="holds the data of PostgreSQL 12.*make clean"):
        embedded_database(data_dir)
