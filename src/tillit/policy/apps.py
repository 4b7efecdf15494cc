from django.apps import AppConfig


class PolicyConfig(AppConfig):
    name = "tillit.policy"
    label = "policy"
