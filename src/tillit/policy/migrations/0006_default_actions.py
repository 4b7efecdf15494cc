from django.db import migrations

DEFAULTS = {
    "critical": ["remove_content", "suspend_account"],
    "high": ["remove_content", "warning"],
    "medium": ["warning"],
    "low": ["warning"],
}


def add_default_actions(apps, schema_editor):
    Version = apps.get_model("policy", "GuidelinesVersion")
    for version in Version.objects.all():
        for entry in version.content.values():
            entry.setdefault("default_actions", DEFAULTS.get(entry.get("severity"), []))
        version.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [("policy", "0005_suggestions_reviews")]
    operations = [migrations.RunPython(add_default_actions, migrations.RunPython.noop)]
