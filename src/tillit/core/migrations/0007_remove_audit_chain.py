"""Events are ordered by id and sealed (#12): the chain's head row, `seq` and
`prev_hash` go."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("core", "0006_audit_seals"),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name="auditevent",
            name="core_audite_target__c28945_idx",
        ),
        migrations.AddIndex(
            model_name="auditevent",
            index=models.Index(fields=["target_type", "target_id", "id"], name="core_audit_target_id_idx"),
        ),
        migrations.RemoveField(
            model_name="auditevent",
            name="seq",
        ),
        migrations.RemoveField(
            model_name="auditevent",
            name="prev_hash",
        ),
        migrations.DeleteModel(
            name="AuditChainHead",
        ),
    ]
