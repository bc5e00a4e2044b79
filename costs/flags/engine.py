"""The flag engine: recompute summaries, evaluate every rule, and open, update,
clear or reopen flags, each change a FlagEvent. Running it twice changes nothing."""

import logging
from collections import defaultdict
from typing import NamedTuple

from django.db import transaction
from django.db.models import F, Sum
from django.utils import timezone

from agencies.models import Agency

from .. import privacy, queue
from ..models import (
    ACTIVE_STATUSES,
    CostSummary,
    Disclosure,
    DisclosureItem,
    Flag,
    FlagEvent,
    ThresholdRule,
    ThresholdRuleVersion,
)
from .figures import DisclosureFigures, GroupFigures, recruitment_fee_ids
from .rules import (
    AGENCY_KINDS,
    DISCLOSURE_KINDS,
    GROUP_KINDS,
    in_scope,
    judge_agency,
    judge_disclosure,
    judge_group,
)
from .summaries import RELEASED, refresh_summaries

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


class RuleBook:
    """The rules, sorted once by the kind of figures they read and by scope, so
    each disclosure or summary is checked only against rules that can apply."""

    def __init__(self, rules: list[ThresholdRule]):
        # Retired rules judge nothing; their flags are cleared like any other
        # whose condition no longer holds.
        self.rules = [rule for rule in rules if rule.active]
        self._cache: dict[tuple, list[ThresholdRule]] = {}

    def for_scope(self, kinds, origin, programme_id, sector_id) -> list[ThresholdRule]:
        key = (id(kinds), origin, programme_id, sector_id)
        if key not in self._cache:
            self._cache[key] = [
                rule
                for rule in self.rules
                if rule.kind in kinds and in_scope(rule, origin, programme_id, sector_id)
            ]
        return self._cache[key]


def _conditions(agency_ids, book: RuleBook, agencies=None) -> dict[Key, Condition]:
    """Every (agency, rule, programme, sector) whose rule fires now, with its evidence."""
    if agencies is None:
        queryset = (
            Agency.objects.all() if agency_ids is None else Agency.objects.filter(pk__in=agency_ids)
        )
        agencies = queryset.only("pk", "country", "licence_status", "licence_valid_until")
    agencies = {a.pk: a for a in agencies}
    disclosures = Disclosure.objects.current()
    if agency_ids is not None:
        disclosures = disclosures.filter(agency_id__in=agency_ids)
    lines = defaultdict(list)
    for disclosure_id, category_id, payer, usd in (
        DisclosureItem.objects.filter(disclosure__in=disclosures)
        .values_list("disclosure_id", "category_id", "payer")
        .annotate(usd=Sum("amount_usd"))
        .order_by()
    ):
        lines[disclosure_id].append((category_id, payer, usd))

    conditions: dict[Key, Condition] = {}
    active_agencies, disclosed_groups = set(), set()
    # Agencies active through reports only: those whose released reports may be
    # shown make an unlicensed flag public; the rest are a signal for reviewers.
    reported_recently: dict[int, int] = defaultdict(int)
    rows = disclosures.values_list(
        "pk", "agency_id", "origin_id", "programme_id", "sector_id", "contract_months",
        "wage_usd", "basic_wage_usd", "published_at",
    )  # fmt: skip
    recruitment_ids = recruitment_fee_ids()
    for pk, agency_id, origin, programme_id, sector_id, months, wage, basic, published in rows:
        active_agencies.add(agency_id)
        disclosed_groups.add((agency_id, programme_id, sector_id))
        figures = DisclosureFigures.from_lines(
            lines.get(pk, ()),
            origin=origin,
            programme_id=programme_id,
            sector_id=sector_id,
            contract_months=months,
            wage_usd=wage,
            basic_wage_usd=basic,
            published_on=timezone.localdate(published),
            recruitment_ids=recruitment_ids,
        )
        for rule in book.for_scope(DISCLOSURE_KINDS, origin, programme_id, sector_id):
            verdict = judge_disclosure(rule, figures)
            if verdict.broken:
                conditions[(agency_id, rule.pk, programme_id, sector_id)] = _open(verdict.evidence)

    recent = timezone.localdate().replace(day=1)
    recent = recent.replace(year=recent.year - 3)
    levels: dict[tuple, ThresholdRule] = {}
    summaries = CostSummary.objects.all()
    if agency_ids is not None:
        summaries = summaries.filter(agency_id__in=agency_ids)
    for live, released in _groups(summaries):
        key = (live.agency_id, live.programme_id, live.sector_id)
        live.has_disclosure = released.has_disclosure = key in disclosed_groups
        origin = agencies[live.agency_id].country
        if live.report_count and live.last_departure and live.last_departure >= recent:
            active_agencies.add(live.agency_id)
        if released.last_departure and released.last_departure >= recent:
            reported_recently[live.agency_id] += released.report_count
        for rule in book.for_scope(GROUP_KINDS, origin, live.programme_id, live.sector_id):
            verdict = judge_group(rule, live, origin)
            # The public learns of it only from released figures of enough
            # reports, and a public flag stays until a release clears it, so
            # neither its opening nor its clearing can be timed to one report.
            shown = judge_group(rule, released, origin)
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
    agency_rules = [rule for rule in book.rules if rule.kind in AGENCY_KINDS]
    for agency in agencies.values():
        for rule in agency_rules:
            verdict = judge_agency(rule, agency, agency.pk in active_agencies)
            if verdict.broken:
                public = agency.pk in disclosing or privacy.may_show(reported_recently[agency.pk])
                conditions[(agency.pk, rule.pk, None, None)] = Condition(
                    verdict.evidence, public, verdict.evidence if public else {}
                )
    return conditions


