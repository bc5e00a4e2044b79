from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from . import queue
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
)


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


class RecomputeOnSaveMixin:
    """Rules and rates feed every agency's flags: recompute all after a change."""

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        queue.everything_changed()

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        queue.everything_changed()


@admin.register(ThresholdRule)
class ThresholdRuleAdmin(RecomputeOnSaveMixin, TranslationAdmin):
    list_display = (
        "code",
        "kind",
        "origin",
        "programme",
        "category",
        "value",
        "unit",
        "severity",
        "effective_from",
        "effective_until",
        "confirmed",
    )
    list_filter = ("kind", "severity", "confirmed")


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
