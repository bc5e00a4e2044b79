from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from .models import (
    CostCategory,
    Country,
    Disclosure,
    DisclosureItem,
    ExchangeRate,
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


@admin.register(ThresholdRule)
class ThresholdRuleAdmin(TranslationAdmin):
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
class ExchangeRateAdmin(admin.ModelAdmin):
    list_display = ("currency", "date", "units_per_usd", "source")
    list_filter = ("currency",)
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
