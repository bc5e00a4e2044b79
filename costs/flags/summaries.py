"""CostSummary rows: accepted reports and current disclosures aggregated per
(agency, programme, sector).

The aggregate runs in the database and its result is written by the same
statement (INSERT ... SELECT ... ON CONFLICT), so a full recompute costs little
more than the aggregate itself.
"""

from django.db import connection
from django.db.models import Avg, Count, DecimalField, ExpressionWrapper, F, Max, Min, Q
from django.utils import timezone

from .. import privacy
from ..models import Disclosure, ThresholdRule, WorkerReport
from .aggregates import PercentileCont
from .rules import GROUP_KINDS

GROUP = ("agency_id", "programme_id", "sector_id")
PROHIBITED = Q(pregnancy_prohibited=True) | Q(passport_held=True) | Q(deposit_demanded=True)
WITH_MONTHS = Q(worker_total_usd__gt=0, wage_usd__gt=0)
SUMMARY_COLUMNS = [
    "report_count", "median_usd", "p75_usd", "p90_usd", "mean_months", "median_months",
    "prohibited_count", "first_departure", "last_departure",
    "disclosed_worker_usd", "disclosed_employer_usd", "rule_figures", "computed_at",
]  # fmt: skip
# A report-side rule's own count: its practice (blank: any prohibited practice).
PRACTICE_SQL = """CASE t.practice
    WHEN 'pregnancy_prohibited' THEN r.pregnancy_prohibited
    WHEN 'passport_held' THEN r.passport_held
    WHEN 'deposit_demanded' THEN r.deposit_demanded
    ELSE (r.pregnancy_prohibited OR r.passport_held OR r.deposit_demanded) END"""


def _accepted(agency_ids):
    reports = WorkerReport.objects.accepted().filter(agency__isnull=False)
    return reports if agency_ids is None else reports.filter(agency_id__in=agency_ids)


def _current(agency_ids):
    disclosures = Disclosure.objects.current()
    return disclosures if agency_ids is None else disclosures.filter(agency_id__in=agency_ids)


def report_aggregate(agency_ids=None):
    """The aggregate over accepted reports, one row per group (a QuerySet)."""
    months = ExpressionWrapper(
        F("worker_total_usd") / F("wage_usd"),
        output_field=DecimalField(max_digits=20, decimal_places=6),
    )
    return (
        _accepted(agency_ids)
        .values(*GROUP)
        .annotate(
            n=Count("id"),
            median_usd=PercentileCont("worker_total_usd", 0.5),
            p75_usd=PercentileCont("worker_total_usd", 0.75),
            p90_usd=PercentileCont("worker_total_usd", 0.9),
            mean_months=Avg(months, filter=WITH_MONTHS),
            median_months=PercentileCont(months, 0.5, filter=WITH_MONTHS),
            prohibited=Count("id", filter=PROHIBITED),
            first_departure=Min("departure_month"),
            last_departure=Max("departure_month"),
        )
        .order_by()
    )


def own_count_rules() -> list[int]:
    """The report-side rules that count only the reports they cover: those with
    dates (each report is judged by its own month) or about one practice."""
    rules = ThresholdRule.objects.filter(kind__in=GROUP_KINDS, active=True)
    return [rule.pk for rule in rules if rule.counts_own_reports]


