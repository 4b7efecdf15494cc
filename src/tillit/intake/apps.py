from django.apps import AppConfig


class IntakeConfig(AppConfig):
    name = "tillit.intake"
    label = "intake"
