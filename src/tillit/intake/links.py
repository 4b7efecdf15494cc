"""The reporter's private status link (S6): made and read beside the report."""

from datetime import timedelta

from django.conf import settings
from django.urls import reverse

from tillit.core.errors import InvalidLink
from tillit.core.links import make_token, read_token

from .models import Report

STATUS_SALT = "tillit.report-status"


def status_token(report: Report) -> str:
    return make_token({"r": report.pk}, salt=STATUS_SALT)


def status_url(report: Report) -> str:
    return settings.SITE_URL + reverse("public:status", args=[status_token(report)])


def get_report_by_status_token(token: str) -> Report:
    """Return the report a status link names; raise InvalidLink or ExpiredLink."""
    days = settings.TILLIT["STATUS_LINK_MAX_AGE_DAYS"]
    payload = read_token(
        token, salt=STATUS_SALT, max_age=timedelta(days=days), shape={"r": int}
    )
    report = (
        Report.objects.select_related("case", "category")
        .filter(pk=payload.get("r"))
        .first()
    )
    if report is None:
        raise InvalidLink()
    return report
