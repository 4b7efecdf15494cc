from django.apps import AppConfig


class EnforcementConfig(AppConfig):
    name = "tillit.enforcement"
    label = "enforcement"
