"""The flag engine at scale (PostgreSQL): at size 1, 2,000 agencies, 20,000
disclosures with 200,000 items, 200,000 reports with 1,000,000 items; size 10
has ten times as many agencies, and so of everything.

Measures at each size, median of 5:
- the full recompute through the portal's own code (summaries and flags);
- the same aggregate as one bare SQL statement run directly;
- the incremental recompute of one agency after one new report, and its
  number of SQL statements;
and prints the ratio full / bare SQL, the plan of the incremental statement
and, with more than one size, how each figure grew against the data.

Usage: DATABASE_URL=postgres://postgres@127.0.0.1:5432/fairfee .venv/bin/python bench/flags.py [--sizes 1,10]
"""

import argparse
import statistics
import time

from _setup import scratch_database

AGENCIES_PER_SIZE, GROUPS, ITEMS_PER_DISCLOSURE = 2_000, 10, 10
REPORTS_PER_GROUP, ITEMS_PER_REPORT = 10, 5

BARE_SQL = """
    SELECT agency_id, programme_id, sector_id, count(*),
        percentile_cont(0.5) WITHIN GROUP (ORDER BY worker_total_usd),
        percentile_cont(0.75) WITHIN GROUP (ORDER BY worker_total_usd),
        percentile_cont(0.9) WITHIN GROUP (ORDER BY worker_total_usd),
        avg(worker_total_usd / wage_usd) FILTER (WHERE worker_total_usd > 0 AND wage_usd > 0),
        percentile_cont(0.5) WITHIN GROUP (ORDER BY worker_total_usd / wage_usd)
            FILTER (WHERE worker_total_usd > 0 AND wage_usd > 0),
        count(*) FILTER (WHERE pregnancy_prohibited OR passport_held OR deposit_demanded),
        min(departure_month), max(departure_month)
    FROM costs_workerreport
    WHERE status = 'accepted' AND agency_id IS NOT NULL
    GROUP BY agency_id, programme_id, sector_id
"""


def generate(cursor, ids, agencies: int) -> None:
    """Rows made by the database itself: a million items in seconds."""
    cursor.execute(
        """
        INSERT INTO agencies_agency (name, name_local, slug, country, licence_number, licence_authority,
            licence_status, address, phone, email, website, verified, on_register, register_authority,
            search_text, created_at)
        SELECT 'Bench ' || n, '', 'bench-' || n, CASE WHEN n %% 2 = 0 THEN 'KH' ELSE 'VN' END,
            'B-' || n, '', CASE WHEN n %% 50 = 0 THEN 'revoked' ELSE 'active' END, '', '', '', '',
            false, true, '', 'bench ' || n, now()
        FROM generate_series(1, %s) AS n
        """,
        [agencies],
    )
    cursor.execute(
        """
        INSERT INTO costs_disclosure (agency_id, origin_id, programme_id, sector_id, contract_months,
            offered_wage, wage_currency, status, version, published_at, wage_rate, wage_usd, origin_rate,
            worker_total_usd, worker_total_origin, employer_total_usd, withdrawal_reason, created_at,
            edit_version)
        SELECT a.id, a.country, %s, s.sector_id, 36, 200000, 'JPY', 'published', 1,
            now() - interval '30 days', 150, 1333.33, 4000,
            (a.id * 37 %% 5000), (a.id * 37 %% 5000) * 4000, 1500 + (a.id * 11 %% 3000), '', now(), 1
        FROM agencies_agency a
        CROSS JOIN (SELECT unnest(%s::bigint[]) AS sector_id) s
        """,
        [ids["ssw1"], ids["sectors"]],
    )
    cursor.execute(
        """
        INSERT INTO costs_disclosureitem (disclosure_id, category_id, amount, currency, payer, note,
            rate, amount_usd)
        SELECT d.id, (%s::bigint[])[k], d.worker_total_usd / 5, 'USD',
            CASE WHEN k <= 5 THEN 'worker' ELSE 'employer' END, '', 1,
            CASE WHEN k <= 5 THEN d.worker_total_usd / 5 ELSE d.employer_total_usd / 5 END
        FROM costs_disclosure d CROSS JOIN generate_series(1, %s) AS k
        """,
        [ids["categories"], ITEMS_PER_DISCLOSURE],
    )
    cursor.execute(
        """
        INSERT INTO costs_workerreport (agency_id, agency_name_given, origin_id, programme_id, sector_id,
            departure_month, contract_months, first_wage, wage_currency, wage_usd, loan_currency, lender,
            collateral, pregnancy_prohibited, passport_held, deposit_demanded,
            no_contract_in_own_language, wage_lower_than_promised, private_story, via,
            import_reference, status, rejection_reason, receipt_hash, worker_total_usd,
            created_at, updated_at, accepted_at, changed_at)
        SELECT d.agency_id, '', d.origin_id, d.programme_id, d.sector_id, DATE '2024-06-01', 36,
            200000, 'JPY', 1333.33, '', '', '', r = 1 AND d.id %% 7 = 0, false, false, false, false,
            '', 'self', '', 'accepted', '', '', d.worker_total_usd * (0.8 + (r %% 7) * 0.1), now(), now(),
            now() - interval '60 days', now() - interval '60 days'
        FROM costs_disclosure d CROSS JOIN generate_series(1, %s) AS r
        """,
        [REPORTS_PER_GROUP],
    )
    cursor.execute(
        """
        INSERT INTO costs_reportitem (report_id, category_id, amount, currency, paid_to,
            receipt_given, rate, amount_usd)
        SELECT w.id, (%s::bigint[])[k], w.worker_total_usd / 5, 'USD', 'agency', false, 1,
            w.worker_total_usd / 5
        FROM costs_workerreport w CROSS JOIN generate_series(1, %s) AS k
        """,
        [ids["categories"], ITEMS_PER_REPORT],
    )
    cursor.execute("ANALYZE")


