from django.urls import path

from . import views

app_name = "detection"
urlpatterns = [path("<str:token>/", views.action, name="action")]
