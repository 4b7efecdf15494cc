"""Read-only: agencies and officers are changed through the desk or
`tillit legal`, whose services check the domains and write the audit log."""

from django.contrib import admin

from .models import Agency, Officer


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Agency)
class AgencyAdmin(ReadOnlyAdmin):
    list_display = ("name", "country", "verified")


@admin.register(Officer)
class OfficerAdmin(ReadOnlyAdmin):
    list_display = ("user", "agency", "active")
