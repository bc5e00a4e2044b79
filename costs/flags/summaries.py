"""CostSummary rows: accepted reports and current disclosures aggregated per
(agency, programme, sector), and the batched release of their report figures.

One statement does it all: it aggregates the reports (with each rule's own
counts and the changes since the last release, in the same pass), writes the
rows whose figures changed (INSERT ... SELECT ... ON CONFLICT), deletes the
groups that vanished and returns the groups as they now stand, so a full
recompute costs little more than the bare aggregate.
"""

import json

from django.db import connection, transaction
from django.utils import timezone

from .. import privacy
from ..models import ThresholdRule
from .figures import GroupFigures
from .rules import GROUP_KINDS

KEY = ("agency_id", "programme_id", "sector_id")
# The live figures, and the released columns that copy them (costs.privacy):
# what the public and the agency see changes only in batches.
LIVE = [
    "report_count", "median_usd", "p75_usd", "p90_usd", "mean_months", "median_months",
    "prohibited_count", "first_departure", "last_departure",
    "disclosed_worker_usd", "disclosed_employer_usd", "rule_figures",
]  # fmt: skip
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
PROHIBITED_SQL = "(r.pregnancy_prohibited OR r.passport_held OR r.deposit_demanded)"
# A report-side rule's own count: its practice (blank: any prohibited practice).
PRACTICE_SQL = {practice: f"r.{practice}" for practice in ThresholdRule.Practice.values}
WITH_MONTHS = "r.worker_total_usd > 0 AND r.wage_usd > 0"
MONTHS = "(r.worker_total_usd / r.wage_usd)"


def own_count_rules(rules=None) -> list[ThresholdRule]:
    """The report-side rules that count only the reports they cover: those with
    dates (each report is judged by its own month) or about one practice."""
    if rules is None:
        rules = ThresholdRule.objects.filter(kind__in=GROUP_KINDS, active=True)
    return [r for r in rules if r.kind in GROUP_KINDS and r.active and r.counts_own_reports]


def _rule_columns(rules) -> tuple[str, str, list]:
    """Per such rule, in the one pass over the reports: those inside its scope
    whose whole month of departure lies in its period (a month a rule starts or
    ends in counts for neither side), their number, median and how many show
    its practice; and the JSON object of every rule with at least one report.

    Rules that cover the same reports share their count and median, and a
    rule that covers every report of the group reads the group's own."""
    coverages: dict[tuple, str] = {}  # (conditions, terms) -> column suffix
    practices: dict[tuple, str] = {}  # (coverage, practice) -> column
    columns, objects, params = [], [], []
    for rule in rules:
        covered, terms = [], []
        for field in ("origin_id", "programme_id", "sector_id"):
            if getattr(rule, field) is not None:
                covered.append(f"r.{field} = %s")
                terms.append(getattr(rule, field))
        if rule.effective_from:
            covered.append("r.departure_month >= %s")
            terms.append(rule.effective_from)
        if rule.effective_until:
            covered.append(
                "(r.departure_month + INTERVAL '1 month' - INTERVAL '1 day')::date <= %s"
            )
            terms.append(rule.effective_until)
        coverage = (" AND ".join(covered), tuple(terms))
        if not covered:
            n, median = "r.n", "r.median_usd"
        else:
            if coverage not in coverages:
                suffix = coverages[coverage] = str(len(coverages))
                columns.append(
                    f"""COUNT(*) FILTER (WHERE {coverage[0]}) AS covered_{suffix},
                    percentile_cont(0.5) WITHIN GROUP (ORDER BY r.worker_total_usd)
                        FILTER (WHERE {coverage[0]}) AS covered_median_{suffix},"""
                )
                params += [*terms, *terms]
            n = f"r.covered_{coverages[coverage]}"
            median = f"r.covered_median_{coverages[coverage]}"
        practice = PRACTICE_SQL.get(rule.practice, PROHIBITED_SQL)
        if not covered and practice == PROHIBITED_SQL:
            prohibited = "r.prohibited"
        else:
            if (coverage, practice) not in practices:
                column = practices[(coverage, practice)] = f"practice_{len(practices)}"
                where = " AND ".join([*covered, practice])
                columns.append(f"COUNT(*) FILTER (WHERE {where}) AS {column},")
                params += terms
            prohibited = f"r.{practices[(coverage, practice)]}"
        objects.append(
            f"""CASE WHEN {n} > 0 THEN jsonb_build_object('{int(rule.pk)}', jsonb_build_object(
                'n', {n}, 'median_usd', {median}::numeric(14, 2)::text,
                'prohibited', {prohibited})) ELSE '{{}}'::jsonb END"""
        )
    return "\n".join(columns), " || ".join(["'{}'::jsonb", *objects]), params


