"""Public pages under load, as production serves them (PostgreSQL and Redis).

Builds a throw-away database with the demo data scaled to 2,000 agencies,
starts gunicorn (4 sync workers, DEBUG off) and loads it with wrk (Debian's
package) or, where wrk is not installed, a Python client: 8 connections in 2
threads or processes, gzip accepted as phones do. In one run it measures:

- /bench/hello/ on the same server, the baseline (before and after the pages,
  averaged);
- each public page from the page cache (warm), then, on a server started
  with PAGE_CACHE=false, each page rendered every time;
- requests/s and the ratio to the hello-world of the same server;
- Lighthouse's mobile performance score of the Khmer compare and agency
  pages (bench/lighthouse: `npm ci` installs the pinned Lighthouse on the
  first run; it drives Debian's chromium), median of three runs;
- with a real Celery worker, how long an agency's published fees and the flag
  its recompute raises take to show on the cached public agency page, and a
  reviewer's decision on a flag (p50 and p95 of 50 each). Reported figures
  are not measured so: they follow the batch release (costs/privacy.py) by
  design, hours or days after a report.

Usage:
  DATABASE_URL=postgres://postgres@127.0.0.1:5432/fairfee_bench \\
  REDIS_URL=redis://127.0.0.1:6379/5 .venv/bin/python bench/pages.py [--seconds 10]
"""

import argparse
import http.client
import json
import logging
import multiprocessing
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
BIN = ROOT / ".venv" / "bin"
PORT = 8765
AGENCIES = 2_000
CONNECTIONS, PROCESSES = 8, 2
EVENTS = 50
WRK = shutil.which("wrk")  # Debian's package

if not os.environ.get("DATABASE_URL") or not os.environ.get("REDIS_URL"):
    sys.exit("Set DATABASE_URL (a PostgreSQL server) and REDIS_URL: production serves from both.")

from _setup import scratch_database  # noqa: E402
from django.test.utils import override_settings  # noqa: E402

LOCMEM_MAIL = "django.core.mail.backends.locmem.EmailBackend"

SCALE_SQL = [
    # Agencies beyond the demo's, each with two current fee lists of five lines
    # and five accepted reports per list: as the demo's, only more of them.
    """
    INSERT INTO agencies_agency (name, name_local, slug, country, licence_number,
        licence_authority, licence_status, address, phone, email, website, verified,
        on_register, register_authority, search_text, created_at)
    SELECT 'Bench Manpower ' || n, '', 'bench-' || n, CASE WHEN n %% 2 = 0 THEN 'KH' ELSE 'VN' END,
        'B-' || n, '', CASE WHEN n %% 50 = 0 THEN 'revoked' ELSE 'active' END, '', '', '', '',
        false, true, '', 'bench manpower ' || n, now()
    FROM generate_series(1, %(count)s) AS n
    """,
    """
    INSERT INTO costs_disclosure (agency_id, origin_id, programme_id, sector_id,
        contract_months, offered_wage, wage_currency, status, version, published_at, wage_rate,
        wage_usd, origin_rate, worker_total_usd, worker_total_origin, employer_total_usd,
        withdrawal_reason, created_at, edit_version)
    SELECT a.id, a.country, %(programme)s, s.sector_id, 36, 200000, 'JPY', 'published', 1,
        now() - interval '30 days', 150, 1333.33, CASE WHEN a.country = 'KH' THEN 4050 ELSE 25400 END,
        (a.id * 37 %% 5000), (a.id * 37 %% 5000) * 4050, 1500 + (a.id * 11 %% 3000), '', now(), 1
    FROM agencies_agency a CROSS JOIN (SELECT unnest(%(sectors)s::bigint[]) AS sector_id) s
    WHERE a.slug LIKE 'bench-%%'
    """,
    """
    INSERT INTO costs_disclosureitem (disclosure_id, category_id, amount, currency, payer, note,
        rate, amount_usd)
    SELECT d.id, (%(categories)s::bigint[])[k], d.worker_total_usd / 4, 'USD',
        CASE WHEN k <= 4 THEN 'worker' ELSE 'employer' END, '', 1,
        CASE WHEN k <= 4 THEN d.worker_total_usd / 4 ELSE d.employer_total_usd END
    FROM costs_disclosure d JOIN agencies_agency a ON a.id = d.agency_id
    CROSS JOIN generate_series(1, 5) AS k WHERE a.slug LIKE 'bench-%%'
    """,
    """
    INSERT INTO costs_workerreport (agency_id, agency_name_given, origin_id, programme_id,
        sector_id, departure_month, contract_months, first_wage, wage_currency, wage_usd,
        loan_currency, lender, collateral, pregnancy_prohibited, passport_held, deposit_demanded,
        no_contract_in_own_language, wage_lower_than_promised, private_story, via,
        import_reference, status, rejection_reason, receipt_hash, worker_total_usd,
        accepted_at, changed_at, created_at, updated_at)
    SELECT d.agency_id, '', d.origin_id, d.programme_id, d.sector_id, DATE '2024-06-01', 36,
        200000, 'JPY', 1333.33, '', '', '', false, false, false, false, false, '', 'self', '',
        'accepted', '', '', d.worker_total_usd * (0.8 + r * 0.1), now() - interval '20 days',
        now() - interval '20 days', now(), now()
    FROM costs_disclosure d JOIN agencies_agency a ON a.id = d.agency_id
    CROSS JOIN generate_series(1, 5) AS r WHERE a.slug LIKE 'bench-%%'
    """,
]


