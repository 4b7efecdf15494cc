from django.db import transaction

from .guidelines import STANDARDS
from .models import Standard


@transaction.atomic
def install_first_guidelines(*, model=Standard) -> int:
    """Create or refresh the first Acceptable Use Guidelines; return how many.

    The data migration passes its historical model.
    """
    for position, row in enumerate(STANDARDS):
        slug, severity, tier, title_en, title_sv, body_en, body_sv = row
        model.objects.update_or_create(
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
    return len(STANDARDS)
