"""The flag engine: recompute summaries, evaluate every rule, and open, update,
clear or reopen flags, each change a FlagEvent. Running it twice changes nothing.

Set-based: the plain rows it needs (disclosures with their lines, the groups'
summaries, the rules in force, the latest flag of each key) come in a handful
of queries whatever the number of groups and rules; the rules judge them in
bulk (costs.flags.rules.RuleBook); the result is compared with the flags in
one pass and written with one statement per kind of write."""

import json
import logging
from collections import defaultdict
from typing import NamedTuple

from django.db import connection, transaction
from django.db.models import OuterRef, Subquery
from django.utils import timezone

from agencies.models import Agency

from .. import privacy, queue
from ..models import ACTIVE_STATUSES, Flag, FlagEvent, ThresholdRule, ThresholdRuleVersion
from .figures import DisclosureFigures, GroupFigures, recruitment_fee_ids
from .rules import RuleBook
from .summaries import GROUP_COLUMNS, GROUP_FIELDS, json_value, refresh_summaries

logger = logging.getLogger(__name__)
Key = tuple  # (agency_id, rule_id, programme_id | None, sector_id | None)


class Condition(NamedTuple):
    """A rule that fires now: the live evidence (reviewers), and whether the
    public and the agency may see it, with what the released figures show."""

    evidence: dict
    public: bool
    public_evidence: dict


def _open(evidence: dict) -> Condition:
    """A condition from the agency's own published record: public as it is."""
    return Condition(evidence, True, evidence)


class AgencyRow(NamedTuple):
    """The columns of an agency the rules read, with the model's own licence logic."""

    pk: int
    country: str
    licence_status: str
    licence_valid_until: object

    is_licensed = Agency.is_licensed
    effective_licence_status = Agency.effective_licence_status


def load_rules() -> list[ThresholdRule]:
    """Every rule, each with the id of its version in force (`current_version_id`):
    every flag and event judged now records it."""
    current = ThresholdRuleVersion.objects.filter(rule=OuterRef("pk"), number=OuterRef("version"))
    return list(ThresholdRule.objects.annotate(current_version_id=Subquery(current.values("pk"))))


def _scope(column: str, agency_ids) -> tuple[str, list]:
    return ("", []) if agency_ids is None else (f"AND {column} = ANY(%s)", [list(agency_ids)])


def _disclosures(agency_ids) -> list[tuple]:
    """Each current disclosure's terms and its lines as three arrays (category
    ids, payers, USD amounts): one row per disclosure."""
    scope, params = _scope("d.agency_id", agency_ids)
    sql = f"""
        SELECT d.agency_id, d.origin_id, d.programme_id, d.sector_id, d.contract_months,
            d.wage_usd, d.basic_wage_usd, (d.published_at AT TIME ZONE %s)::date,
            array_agg(i.category_id) FILTER (WHERE i.amount_usd IS NOT NULL),
            array_agg(i.payer) FILTER (WHERE i.amount_usd IS NOT NULL),
            array_agg(i.amount_usd) FILTER (WHERE i.amount_usd IS NOT NULL)
        FROM costs_disclosure AS d
        LEFT JOIN costs_disclosureitem AS i ON i.disclosure_id = d.id
        WHERE d.status = 'published' {scope}
        GROUP BY d.id
    """
    with connection.cursor() as cursor:
        cursor.execute(sql, [timezone.get_current_timezone_name(), *params])
        return cursor.fetchall()


def _groups(rows):
    """Each summary as two GroupFigures, live (exact) and as last released; the
    same object twice when nothing is waiting for release."""
    width = len(GROUP_FIELDS)
    key = 3  # agency, programme, sector: shared by both
    for row in rows:
        live_values, released_values = row[key:width], row[width:]
        live = GroupFigures(*row[:key], *live_values[:-1], json_value(live_values[-1]))
        if live_values == released_values:
            yield live, live
        else:
            released = GroupFigures(
                *row[:key], *released_values[:-1], json_value(released_values[-1])
            )
            yield live, released


