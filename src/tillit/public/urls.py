from django.urls import path

from . import views

app_name = "public"
urlpatterns = [
    path("", views.home, name="home"),
    path("start/", views.start, name="start"),
    path("guidelines/", views.guidelines, name="guidelines"),
    path("guidelines/changelog/", views.changelog, name="changelog"),
    path("guidelines/suggest/", views.suggest, name="suggest"),
    path("guidelines/positions/<slug:slug>/", views.position, name="position"),
    path("guidelines/changelog.atom", views.ChangelogFeed(), name="changelog_feed"),
    path("consultation/<str:token>/", views.consultation, name="consultation"),
    path("appeal/<str:token>/", views.appeal, name="appeal"),
    path("report/", views.report, name="report"),
    path("events/<str:event_id>/", views.event_page, name="event"),
    path("events/<str:event_id>/report/", views.report_event, name="report_event"),
    path("portal/", views.portal, name="portal"),
    path(
        "portal/meetings/<str:meeting_id>/report/",
        views.report_meeting,
        name="report_meeting",
    ),
    path("status/<str:token>/", views.status, name="status"),
    path("answer/<str:token>/", views.answer, name="answer"),
]
