from django.urls import path

from . import views

app_name = "transparency"
urlpatterns = [
    path("", views.report, name="report"),
    path("<str:period>.json", views.report_json, name="report_json"),
    path("<str:period>.csv", views.report_csv, name="report_csv"),
    path("<str:period>/", views.report, name="report_period"),
]
