from django.urls import path

from . import views

app_name = "safety"
urlpatterns = [
    path("meetings/<str:meeting_id>/panel/", views.panel, name="panel"),
    path(
        "accounts/<str:account_id>/settings/",
        views.account_settings,
        name="account_settings",
    ),
]