def _rule_figures_sql(agency_ids) -> tuple[str, list]:
    """Per group and per such rule, set-based: the reports inside the rule's
    scope whose whole month of departure lies in the rule's period (a month a
    rule starts or ends in counts for neither side), their number, median and
    how many show the rule's practice; one JSON object per group."""
    scope, params = (
        ("", []) if agency_ids is None else ("AND r.agency_id = ANY(%s)", [list(agency_ids)])
    )
    sql = f"""
        rule_rows AS (
            SELECT r.agency_id, r.programme_id, r.sector_id, t.id AS rule_id,
                COUNT(*) AS n,
                percentile_cont(0.5) WITHIN GROUP (ORDER BY r.worker_total_usd) AS median_usd,
                COUNT(*) FILTER (WHERE {PRACTICE_SQL}) AS prohibited
            FROM costs_workerreport AS r
            JOIN costs_thresholdrule AS t ON t.id = ANY(%s)
                AND (t.origin_id IS NULL OR t.origin_id = r.origin_id)
                AND (t.programme_id IS NULL OR t.programme_id = r.programme_id)
                AND (t.sector_id IS NULL OR t.sector_id = r.sector_id)
                AND (t.effective_from IS NULL OR r.departure_month >= t.effective_from)
                AND (t.effective_until IS NULL
                     OR (r.departure_month + INTERVAL '1 month' - INTERVAL '1 day')::date
                        <= t.effective_until)
            WHERE r.status = 'accepted' AND r.agency_id IS NOT NULL {scope}
            GROUP BY r.agency_id, r.programme_id, r.sector_id, t.id
        ),
        rule_json AS (
            SELECT agency_id, programme_id, sector_id,
                jsonb_object_agg(rule_id::text, jsonb_build_object(
                    'n', n, 'median_usd', median_usd::numeric(14, 2)::text,
                    'prohibited', prohibited)) AS rule_figures
            FROM rule_rows GROUP BY agency_id, programme_id, sector_id
        ),"""
    return sql, [own_count_rules(), *params]


def refresh_summaries(agency_ids=None) -> None:
    """Recompute the summaries of these agencies (None: all of them). Rows whose
    figures did not change are left alone; groups with neither accepted reports
    nor a current disclosure any more are deleted. Then release what may be
    released to the public."""
    now = timezone.now()
    reports_sql, reports_params = report_aggregate(agency_ids).query.sql_with_params()
    disclosures = (
        _current(agency_ids).values(*GROUP, "worker_total_usd", "employer_total_usd").order_by()
    )
    disclosures_sql, disclosures_params = disclosures.query.sql_with_params()
    figures = [c for c in SUMMARY_COLUMNS if c != "computed_at"]
    columns = ", ".join(["agency_id", "programme_id", "sector_id", *SUMMARY_COLUMNS])
    updates = ", ".join(f"{c} = EXCLUDED.{c}" for c in SUMMARY_COLUMNS)
    old = ", ".join(f"costs_costsummary.{c}" for c in figures)
    new = ", ".join(f"EXCLUDED.{c}" for c in figures)
    scope, scope_params = (
        ("", []) if agency_ids is None else ("s.agency_id = ANY(%s) AND", [list(agency_ids)])
    )
    # One statement: aggregate, write what changed, delete what vanished. The
    # DELETE sees the table as it was before the INSERT, so it never removes a
    # row this statement wrote.
    rules_sql, rules_params = _rule_figures_sql(agency_ids)
    sql = f"""
        WITH {rules_sql}
        fresh AS (
            SELECT
                COALESCE(r.agency_id, d.agency_id) AS agency_id,
                COALESCE(r.programme_id, d.programme_id) AS programme_id,
                COALESCE(r.sector_id, d.sector_id) AS sector_id,
                COALESCE(r.n, 0) AS report_count,
                r.median_usd::numeric(14, 2) AS median_usd,
                r.p75_usd::numeric(14, 2) AS p75_usd,
                r.p90_usd::numeric(14, 2) AS p90_usd,
                r.mean_months::numeric(10, 2) AS mean_months,
                r.median_months::numeric(10, 2) AS median_months,
                COALESCE(r.prohibited, 0) AS prohibited_count,
                r.first_departure, r.last_departure,
                d.worker_total_usd AS disclosed_worker_usd,
                d.employer_total_usd AS disclosed_employer_usd,
                COALESCE(j.rule_figures, '{{}}'::jsonb) AS rule_figures,
                %s::timestamptz AS computed_at
            FROM ({reports_sql}) AS r
            FULL OUTER JOIN ({disclosures_sql}) AS d
                ON r.agency_id = d.agency_id AND r.programme_id = d.programme_id
                AND r.sector_id = d.sector_id
            LEFT JOIN rule_json AS j
                ON j.agency_id = COALESCE(r.agency_id, d.agency_id)
                AND j.programme_id = COALESCE(r.programme_id, d.programme_id)
                AND j.sector_id = COALESCE(r.sector_id, d.sector_id)
        ),
        written AS (
            INSERT INTO costs_costsummary ({columns})
            SELECT {columns} FROM fresh
            ON CONFLICT (agency_id, programme_id, sector_id) DO UPDATE SET {updates}
            WHERE ({old}) IS DISTINCT FROM ({new})
            RETURNING 1
        )
        DELETE FROM costs_costsummary AS s
        WHERE {scope} NOT EXISTS (
            SELECT 1 FROM fresh AS f
            WHERE f.agency_id = s.agency_id AND f.programme_id = s.programme_id
            AND f.sector_id = s.sector_id
        )
    """
    with connection.cursor() as cursor:
        cursor.execute(
            sql, [*rules_params, now, *reports_params, *disclosures_params, *scope_params]
        )
    release_summaries(agency_ids, now)


