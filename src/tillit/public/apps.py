from django.apps import AppConfig


class PublicConfig(AppConfig):
    name = "tillit.public"
    label = "public"
