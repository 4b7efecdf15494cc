from django.apps import AppConfig


class CasesConfig(AppConfig):
    name = "tillit.cases"
    label = "cases"