def scale_up(count: int) -> None:
    from django.db import connection

    from costs.models import CostCategory, Programme, Sector

    ssw1 = Programme.objects.get(code="ssw1")
    params = {
        "count": count,
        "programme": ssw1.pk,
        "sectors": list(
            Sector.objects.filter(code__in=["construction", "agriculture"]).values_list(
                "pk", flat=True
            )
        ),
        "categories": list(CostCategory.objects.order_by("order").values_list("pk", flat=True)),
    }
    with connection.cursor() as cursor:
        for statement in SCALE_SQL:
            cursor.execute(statement, params)
        cursor.execute("ANALYZE")


# --- the server ---------------------------------------------------------------------


def server_env(database_url: str, page_cache: bool) -> dict:
    return {
        **os.environ,
        "DEBUG": "false",
        "SECRET_KEY": "bench-secret-key-" + "x" * 40,
        "RECEIPT_KEY": "bench-receipt-key-" + "y" * 40,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": database_url,
        "PAGE_CACHE": "true" if page_cache else "false",
        "BENCH_HELLO": "true",
        "LOG_LEVEL": "WARNING",
        "EMAIL_BACKEND": LOCMEM_MAIL,
    }


def start_gunicorn(env: dict) -> subprocess.Popen:
    process = subprocess.Popen(
        [
            str(BIN / "gunicorn"),
            "portal.wsgi",
            "--workers",
            "4",
            "--bind",
            f"127.0.0.1:{PORT}",
            "--log-level",
            "warning",
        ],  # fmt: skip
        cwd=ROOT,
        env=env,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if get("/bench/hello/")[0] == 200:
                return process
        except OSError:
            time.sleep(0.2)
    process.terminate()
    raise RuntimeError("gunicorn did not start")


def stop(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()


def get(path: str) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=10)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


# --- the load -----------------------------------------------------------------------


def _hammer(path: str, seconds: float, threads: int, results) -> None:
    """One process of the load: `threads` connections, each as fast as it can."""
    counts, errors = [0] * threads, [0] * threads
    headers = {"Accept-Encoding": "gzip", "Accept-Language": "km"}
    stop_at = time.monotonic() + seconds

    def run(index: int) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
        while time.monotonic() < stop_at:
            try:
                connection.request("GET", path, headers=headers)
                response = connection.getresponse()
                response.read()
                if response.status == 200:
                    counts[index] += 1
                else:
                    errors[index] += 1
                if response.will_close:
                    connection.close()  # sync workers close: the next request reconnects
            except (OSError, http.client.HTTPException):
                errors[index] += 1
                connection.close()

    workers = [threading.Thread(target=run, args=(i,)) for i in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    results.put((sum(counts), sum(errors)))


def _python_load(path: str, seconds: float) -> tuple[float, int]:
    results = multiprocessing.Queue()
    processes = [
        multiprocessing.Process(
            target=_hammer, args=(path, seconds, CONNECTIONS // PROCESSES, results)
        )
        for _ in range(PROCESSES)
    ]
    for process in processes:
        process.start()
    done = [results.get() for _ in processes]
    for process in processes:
        process.join()
    return sum(d[0] for d in done) / seconds, sum(d[1] for d in done)


def _wrk_load(path: str, seconds: float) -> tuple[float, int]:
    output = subprocess.run(
        [WRK, "-t", str(PROCESSES), "-c", str(CONNECTIONS), "-d", f"{seconds:g}s",
         "-H", "Accept-Encoding: gzip", "-H", "Accept-Language: km",
         f"http://127.0.0.1:{PORT}{path}"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    failed = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return rate, int(failed.group(1)) if failed else 0


def requests_per_second(path: str, seconds: float) -> float:
    """The load on one page: wrk where it is installed (it leaves more of the
    two cores to the server), else the Python client. A short burst first, so
    that every gunicorn worker has loaded its code and templates."""
    load = _wrk_load if WRK else _python_load
    load(path, 1)
    rate, errors = load(path, seconds)
    if errors:
        print(f"    ({errors} failed requests on {path})")
    return rate


# --- a phone's view ----------------------------------------------------------------

LIGHTHOUSE = ROOT / "bench" / "lighthouse"
CHROMIUM = shutil.which("chromium")  # Debian's package: Lighthouse never downloads one
# As the machine's notes advise for a closed network: no calls home.
CHROME_FLAGS = (
    "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
    "--disable-background-networking --disable-component-update --disable-sync"
)
LIGHTHOUSE_RUNS = 3


def lighthouse_ready() -> bool:
    """Lighthouse from bench/lighthouse (npm ci, pinned), where npm and chromium are."""
    if not (CHROMIUM and shutil.which("npm")):
        return False
    if not (LIGHTHOUSE / "node_modules" / ".bin" / "lighthouse").exists():
        subprocess.run(
            ["npm", "ci", "--no-audit", "--no-fund", "--silent"], cwd=LIGHTHOUSE, check=True
        )
    return True


def lighthouse(path: str) -> dict:
    """One mobile performance audit (Lighthouse's default: a mid-range phone on
    slow 4G, simulated) of a page as a first-time visitor gets it."""
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.json"
        subprocess.run(
            [str(LIGHTHOUSE / "node_modules" / ".bin" / "lighthouse"), f"http://127.0.0.1:{PORT}{path}",
             "--quiet", "--only-categories=performance", "--output=json", f"--output-path={report}",
             f"--chrome-flags={CHROME_FLAGS}"],
            env={**os.environ, "CHROME_PATH": CHROMIUM}, check=True, timeout=300,
        )  # fmt: skip
        found = json.loads(report.read_text())
    audits = found["audits"]
    return {
        "score": round(found["categories"]["performance"]["score"] * 100),
        "lcp": audits["largest-contentful-paint"]["numericValue"],
        "tbt": audits["total-blocking-time"]["numericValue"],
        "cls": audits["cumulative-layout-shift"]["numericValue"],
    }


def phone_scores(pages: dict[str, str]) -> None:
    if not lighthouse_ready():
        print("\nLighthouse: not run (needs npm and Debian's chromium)")
        return
    print(f"\nLighthouse mobile performance, median of {LIGHTHOUSE_RUNS} runs:")
    for name, path in pages.items():
        runs = sorted((lighthouse(path) for _ in range(LIGHTHOUSE_RUNS)), key=lambda r: r["score"])
        median = runs[len(runs) // 2]
        print(
            f"  {name}: {median['score']} (runs {', '.join(str(r['score']) for r in runs)}); "
            f"LCP {median['lcp'] / 1000:.1f} s, TBT {median['tbt']:.0f} ms, CLS {median['cls']:.2f}"
        )


# --- publish to page ----------------------------------------------------------------


def seconds_until(path: str, text: bytes, since: float, limit: float = 30.0) -> float:
    while time.perf_counter() - since < limit:
        status, body = get(path)
        if status == 200 and text in body:
            return time.perf_counter() - since
        time.sleep(0.01)
    return float("inf")


FLAG = b"#rule-kh-deposit-zero"  # the link of a Cambodian deposit flag to its rule


def latencies() -> dict[str, list[float]]:
    """Publish fees (visible at once), whose recompute raises a flag (visible
    when the worker has run it), and close that flag as a reviewer."""
    from decimal import Decimal

    from django.utils import timezone

    from accounts.models import Organisation, OrganisationMembership, User
    from agencies.models import Agency
    from costs.disclosures.services import disclosure_create, disclosure_publish
    from costs.models import CostCategory, Flag, Programme, Sector
    from costs.review.services import flag_close

    reviewer = User.objects.create_user(username="bench-ngo", email="ngo@bench.example")
    ngo = Organisation.objects.create(name="Bench NGO", kind="ngo", country="KH", verified=True)
    OrganisationMembership.objects.create(user=reviewer, organisation=ngo)
    programme, sector = Programme.objects.get(code="ssw1"), Sector.objects.get(code="food-service")
    service, deposit = (CostCategory.objects.get(code=code) for code in ("service-fee", "deposit"))
    found = {"fees": [], "flag": [], "decision": []}
    agencies = Agency.objects.filter(slug__startswith="bench-", country="KH").order_by("pk")
    for number, agency in enumerate(agencies[:EVENTS]):
        path = f"/km/agencies/{agency.slug}/"
        assert FLAG not in get(path)[1]  # and cached before the change
        fee = Decimal(1000 + number)
        draft = disclosure_create(
            agency=agency, programme=programme, sector=sector, contract_months=36,
            offered_wage=Decimal(200000), wage_currency="JPY",
            items=[{"category": service, "amount": fee, "currency": "USD", "payer": "worker"},
                   {"category": deposit, "amount": Decimal(50), "currency": "USD",
                    "payer": "worker"}],
        )  # fmt: skip
        disclosure_publish(disclosure=draft, at=timezone.now())
        published = time.perf_counter()
        found["fees"].append(seconds_until(path, f"{fee:,}".encode(), published))
        found["flag"].append(seconds_until(path, FLAG, published))
        flag = Flag.objects.filter(agency=agency, rule__code="kh-deposit-zero").first()
        if flag is None:
            continue
        note = f"Deposit paid back, case {number}."
        flag_close(flag=flag, by=reviewer, status="resolved", note=note)
        found["decision"].append(seconds_until(path, note.encode(), time.perf_counter()))
    return found


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


# --- the run ------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=10.0, help="per page and mode")
    seconds = parser.parse_args().seconds
    logging.disable(logging.INFO)
    with scratch_database(), override_settings(EMAIL_BACKEND=LOCMEM_MAIL):
        from django.db import connection

        from agencies.models import Agency
        from costs.demo import load_demo_data
        from costs.flags.engine import recompute_all
        from portal.celery import app
        from portal.guides import load_guides

        app.conf.task_always_eager = True  # the data is loaded here, no worker yet
        started = time.perf_counter()
        load_guides()
        load_demo_data()
        scale_up(AGENCIES - Agency.objects.count())
        recompute_all()
        app.conf.task_always_eager = False
        print(f"data: {Agency.objects.count()} agencies in {time.perf_counter() - started:.0f} s")

        database = connection.settings_dict
        url = urlsplit(os.environ["DATABASE_URL"])
        database_url = urlunsplit(url._replace(path="/" + database["NAME"]))
        subprocess.run(
            [str(BIN / "python"), "manage.py", "collectstatic", "--noinput", "-v0"],
            cwd=ROOT, env=server_env(database_url, True), check=True,
        )  # fmt: skip

        demo = Agency.objects.filter(disclosures__status="published").order_by("pk").first()
        pages = {
            "home": "/km/",
            "compare": "/km/compare/",
            "compare, filtered": "/km/compare/?programme=ssw1&sector=construction&sort=cost",
            "agency": f"/km/agencies/{demo.slug}/",
            "guide": "/km/guides/employer-pays/",
            "rules": "/km/rules/",
            "fee check result": "/km/check/?o=KH&programme=ssw1&sector=construction&m=36"
            "&c1=service-fee&a1=1500&u1=USD&w=200000&wc=JPY",
        }
        rates = {}
        for mode in ("cached", "uncached"):
            server = start_gunicorn(server_env(database_url, mode == "cached"))
            try:
                for path in pages.values():
                    assert get(path)[0] == 200, path  # and warms the cache
                before = requests_per_second("/bench/hello/", seconds)
                for name, path in pages.items():
                    rates[mode, name] = requests_per_second(path, seconds)
                # Before and after the pages: the machine's speed drifts.
                after = requests_per_second("/bench/hello/", seconds)
                rates[mode, "hello"] = (before + after) / 2
            finally:
                stop(server)

        print(
            f"\nrequests/s, gunicorn 4 sync workers, {CONNECTIONS} connections, {seconds:g} s each, "
            f"load from {'wrk' if WRK else 'the Python client'}"
        )
        print(f"{'page':<20}{'cached':>10}{'ratio':>8}{'uncached':>10}{'ratio':>8}")
        for name in ["hello", *pages]:
            cells = []
            for mode in ("cached", "uncached"):
                rate = rates[mode, name]
                cells += [f"{rate:>10.0f}", f"{rate / rates[mode, 'hello']:>7.2f}x"]
            print(f"{name:<20}" + "".join(cells))

        server = start_gunicorn(server_env(database_url, True))
        try:
            phone_scores({"compare": pages["compare"], "agency": pages["agency"]})
        except BaseException:
            stop(server)
            raise
        worker = subprocess.Popen(
            [str(BIN / "celery"), "-A", "portal", "worker", "--concurrency", "2", "--purge",
             "--loglevel", "warning"],
            cwd=ROOT, env=server_env(database_url, True),
        )  # fmt: skip
        try:
            time.sleep(5)  # the worker connects
            found = latencies()
        finally:
            worker.terminate()
            worker.wait(timeout=30)
            stop(server)
        print(f"\nchange to public agency page (cached, Celery worker running; {EVENTS} each):")
        labels = {
            "fees": "fees published -> shown",
            "flag": "published -> its flag shown (after the worker's recompute)",
            "decision": "reviewer closes flag -> outcome shown",
        }
        for key, values in found.items():
            print(
                f"  {labels[key]}: p50 {percentile(values, 0.5) * 1000:.0f} ms, "
                f"p95 {percentile(values, 0.95) * 1000:.0f} ms (n={len(values)})"
            )
        print("  (reported figures follow the batch release by design: not measured here)")


if __name__ == "__main__":
    main()
