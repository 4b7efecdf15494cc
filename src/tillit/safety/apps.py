from django.apps import AppConfig


class SafetyConfig(AppConfig):
    name = "tillit.safety"
    label = "safety"