def _groups(summaries):
    """Each summary as two GroupFigures: live (exact) and as last released."""
    live_fields = [f for f in GroupFigures.__dataclass_fields__ if f != "has_disclosure"]
    released = {live: name for name, live in RELEASED.items()}
    released_fields = [released.get(f, f) for f in live_fields]
    width = len(live_fields)
    for values in summaries.values_list(*live_fields, *released_fields):
        yield GroupFigures(*values[:width]), GroupFigures(*values[width:])


class FlagRow(NamedTuple):
    pk: int
    agency_id: int
    rule_id: int
    programme_id: int | None
    sector_id: int | None
    status: str
    evidence: dict
    public: bool
    public_evidence: dict
    public_since: object
    rule_version_id: int | None

    @property
    def is_active(self) -> bool:
        return self.status in ACTIVE_STATUSES


def evaluate_flags(agency_ids=None, agencies=None) -> list[int]:
    """Bring the flags of these agencies (None: all) in line with the rules.
    Returns the ids of flags the agency should now hear of: newly opened,
    reopened or made public, and public."""
    now = timezone.now()
    rules = list(ThresholdRule.objects.all())
    book = RuleBook(rules)
    by_id = {rule.pk: rule for rule in rules}
    # The version of each rule in force: every flag judged now records it.
    current = dict(
        ThresholdRuleVersion.objects.filter(number=F("rule__version")).values_list("rule_id", "pk")
    )
    conditions = _conditions(agency_ids, book, agencies)
    flags = (
        Flag.objects.all() if agency_ids is None else Flag.objects.filter(agency_id__in=agency_ids)
    )
    latest: dict[Key, FlagRow] = {}
    for flag in map(FlagRow._make, flags.order_by("opened_at", "pk").values_list(*FlagRow._fields)):
        key = flag[1:5]
        if key not in latest or flag.is_active or not latest[key].is_active:
            latest[key] = flag

    new_flags, events, changed, notify = [], [], [], []

    def change(row: FlagRow, kind: str | None, event_evidence: dict, **fields) -> Flag:
        flag = Flag(pk=row.pk, agency_id=row.agency_id, status=row.status, evidence=row.evidence,
                    public=row.public, public_evidence=row.public_evidence,
                    public_since=row.public_since, updated_at=now, closed_at=None,
                    rule_version_id=row.rule_version_id)  # fmt: skip
        for name, value in fields.items():
            setattr(flag, name, value)
        changed.append(flag)
        if kind:
            events.append(_event(flag, kind, now, event_evidence, by_id[row.rule_id], current))
        return flag

    for key, condition in conditions.items():
        rule = by_id[key[1]]
        row = latest.get(key)
        evidence = condition.evidence
        version = current.get(rule.pk)
        shown = {"public": condition.public, "public_evidence": condition.public_evidence,
                 "rule_version_id": version}  # fmt: skip
        if condition.public and not (row and row.public and row.is_active):
            shown["public_since"] = now
        if row and row.is_active:
            visible = (row.public, row.public_evidence) != (
                condition.public,
                condition.public_evidence,
            )
            revised = version is not None and row.rule_version_id != version
            if row.evidence != evidence or visible or revised:
                kind = FlagEvent.Kind.EVIDENCE_CHANGED if row.evidence != evidence else None
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
                    events.append(_event(flag, made, now, condition.public_evidence, rule, current))
                    if condition.public:
                        notify.append(flag)
        elif row and row.status == Flag.Status.CLEARED:
            flag = change(row, FlagEvent.Kind.REOPENED, evidence, status=Flag.Status.OPEN,
                          evidence=evidence, **shown)  # fmt: skip
            if condition.public:
                notify.append(flag)
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

    Flag.objects.bulk_create(new_flags, batch_size=1000)
    for flag in new_flags:
        events.append(_event(flag, FlagEvent.Kind.OPENED, now, flag.evidence, flag.rule, current))
    notify.extend(flag for flag in new_flags if flag.public)
    Flag.objects.bulk_update(
        changed,
        [
            "status",
            "evidence",
            "public",
            "public_evidence",
            "public_since",
            "updated_at",
            "closed_at",
            "rule_version",
        ],  # fmt: skip
        batch_size=1000,
    )
    FlagEvent.objects.bulk_create(events, batch_size=2000)
    return [flag.pk for flag in notify]


def _event(flag: Flag, kind: str, now, evidence: dict, rule: ThresholdRule, current) -> FlagEvent:
    return FlagEvent(
        flag=flag,
        kind=kind,
        created_at=now,
        status=flag.status,
        evidence=evidence,
        citation=rule.citation,
        rule_version_id=current.get(rule.pk),
    )


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
    refresh_summaries([agency_id])
    queue.flags_opened(evaluate_flags([agency_id], agencies=[agency]))
    # Clear the mark only if nothing marked the agency again meanwhile.
    Agency.objects.filter(pk=agency_id, summaries_stale_at=marked_at).update(
        summaries_stale_at=None
    )


@transaction.atomic
def recompute_all() -> None:
    """Everything, after a rule or exchange rate changes, and nightly."""
    started = timezone.now()
    refresh_summaries(None)
    queue.flags_opened(evaluate_flags(None))
    Agency.objects.filter(summaries_stale_at__lte=started).update(summaries_stale_at=None)


def sweep_stale() -> int:
    """Recompute every agency still marked stale (a missed or failed task)."""
    stale = list(
        Agency.objects.filter(summaries_stale_at__isnull=False).values_list("pk", flat=True)
    )
    for agency_id in stale:
        agency_recompute(agency_id=agency_id)
    return len(stale)