def _conditions(book: RuleBook, agencies: dict, disclosures, groups) -> dict[Key, Condition]:
    """Every (agency, rule, programme, sector) whose rule fires now, with its evidence."""
    conditions: dict[Key, Condition] = {}
    active_agencies, disclosed_groups = set(), set()
    recruitment_ids = recruitment_fee_ids() if disclosures else frozenset()
    for (agency_id, origin, programme_id, sector_id, months, wage, basic, published_on,
         categories, payers, amounts) in disclosures:  # fmt: skip
        active_agencies.add(agency_id)
        disclosed_groups.add((agency_id, programme_id, sector_id))
        if not book.covers_disclosure(origin, programme_id, sector_id, published_on, months):
            continue
        figures = DisclosureFigures.from_lines(
            zip(categories or (), payers or (), amounts or (), strict=True),
            origin=origin,
            programme_id=programme_id,
            sector_id=sector_id,
            contract_months=months,
            wage_usd=wage,
            basic_wage_usd=basic,
            published_on=published_on,
            recruitment_ids=recruitment_ids,
        )
        for rule, verdict in book.disclosure(figures):
            if verdict.broken:
                conditions[(agency_id, rule.pk, programme_id, sector_id)] = _open(verdict.evidence)

    recent = timezone.localdate().replace(day=1)
    recent = recent.replace(year=recent.year - 3)
    levels: dict[tuple, ThresholdRule] = {}
    # Agencies active through reports only: those whose released reports may be
    # shown make an unlicensed flag public; the rest are a signal for reviewers.
    reported_recently: dict[int, int] = defaultdict(int)
    for live, released in groups:
        key = (live.agency_id, live.programme_id, live.sector_id)
        live.has_disclosure = released.has_disclosure = key in disclosed_groups
        origin = agencies[live.agency_id].country
        if live.report_count and live.last_departure and live.last_departure >= recent:
            active_agencies.add(live.agency_id)
        if released.last_departure and released.last_departure >= recent:
            reported_recently[live.agency_id] += released.report_count
        for rule in book.group_rules(origin, live.programme_id, live.sector_id):
            verdict = book.group(rule, live)
            # The public learns of it only from released figures of enough
            # reports, and a public flag stays until a release clears it, so
            # neither its opening nor its clearing can be timed to one report.
            shown = verdict if released is live else book.group(rule, released)
            public = shown.broken and privacy.may_show(int(shown.evidence.get("reports", 0)))
            if not (verdict.broken or public):
                continue
            if rule.kind == ThresholdRule.Kind.CONTRACT_ISSUE:
                # Levels of one practice: only the highest that is reached is flagged.
                level = (key, rule.practice)
                best = levels.get(level)
                if best and (best.min_reports or 0) >= (rule.min_reports or 0):
                    continue
                if best:
                    conditions.pop((key[0], best.pk, key[1], key[2]), None)
                levels[level] = rule
            conditions[(key[0], rule.pk, key[1], key[2])] = Condition(
                verdict.evidence if verdict.broken else shown.evidence,
                public,
                shown.evidence if public else {},
            )

    disclosing = {agency_id for agency_id, _p, _s in disclosed_groups}
    for agency in agencies.values():
        for rule, verdict in book.agency(agency, agency.pk in active_agencies):
            if verdict.broken:
                public = agency.pk in disclosing or privacy.may_show(reported_recently[agency.pk])
                conditions[(agency.pk, rule.pk, None, None)] = Condition(
                    verdict.evidence, public, verdict.evidence if public else {}
                )
    return conditions


class FlagRow(NamedTuple):
    pk: int
    agency_id: int
    rule_id: int
    programme_id: int | None
    sector_id: int | None
    status: str
    evidence: dict
    public: bool
    public_evidence_json: str
    public_since: object
    rule_version_id: int | None

    @property
    def is_active(self) -> bool:
        return self.status in ACTIVE_STATUSES

    @property
    def public_evidence(self) -> dict:
        # Read only when the flag's public side is compared: most are not.
        return json_value(self.public_evidence_json)


def _latest_flags(agency_ids) -> dict[Key, FlagRow]:
    """Per key, its active flag, or else the one opened last."""
    scope, params = _scope("agency_id", agency_ids)
    sql = f"""
        SELECT DISTINCT ON (agency_id, rule_id, programme_id, sector_id)
            id, agency_id, rule_id, programme_id, sector_id, status, evidence, public,
            public_evidence, public_since, rule_version_id
        FROM costs_flag
        WHERE TRUE {scope}
        ORDER BY agency_id, rule_id, programme_id, sector_id,
            status = ANY(%s) DESC, opened_at DESC, id DESC
    """
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, list(ACTIVE_STATUSES)])
        return {
            row[1:5]: FlagRow(*row[:6], json_value(row[6]), *row[7:]) for row in cursor.fetchall()
        }


