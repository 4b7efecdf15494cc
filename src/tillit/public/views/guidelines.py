"""The Acceptable Use Guidelines in force, their position statements, and the
changelog as a page and an Atom feed (S19, S23, S24)."""

from django.contrib.syndication.views import Feed
from django.shortcuts import render
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.views.decorators.http import require_GET

from tillit.core.errors import NotFound
from tillit.policy.positions import POSITIONS
from tillit.policy.selectors import (
    diff_versions,
    get_version_in_force,
    list_published_versions,
)

from .shared import reader_language


@require_GET
def guidelines(request):
    """The guidelines in force, in the reader's language (S19)."""
    version = get_version_in_force()
    lang = reader_language()
    standards = [
        {"slug": slug, "severity": entry["severity"], **version.text_of(slug, lang)}
        for slug, entry in version.content.items()
    ]
    sv = lang.startswith("sv")
    positions = [
        (slug, p["title_sv" if sv else "title_en"]) for slug, p in POSITIONS.items()
    ]
    return render(
        request,
        "public/guidelines.html",
        {"standards": standards, "version": version, "positions": positions},
    )


@require_GET
def position(request, slug):
    """A published position statement (S24)."""
    entry = POSITIONS.get(slug)
    if entry is None:
        raise NotFound()
    sv = reader_language().startswith("sv")
    return render(
        request,
        "public/position.html",
        {
            "title": entry["title_sv" if sv else "title_en"],
            "body": entry["body_sv" if sv else "body_en"],
        },
    )


@require_GET
def changelog(request):
    """Every published change, with a readable diff against the one before (S23)."""
    versions = list(list_published_versions())
    entries = [
        {"version": v, "changes": diff_versions(v.based_on, v)} for v in versions
    ]
    return render(request, "public/changelog.html", {"entries": entries})


class ChangelogFeed(Feed):
    feed_type = Atom1Feed
    title = "Tillit — Acceptable Use Guidelines changelog"
    subtitle = "Every published change to the Acceptable Use Guidelines."

    def link(self):
        return reverse("public:changelog")

    def items(self):
        return list_published_versions()[:50]

    def item_title(self, item):
        return f"Version {item.number}"

    def item_description(self, item):
        lines = [item.summary, ""]
        for change in diff_versions(item.based_on, item):
            lines += [change["title"], *change["lines"], ""]
        return "\n".join(lines)

    def item_link(self, item):
        return reverse("public:changelog") + f"#v{item.number}"

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.published_at
