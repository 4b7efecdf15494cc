from django.db import migrations, models
from django.db.models import F


def mark_applied(apps, schema_editor):
    """A version published with an effective date of "now" had its texts copied
    to the standards at once; one dated in the future never had (#10), and is
    left for `bring_guidelines_into_force` to apply."""
    GuidelinesVersion = apps.get_model("policy", "GuidelinesVersion")
    GuidelinesVersion.objects.filter(
        status="published", effective_at__lte=F("published_at")
    ).update(in_force_since=F("effective_at"))


class Migration(migrations.Migration):

    dependencies = [
        ("policy", "0006_default_actions"),
    ]

    operations = [
        migrations.AddField(
            model_name="guidelinesversion",
            name="in_force_since",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.RunPython(mark_applied, migrations.RunPython.noop),
    ]