RELEASED = {
    "released_count": "report_count",
    "released_median_usd": "median_usd",
    "released_p75_usd": "p75_usd",
    "released_median_months": "median_months",
    "released_prohibited_count": "prohibited_count",
    "released_first_departure": "first_departure",
    "released_last_departure": "last_departure",
    "released_rule_figures": "rule_figures",
}


def release_summaries(agency_ids=None, now=None) -> None:
    """Copy the live report figures of these agencies' groups to their released
    columns, where the disclosure-control policy allows (costs.privacy): when at
    least RELEASE_MIN_CHANGES accepted reports were added, corrected or removed
    since the last release, or one was RELEASE_DELAY ago.

    Changes are counted without a log: reports accepted since the release are
    additions, reports accepted before it but changed since are corrections,
    and the released count minus the reports that were already there gives
    the removals (deleted, rejected, or back to moderation)."""
    now = now or timezone.now()
    scope, scope_params = (
        ("", []) if agency_ids is None else ("AND s.agency_id = ANY(%s)", [list(agency_ids)])
    )
    assignments = ", ".join(f"{released} = s.{live}" for released, live in RELEASED.items())
    changes = f"""
        WITH counted AS (
            SELECT s.id,
                COUNT(r.id) FILTER (
                    WHERE r.accepted_at > COALESCE(s.released_at, '-infinity')
                ) AS added,
                COUNT(r.id) FILTER (
                    WHERE r.accepted_at <= s.released_at AND r.changed_at > s.released_at
                ) AS corrected,
                COUNT(r.id) FILTER (
                    WHERE r.accepted_at <= COALESCE(s.released_at, '-infinity')
                ) AS kept
            FROM costs_costsummary AS s
            LEFT JOIN costs_workerreport AS r
                ON r.agency_id = s.agency_id AND r.programme_id = s.programme_id
                AND r.sector_id = s.sector_id AND r.status = 'accepted'
            WHERE TRUE {scope}
            GROUP BY s.id
        ),
        changes AS (
            SELECT id, added + corrected + GREATEST(released_count - kept, 0) AS n, released_at
            FROM counted JOIN costs_costsummary USING (id)
        )"""
    sql = f"""{changes}
        UPDATE costs_costsummary AS s
        SET {assignments}, released_at = %s
        FROM changes AS c
        WHERE c.id = s.id AND (
            c.n >= %s
            OR (c.n >= 1 AND COALESCE(c.released_at, '-infinity') <= %s)
        )
    """
    params = [*scope_params, now, privacy.RELEASE_MIN_CHANGES, now - privacy.RELEASE_DELAY]
    # A group none of whose reports changed since its release has live figures
    # over exactly the released reports: a rule that changed (new dates, a new
    # rule) may show its own counts of them at once without telling anything
    # about any report's timing.
    unchanged = f"""{changes}
        UPDATE costs_costsummary AS s SET released_rule_figures = s.rule_figures
        FROM changes AS c
        WHERE c.id = s.id AND c.n = 0 AND c.released_at IS NOT NULL
        AND s.released_rule_figures IS DISTINCT FROM s.rule_figures
    """
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        cursor.execute(unchanged, scope_params)
