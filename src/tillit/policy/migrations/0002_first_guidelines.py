from django.db import migrations


def load_standards(apps, schema_editor):
    from tillit.policy.guidelines import STANDARDS

    Standard = apps.get_model("policy", "Standard")
    for position, row in enumerate(STANDARDS):
        slug, severity, tier, title_en, title_sv, body_en, body_sv = row
        Standard.objects.update_or_create(
            slug=slug,
            defaults={
                "severity": severity,
                "entry_tier": tier,
                "title_en": title_en,
                "title_sv": title_sv,
                "body_en": body_en,
                "body_sv": body_sv,
                "position": position,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("policy", "0001_initial")]
    operations = [migrations.RunPython(load_standards, migrations.RunPython.noop)]
