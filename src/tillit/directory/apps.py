from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    name = "tillit.directory"
    label = "directory"
