from django.contrib import admin

from .models import Agency, Officer


@admin.register(Agency)
class AgencyAdmin(admin.ModelAdmin):
    list_display = ("name", "country", "verified")
    readonly_fields = ("verified", "verified_at", "created_at")


@admin.register(Officer)
class OfficerAdmin(admin.ModelAdmin):
    list_display = ("user", "agency", "active")
    readonly_fields = ("user", "agency", "created_at")
