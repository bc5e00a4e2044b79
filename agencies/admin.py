from django.contrib import admin

from .models import Agency, AgencyMembership


class MembershipInline(admin.TabularInline):
    model = AgencyMembership
    extra = 0
    raw_id_fields = ("user",)


@admin.register(Agency)
class AgencyAdmin(admin.ModelAdmin):
    list_display = ("name", "name_local", "country", "licence_number", "licence_status")
    list_filter = ("country", "licence_status", "verified")
    search_fields = ("name", "name_local", "licence_number")
    prepopulated_fields = {"slug": ("name",)}
    inlines = [MembershipInline]
