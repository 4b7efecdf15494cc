from django.apps import AppConfig


class DetectionConfig(AppConfig):
    name = "tillit.detection"
    label = "detection"