def summary_statement(agency_ids, rules, now) -> tuple[str, list]:
    """The statement `refresh_summaries` runs, with its parameters."""
    rule_columns, rule_figures, rule_params = _rule_columns(own_count_rules(rules))
    scope, scope_params = ("", []) if agency_ids is None else ("= ANY(%s)", [list(agency_ids)])
    columns = ", ".join([*KEY, *LIVE, "computed_at", *RELEASED, "released_at"])
    old_live = ", ".join(f"s.{c}" for c in LIVE)
    new_live = ", ".join(f"EXCLUDED.{c}" for c in LIVE)
    old_released = ", ".join(f"s.{c}" for c in [*RELEASED, "released_at"])
    new_released = ", ".join(f"EXCLUDED.{c}" for c in [*RELEASED, "released_at"])
    compared = [*LIVE, *RELEASED, "released_at"]
    was = ", ".join(f"o.{c}" for c in compared)
    now_ = ", ".join(f"n.{c}" for c in compared)
    updates = ", ".join(f"{c} = EXCLUDED.{c}" for c in [*LIVE, *RELEASED, "released_at"])
    released = []
    for column, source in RELEASED.items():
        kept = f"COALESCE(o.{column}, 0)" if column.endswith("_count") else f"o.{column}"
        if column == "released_rule_figures":
            # A group none of whose reports changed since its release has live
            # figures over exactly the released reports: a rule that changed
            # (new dates, a new rule) may show its own counts of them at once
            # without telling anything about any report's timing.
            released.append(
                f"CASE WHEN x.release OR (c.changes = 0 AND o.released_at IS NOT NULL) "
                f"THEN f.{source} ELSE {kept} END AS {column}"
            )
        else:
            released.append(f"CASE WHEN x.release THEN f.{source} ELSE {kept} END AS {column}")
    released = ",\n                ".join(released)
    sql = f"""
        WITH reports AS (
            SELECT r.agency_id, r.programme_id, r.sector_id,
                COUNT(*) AS n,
                percentile_cont(0.5) WITHIN GROUP (ORDER BY r.worker_total_usd) AS median_usd,
                percentile_cont(0.75) WITHIN GROUP (ORDER BY r.worker_total_usd) AS p75_usd,
                percentile_cont(0.9) WITHIN GROUP (ORDER BY r.worker_total_usd) AS p90_usd,
                AVG({MONTHS}) FILTER (WHERE {WITH_MONTHS}) AS mean_months,
                percentile_cont(0.5) WITHIN GROUP (ORDER BY {MONTHS})
                    FILTER (WHERE {WITH_MONTHS}) AS median_months,
                COUNT(*) FILTER (WHERE {PROHIBITED_SQL}) AS prohibited,
                MIN(r.departure_month) AS first_departure,
                MAX(r.departure_month) AS last_departure,
                {rule_columns}
                -- The changes since the group's last release, counted without a
                -- log: reports accepted since are additions, reports accepted
                -- before it but changed since are corrections, and the released
                -- count minus the reports already there gives the removals.
                COUNT(*) FILTER (
                    WHERE r.accepted_at > COALESCE(o.released_at, '-infinity')
                ) AS added,
                COUNT(*) FILTER (
                    WHERE r.accepted_at <= o.released_at AND r.changed_at > o.released_at
                ) AS corrected,
                COUNT(*) FILTER (
                    WHERE r.accepted_at <= COALESCE(o.released_at, '-infinity')
                ) AS kept
            FROM costs_workerreport AS r
            LEFT JOIN costs_costsummary AS o
                ON o.agency_id = r.agency_id AND o.programme_id = r.programme_id
                AND o.sector_id = r.sector_id
            WHERE r.status = 'accepted' AND r.agency_id IS NOT NULL
                {"AND r.agency_id " + scope if scope else ""}
            GROUP BY r.agency_id, r.programme_id, r.sector_id
        ),
        disclosures AS (
            SELECT d.agency_id, d.programme_id, d.sector_id, d.worker_total_usd,
                d.employer_total_usd
            FROM costs_disclosure AS d
            WHERE d.status = 'published' {"AND d.agency_id " + scope if scope else ""}
        ),
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
                {rule_figures} AS rule_figures,
                COALESCE(r.added, 0) + COALESCE(r.corrected, 0) AS changed,
                COALESCE(r.kept, 0) AS kept
            FROM reports AS r
            FULL OUTER JOIN disclosures AS d
                ON r.agency_id = d.agency_id AND r.programme_id = d.programme_id
                AND r.sector_id = d.sector_id
        ),
        next AS (
            SELECT f.agency_id, f.programme_id, f.sector_id, {", ".join(f"f.{c}" for c in LIVE)},
                %s::timestamptz AS computed_at,
                {released},
                CASE WHEN x.release THEN %s::timestamptz ELSE o.released_at END AS released_at,
                o.id AS old_id
            FROM fresh AS f
            LEFT JOIN costs_costsummary AS o
                ON o.agency_id = f.agency_id AND o.programme_id = f.programme_id
                AND o.sector_id = f.sector_id
            CROSS JOIN LATERAL (
                SELECT f.changed + GREATEST(COALESCE(o.released_count, 0) - f.kept, 0) AS changes
            ) AS c
            -- Released when enough reports changed since the last release, or
            -- one did RELEASE_DELAY ago (costs.privacy).
            CROSS JOIN LATERAL (
                SELECT c.changes >= %s
                    OR (c.changes >= 1 AND COALESCE(o.released_at, '-infinity') <= %s) AS release
            ) AS x
        ),
        written AS (
            -- Only new and changed groups: a conflicting row costs a lock even
            -- when it is left as it was.
            INSERT INTO costs_costsummary AS s ({columns})
            SELECT {", ".join(f"n.{c}" for c in [*KEY, *LIVE, "computed_at", *RELEASED, "released_at"])}
            FROM next AS n
            LEFT JOIN costs_costsummary AS o ON o.id = n.old_id
            WHERE o.id IS NULL OR ({was}) IS DISTINCT FROM ({now_})
            ON CONFLICT (agency_id, programme_id, sector_id) DO UPDATE SET {updates},
                computed_at = CASE WHEN ({old_live}) IS DISTINCT FROM ({new_live})
                    THEN EXCLUDED.computed_at ELSE s.computed_at END
            WHERE ({old_live}, {old_released}) IS DISTINCT FROM ({new_live}, {new_released})
            RETURNING 1
        ),
        deleted AS (
            DELETE FROM costs_costsummary AS s
            WHERE {"s.agency_id " + scope + " AND" if scope else ""} NOT EXISTS (
                SELECT 1 FROM next AS n WHERE n.old_id = s.id
            )
            RETURNING 1
        )
        SELECT {", ".join(GROUP_COLUMNS)} FROM next
    """
    params = [
        *rule_params, *scope_params, *scope_params,
        now, now, privacy.RELEASE_MIN_CHANGES, now - privacy.RELEASE_DELAY, *scope_params,
    ]  # fmt: skip
    return sql, params


