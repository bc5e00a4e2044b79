"""How fast an NGO's survey file imports: 10,000 rows (2,000 reports of 5 paid
items each) through the portal's own import service (both passes: the check,
then the writes in one transaction), median of 5 runs, and the peak Python
memory of one run.

Usage: .venv/bin/python bench/import_reports.py [rows]
(with DATABASE_URL set, on a throw-away test database of that server)
"""

import csv
import io
import random
import statistics
import sys
import time
import tracemalloc

from _setup import scratch_database


def survey(rows: int, licences: list[str]) -> str:
    from costs.reports.imports import COLUMNS

    rng = random.Random(7)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    categories = ["service-fee", "training", "medical", "travel-lodging", "administrative"]
    for number in range(rows):
        reference, item = divmod(number, 5)
        writer.writerow(
            {
                "reference": f"S-{reference:05d}",
                "agency_licence": licences[reference % len(licences)],
                "origin": "KH",
                "programme": "titp",
                "sector": "titp-agriculture",
                "departure_month": f"2024-{reference % 12 + 1:02d}",
                "contract_months": "36",
                "first_wage": "180000",
                "wage_currency": "JPY",
                "category": categories[item],
                "amount": str(rng.randrange(100_000, 9_000_000)),
                "currency": "KHR",
                "paid_to": "agency",
                "loan_amount": "2000" if item == 0 else "",
                "loan_currency": "USD" if item == 0 else "",
                "lender": "microfinance" if item == 0 else "",
            }
        )
    return out.getvalue()


def main(rows: int = 10_000) -> None:
    from django.conf import settings

    settings.IMPORT_MAX_ROWS = max(settings.IMPORT_MAX_ROWS, rows)
    with scratch_database():
        from accounts.models import Organisation, User
        from agencies.models import Agency
        from costs.models import ReportItem, WorkerReport
        from costs.models.reports import ImportBatch
        from costs.reports.imports import import_batch_run

        licences = [f"BENCH-{n:03d}" for n in range(50)]
        for licence in licences:
            Agency.objects.create(
                name=licence, slug=licence.lower(), country="KH", licence_number=licence
            )
        ngo = Organisation.objects.create(name="Bench NGO", kind="ngo", verified=True)
        user = User.objects.create(username="bench")
        content = survey(rows, licences).encode()
        print(f"{rows} rows: {len(content) / 2**20:.1f} MiB")

        def run() -> float:
            WorkerReport.objects.all().delete()
            ImportBatch.objects.all().delete()
            batch = ImportBatch.objects.create(
                organisation=ngo, uploaded_by=user, file_name="bench.csv", sha256="-",
                size=len(content), content=content,
            )  # fmt: skip
            started = time.perf_counter()
            batch = import_batch_run(batch_id=batch.pk)
            assert batch.status == "done" and batch.reports_made == rows // 5, batch.errors[:3]
            return time.perf_counter() - started

        timings = [run() for _ in range(5)]
        assert ReportItem.objects.count() == rows
        # Memory in a run of its own: tracing slows Python down several times.
        tracemalloc.start()
        run()
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(
            f"{rows} rows ({rows // 5} reports) imported in "
            f"{statistics.median(timings):.2f} s median of 5 "
            f"(min {min(timings):.2f} s, max {max(timings):.2f} s); "
            f"peak Python memory {peak / 2**20:.0f} MiB"
        )


if __name__ == "__main__":
    main(*(int(arg) for arg in sys.argv[1:]))
