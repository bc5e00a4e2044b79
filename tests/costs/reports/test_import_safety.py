"""Survey imports that can be trusted: nothing submitted is altered, duplicated
or lost, every problem is listed at once, and no file, however big or broken,
ends in an error page."""

import csv
import io
import os
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection

from accounts.models import Organisation
from costs.models import CostSummary, ReportItem, WorkerReport
from costs.models.reports import ImportBatch
from costs.reports import imports
from costs.reports.imports import COLUMNS, template_csv
from portal.celery import app as celery_app
from tests.costs.reports.test_import import row, rows_to_csv

URL = "/en/moderation/import/"
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def ngo_client(client, ngo, make_agency):
    make_agency(name="Angkor", country="KH", licence_number="MOLVT-001/2019")
    client.force_login(ngo)
    return client


@pytest.fixture
def background(monkeypatch):
    """Every file, however small, goes through the Celery task."""
    monkeypatch.setattr(imports, "INLINE_MAX_BYTES", 0)


def upload(client, text, name="survey.csv", follow=True, **data):
    content = text if isinstance(text, bytes) else text.encode()
    file = SimpleUploadedFile(name, content, content_type="text/csv")
    return client.post(URL, {**data, "file": file}, follow=follow)


def listed(response) -> list[tuple]:
    """The problems the batch page lists: (row, column, message)."""
    return [tuple(error) for error in response.context["batch"].errors]


def where(response) -> set[tuple]:
    return {(row_number, column) for row_number, column, _message in listed(response)}


def test_the_templates_example_rows_are_refused(ngo_client):
    response = upload(ngo_client, template_csv(), "fairfee-survey-template.csv")
    page = response.content.decode()
    assert "This is the example row of the template: delete it." in page
    assert "Nothing was imported" in page
    assert where(response) == {(2, "reference"), (3, "reference")}
    assert not WorkerReport.objects.exists()


def test_example_rows_are_refused_under_the_old_reference_and_after_a_hash(ngo_client):
    # Templates downloaded before the example was marked named it W-001.
    old_template = template_csv().replace("EXAMPLE-1", "W-001")
    text = old_template + "\n".join(
        [
            "# our note: a comment row,,,,,,,,,,,,,,,,,,,,,",
            ",".join(rows_to_csv([row("R-1")]).splitlines()[1:]),
        ]
    )
    response = upload(ngo_client, text)
    assert where(response) == {(2, "reference"), (3, "reference"), (4, "reference")}
    assert not WorkerReport.objects.exists()  # R-1 is clean, but the file is not


def test_the_same_file_again_is_refused_with_when_and_where_it_was_imported(ngo_client):
    text = rows_to_csv([row("A"), row("B")])
    first = upload(ngo_client, text, "march.csv")
    assert "2 reports imported and accepted." in first.content.decode()
    again = upload(ngo_client, text, "march (copy).csv")
    page = again.content.decode()
    assert again.status_code == 200
    assert "This file was already imported on" in page and "in march.csv." in page
    assert WorkerReport.objects.count() == 2 and ImportBatch.objects.count() == 1
    # The list of the organisation's imports shows it too.
    assert "march.csv" in ngo_client.get(URL).content.decode()


def test_sending_the_form_twice_imports_once(ngo_client, background):
    text = rows_to_csv([row("A"), row("B")])
    first = upload(ngo_client, text, follow=False)
    assert first.status_code == 302  # queued for the worker
    second = upload(ngo_client, text)
    assert "This file is being imported already" in second.content.decode()
    batch = ImportBatch.objects.get()
    imports.import_batch_run(batch_id=batch.pk)  # what the worker does
    imports.import_batch_run(batch_id=batch.pk)  # and a worker given it twice
    assert WorkerReport.objects.count() == 2 and ReportItem.objects.count() == 2
    third = upload(ngo_client, text)
    assert "This file was already imported on" in third.content.decode()
    assert ImportBatch.objects.count() == 1