# The columns the flag engine reads: each group's figures live (for reviewers)
# and as last released (for everyone else). GroupFigures' fields, in order.
GROUP_FIELDS = [f for f in GroupFigures.__dataclass_fields__ if f != "has_disclosure"]
_LIVE_NAME = {live: name for name, live in RELEASED.items()}
GROUP_COLUMNS = [
    *GROUP_FIELDS,
    *(_LIVE_NAME.get(f, f) for f in GROUP_FIELDS if f not in KEY),
]


def refresh_summaries(agency_ids=None, rules=None) -> list[tuple]:
    """Recompute the summaries of these agencies (None: all of them) and
    release what may be released to the public (costs.privacy). Rows whose
    figures did not change are left alone; groups with neither accepted reports
    nor a current disclosure any more are deleted. `rules`: the rules already
    loaded, to spare a query.

    Returns every group as it now stands, a row of GROUP_COLUMNS each (rule
    figures as JSON text)."""
    sql, params = summary_statement(agency_ids, rules, timezone.now())
    if agency_ids is not None:
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()
    with transaction.atomic(), connection.cursor() as cursor:
        # Compiling the statement for all agencies (PostgreSQL's JIT, which its
        # cost estimate triggers) takes longer than running it.
        cursor.execute("SET LOCAL jit = off")
        cursor.execute(sql, params)
        return cursor.fetchall()


def json_value(value) -> dict | None:
    """A JSON column read with a plain cursor: Django leaves it as text."""
    return json.loads(value) if isinstance(value, str) else value
