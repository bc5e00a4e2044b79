from django import forms
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.utils.text import capfirst

from .models import Organisation, OrganisationMembership, User, country_choices


@admin.register(User)
class PortalUserAdmin(UserAdmin):
    fieldsets = UserAdmin.fieldsets + (("FairFee", {"fields": ("language",)}),)
    list_display = ("username", "email", "is_staff", "language")


class OrganisationMembershipInline(admin.TabularInline):
    model = OrganisationMembership
    extra = 0
    raw_id_fields = ("user",)


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "country", "verified")
    list_filter = ("kind", "country", "verified")
    search_fields = ("name",)
    inlines = [OrganisationMembershipInline]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        # The scope is a bare ISO code: offer the catalogue's countries, read now.
        if db_field.name == "country":
            return forms.ChoiceField(
                label=capfirst(db_field.verbose_name),
                help_text=db_field.help_text,
                choices=_scope_choices,
                required=False,
            )
        return super().formfield_for_dbfield(db_field, request, **kwargs)


def _scope_choices():
    return [("", "---------"), *country_choices()]