# The columns a change writes, in the order of `_update_flags`' arrays.
CHANGED = ["status", "evidence", "public", "public_evidence", "public_since", "closed_at",
           "rule_version_id"]  # fmt: skip


def _update_flags(changed: dict[int, dict], now) -> None:
    """Every changed flag in one UPDATE."""
    if not changed:
        return
    ids = list(changed)
    columns = {name: [changed[pk][name] for pk in ids] for name in CHANGED}
    for name in ("evidence", "public_evidence"):
        columns[name] = [json.dumps(value) for value in columns[name]]
    sql = """
        UPDATE costs_flag AS f SET status = v.status, evidence = v.evidence::jsonb,
            public = v.public, public_evidence = v.public_evidence::jsonb,
            public_since = v.public_since, closed_at = v.closed_at,
            rule_version_id = v.rule_version_id, updated_at = %s
        FROM unnest(%s::bigint[], %s::text[], %s::text[], %s::boolean[], %s::text[],
                    %s::timestamptz[], %s::timestamptz[], %s::bigint[])
            AS v(id, status, evidence, public, public_evidence, public_since, closed_at,
                 rule_version_id)
        WHERE f.id = v.id
    """
    with connection.cursor() as cursor:
        cursor.execute(sql, [now, ids, *(columns[name] for name in CHANGED)])


def evaluate_flags(agency_ids=None, agencies=None, groups=None, rules=None) -> list[int]:
    """Bring the flags of these agencies (None: all) in line with the rules.
    `agencies`, `groups` (rows of refresh_summaries) and `rules` (load_rules)
    when the caller has them. Returns the ids of flags the agency should now
    hear of: newly opened, reopened or made public, and public."""
    now = timezone.now()
    rules = load_rules() if rules is None else rules
    by_id = {rule.pk: rule for rule in rules}
    if agencies is None:
        queryset = Agency.objects.all()
        if agency_ids is not None:
            queryset = queryset.filter(pk__in=agency_ids)
        fields = ("pk", "country", "licence_status", "licence_valid_until")
        agencies = map(AgencyRow._make, queryset.values_list(*fields))
    if groups is None:
        groups = _load_groups(agency_ids)
    conditions = _conditions(
        RuleBook(rules),
        {agency.pk: agency for agency in agencies},
        _disclosures(agency_ids),
        _groups(groups),
    )
    latest = _latest_flags(agency_ids)

    new_flags, events, notify = [], [], []
    changed: dict[int, dict] = {}

    def change(row: FlagRow, kind: str | None, event_evidence: dict, **fields) -> dict:
        flag = {"status": row.status, "evidence": None, "public": row.public,
                "public_evidence": None, "public_since": row.public_since, "closed_at": None,
                "rule_version_id": row.rule_version_id, **fields}  # fmt: skip
        for name in ("evidence", "public_evidence"):
            if name not in fields:
                flag[name] = getattr(row, name)
        changed[row.pk] = flag
        if kind:
            events.append(event(row.pk, kind, flag["status"], now, event_evidence, row.rule_id))
        return flag

    def event(flag_id, kind, status, when, evidence, rule_id) -> FlagEvent:
        rule = by_id[rule_id]
        return FlagEvent(flag_id=flag_id, kind=kind, created_at=when, status=status,
                         evidence=evidence, citation=rule.citation,
                         rule_version_id=rule.current_version_id)  # fmt: skip

    for key, condition in conditions.items():
        rule = by_id[key[1]]
        row = latest.get(key)
        evidence = condition.evidence
        version = rule.current_version_id
        shown = {"public": condition.public, "public_evidence": condition.public_evidence,
                 "rule_version_id": version}  # fmt: skip
        if condition.public and not (row and row.public and row.is_active):
            shown["public_since"] = now
        if row and row.is_active:
            moved = row.evidence != evidence
            visible = row.public != condition.public or (
                row.public_evidence != condition.public_evidence
            )
            revised = version is not None and row.rule_version_id != version
            if moved or visible or revised:
                kind = FlagEvent.Kind.EVIDENCE_CHANGED if moved else None
                if kind is None and revised:
                    # Still broken under the rule's new version: say so, with its citation.
                    kind = FlagEvent.Kind.RULE_REVISED
                flag = change(row, kind, evidence, evidence=evidence, **shown)
                if condition.public != row.public:
                    made = (
                        FlagEvent.Kind.MADE_PUBLIC
                        if condition.public
                        else FlagEvent.Kind.MADE_PRIVATE
                    )
                    events.append(event(row.pk, made, flag["status"], now,
                                         condition.public_evidence, rule.pk))  # fmt: skip
                    if condition.public:
                        notify.append(row.pk)
        elif row and row.status == Flag.Status.CLEARED:
            change(row, FlagEvent.Kind.REOPENED, evidence, status=Flag.Status.OPEN,
                   evidence=evidence, **shown)  # fmt: skip
            if condition.public:
                notify.append(row.pk)
        elif row and row.evidence == evidence:
            continue  # a reviewer decided this very case; nothing new to say
        else:
            new_flags.append(
                Flag(agency_id=key[0], rule=rule, programme_id=key[2], sector_id=key[3],
                     severity=rule.severity, evidence=evidence, opened_at=now, updated_at=now,
                     **shown)
            )  # fmt: skip
    for key, row in latest.items():
        if not row.is_active or key in conditions:
            continue
        if row.status == Flag.Status.UNDER_REVIEW:
            # A reviewer holds it: say so in the trail, once, but leave the decision to them.
            if "condition_cleared" not in row.evidence:
                marked = {**row.evidence, "condition_cleared": now.isoformat()}
                change(row, FlagEvent.Kind.CONDITION_CLEARED, {}, evidence=marked)
        else:
            change(row, FlagEvent.Kind.CLEARED, {}, status=Flag.Status.CLEARED, closed_at=now)

    if new_flags:
        Flag.objects.bulk_create(new_flags, batch_size=5000)
    for flag in new_flags:
        events.append(
            event(flag.pk, FlagEvent.Kind.OPENED, flag.status, now, flag.evidence, flag.rule_id)
        )
    notify.extend(flag.pk for flag in new_flags if flag.public)
    _update_flags(changed, now)
    if events:
        FlagEvent.objects.bulk_create(events, batch_size=5000)
    return notify


