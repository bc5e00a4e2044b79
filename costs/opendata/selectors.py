"""What the open data publishes: the public record as QuerySets, each read in a
fixed number of queries whatever the number of rows.

Only what the public pages already show leaves through here: agencies and
their licences, published disclosures (current and past), the released
figures of report summaries through costs.privacy, public flags with their
public events, the rules and the catalogue. Never a live figure, a report, a
reviewer's comment or assignment, or a reporter."""

import datetime

from django.db.models import F, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.utils import timezone

from agencies.models import Agency, RegisterSnapshot

from .. import privacy
from ..catalogue.countries import currency_codes
from ..models import (
    CostSummary,
    Country,
    Disclosure,
    DisclosureItem,
    Flag,
    FlagEvent,
    MissingRate,
    ThresholdRule,
    rate_on,
)

# The events of a flag the public may read: what reviewers decided, the
# engine's clearing and reopening, and the agency's replies. Never comments,
# assignments, nor the changes of the live figures.
PUBLIC_EVENT_KINDS = (
    FlagEvent.Kind.STATUS_CHANGED,
    FlagEvent.Kind.REOPENED,
    FlagEvent.Kind.CLEARED,
    FlagEvent.Kind.AGENCY_REPLY,
)
# Texts the public reads: the agency's reply and the outcome note of a decision.
PUBLIC_TEXT_STATUSES = (Flag.Status.RESOLVED, Flag.Status.DISMISSED)


def agencies() -> QuerySet[Agency]:
    """Every agency, with the date of the latest register snapshot of its authority."""
    snapshot = RegisterSnapshot.objects.filter(authority=OuterRef("register_authority")).order_by(
        "-as_of"
    )
    return Agency.objects.annotate(register_as_of=Subquery(snapshot.values("as_of")[:1]))


def disclosures() -> QuerySet[Disclosure]:
    """Every published version, current or past, with its items."""
    items = DisclosureItem.objects.select_related("category").order_by(
        "category__order", "payer", "pk"
    )
    return (
        Disclosure.objects.public()
        .select_related("agency", "origin", "programme", "sector")
        .prefetch_related(Prefetch("items", queryset=items))
    )


def report_summaries() -> QuerySet[CostSummary]:
    """Groups whose released figures may be shown (k reports or more); the
    serializer shows them only through costs.privacy.public_figures."""
    return CostSummary.objects.filter(
        released_count__gte=privacy.k(), released_median_usd__isnull=False
    ).select_related("agency", "programme", "sector")


def origin_rates() -> dict[str, tuple[str, object]]:
    """Each origin country's currency and today's rate, for public amounts in it."""
    today = timezone.localdate()
    rates = {}
    for code, currency in Country.objects.filter(is_origin=True).values_list("code", "currency"):
        try:
            rates[code] = (currency, rate_on(currency, today))
        except MissingRate:
            rates[code] = (currency, None)
    return rates


def flags() -> QuerySet[Flag]:
    """Public flags, with the events the public may read, dated no earlier than
    the flag became public: a reviewer may act on a flag while it is still a
    signal for reviewers only, and the date of that would show when a single
    report came in. The agency's replies are always public."""
    events = (
        FlagEvent.objects.filter(kind__in=PUBLIC_EVENT_KINDS)
        .filter(
            Q(kind=FlagEvent.Kind.AGENCY_REPLY)
            | Q(flag__public_since__isnull=False, created_at__gte=F("flag__public_since"))
        )
        .order_by("created_at", "pk")
    )
    return (
        Flag.objects.public()
        .select_related("agency", "rule", "programme", "sector")
        .prefetch_related(Prefetch("events", queryset=events, to_attr="public_events"))
    )


def rules() -> QuerySet[ThresholdRule]:
    return ThresholdRule.objects.select_related("origin", "programme", "sector", "category")


def effective_on(rules_qs: QuerySet[ThresholdRule], day: datetime.date) -> QuerySet:
    return rules_qs.filter(
        Q(effective_from__isnull=True) | Q(effective_from__lte=day),
        Q(effective_until__isnull=True) | Q(effective_until__gte=day),
    )


def currencies() -> list[dict]:
    """USD and the currency of every catalogue country, with who uses it."""
    users: dict[str, list[str]] = {}
    for code, currency in Country.objects.values_list("code", "currency"):
        users.setdefault(currency, []).append(code)
    return [{"code": code, "countries": users.get(code, [])} for code in currency_codes()]
