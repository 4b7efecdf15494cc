from django.apps import AppConfig


class LegalConfig(AppConfig):
    name = "tillit.legal"
    label = "legal"
