import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

# What every key could do before scopes existed (#8): keys made then keep it,
# so running integrations do not break on upgrade; moderation is new.
SCOPES_BEFORE = [
    "directory:write",
    "reports:write",
    "cases:read",
    "settings:write",
    "admission",
    "detection:write",
]


def grant_existing_keys(apps, schema_editor):
    ApiKey = apps.get_model("core", "ApiKey")
    ApiKey.objects.update(scopes=SCOPES_BEFORE)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0003_worker_recovery"),
        ("directory", "0002_group_priority"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="apikey",
            name="account",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="api_keys",
                to="directory.account",
            ),
        ),
        migrations.AddField(
            model_name="apikey",
            name="scopes",
            field=models.JSONField(default=list),
        ),
        migrations.AddField(
            model_name="apikey",
            name="staff",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="api_keys",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.RunPython(grant_existing_keys, migrations.RunPython.noop),
    ]
