from django.db import migrations


def load_standards(apps, schema_editor):
    from tillit.policy.services import install_first_guidelines

    install_first_guidelines(model=apps.get_model("policy", "Standard"))


class Migration(migrations.Migration):
    dependencies = [("policy", "0001_initial")]
    operations = [migrations.RunPython(load_standards, migrations.RunPython.noop)]