def median_of_5(action) -> float:
    timings = []
    for _ in range(5):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def measure(agencies: int) -> dict:
    """One scratch database with `agencies` agencies: every figure, printed and returned."""
    with scratch_database():
        from django.db import connection, transaction
        from django.test.utils import CaptureQueriesContext
        from django.utils import timezone

        from agencies.models import Agency
        from costs.flags.engine import agency_recompute, load_rules, recompute_all
        from costs.flags.summaries import refresh_summaries, summary_statement
        from costs.models import CostCategory, Flag, Programme, Sector, WorkerReport
        from portal.celery import app as celery_app

        # Notifications of the first run's flags go to an in-memory queue: the
        # bench measures the engine, not e-mail.
        celery_app.conf.task_always_eager = False
        celery_app.conf.broker_url = "memory://"

        ssw1 = Programme.objects.get(code="ssw1")
        ids = {
            "ssw1": ssw1.pk,
            "sectors": list(
                Sector.objects.filter(programmes=ssw1).values_list("pk", flat=True)[:GROUPS]
            ),
            "categories": list(
                CostCategory.objects.values_list("pk", flat=True)[:ITEMS_PER_DISCLOSURE]
            ),
        }
        started = time.perf_counter()
        with connection.cursor() as cursor:
            generate(cursor, ids, agencies)
        print(f"generated in {time.perf_counter() - started:.1f} s: "
              f"{Agency.objects.count()} agencies, {WorkerReport.objects.count()} reports")  # fmt: skip

        def bare():
            with connection.cursor() as cursor:
                cursor.execute(BARE_SQL)
                cursor.fetchall()

        def summaries_only():
            with transaction.atomic():
                refresh_summaries(None)

        started = time.perf_counter()
        recompute_all()  # the first run opens every flag; the runs measured find them in place
        first = time.perf_counter() - started
        summaries = median_of_5(summaries_only)
        full = median_of_5(recompute_all)
        bare_sql = median_of_5(bare)

        agency = Agency.objects.get(slug=f"bench-{agencies // 2}")
        template = WorkerReport.objects.filter(agency=agency).first()

        def incremental_after_one_new_report() -> float:
            with transaction.atomic():
                template.pk = None
                template.worker_total_usd += 1
                template.accepted_at = template.changed_at = timezone.now()
                template.save()
            started = time.perf_counter()
            agency_recompute(agency_id=agency.pk)
            return time.perf_counter() - started

        incremental = statistics.median(incremental_after_one_new_report() for _ in range(5))
        with CaptureQueriesContext(connection) as statements:
            agency_recompute(agency_id=agency.pk)
        sql, params = summary_statement([agency.pk], load_rules(), timezone.now())
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN " + sql, params)
            plan = "\n".join(row[0] for row in cursor.fetchall())

        print(f"flags: {Flag.objects.count()} ({Flag.objects.active().count()} active)")
        print(f"first full recompute, opening every flag: {first:.1f} s")
        print(f"bare SQL aggregate:                   {bare_sql * 1000:.0f} ms median of 5")
        print(f"all summaries (portal code):          {summaries * 1000:.0f} ms median of 5, "
              f"ratio to bare SQL {summaries / bare_sql:.2f}")  # fmt: skip
        print(f"full recompute, summaries and flags:  {full * 1000:.0f} ms median of 5, "
              f"ratio to bare SQL {full / bare_sql:.2f}")  # fmt: skip
        print(f"one agency after one report:  {incremental * 1000:.1f} ms median of 5, "
              f"{len(statements)} SQL statements")  # fmt: skip
        print("plan of the incremental statement:\n" + plan)
        print("sequential scan of report items:", "Seq Scan on costs_reportitem" in plan)
        print("sequential scan of reports:", "Seq Scan on costs_workerreport" in plan)
        return {"bare": bare_sql, "summaries": summaries, "full": full, "one": incremental}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1", help="data sizes to run, e.g. 1,10")
    sizes = [int(size) for size in parser.parse_args().sizes.split(",")]
    results = {}
    for size in sizes:
        print(f"--- size {size}: {AGENCIES_PER_SIZE * size:,} agencies")
        results[size] = measure(AGENCIES_PER_SIZE * size)
    base = sizes[0]
    for size in sizes[1:]:
        data = size / base
        print(f"--- growth from size {base} to {size} ({data:g}x the data):")
        for name, label in [("bare", "bare SQL aggregate"), ("summaries", "all summaries"),
                            ("full", "full recompute"), ("one", "one agency")]:  # fmt: skip
            growth = results[size][name] / results[base][name]
            print(f"{label:20} {growth:5.2f}x ({growth / data:.2f} of linear)")


if __name__ == "__main__":
    main()
