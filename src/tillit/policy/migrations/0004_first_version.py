from django.db import migrations

from tillit.policy.services.seeding import install_first_version


def first_version(apps, schema_editor):
    install_first_version(
        version_model=apps.get_model("policy", "GuidelinesVersion"),
        standard_model=apps.get_model("policy", "Standard"),
    )


class Migration(migrations.Migration):
    dependencies = [("policy", "0003_guidelinesversion_consultationinvitation_and_more")]
    operations = [migrations.RunPython(first_version, migrations.RunPython.noop)]
