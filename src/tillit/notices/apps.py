from django.apps import AppConfig


class NoticesConfig(AppConfig):
    name = "tillit.notices"
    label = "notices"
