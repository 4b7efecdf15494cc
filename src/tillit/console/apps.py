from django.apps import AppConfig


class ConsoleConfig(AppConfig):
    name = "tillit.console"
    label = "console"
