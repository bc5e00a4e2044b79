from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from .models import Organisation, OrganisationMembership, User


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