def test_a_reference_already_imported_is_refused_and_nothing_of_the_file_is_imported(ngo_client):
    upload(ngo_client, rows_to_csv([row("A"), row("B")]), "march.csv")
    response = upload(ngo_client, rows_to_csv([row("C"), row("A", amount="7000000")]), "april.csv")
    page = response.content.decode()
    assert (3, "reference") in where(response)
    assert "This reference was already imported on" in page and "in march.csv" in page
    assert "Replace an earlier import" in page
    assert set(WorkerReport.objects.values_list("import_reference", flat=True)) == {"A", "B"}


def test_a_reference_imported_before_imports_were_recorded_is_refused(ngo_client):
    upload(ngo_client, rows_to_csv([row("A")]), "2025.csv")
    WorkerReport.objects.update(import_batch=None)  # as the reports imported before this change
    response = upload(ngo_client, rows_to_csv([row("A", amount="7000000")]), "2025-again.csv")
    assert "before imports were recorded" in response.content.decode()
    assert WorkerReport.objects.count() == 1


def test_replacing_an_import_rejects_exactly_the_repeated_references_and_records_it(
    ngo_client, eager_tasks, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        upload(ngo_client, rows_to_csv([row("A"), row("B"), row("C")]), "march.csv")
    march = ImportBatch.objects.get()
    summary = CostSummary.objects.get(programme__code="titp", sector__code="titp-agriculture")
    assert summary.report_count == 3
    old_b = WorkerReport.objects.get(import_reference="B")

    corrected = rows_to_csv([row("B", amount="9000000"), row("D")])
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(ngo_client, corrected, "march-corrected.csv", replaces=march.pk)
    page = response.content.decode()
    assert "2 reports imported and accepted." in page
    assert "1 report it replaces is rejected, with the reason." in page
    batch = ImportBatch.objects.get(file_name="march-corrected.csv")
    assert batch.replaces == march and batch.reports_replaced == 1 and batch.reports_made == 2
    old_b.refresh_from_db()
    assert old_b.status == "rejected" and "march-corrected.csv" in old_b.rejection_reason
    accepted = WorkerReport.objects.filter(status="accepted")
    assert sorted(accepted.values_list("import_reference", "import_batch__file_name")) == [
        ("A", "march.csv"),
        ("B", "march-corrected.csv"),
        ("C", "march.csv"),
        ("D", "march-corrected.csv"),
    ]
    assert accepted.get(import_reference="B").items.get().amount == 9000000
    summary.refresh_from_db()
    assert summary.report_count == 4  # recomputed: A, C, the new B and D


def test_a_replacement_with_a_problem_replaces_nothing(ngo_client):
    upload(ngo_client, rows_to_csv([row("A"), row("B")]), "march.csv")
    march = ImportBatch.objects.get()
    response = upload(
        ngo_client, rows_to_csv([row("B", amount="9000000"), row("C", amount="x")]),
        replaces=march.pk,
    )  # fmt: skip
    assert where(response) == {(3, "amount")}
    assert WorkerReport.objects.filter(status="accepted").count() == 2
    assert not WorkerReport.objects.filter(status="rejected").exists()


def test_a_replacement_must_repeat_a_reference_of_the_import_it_replaces(ngo_client):
    upload(ngo_client, rows_to_csv([row("A")]), "march.csv")
    response = upload(ngo_client, rows_to_csv([row("Z")]), replaces=ImportBatch.objects.get().pk)
    assert "so there is nothing to replace" in response.content.decode()
    assert WorkerReport.objects.count() == 1


def test_rows_of_one_reference_that_disagree_are_listed_with_both_row_numbers(ngo_client):
    text = rows_to_csv(
        [
            row("A"),
            row("B"),
            row(
                "A",
                agency_licence="MOLVT-002/2020",
                departure_month="2024-04",
                first_wage="200000",
                loan_amount="500",
                loan_currency="USD",
                lender="bank",
                category="training",
            ),
        ]
    )
    response = upload(ngo_client, text)
    conflicts = {(r, c): m for r, c, m in listed(response)}
    for column in ["agency_licence", "departure_month", "first_wage", "loan_amount",
                   "loan_currency", "lender"]:  # fmt: skip
        assert "Rows 2 and 4 have the same reference" in conflicts[(4, column)]
    assert len(conflicts) == 6
    assert not WorkerReport.objects.exists()


def test_rows_repeating_the_details_or_leaving_them_blank_make_one_report(ngo_client):
    text = rows_to_csv(
        [
            row("A", loan_amount="3000", loan_currency="USD", lender="microfinance"),
            # The same details written another way, or left out, are no conflict.
            row("A", category="training", departure_month="2024-3", first_wage="180,000",
                agency_licence="molvt-001/2019", origin=" KH "),
            row("A", category="medical", agency_licence="", origin="", programme="", sector="",
                departure_month="", contract_months="", first_wage="", wage_currency=""),
        ]
    )  # fmt: skip
    response = upload(ngo_client, text)
    assert "1 report imported and accepted." in response.content.decode()
    report = WorkerReport.objects.get()
    assert report.items.count() == 3 and report.loan_amount == 3000


def test_every_problem_of_every_row_and_column_is_listed_in_one_pass(ngo_client):
    text = rows_to_csv(
        [
            # Job cells and payment cells wrong in the same row: both are listed.
            row("A", sector="aviation", contract_months="0", amount="abc", currency="EUR",
                paid_to="someone", receipt_given="maybe"),
            row("", first_wage="0", category="bribe"),
            row("C", loan_amount="100", problems="passport_held;haunted"),
        ]
    )  # fmt: skip
    response = upload(ngo_client, text)
    assert where(response) == {
        (2, "sector"),
        (2, "contract_months"),
        (2, "amount"),
        (2, "currency"),
        (2, "paid_to"),
        (2, "receipt_given"),
        (3, "reference"),
        (3, "first_wage"),
        (3, "category"),
        (4, "loan_currency"),
        (4, "lender"),
        (4, "problems"),
    }
    assert "Write yes or no." in response.content.decode()
    assert not WorkerReport.objects.exists()


def test_nul_bytes_huge_cells_and_impossible_months_are_listed_not_errors(ngo_client):
    text = rows_to_csv(
        [
            row("A", story="a\x00b"),
            row("B", story="s" * 200_000),  # over the csv module's limit
            row("C", collateral="c" * 400),
            row("D", departure_month="0000-01"),
            row("E", departure_month="9999-12"),
            row("F", departure_month="1989-12"),
            row("G", departure_month="2024-13"),
            row("H", contract_months="²"),
            row("R" * 101),
        ]
    )
    response = upload(ngo_client, text)
    assert response.status_code == 200
    problems = {(r, c): m for r, c, m in listed(response)}
    assert "NUL character" in problems[(2, "story")]
    assert "longer than 131,072 characters" in problems[(3, "")]
    assert problems[(4, "collateral")] == "This cell has 400 characters; at most 300 fit."
    assert "before 1990" in problems[(5, "departure_month")]
    assert "in the future" in problems[(6, "departure_month")]
    assert "before 1990" in problems[(7, "departure_month")]
    assert problems[(8, "departure_month")] == "Write the month like 2024-05."
    assert "from 1 to 120" in problems[(9, "contract_months")]
    assert "at most 100 fit" in problems[(10, "reference")]
    assert not WorkerReport.objects.exists()


def test_a_cell_that_is_not_utf8_or_a_stray_comma_is_listed(ngo_client):
    text = rows_to_csv([row("A"), row("B", story="extra")]) + "C,x,y,z" + "," * 30 + "q\r\n"
    latin1 = rows_to_csv([row("D", agency_name="Sàigòn", agency_licence="")]).splitlines()[1]
    response = upload(ngo_client, text.encode() + latin1.encode("latin-1"))
    problems = {(r, c): m for r, c, m in listed(response)}
    assert "but the header row has 22" in problems[(4, "")]
    assert problems[(5, "agency_name")].startswith("This cell is not UTF-8 text.")


def test_a_file_over_the_size_limit_is_refused_with_a_message_and_not_stored(ngo_client, settings):
    settings.IMPORT_MAX_BYTES = 1000
    response = upload(ngo_client, rows_to_csv([row(f"R-{n}") for n in range(20)]))
    page = response.content.decode()
    assert response.status_code == 200
    assert "This file is larger than 1000\xa0bytes. Split it into smaller files" in page
    assert not ImportBatch.objects.exists()


def test_a_file_over_the_row_limit_is_refused_with_a_message(ngo_client, settings):
    settings.IMPORT_MAX_ROWS = 3
    response = upload(ngo_client, rows_to_csv([row(f"R-{n}") for n in range(5)]))
    assert where(response) == {(5, "")}
    assert "The file has more than 3 rows." in response.content.decode()
    assert not WorkerReport.objects.exists()


def test_a_50_mb_file_is_refused_quickly_by_the_size_check(ngo_client):
    assert settings.IMPORT_MAX_BYTES == 10 * 2**20  # the default
    unit = rows_to_csv([row("R")]).encode()
    huge = unit * (50 * 2**20 // len(unit) + 1)
    assert len(huge) > 50 * 2**20
    started = time.monotonic()
    response = upload(ngo_client, huge, "census.csv")
    elapsed = time.monotonic() - started
    assert "This file is larger than 10.0\xa0MB" in response.content.decode()
    assert elapsed < 10, f"refusing 50 MB took {elapsed:.1f} s"
    assert not ImportBatch.objects.exists()


def test_djangos_own_upload_limits_turn_nothing_into_an_error_page(
    ngo_client, eager_tasks, django_capture_on_commit_callbacks
):
    # A field that is not a file part, larger than DATA_UPLOAD_MAX_MEMORY_SIZE:
    # Django would answer 400; the form says the file is too big.
    response = ngo_client.post(URL, {"file": "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)})
    assert response.status_code == 200
    assert "This file is larger than" in response.content.decode()
    # A real file larger than DATA_UPLOAD_MAX_MEMORY_SIZE and
    # FILE_UPLOAD_MAX_MEMORY_SIZE (so it is spooled to disk) imports.
    stories = [row(f"R-{n}", story="s" * 4900) for n in range(600)]
    text = rows_to_csv(stories)
    assert len(text) > max(
        settings.DATA_UPLOAD_MAX_MEMORY_SIZE, settings.FILE_UPLOAD_MAX_MEMORY_SIZE
    )
    with django_capture_on_commit_callbacks(execute=True):  # the background task runs
        response = upload(ngo_client, text, follow=False)
    assert "600 reports imported and accepted." in ngo_client.get(response.url).content.decode()


def test_a_big_file_runs_in_celery_with_a_progress_page_and_an_email(
    ngo_client, background, eager_tasks, django_capture_on_commit_callbacks, mailoutbox
):
    text = rows_to_csv([row("A"), row("A", category="training"), row("B")])
    with django_capture_on_commit_callbacks() as commit:
        response = upload(ngo_client, text, "april.csv", follow=False)
    progress = response.url
    waiting = ngo_client.get(progress)
    page = waiting.content.decode()
    assert '<meta http-equiv="refresh" content="3">' in page and waiting["Refresh"] == "3"
    assert "Waiting to start" in page and not WorkerReport.objects.exists()

    for callback in commit:  # the upload's transaction commits: the task runs
        callback()
    done = ngo_client.get(progress)
    page = done.content.decode()
    assert "Refresh" not in done and 'http-equiv="refresh"' not in page
    batch = done.context["batch"]
    assert (batch.status, batch.rows_read, batch.reports_made, batch.error_count) == (
        "done",
        3,
        2,
        0,
    )
    assert "<dt>Rows read</dt><dd>3</dd>" in page and "<dt>Reports made</dt><dd>2</dd>" in page
    assert "2 reports imported and accepted." in page
    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.to == ["ngo@example.org"] and mail.subject == "FairFee: april.csv is imported"
    assert "2 reports from april.csv were imported and accepted." in mail.body
    assert f"{settings.SITE_URL}{progress}" in mail.body
    assert WorkerReport.objects.count() == 2


def test_a_failed_background_import_emails_the_problems(
    ngo_client, background, eager_tasks, django_capture_on_commit_callbacks, mailoutbox
):
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(ngo_client, rows_to_csv([row("A", amount="x")]), "may.csv", follow=False)
    assert where(ngo_client.get(response.url)) == {(2, "amount")}
    assert mailoutbox[0].subject == "FairFee: may.csv was not imported"
    assert "it has 1 problem to correct" in mailoutbox[0].body


@pytest.fixture
def broker_down():
    """A real Redis client pointed at a closed port: every send fails."""
    conf = celery_app.conf
    saved = conf.broker_url, conf.task_always_eager
    conf.broker_url, conf.task_always_eager = "redis://127.0.0.1:1/0", False
    celery_app._after_fork()

    def restore():
        conf.broker_url, conf.task_always_eager = saved
        celery_app._after_fork()

    yield restore
    restore()


@pytest.mark.django_db(transaction=True)
def test_with_the_broker_down_the_upload_waits_and_the_next_look_imports_it(
    client, ngo, make_agency, background, broker_down, caplog
):
    make_agency(name="Angkor", country="KH", licence_number="MOLVT-001/2019")
    client.force_login(ngo)
    started = time.monotonic()
    response = upload(client, rows_to_csv([row("A"), row("B")]), follow=False)
    assert time.monotonic() - started < 3
    assert "could not enqueue costs.tasks.import_survey" in caplog.text
    batch = ImportBatch.objects.get()
    assert batch.status == "queued" and bytes(batch.content)  # nothing uploaded is lost
    assert "Waiting to start" in client.get(response.url).content.decode()

    broker_down()  # the broker is back; with CI's Redis no worker listens, so run eagerly
    celery_app.conf.task_always_eager = True
    ImportBatch.objects.update(heartbeat_at=batch.heartbeat_at - imports.RESEND_AFTER)
    page = client.get(response.url).content.decode()  # the next look sends it again
    batch.refresh_from_db()
    assert batch.status == "done" and WorkerReport.objects.count() == 2
    assert batch.content is None  # kept until processed only
    assert "Being imported" in page or "Waiting to start" in page


@pytest.mark.django_db(transaction=True)
def test_the_sweep_takes_over_an_import_whose_worker_died(client, ngo, make_agency, eager_tasks):
    make_agency(name="Angkor", country="KH", licence_number="MOLVT-001/2019")
    organisation = Organisation.objects.get(name="Mekong Helpers")
    content = rows_to_csv([row("A")]).encode()
    batch = ImportBatch.objects.create(
        organisation=organisation, uploaded_by=ngo, file_name="s.csv", sha256="x",
        size=len(content), content=content, status="running", attempts=1,
    )  # fmt: skip
    assert imports.import_batch_run(batch_id=batch.pk) is None  # another worker has it
    ImportBatch.objects.update(heartbeat_at=batch.created_at - imports.STALE_AFTER)
    assert imports.import_batches_sweep() == 1
    batch.refresh_from_db()
    assert batch.status == "done" and batch.attempts == 2 and WorkerReport.objects.count() == 1


def test_an_import_that_keeps_failing_on_our_side_ends_failed_and_says_so(ngo, mailoutbox):
    content = rows_to_csv([row("A")]).encode()
    batch = ImportBatch.objects.create(
        organisation=Organisation.objects.get(name="Mekong Helpers"), uploaded_by=ngo,
        file_name="s.csv", sha256="x", size=len(content), content=content,
        attempts=imports.MAX_ATTEMPTS,
    )  # fmt: skip
    batch = imports.import_batch_run(batch_id=batch.pk, notify=True)
    assert batch.status == "failed" and "failed on our side" in batch.errors[0][2]
    assert batch.content is None and not WorkerReport.objects.exists()
    assert mailoutbox[0].subject == "FairFee: s.csv was not imported"


def _survey(megabytes: int) -> bytes:
    """Valid rows, every reference's five with a long private story and two
    columns of the NGO's own (not imported), until the file has this size."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS + ["our notes", "interview transcript"])
    categories = ["service-fee", "training", "medical", "travel-lodging", "administrative"]
    number = 0
    while out.tell() < megabytes * 2**20 - 30_000:
        number += 1
        for category in categories:
            cells = row(f"S-{number:06d}", category=category, amount=str(100_000 + number),
                        departure_month=f"2024-{number % 12 + 1:02d}", story="s" * 5000)  # fmt: skip
            writer.writerow([cells.get(column, "") for column in COLUMNS] + ["n" * 5000] * 2)
    return out.getvalue().encode()


# Peak Python memory of importing a 50 MB file: the file is read from the
# database in 2 MiB slices and each reference keeps a few hundred bytes, so the
# import needs less memory than the file's size. Measured: about 12 MiB.
MEMORY_BOUND = 40 * 2**20


def test_a_file_just_under_the_limit_imports_in_bounded_memory(ngo, make_agency, settings):
    settings.IMPORT_MAX_BYTES, settings.IMPORT_MAX_ROWS = 55 * 2**20, 10**6
    make_agency(name="Angkor", country="KH", licence_number="MOLVT-001/2019")
    content = _survey(50)
    assert 49 * 2**20 < len(content) < settings.IMPORT_MAX_BYTES
    batch = ImportBatch.objects.create(
        organisation=Organisation.objects.get(name="Mekong Helpers"), uploaded_by=ngo,
        file_name="census.csv", sha256="-", size=len(content), content=content,
    )  # fmt: skip
    del content
    tracemalloc.start()
    try:
        batch = imports.import_batch_run(batch_id=batch.pk)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert batch.status == "done", batch.errors[:3]
    assert batch.reports_made == WorkerReport.objects.count() > 600
    assert peak < MEMORY_BOUND, f"peak Python memory {peak / 2**20:.0f} MiB"
    print(f"50 MB survey: {batch.rows_read} rows imported, peak {peak / 2**20:.1f} MiB")


def _worker_environment() -> dict:
    db = connection.settings_dict
    url = f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
    return {**os.environ, "DATABASE_URL": url, "REDIS_URL": settings.REDIS_URL}


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_a_real_worker_imports_the_file_and_emails_the_uploader(
    client, ngo, make_agency, background
):
    if not settings.REDIS_URL:
        if os.environ.get("CI"):
            pytest.fail("CI must run this test against Redis (.ci/run sets REDIS_URL)")
        pytest.skip("needs REDIS_URL (a broker for the worker); CI runs it")
    celery_app.control.purge()  # leftovers of other tests name rows that are gone
    make_agency(name="Angkor", country="KH", licence_number="MOLVT-001/2019")
    client.force_login(ngo)
    response = upload(client, rows_to_csv([row("A"), row("B"), row("C")]), "june.csv", follow=False)
    assert ImportBatch.objects.get().status == "queued"
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "portal", "worker", "--pool=solo",
         "--loglevel=warning"],
        cwd=ROOT, env=_worker_environment(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        text=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if ImportBatch.objects.filter(status="done").exists():
                break
            time.sleep(0.2)
        else:
            worker.terminate()
            pytest.fail(
                "not imported within 60 s; worker said:\n" + worker.communicate(timeout=10)[0]
            )
        page = client.get(response.url).content.decode()
        assert "<dt>Rows read</dt><dd>3</dd>" in page and "<dt>Reports made</dt><dd>3</dd>" in page
        assert WorkerReport.objects.filter(status="accepted").count() == 3
    finally:
        worker.terminate()
        output = worker.communicate(timeout=20)[0]
    # The worker's e-mail backend is the console: the message is in its output.
    assert "Subject: FairFee: june.csv is imported" in output
    assert "3 reports from june.csv were imported and accepted." in output


def test_an_import_is_seen_by_its_own_organisation_only(ngo_client, ngo_vn, login, cast):
    upload(ngo_client, rows_to_csv([row("A")]), "mine.csv")
    page = f"{URL}{ImportBatch.objects.get().pk}/"
    assert ngo_client.get(page).status_code == 200
    assert login(ngo_vn).get(page).status_code == 404
    assert "mine.csv" not in login(ngo_vn).get(URL).content.decode()
    assert login(cast.alice).get(page).status_code == 403
