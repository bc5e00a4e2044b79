"""What the jobs compute: per-group summaries, and the flags the rules raise."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q, Value
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from accounts import submissions
from agencies.models import Agency

from .disclosures import AMOUNT_FIELD
from .reference import Programme, Sector, ThresholdRule

RATIO_FIELD = {"max_digits": 10, "decimal_places": 2}


class CostSummary(models.Model):
    """Accepted reports and the current disclosure of one (agency, programme,
    sector), aggregated by the recompute job. Public pages read these."""

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="summaries")
    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="+")
    sector = models.ForeignKey(Sector, on_delete=models.CASCADE, related_name="+")
    report_count = models.PositiveIntegerField(default=0)
    median_usd = models.DecimalField(null=True, blank=True, **AMOUNT_FIELD)
    p75_usd = models.DecimalField(null=True, blank=True, **AMOUNT_FIELD)
    p90_usd = models.DecimalField(null=True, blank=True, **AMOUNT_FIELD)
    mean_months = models.DecimalField(null=True, blank=True, **RATIO_FIELD)
    median_months = models.DecimalField(null=True, blank=True, **RATIO_FIELD)
    prohibited_count = models.PositiveIntegerField(default=0)
    first_departure = models.DateField(null=True, blank=True)
    last_departure = models.DateField(null=True, blank=True)
    disclosed_worker_usd = models.DecimalField(null=True, blank=True, **AMOUNT_FIELD)
    disclosed_employer_usd = models.DecimalField(null=True, blank=True, **AMOUNT_FIELD)
    computed_at = models.DateTimeField()
    # The report figures as last released to the public and the agency: they
    # change in batches (costs.privacy), so no single report can be timed.
    # Everything above is live and exact, for reviewers.
    released_count = models.PositiveIntegerField(default=0, db_default=0)
    released_median_usd = models.DecimalField(null=True, blank=True, **AMOUNT_FIELD)
    released_p75_usd = models.DecimalField(null=True, blank=True, **AMOUNT_FIELD)
    released_median_months = models.DecimalField(null=True, blank=True, **RATIO_FIELD)
    released_prohibited_count = models.PositiveIntegerField(default=0, db_default=0)
    released_first_departure = models.DateField(null=True, blank=True)
    released_last_departure = models.DateField(null=True, blank=True)
    released_at = models.DateTimeField(null=True, blank=True)
    # Per report-side rule with dates or a practice, {rule id: {"n", "median_usd",
    # "prohibited"}} over only the reports it covers (each judged by its own
    # month): live, and as last released (None until then).
    rule_figures = models.JSONField(default=dict, blank=True)
    released_rule_figures = models.JSONField(null=True, blank=True)

    class Meta:
        verbose_name = _("cost summary")
        verbose_name_plural = _("cost summaries")
        constraints = [
            models.UniqueConstraint(
                fields=["agency", "programme", "sector"], name="summary_one_per_group"
            )
        ]

    def __str__(self) -> str:
        return f"{self.agency_id}/{self.programme_id}/{self.sector_id}: {self.report_count}"


ACTIVE_STATUSES = ("open", "under_review", "agency_responded")


class FlagQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status__in=ACTIVE_STATUSES)

    def public(self):
        """Flags the public and the agency may see; the rest are reviewers' signals."""
        return self.filter(public=True)

    def in_scope(self, countries: list[str] | None):
        """Flags a reviewer may see: None for every country."""
        return self if countries is None else self.filter(agency__country__in=countries)


class Flag(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", _("open")
        UNDER_REVIEW = "under_review", _("under review")
        AGENCY_RESPONDED = "agency_responded", _("agency responded")
        RESOLVED = "resolved", _("resolved")
        DISMISSED = "dismissed", _("dismissed")
        CLEARED = "cleared", _("cleared: the condition no longer holds")

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="flags")
    rule = models.ForeignKey(ThresholdRule, on_delete=models.PROTECT, related_name="flags")
    programme = models.ForeignKey(
        Programme, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    sector = models.ForeignKey(
        Sector, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    severity = models.CharField(max_length=8, choices=ThresholdRule.Severity.choices)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.OPEN)
    evidence = models.JSONField(default=dict)
    # Whether the public and the agency see this flag. A flag from fewer than
    # MIN_REPORTS_PUBLIC reports (or from figures not yet released) is a signal
    # for reviewers only; public_evidence holds what the released figures show.
    public = models.BooleanField(default=False)
    public_evidence = models.JSONField(default=dict, blank=True)
    # Shown instead of opened_at outside the reviewers' pages: when a flag from
    # reports opened is when one report arrived; when it became public is not.
    public_since = models.DateTimeField(null=True, blank=True)
    opened_at = models.DateTimeField()
    updated_at = models.DateTimeField()
    closed_at = models.DateTimeField(null=True, blank=True)
    # The version of the rule this flag was last judged by: an old flag keeps
    # showing the value and citation it was raised under.
    rule_version = models.ForeignKey(
        "ThresholdRuleVersion",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="flags",
    )
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    resolution_note = models.TextField(_("outcome"), blank=True)

    objects = FlagQuerySet.as_manager()

    class Meta:
        verbose_name = _("flag")
        verbose_name_plural = _("flags")
        ordering = ["-opened_at"]
        constraints = [
            # One active flag per (agency, rule, programme, sector); blank
            # programme and sector count as equal, hence the Coalesce.
            models.UniqueConstraint(
                F("agency"),
                F("rule"),
                Coalesce(F("programme"), Value(0)),
                Coalesce(F("sector"), Value(0)),
                condition=Q(status__in=ACTIVE_STATUSES),
                name="flag_one_active_per_group",
            )
        ]
        indexes = [models.Index(fields=["agency", "status"])]

    def __str__(self) -> str:
        return f"{self.rule.kind} · {self.agency_id}"

    @property
    def is_active(self) -> bool:
        return self.status in ACTIVE_STATUSES


class FlagEvent(models.Model):
    """The audit trail of a flag. Never edited or deleted."""

    class Kind(models.TextChoices):
        OPENED = "opened", _("opened")
        EVIDENCE_CHANGED = "evidence_changed", _("figures changed")
        STATUS_CHANGED = "status_changed", _("status changed")
        COMMENT = "comment", _("comment")
        AGENCY_REPLY = "agency_reply", _("agency replied")
        CLEARED = "cleared", _("cleared")
        CONDITION_CLEARED = "condition_cleared", _("the condition no longer holds")
        REOPENED = "reopened", _("reopened")
        ASSIGNED = "assigned", _("assigned")
        MADE_PUBLIC = "made_public", _("shown to the public")
        MADE_PRIVATE = "made_private", _("shown to reviewers only")
        RULE_REVISED = "rule_revised", _("judged by a new version of the rule")

    flag = models.ForeignKey(Flag, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField()
    status = models.CharField(max_length=20, blank=True)
    evidence = models.JSONField(default=dict, blank=True)
    citation = models.TextField(blank=True)
    rule_version = models.ForeignKey(
        "ThresholdRuleVersion", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    text = models.TextField(blank=True)
    # The one-time token of the agency's reply form (accounts.submissions): a
    # reply sent twice is published once.
    submission_token = submissions.token_field()

    class Meta:
        verbose_name = _("flag event")
        verbose_name_plural = _("flag events")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.flag_id}: {self.kind}"

    def save(self, *args, **kwargs):
        if self.pk:
            raise PermissionError("Flag events are never changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionError("Flag events are never deleted.")
