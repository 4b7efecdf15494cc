from django.urls import path

from .views import (
    answer,
    appeal_form,
    consultation,
    events,
    guidelines,
    home,
    legal,
    portal,
    report_form,
    status,
    suggestions,
)

app_name = "public"
urlpatterns = [
    path("", home.home, name="home"),
    path("start/", home.start, name="start"),
    path("guidelines/", guidelines.guidelines, name="guidelines"),
    path("guidelines/changelog/", guidelines.changelog, name="changelog"),
    path("guidelines/suggest/", suggestions.suggest, name="suggest"),
    path("guidelines/positions/<slug:slug>/", guidelines.position, name="position"),
    path(
        "guidelines/changelog.atom",
        guidelines.ChangelogFeed(),
        name="changelog_feed",
    ),
    path("consultation/<str:token>/", consultation.consultation, name="consultation"),
    path("appeal/<str:token>/", appeal_form.appeal, name="appeal"),
    path("report/", report_form.report, name="report"),
    path("events/<str:event_id>/", events.event_page, name="event"),
    path("events/<str:event_id>/report/", events.report_event, name="report_event"),
    path("portal/", portal.portal, name="portal"),
    path(
        "portal/meetings/<str:meeting_id>/report/",
        portal.report_meeting,
        name="report_meeting",
    ),
    path("status/<str:token>/", status.status, name="status"),
    path("answer/<str:token>/", answer.answer, name="answer"),
    path("legal/guide/", legal.guide, name="legal_guide"),
    path("legal/portal/", legal.portal, name="legal_portal"),
    path("legal/disclosures/<str:token>/", legal.download, name="legal_download"),
]
