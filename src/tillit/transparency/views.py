import csv
import io
import json

from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from .errors import UnknownPeriod
from .figures import flatten, get_report_figures
from .periods import parse_period, period_of, recent_periods
from .presentation import cell, report_sections


def _period(text: str | None):
    if text is None:
        return period_of(timezone.now())
    period = parse_period(text)
    if period is None:
        raise UnknownPeriod()
    return period


@require_GET
def report(request, period: str | None = None):
    """The public transparency report for a half-year (this one by default)."""
    chosen = _period(period)
    figures = get_report_figures(chosen)
    government = figures["government_requests"]
    sections, government_sections = report_sections(figures)
    return render(
        request,
        "transparency/report.html",
        {
            "figures": figures,
            "period": chosen,
            "periods": recent_periods(timezone.now()),
            "sections": sections,
            "government_sections": government_sections,
            "headline": [
                cell("reports.total", figures["reports"]["total"]),
                cell("actions.total", figures["actions"]["total"]),
                cell(
                    "automated_detection_share",
                    figures["automated_detection_share"],
                    share=True,
                ),
                cell("at_risk_warnings", figures["at_risk_warnings"]),
                cell("appeals.filed", figures["appeals"]["filed"]),
                cell("appeals.decided", figures["appeals"]["decided"]),
                cell("appeals.overturned", figures["appeals"]["overturned"]),
                cell("appeals.modified", figures["appeals"]["modified"]),
            ],
            "government": [
                cell("government_requests.total", government["total"]),
                cell(
                    "government_requests.accounts_named", government["accounts_named"]
                ),
                cell(
                    "government_requests.disclosed_share",
                    government["disclosed_share"],
                    share=True,
                ),
            ],
        },
    )


@require_GET
def report_json(request, period: str):
    figures = get_report_figures(_period(period))
    response = HttpResponse(
        json.dumps(figures, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_GET
def report_csv(request, period: str):
    chosen = _period(period)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["figure", "value"])
    for path, value in flatten(get_report_figures(chosen)):
        writer.writerow([path, "" if value is None else value])
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="tillit-transparency-{chosen.label}.csv"'
    )
    return response
