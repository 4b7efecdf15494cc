from django.apps import AppConfig


class SafetyConfig(AppConfig):
    name = "tillit.safety"
    label = "safety"

    def ready(self):
        # Connects the receivers that keep the gates in step with the directory.
        from . import signals  # noqa: F401
