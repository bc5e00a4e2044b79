from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from . import services
from .models import Agency, AgencyMembership, Invitation, RegisterSnapshot, origin_choices


class MembershipInline(admin.TabularInline):
    model = AgencyMembership
    extra = 0
    raw_id_fields = ("user", "verified_by")


@admin.register(Agency)
class AgencyAdmin(admin.ModelAdmin):
    list_display = (
        "name",
        "name_local",
        "country",
        "licence_number",
        "licence_status",
        "on_register",
    )
    list_filter = ("country", "licence_status", "verified", "on_register")
    search_fields = ("name", "name_local", "licence_number")
    prepopulated_fields = {"slug": ("name",)}
    inlines = [MembershipInline]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        # The country is a bare ISO code: offer the catalogue's origins, read now.
        if db_field.name == "country":
            return forms.ChoiceField(label=capfirst(db_field.verbose_name), choices=origin_choices)
        return super().formfield_for_dbfield(db_field, request, **kwargs)


@admin.action(description=_("Verify the selected claims"))
def verify_claims(modeladmin, request, queryset):
    for membership in queryset.filter(verified=False):
        try:
            services.claim_verify(membership=membership, by=request.user)
        except ValidationError as error:
            modeladmin.message_user(
                request, f"{membership}: {' '.join(error.messages)}", messages.ERROR
            )


@admin.register(AgencyMembership)
class AgencyMembershipAdmin(admin.ModelAdmin):
    list_display = ("user", "agency", "role", "verified", "created_at")
    list_filter = ("verified", "role")
    search_fields = ("user__email", "agency__name", "agency__licence_number")
    raw_id_fields = ("user", "agency", "verified_by")
    actions = [verify_claims]


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ("email", "agency", "created_at", "accepted_at")
    exclude = ("token",)


@admin.register(RegisterSnapshot)
class RegisterSnapshotAdmin(admin.ModelAdmin):
    list_display = ("authority", "as_of", "file_name", "imported_at")
    readonly_fields = ("authority", "as_of", "file_name", "rows", "imported_at", "imported_by")
