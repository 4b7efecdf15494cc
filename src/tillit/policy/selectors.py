import difflib
from datetime import datetime

from django.utils import timezone

from .models import GuidelinesVersion, Standard


def get_version_in_force(*, now: datetime | None = None) -> GuidelinesVersion | None:
    """The latest published version whose effective date has come."""
    return (
        GuidelinesVersion.objects.filter(
            status=GuidelinesVersion.Status.PUBLISHED,
            effective_at__lte=now or timezone.now(),
        )
        .order_by("-effective_at", "-number")
        .first()
    )


def list_published_versions():
    return GuidelinesVersion.objects.filter(
        status=GuidelinesVersion.Status.PUBLISHED
    ).order_by("-published_at", "-number")


def diff_versions(old: GuidelinesVersion | None, new: GuidelinesVersion) -> list[dict]:
    """Per changed standard, a line diff of its English and Swedish text."""
    changes = []
    before = old.content if old else {}
    for slug, entry in new.content.items():
        previous = before.get(slug, {})
        if previous == entry:
            continue
        lines = []
        for field in (
            "title_en",
            "body_en",
            "title_sv",
            "body_sv",
            "severity",
            "entry_tier",
        ):
            a, b = str(previous.get(field, "")), str(entry.get(field, ""))
            if a != b:
                lines += [
                    line
                    for line in difflib.unified_diff(
                        a.splitlines(), b.splitlines(), field, field, lineterm="", n=0
                    )
                    if not line.startswith("@@")
                ]
        changes.append(
            {"slug": slug, "title": entry.get("title_en", slug), "lines": lines}
        )
    return changes


def list_overdue_reviews(*, today=None):
    return Standard.objects.filter(next_review_on__lte=today or timezone.localdate())


def get_applied_standard_text(*, decision, language: str) -> dict:
    """The standard's title and text as the decision applied them: from the
    guidelines version it cites, else (older rows) the standard as it reads
    now."""
    if decision.policy_version_id is not None:
        text = decision.policy_version.text_of(decision.standard_id, language)
        if text["body"]:
            return text
    sv = language.startswith("sv")
    standard = decision.standard
    return {
        "title": standard.title_sv if sv else standard.title_en,
        "body": standard.body_sv if sv else standard.body_en,
    }
