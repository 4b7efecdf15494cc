"""The report's figures as the page shows them: sections of a chart and a
table, each cell carrying the figure's key and raw value."""

from django.utils.formats import number_format
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from tillit.intake.models import Channel
from tillit.policy.models import Standard

from .charts import bar_chart

ACTION_LABELS = {
    "warning": gettext_lazy("Warning"),
    "remove_content": gettext_lazy("Remove content"),
    "cancel_meeting": gettext_lazy("Cancel the meeting"),
    "cancel_event": gettext_lazy("Cancel the event"),
    "suspend_account": gettext_lazy("Suspend the account"),
    "terminate_account": gettext_lazy("Terminate the account"),
}
REQUEST_KINDS = {
    "preservation": gettext_lazy("Preservation"),
    "subpoena": gettext_lazy("Subpoena"),
    "court_order": gettext_lazy("Court order"),
    "search_warrant": gettext_lazy("Search warrant"),
    "emergency": gettext_lazy("Emergency"),
    "mutual_legal_assistance": gettext_lazy("Mutual legal assistance"),
}


def cell(path: str, value, *, share=False) -> dict:
    if value is None:
        shown = "—"
    elif share:
        shown = f"{number_format(round(value * 100))} %"
    elif isinstance(value, int | float):
        shown = number_format(value)
    else:
        shown = str(value)
    raw = "" if value is None else str(value)
    return {"path": path, "value": raw, "shown": shown}


def _one_column(key, title, column, figures_part, labels, *, chart=True):
    rows = [
        {"label": labels.get(k, k), "cells": [cell(f"{key}.{k}", v)]}
        for k, v in figures_part.items()
    ]
    svg = ""
    if chart:
        svg = bar_chart(
            title,
            [
                (str(r["label"]), figures_part[k])
                for r, k in zip(rows, figures_part, strict=True)
            ],
        )
    return {
        "id": key.replace(".", "-"),
        "title": title,
        "svg": mark_safe(svg),  # noqa: S308 - built with every label escaped
        "columns": [column],
        "rows": rows,
    }


def report_sections(figures: dict) -> tuple[list[dict], list[dict]]:
    """Return the sections with a chart, and the government requests' tables
    (banded counts: a table alone)."""
    standards = {s.slug: s.title for s in Standard.objects.all()}
    channels = dict(Channel.choices)
    count = _("Count")
    sections = [
        _one_column(
            "reports.by_channel",
            _("Reports by channel"),
            count,
            figures["reports"]["by_channel"],
            channels,
        ),
        _one_column(
            "reports.by_standard",
            _("Reports by standard"),
            count,
            figures["reports"]["by_standard"],
            standards,
        ),
        _one_column(
            "actions.by_type",
            _("Actions by type"),
            count,
            figures["actions"]["by_type"],
            ACTION_LABELS,
        ),
        _one_column(
            "actions.by_standard",
            _("Actions by standard"),
            count,
            figures["actions"]["by_standard"],
            standards,
        ),
        _response_times(figures["response_times"]),
        _appeals(figures["appeals"], standards),
        _ai_scan(figures["ai_scan"]),
    ]
    government = figures["government_requests"]
    tables = [
        _one_column("government_requests.by_country",
                    _("Government requests by country"), _("Requests"),
                    government["by_country"], {}, chart=False),
        _one_column("government_requests.by_kind",
                    _("Government requests by kind"), _("Requests"),
                    government["by_kind"], REQUEST_KINDS, chart=False),
    ]  # fmt: skip
    return sections, tables


def _response_times(part: dict) -> dict:
    title = _("Decided within the target time, per tier")
    rows = []
    for tier, numbers in part.items():
        path = f"response_times.{tier}"
        rows.append(
            {
                "label": _("Tier %(tier)s") % {"tier": tier},
                "cells": [
                    cell(f"{path}.decided", numbers["decided"]),
                    cell(f"{path}.median_hours", numbers["median_hours"]),
                    cell(
                        f"{path}.within_target_share",
                        numbers["within_target_share"],
                        share=True,
                    ),
                ],
            }
        )
    # A tier with no case decided has no share: no bar, only the table's dash.
    chart = [
        (str(r["label"]), part[t]["within_target_share"])
        for r, t in zip(rows, part, strict=True)
        if part[t]["decided"]
    ]
    return {
        "id": "response-times",
        "title": title,
        "svg": mark_safe(bar_chart(title, chart, percent=True)),  # noqa: S308
        "columns": [_("Cases decided"), _("Median hours"), _("Within target")],
        "rows": rows,
    }


def _appeals(part: dict, standards: dict) -> dict:
    title = _("Appeals per standard")
    kinds = ("filed", "decided", "overturned")
    rows = [
        {
            "label": standards.get(slug, slug),
            "cells": [cell(f"appeals.by_standard.{slug}.{k}", n[k]) for k in kinds],
        }
        for slug, n in part["by_standard"].items()
    ]
    chart = [
        (_("Filed"), part["filed"]),
        (_("Decided"), part["decided"]),
        (_("Overturned"), part["overturned"]),
        (_("Modified"), part["modified"]),
    ]
    return {
        "id": "appeals",
        "title": title,
        "svg": mark_safe(bar_chart(_("Appeals"), chart)),  # noqa: S308
        "columns": [_("Filed"), _("Decided"), _("Overturned")],
        "rows": rows,
    }


def _ai_scan(part: dict) -> dict:
    title = _("AI scan flags")
    labels = {
        "flags": _("Flags raised"),
        "reviewed": _("Decided by an analyst"),
        "upheld": _("Upheld by an analyst"),
    }
    rows = [
        {"label": labels[k], "cells": [cell(f"ai_scan.{k}", part[k])]} for k in labels
    ]
    rows.append(
        {
            "label": _("Share upheld"),
            "cells": [cell("ai_scan.upheld_share", part["upheld_share"], share=True)],
        }
    )
    chart = [(str(labels[k]), part[k]) for k in labels]
    return {
        "id": "ai-scan",
        "title": title,
        "svg": mark_safe(bar_chart(title, chart)),  # noqa: S308
        "columns": [_("Count")],
        "rows": rows,
    }
