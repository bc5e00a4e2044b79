import datetime
import threading

import pytest
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from costs.flags.engine import agency_recompute, recompute_all, sweep_stale
from costs.flags.notifications import flag_opened_notify
from costs.models import CostSummary, Flag, FlagEvent, ThresholdRule


def snapshot():
    return (
        sorted(
            Flag.objects.values_list("agency", "rule", "programme", "sector", "status", "evidence")
        ),
        FlagEvent.objects.count(),
        sorted(
            CostSummary.objects.values_list(
                "agency", "programme", "sector", "report_count", "median_usd"
            )
        ),
    )


@pytest.fixture
def busy(make_agency, publish, report):
    """An agency that charges workers, with reports well above its disclosure."""
    agency = make_agency(name="Busy Co")
    publish(
        agency,
        lines=[("service-fee", "1000", "USD", "worker"), ("deposit", "100", "USD", "worker")],
    )
    for amount in ["3000", "3500", "4000"]:
        report(agency, paid=[("service-fee", amount, "USD")], accept=True)
    return agency


def test_running_twice_changes_nothing(busy):
    recompute_all()
    first = snapshot()
    assert first[0] and first[1]
    recompute_all()
    agency_recompute(agency_id=busy.pk)
    assert snapshot() == first


def test_the_summary_holds_percentiles_months_and_the_disclosure(busy):
    agency_recompute(agency_id=busy.pk)
    summary = CostSummary.objects.get(agency=busy)
    assert summary.report_count == 3
    assert (summary.median_usd, summary.p75_usd, summary.p90_usd) == (3500, 3750, 3900)
    assert summary.disclosed_worker_usd == 1100
    assert summary.median_months is not None and summary.mean_months is not None
    busy.refresh_from_db()
    assert busy.summaries_stale_at is None


def test_a_flag_opens_with_an_event_that_quotes_the_rule(busy):
    agency_recompute(agency_id=busy.pk)
    gap = Flag.objects.get(agency=busy, rule__kind="gap")
    event = gap.events.get()
    assert event.kind == "opened" and event.evidence == gap.evidence
    assert "10%" in event.citation


def test_a_condition_that_goes_away_clears_the_flag_and_returns_to_reopen_it(busy, report, publish):
    agency_recompute(agency_id=busy.pk)
    gap = Flag.objects.get(agency=busy, rule__kind="gap")
    publish(busy, lines=[("service-fee", "3500", "USD", "worker")])  # now disclosed honestly
    agency_recompute(agency_id=busy.pk)
    gap.refresh_from_db()
    assert gap.status == "cleared" and gap.closed_at
    assert list(gap.events.values_list("kind", flat=True)) == ["opened", "cleared"]

    for _ in range(3):
        report(busy, paid=[("service-fee", "9000", "USD")], accept=True)
    agency_recompute(agency_id=busy.pk)
    gap.refresh_from_db()
    assert gap.status == "open" and gap.closed_at is None
    assert list(gap.events.values_list("kind", flat=True)) == ["opened", "cleared", "reopened"]
    assert Flag.objects.filter(agency=busy, rule__kind="gap").count() == 1


def test_new_figures_update_the_flag_with_an_event(busy, report):
    agency_recompute(agency_id=busy.pk)
    report(busy, paid=[("service-fee", "5000", "USD")], accept=True)
    agency_recompute(agency_id=busy.pk)
    gap = Flag.objects.get(agency=busy, rule__kind="gap")
    assert gap.evidence["reports"] == "4"
    assert list(gap.events.values_list("kind", flat=True)) == ["opened", "evidence_changed"]


def test_a_flag_under_review_is_not_cleared_silently(busy, publish):
    agency_recompute(agency_id=busy.pk)
    gap = Flag.objects.get(agency=busy, rule__kind="gap")
    Flag.objects.filter(pk=gap.pk).update(status="under_review")
    publish(busy, lines=[("service-fee", "3500", "USD", "worker")])
    agency_recompute(agency_id=busy.pk)
    agency_recompute(agency_id=busy.pk)
    gap.refresh_from_db()
    assert gap.status == "under_review"
    assert list(gap.events.values_list("kind", flat=True)) == ["opened", "condition_cleared"]


def test_a_dismissed_case_is_not_reopened_for_the_same_figures(busy):
    agency_recompute(agency_id=busy.pk)
    gap = Flag.objects.get(agency=busy, rule__kind="gap")
    Flag.objects.filter(pk=gap.pk).update(status="dismissed", closed_at=timezone.now())
    agency_recompute(agency_id=busy.pk)
    assert Flag.objects.filter(agency=busy, rule__kind="gap").count() == 1


def test_the_database_allows_one_active_flag_per_group(busy):
    agency_recompute(agency_id=busy.pk)
    flag = Flag.objects.filter(agency=busy, programme__isnull=False).first()
    unlicensed_like = Flag.objects.create(
        agency=busy, rule=flag.rule, programme=None, sector=None, severity="info",
        opened_at=timezone.now(), updated_at=timezone.now(),
    )  # fmt: skip
    with pytest.raises(IntegrityError), transaction.atomic():
        Flag.objects.create(
            agency=busy, rule=flag.rule, programme=None, sector=None, severity="info",
            opened_at=timezone.now(), updated_at=timezone.now(),
        )  # fmt: skip
    with pytest.raises(IntegrityError), transaction.atomic():
        Flag.objects.create(
            agency=busy, rule=flag.rule, programme=flag.programme, sector=flag.sector,
            severity="info", opened_at=timezone.now(), updated_at=timezone.now(),
        )  # fmt: skip
    unlicensed_like.status = "cleared"
    unlicensed_like.save()


