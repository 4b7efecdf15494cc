from django.apps import AppConfig


class TransparencyConfig(AppConfig):
    name = "tillit.transparency"
    label = "transparency"
