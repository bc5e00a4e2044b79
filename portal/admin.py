from django import forms
from django.contrib import admin
from django.db import models
from modeltranslation.admin import TranslationAdmin

from costs.catalogue.countries import country_names

from .models import Guide, HelpContact


@admin.register(Guide)
class GuideAdmin(TranslationAdmin):
    list_display = ("title", "slug", "order", "checked_on", "updated_at")
    filter_horizontal = ("related",)


def _country_choices():
    return [("", "—"), *sorted(country_names().items())]


@admin.register(HelpContact)
class HelpContactAdmin(TranslationAdmin):
    list_display = ("name", "where", "for_origin", "phone", "website", "checked_on")
    list_filter = ("where", "for_origin")
    readonly_fields = ("key",)
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        # Countries are catalogue rows: offer them by name, read per request.
        if db_field.name in ("where", "for_origin"):
            return forms.ChoiceField(
                label=db_field.verbose_name,
                choices=_country_choices,
                required=not db_field.blank,
                help_text=db_field.help_text,
            )
        return super().formfield_for_dbfield(db_field, request, **kwargs)