def test_flag_events_are_never_edited_or_deleted(busy):
    agency_recompute(agency_id=busy.pk)
    event = FlagEvent.objects.first()
    event.text = "rewritten"
    with pytest.raises(PermissionError):
        event.save()
    with pytest.raises(PermissionError):
        event.delete()


def test_the_sweep_recomputes_every_stale_agency(busy, make_agency, publish):
    other = make_agency(name="Other Co")
    publish(other)
    assert sweep_stale() == 2
    busy.refresh_from_db()
    other.refresh_from_db()
    assert busy.summaries_stale_at is None and other.summaries_stale_at is None
    assert Flag.objects.filter(agency=other).exists()
    assert sweep_stale() == 0


def test_agency_members_are_told_in_their_own_language(busy, django_user_model, mailoutbox):
    from agencies.models import AgencyMembership

    for name, language in [("sok", "km"), ("lan", "vi"), ("tom", "")]:
        user = django_user_model.objects.create_user(
            username=name, email=f"{name}@example.org", language=language
        )
        AgencyMembership.objects.create(user=user, agency=busy, verified=True)
    agency_recompute(agency_id=busy.pk)
    gap = Flag.objects.get(agency=busy, rule__kind="gap")
    assert flag_opened_notify(flag_id=gap.pk) == 3
    bodies = {mail.to[0]: mail.body for mail in mailoutbox}
    assert f"/km/agencies/{busy.slug}/#flag-{gap.pk}" in bodies["sok@example.org"]
    assert f"/vi/agencies/{busy.slug}/#flag-{gap.pk}" in bodies["lan@example.org"]
    assert "Workers who went with this agency report paying much more" in bodies["tom@example.org"]
    assert "Workers who went with this agency" not in bodies["sok@example.org"]


@pytest.mark.django_db(transaction=True)
def test_concurrent_recomputes_of_one_agency_leave_one_flag_each(make_agency, publish, report):
    agency = make_agency(name="Race Co")
    publish(agency, lines=[("service-fee", "1000", "USD", "worker")])
    for amount in ["3000", "3500", "4000"]:
        report(agency, paid=[("service-fee", amount, "USD")], accept=True)
    barrier, errors = threading.Barrier(4), []

    def run():
        barrier.wait()
        try:
            agency_recompute(agency_id=agency.pk)
        except Exception as error:  # an IntegrityError would mean a duplicate
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    kinds = list(Flag.objects.filter(agency=agency).values_list("rule__code", flat=True))
    assert len(kinds) == len(set(kinds))
    assert FlagEvent.objects.filter(flag__agency=agency, kind="opened").count() == len(kinds)


def statements_of_one_recompute(agency, report) -> int:
    """The SQL statements of an agency's recompute after one more accepted report."""
    from django.test.utils import CaptureQueriesContext

    report(agency, paid=[("service-fee", "3600", "USD")], accept=True)
    with CaptureQueriesContext(connection) as statements:
        agency_recompute(agency_id=agency.pk)
    return len(statements)


def test_one_agency_costs_the_same_statements_whatever_its_groups_and_rules(busy, publish, report):
    agency_recompute(agency_id=busy.pk)
    few = statements_of_one_recompute(busy, report)
    # The test's own savepoint and its release, the lock, the rules, the
    # summaries, disclosures, cost categories, flags, flag update, events, stale mark.
    assert few <= 11

    # Four more jobs with a disclosure and reports each, and more rules of
    # every side: dated report-side rules, a disclosure cap and an agency rule.
    for sector in ["nursing-care", "building-cleaning", "industrial-manufacturing", "shipbuilding"]:
        publish(busy, sector=sector, lines=[("service-fee", "900", "USD", "worker")])
        for amount in ["2000", "2500", "3000"]:
            report(busy, sector=sector, paid=[("service-fee", amount, "USD")], accept=True)
    for n in range(3):
        ThresholdRule.objects.create(
            code=f"passport-kept-{n}", kind="contract_issue", tier="heuristic", value=1,
            unit="reports", min_reports=1, practice="passport_held", citation_en="test",
            effective_from=datetime.date(2020 + n, 1, 1),
        )  # fmt: skip
        ThresholdRule.objects.create(
            code=f"fee-cap-{n}", kind="usd_cap", tier="heuristic", value=500 + n, unit="usd",
            citation_en="test",
        )  # fmt: skip
        ThresholdRule.objects.create(
            code=f"licence-{n}", kind="unlicensed", tier="heuristic", citation_en="test"
        )
    agency_recompute(agency_id=busy.pk)
    assert busy.summaries.count() == 5
    assert Flag.objects.filter(agency=busy, rule__code="fee-cap-2").count() == 5

    assert statements_of_one_recompute(busy, report) == few
