"""The PostgreSQL server that `make run` and `make test` use when DATABASE_URL
is not set: the pgserver package's (PostgreSQL binaries in a wheel), with its
data in `.data/postgres`, so there is nothing to install by hand.

The server runs while a process of the project needs it. Each process that
reads the settings joins it (pgserver lists their ids in the data directory)
and the last one to exit stops it. Joining a running server takes a few
milliseconds, starting a stopped one about 0.1 s, the first start (initdb)
about a second.

PostgreSQL refuses to run as root. Run by root, pgserver starts it as the
system user `pgserver` (creating it with useradd when missing), gives that user
the data directory, and makes the directories above it and its own binaries
readable by everyone; run by anyone else, the server runs as that user.
"""

import atexit
import contextlib
import logging
import shutil
import subprocess
import warnings
from pathlib import Path

import fasteners
import psutil
import psycopg2
from django.core.exceptions import ImproperlyConfigured

with warnings.catch_warnings():
    # pgserver asks platformdirs for a runtime directory at import, and
    # platformdirs warns when XDG_RUNTIME_DIR is unset (it is, for root).
    warnings.simplefilter("ignore")
    import pgserver
    from pgserver._commands import POSTGRES_BIN_PATH
    from pgserver.postgres_server import PostgresServer
    from pgserver.utils import DiskList

# pgserver logs each start and exit at INFO, which the portal's console shows.
logging.getLogger("pgserver").setLevel(logging.WARNING)

DATABASE = "fairfee"
# Written once the first start has finished: a data directory without it was
# left by a process killed during initdb, and is made afresh.
READY = "fairfee-ready"
POSTGRES = (POSTGRES_BIN_PATH / "postgres").resolve()


def embedded_database(data_dir: Path) -> dict:
    """Start the server whose data is in data_dir/postgres, or join it when it
    runs, and return Django's settings for its database."""
    data_dir.mkdir(parents=True, exist_ok=True)
    pgdata = data_dir.resolve() / "postgres"
    # Two first starts at once would both run initdb.
    with fasteners.InterProcessLock(data_dir / ".lock"):
        if pgdata.exists() and not (pgdata / READY).exists():
            shutil.rmtree(pgdata)
        with PostgresServer._lock:
            _forget_dead_processes(pgdata)
            running = _clear_stale_server(pgdata)
        if not running:
            _check_version(pgdata)
        server = _start(pgdata)
        info = server.get_postmaster_info()
        database = {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": DATABASE,
            "USER": "postgres",
            "PASSWORD": "",
            "HOST": str(info.socket_dir),
            "PORT": str(info.port),
        }
        _create_database(pgdata, database)
        (pgdata / READY).touch()
    # Runs before pgserver's own exit handler (atexit is last in, first out),
    # so that a process killed since it joined does not keep the server up.
    atexit.register(_forget_dead_processes_locked, pgdata)
    return database


def _start(pgdata: Path) -> PostgresServer:
    try:
        return pgserver.get_server(pgdata, cleanup_mode="stop")
    except (subprocess.SubprocessError, OSError, AssertionError) as exc:
        raise _failure(pgdata, f"did not start: {exc!r}") from exc


def _failure(pgdata: Path, what: str) -> ImproperlyConfigured:
    try:
        tail = (pgdata / "log").read_text(errors="replace").splitlines()[-10:]
    except OSError:
        tail = []
    return ImproperlyConfigured(
        "\n".join(
            [
                f"The embedded PostgreSQL server in {pgdata} {what}",
                *tail,
                f"If {pgdata.parent} holds nothing you need, delete it (make clean) and "
                "start again; or set DATABASE_URL to use another PostgreSQL server.",
            ]
        )
    )


def _check_version(pgdata: Path) -> None:
    """A pgserver upgrade can bring a PostgreSQL that cannot read the data."""
    version_file = pgdata / "PG_VERSION"
    if not version_file.exists():
        return
    found = version_file.read_text().strip()
    # "postgres (PostgreSQL) 16.2"
    shipped = pgserver.postgres(["--version"]).split()[-1].split(".")[0]
    if found != shipped:
        raise ImproperlyConfigured(
            f"{pgdata} holds the data of PostgreSQL {found}, but the pgserver package "
            f"runs PostgreSQL {shipped}, which cannot read it. Delete {pgdata.parent} "
            f"(make clean) to start afresh, or dump the data with PostgreSQL {found} first."
        )


def _create_database(pgdata: Path, database: dict) -> None:
    try:
        connection = psycopg2.connect(
            dbname="postgres", user=database["USER"], host=database["HOST"], port=database["PORT"]
        )
    except psycopg2.OperationalError as exc:
        raise _failure(pgdata, f"does not answer: {exc}") from exc
    with contextlib.closing(connection):
        connection.autocommit = True
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE])
            if cursor.fetchone() is None:
                cursor.execute(f'CREATE DATABASE "{DATABASE}"')


def _alive(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def _forget_dead_processes(pgdata: Path) -> None:
    """pgserver stops the server when the last process on its list exits; one
    that was killed never leaves the list, which would keep the server up."""
    handles = DiskList(pgdata / ".handle_pids.json")
    pids = handles.get()
    alive = [pid for pid in pids if _alive(pid)]
    if alive != pids:
        handles.put(alive)


def _forget_dead_processes_locked(pgdata: Path) -> None:
    with PostgresServer._lock:
        _forget_dead_processes(pgdata)


def _clear_stale_server(pgdata: Path) -> bool:
    """True when the server of this data directory runs. A server that was
    killed leaves its pid file and its socket's lock file behind; when that pid
    is now a zombie or another process, pgserver would take it for the server
    and PostgreSQL would refuse to start, so both files go."""
    pid_file = pgdata / "postmaster.pid"
    if not pid_file.exists():
        return False
    lines = pid_file.read_text().splitlines()
    with contextlib.suppress(IndexError, ValueError, psutil.Error):
        process = psutil.Process(int(lines[0]))
        if process.status() != psutil.STATUS_ZOMBIE and str(pgdata) in process.cmdline():
            return True
    _end_leftovers(pgdata)
    pid_file.unlink()
    if len(lines) > 4 and lines[4]:
        (Path(lines[4]) / f".s.PGSQL.{lines[3]}.lock").unlink(missing_ok=True)
    return False


def _end_leftovers(pgdata: Path) -> None:
    """Backends of a killed server that are still busy keep its shared memory,
    and PostgreSQL will not start beside them. Every process of a server works
    in its data directory."""
    leftovers = [
        process
        for process in psutil.process_iter(["exe", "cwd"])
        if process.info["exe"] == str(POSTGRES) and process.info["cwd"] == str(pgdata)
    ]
    for process in leftovers:
        with contextlib.suppress(psutil.NoSuchProcess):
            process.terminate()
    _, still_running = psutil.wait_procs(leftovers, timeout=5)
    for process in still_running:
        with contextlib.suppress(psutil.NoSuchProcess):
            process.kill()
