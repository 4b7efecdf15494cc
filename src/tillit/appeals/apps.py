from django.apps import AppConfig


class AppealsConfig(AppConfig):
    name = "tillit.appeals"
    label = "appeals"