def _load_groups(agency_ids) -> list[tuple]:
    """The summaries as refresh_summaries returns them, when it did not run."""
    scope, params = _scope("agency_id", agency_ids)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {', '.join(GROUP_COLUMNS)} FROM costs_costsummary WHERE TRUE {scope}", params
        )
        return cursor.fetchall()


@transaction.atomic
def agency_recompute(*, agency_id: int) -> None:
    """Recompute one agency. A row lock on the agency makes concurrent runs for
    it wait for each other, so none duplicates or loses another's work."""
    agency = (
        Agency.objects.select_for_update()
        .only("pk", "country", "licence_status", "licence_valid_until", "summaries_stale_at")
        .filter(pk=agency_id)
        .first()
    )
    if agency is None:
        return  # deleted since it was queued
    marked_at = agency.summaries_stale_at
    rules = load_rules()
    groups = refresh_summaries([agency_id], rules)
    queue.flags_opened(evaluate_flags([agency_id], [agency], groups, rules))
    # Clear the mark only if nothing marked the agency again meanwhile.
    Agency.objects.filter(pk=agency_id, summaries_stale_at=marked_at).update(
        summaries_stale_at=None
    )


@transaction.atomic
def recompute_all() -> None:
    """Everything, after a rule or exchange rate changes, and nightly."""
    started = timezone.now()
    rules = load_rules()
    groups = refresh_summaries(None, rules)
    queue.flags_opened(evaluate_flags(None, groups=groups, rules=rules))
    Agency.objects.filter(summaries_stale_at__lte=started).update(summaries_stale_at=None)


def sweep_stale() -> int:
    """Recompute every agency still marked stale (a missed or failed task)."""
    stale = list(
        Agency.objects.filter(summaries_stale_at__isnull=False).values_list("pk", flat=True)
    )
    for agency_id in stale:
        agency_recompute(agency_id=agency_id)
    return len(stale)
