from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from .models import Guide, HelpContact


@admin.register(Guide)
class GuideAdmin(TranslationAdmin):
    list_display = ("title", "slug", "order", "updated_at")
    filter_horizontal = ("related",)


@admin.register(HelpContact)
class HelpContactAdmin(TranslationAdmin):
    list_display = ("name", "where", "phone", "website", "checked_on")
    list_filter = ("where",)
