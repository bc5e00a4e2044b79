from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from .models import User


@admin.register(User)
class PortalUserAdmin(UserAdmin):
    fieldsets = UserAdmin.fieldsets + (("FairFee", {"fields": ("language",)}),)
    list_display = ("username", "email", "is_staff", "language")
