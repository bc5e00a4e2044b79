from django import forms
from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin

from . import queue
from .catalogue.reference import record_rule_version
from .models import (
    CostCategory,
    CostSummary,
    Country,
    Disclosure,
    DisclosureItem,
    ExchangeRate,
    Flag,
    FlagEvent,
    Programme,
    Sector,
    ThresholdRule,
    ThresholdRuleVersion,
)
from .models.reference import LicenceAuthority


@admin.register(Country)
class CountryAdmin(TranslationAdmin):
    list_display = ("code", "name", "currency", "is_origin", "is_destination")


@admin.register(Programme)
class ProgrammeAdmin(TranslationAdmin):
    list_display = ("code", "short_name", "name", "valid_from", "valid_until")


@admin.register(Sector)
class SectorAdmin(TranslationAdmin):
    list_display = ("code", "name", "kind")
    list_filter = ("kind", "programmes")
    filter_horizontal = ("programmes",)


@admin.register(CostCategory)
class CostCategoryAdmin(TranslationAdmin):
    list_display = ("code", "name", "kind", "order")


@admin.register(LicenceAuthority)
class LicenceAuthorityAdmin(TranslationAdmin):
    list_display = ("code", "name", "country", "website")
    list_filter = ("country",)
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


class RecomputeOnSaveMixin:
    """Rules and rates feed every agency's flags: recompute all after a change."""

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        queue.everything_changed()

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        queue.everything_changed()


class ThresholdRuleForm(forms.ModelForm):
    change_note = forms.CharField(
        label=_("What changed and why"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        help_text=_("Kept with the new version of the rule and shown in the public changelog."),
    )


class ThresholdRuleVersionInline(admin.TabularInline):
    model = ThresholdRuleVersion
    extra = 0
    can_delete = False
    fields = ("number", "created_at", "created_by", "note", "terms")
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(ThresholdRule)
class ThresholdRuleAdmin(RecomputeOnSaveMixin, TranslationAdmin):
    """A saved change is a new version of the rule (who, when, why): flags
    judged before keep the version they were judged by. Rules are retired
    (untick "in use"), never deleted."""

    form = ThresholdRuleForm
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = (
        "code",
        "kind",
        "tier",
        "origin",
        "programme",
        "category",
        "value",
        "unit",
        "severity",
        "effective_from",
        "effective_until",
        "confirmed",
        "active",
        "version",
    )
    list_filter = ("kind", "tier", "severity", "confirmed", "active")
    readonly_fields = ("version",)
    inlines = [ThresholdRuleVersionInline]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        record_rule_version(obj, by=request.user, note=form.cleaned_data.get("change_note", ""))

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(ExchangeRate)
class ExchangeRateAdmin(RecomputeOnSaveMixin, admin.ModelAdmin):
    list_display = ("currency", "date", "units_per_usd", "source", "is_demo")
    list_filter = ("currency", "is_demo")
    date_hierarchy = "date"


class DisclosureItemInline(admin.TabularInline):
    model = DisclosureItem
    extra = 0
    readonly_fields = ("rate", "amount_usd")


@admin.register(Disclosure)
class DisclosureAdmin(admin.ModelAdmin):
    list_display = ("agency", "programme", "sector", "version", "status", "published_at")
    list_filter = ("status", "programme", "origin")
    search_fields = ("agency__name",)
    raw_id_fields = ("agency", "supersedes")
    readonly_fields = (
        "published_at",
        "published_by",
        "wage_rate",
        "wage_usd",
        "origin_rate",
        "worker_total_usd",
        "employer_total_usd",
    )
    inlines = [DisclosureItemInline]


class FlagEventInline(admin.TabularInline):
    model = FlagEvent
    extra = 0
    can_delete = False
    readonly_fields = ("kind", "actor", "created_at", "status", "evidence", "citation", "text")

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Flag)
class FlagAdmin(admin.ModelAdmin):
    list_display = ("agency", "rule", "programme", "sector", "severity", "status", "opened_at")
    list_filter = ("status", "severity", "rule__kind")
    search_fields = ("agency__name",)
    readonly_fields = (
        "agency",
        "rule",
        "programme",
        "sector",
        "evidence",
        "opened_at",
        "updated_at",
    )
    inlines = [FlagEventInline]


@admin.register(CostSummary)
class CostSummaryAdmin(admin.ModelAdmin):
    list_display = ("agency", "programme", "sector", "report_count", "median_usd", "computed_at")
    search_fields = ("agency__name",)
