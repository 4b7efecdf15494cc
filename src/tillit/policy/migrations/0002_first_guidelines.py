from django.db import migrations

from tillit.policy.services.seeding import install_first_guidelines


def load_standards(apps, schema_editor):
    install_first_guidelines(model=apps.get_model("policy", "Standard"))


class Migration(migrations.Migration):
    dependencies = [("policy", "0001_initial")]
    operations = [migrations.RunPython(load_standards, migrations.RunPython.noop)]
