"""The public transparency report (#15): its figures equal counts made here,
independently, from the rows; its charts are SVG in the page; the JSON and
CSV say what the page says."""

import csv
import io
import re
from collections import Counter
from datetime import UTC, datetime, timedelta
from statistics import median

import pytest
from django.utils import timezone

from tillit.appeals.models import Appeal
from tillit.appeals.services import file_appeal, vote_on_appeal
from tillit.cases.links import appeal_url
from tillit.cases.models import Case, Decision
from tillit.detection.models import AtRiskNotice, Sighting
from tillit.enforcement.models import EnforcementAction
from tillit.intake.models import Report
from tillit.legal.models import LegalRequest
from tillit.policy.models import Standard
from tillit.transparency.government import band, government_request_figures
from tillit.transparency.periods import Period, parse_period, period_of

AUTOMATED = {"ai_scan", "at_risk_scan"}
CELL = re.compile(r'data-figure="([^"]+)" data-value="([^"]*)"')


@pytest.fixture
def busy_half_year(adverse_decisions, panel, file_report, make_meeting, make_event,
                   english_account):  # fmt: skip
    """Rows in every section: reports from several channels, actions, an
    overturned appeal and a pending one, an at-risk warning, an AI scan flag
    not yet decided, requests from authorities."""
    for decision, vote in ((adverse_decisions["suspension"], "overturned"),
                           (adverse_decisions["warning"], None)):  # fmt: skip
        url = appeal_url(decision, appellant="owner", email="owner@acme.example")
        appeal = file_appeal(token=url.rstrip("/").rsplit("/", 1)[1], statement="No.")
        if vote:
            for seat in list(appeal.seats.select_related("member__user"))[:2]:
                vote_on_appeal(appeal_id=appeal.pk, member_user=seat.member.user,
                               vote=vote, reasons="Not what happened.")  # fmt: skip
    meeting = make_meeting("700000009", english_account)
    sighting = Sighting.objects.create(
        meeting=meeting, post_id="p1", source="test", text="Join and wreck it",
        score=0.9, level="high",
    )  # fmt: skip
    AtRiskNotice.objects.create(meeting=meeting, sighting=sighting, recipients=["x"])
    make_event("ev-scan-2", english_account)
    file_report("ev-scan-2", target_type="event", category="hate", channel="ai_scan",
                detection_confidence=0.8, description="Automatic scan.")  # fmt: skip
    file_report("700000009", channel="email", email="d@example.org")
    _legal_requests()
    return period_of(timezone.now())


def _legal_requests():
    """Two requests from authorities: a Swedish court order naming an
    account, and a German emergency request naming a meeting."""
    from tests.legal.conftest import pdf, request_input
    from tillit.legal.services.intake import (
        create_officer,
        register_agency,
        submit_legal_request,
    )

    for country, domain, changes in (
        ("SE", "polisen.se", {}),
        ("DE", "bka.de", {"kind": "emergency",
                          "targets": [{"type": "meeting", "id": "700000009"}]}),
    ):  # fmt: skip
        agency = register_agency(name=domain, country=country, email_domains=domain,
                                 verified=True, actor=None)  # fmt: skip
        officer = create_officer(agency_id=agency.pk, email=f"o@{domain}",
                                 password="pw-officer-1", language="en", actor=None)  # fmt: skip
        submit_legal_request(data=request_input(country=country, **changes),
                             officer=officer, source="portal", document=pdf())  # fmt: skip


def independent_counts(period: Period) -> dict:
    """The report's figures, counted one row at a time in Python."""

    def inside(moment):
        return moment is not None and period.start <= moment < period.end

    slugs = list(Standard.objects.values_list("slug", flat=True))
    reports = [r for r in Report.objects.all() if inside(r.created_at)]
    actions = [a for a in EnforcementAction.objects.all() if inside(a.starts_at)]
    channels_of = {}
    for r in Report.objects.all():
        channels_of.setdefault(r.case_id, set()).add(r.channel)
    automated = [a for a in actions if channels_of[a.decision.case_id] & AUTOMATED]
    out = {
        "reports.total": len(reports),
        "actions.total": len(actions),
        "automated_detection_share": round(len(automated) / len(actions), 3),
        "at_risk_warnings": sum(inside(n.sent_at) for n in AtRiskNotice.objects.all()),
    }
    by_channel = Counter(r.channel for r in reports)
    for channel in ("in_meeting", "web_form", "event_page", "email", "ai_scan"):
        out[f"reports.by_channel.{channel}"] = by_channel[channel]
    by_standard = Counter(r.category_id for r in reports)
    kinds = Counter(a.kind for a in actions)
    action_standards = Counter(a.decision.standard_id for a in actions)
    for slug in slugs:
        out[f"reports.by_standard.{slug}"] = by_standard[slug]
        out[f"actions.by_standard.{slug}"] = action_standards[slug]
    for kind in ("warning", "remove_content", "cancel_event", "suspend_account"):
        out[f"actions.by_type.{kind}"] = kinds[kind]
    out |= _appeals(inside, slugs) | _response_times(inside) | _ai_scan(inside)
    return out


def _appeals(inside, slugs):
    appeals = list(Appeal.objects.select_related("decision"))
    filed = [a for a in appeals if inside(a.created_at)]
    decided = [a for a in appeals if inside(a.decided_at)]
    overturned = [a for a in decided if a.outcome == "overturned"]
    out = {"appeals.filed": len(filed), "appeals.decided": len(decided),
           "appeals.overturned": len(overturned)}  # fmt: skip
    for slug in slugs:
        for name, rows in (("filed", filed), ("decided", decided),
                           ("overturned", overturned)):  # fmt: skip
            key = f"appeals.by_standard.{slug}.{name}"
            out[key] = sum(a.decision.standard_id == slug for a in rows)
    return out


def _response_times(inside):
    out = {}
    for tier in (1, 2, 3, 4):
        # An appeal's case has no report: it is the panel's, not the queue's.
        cases = [
            c
            for c in Case.objects.filter(tier=tier)
            if inside(c.decided_at) and c.reports.exists()
        ]
        hours, on_time = [], 0
        for case in cases:
            first = min(r.created_at for r in case.reports.all())
            hours.append((case.decided_at - first).total_seconds() / 3600)
            on_time += case.decided_at <= case.due_at
        out[f"response_times.{tier}.decided"] = len(cases)
        out[f"response_times.{tier}.median_hours"] = (
            round(median(hours), 1) if hours else None
        )
        out[f"response_times.{tier}.within_target_share"] = (
            round(on_time / len(cases), 3) if cases else None
        )
    return out


def _ai_scan(inside):
    flags = [
        r for r in Report.objects.filter(channel="ai_scan") if inside(r.created_at)
    ]
    applied = ("in_force", "overturned", "superseded")
    reviewed = upheld = 0
    for flag in flags:
        decisions = [d for d in Decision.objects.filter(case_id=flag.case_id)
                     if d.status in applied]  # fmt: skip
        reviewed += bool(decisions)
        upheld += any(d.outcome == "violation" for d in decisions)
    return {"ai_scan.flags": len(flags), "ai_scan.reviewed": reviewed,
            "ai_scan.upheld": upheld,
            "ai_scan.upheld_share": round(upheld / reviewed, 3) if reviewed else None}  # fmt: skip


def page_cells(html: str) -> dict[str, str]:
    return dict(CELL.findall(html))


def as_cell(value) -> str:
    return "" if value is None else str(value)


def test_the_page_shows_the_counts_of_the_rows(client, busy_half_year):
    response = client.get("/transparency/")
    assert response.status_code == 200
    html = response.content.decode()
    cells = page_cells(html)
    expected = independent_counts(busy_half_year)
    # Data in every section.
    for key in ("reports.total", "actions.total", "appeals.filed",
                "appeals.overturned", "at_risk_warnings", "ai_scan.flags",
                "ai_scan.reviewed"):  # fmt: skip
        assert expected[key], key
    assert expected["automated_detection_share"] > 0
    assert expected["response_times.1.decided"]
    for key, value in expected.items():
        assert cells[key] == as_cell(value), key
    # The requests from authorities, counted from their rows and banded.
    rows = list(LegalRequest.objects.all())
    assert cells["government_requests.total"] == band(len(rows)) == "1–9"
    for country in {r.country for r in rows}:
        assert cells[f"government_requests.by_country.{country}"] == "1–9"
    for kind in {r.kind for r in rows}:
        assert cells[f"government_requests.by_kind.{kind}"] == "1–9"


def test_the_charts_are_svg_in_the_page_each_beside_a_table(client, busy_half_year):
    html = client.get("/transparency/").content.decode()
    assert html.count("<svg") >= 7
    assert '<script src="http' not in html
    for section in ("reports-by_channel", "actions-by_type", "response-times",
                    "appeals", "ai-scan"):  # fmt: skip
        block = html.split(f'id="{section}"', 1)[1].split('class="card', 1)[0]
        assert "<svg" in block and "<table>" in block, section


def test_the_json_and_csv_say_what_the_page_says(client, busy_half_year):
    label = busy_half_year.label
    cells = page_cells(client.get(f"/transparency/{label}/").content.decode())
    data = client.get(f"/transparency/{label}.json").json()
    assert data["period"] == label
    assert {"total", "by_channel", "by_standard"} <= set(data["reports"])
    assert {"total", "by_type", "by_standard"} <= set(data["actions"])
    assert {"filed", "decided", "overturned"} <= set(data["appeals"])
    assert {"total", "by_country", "by_kind"} <= set(data["government_requests"])
    assert isinstance(data["reports"]["total"], int)
    expected = independent_counts(busy_half_year)
    assert data["reports"]["total"] == expected["reports.total"]
    assert data["automated_detection_share"] == expected["automated_detection_share"]
    response = client.get(f"/transparency/{label}.csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = dict(list(csv.reader(io.StringIO(response.content.decode())))[1:])
    for key, value in cells.items():
        assert rows[key] == value, key
        node = data
        for part in key.split("."):
            node = node[part]
        assert as_cell(node) == value, key


def test_the_page_is_in_swedish(client, busy_half_year):
    html = client.get("/transparency/", HTTP_ACCEPT_LANGUAGE="sv").content.decode()
    assert "Insynsrapport" in html
    assert "Anmälningar per kanal" in html


@pytest.mark.parametrize(
    "path",
    ["/transparency/2026-H3/", "/transparency/abc/", "/transparency/2026-H3.json",
     "/transparency/abc.csv", "/transparency/1999-H1/", "/transparency/2026-h2/"],
)  # fmt: skip
def test_a_bad_period_is_a_clear_404(client, db, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "2026-H1 or 2026-H2" in response.content.decode()


def test_the_figures_are_cached_for_a_short_while(client, busy_half_year,
                                                  file_report):  # fmt: skip
    label = busy_half_year.label
    before = client.get(f"/transparency/{label}.json").json()["reports"]["total"]
    file_report("700000009", channel="web_form", email="e@example.org")
    assert (
        client.get(f"/transparency/{label}.json").json()["reports"]["total"] == before
    )


def test_only_get_is_allowed(client, db):
    assert client.post("/transparency/").status_code == 405


def test_periods_are_half_years():
    assert parse_period("2026-H2") == Period(2026, 2)
    assert Period(2026, 2).end.year == 2027
    for bad in ("2026-H3", "abc", "2026-H", "", "2026-H12", "99999-H1"):
        assert parse_period(bad) is None
    midsummer = datetime(2026, 7, 1, tzinfo=UTC)
    assert period_of(midsummer - timedelta(seconds=1)) == Period(2026, 1)
    assert period_of(midsummer) == Period(2026, 2)


def test_small_counts_are_bands():
    assert [band(n) for n in (0, 1, 9, 10, 49, 50, 120, 999, 1234)] == [
        "0", "1–9", "1–9", "10–49", "10–49", "50–99", "100–249", "500–999",
        "1000–1499",
    ]  # fmt: skip


def test_government_requests_are_zero_in_a_period_without_any(db):
    figures = government_request_figures(period_of(timezone.now()))
    assert figures == {
        "total": "0", "by_country": {}, "by_kind": {},
        "accounts_named": "0", "disclosed_share": None,
    }  # fmt: skip


def test_government_requests_are_counted_from_the_legal_desks_rows(make_staff):
    """Eleven Swedish court orders naming one account, nine of them complied
    with (approved by a second lawyer), and one German emergency request
    naming a meeting and another account."""
    from tests.legal.conftest import pdf, request_input
    from tillit.core.models import Role
    from tillit.legal.services.desk import (
        approve_legal_outcome,
        record_legal_outcome,
        verify_requester,
    )
    from tillit.legal.services.intake import (
        create_officer,
        register_agency,
        submit_legal_request,
    )

    first = make_staff("lawyer1", role=Role.LEGAL)
    second = make_staff("lawyer2", role=Role.LEGAL)
    officers = {}
    for country, name, domain in (("SE", "Polisen", "polisen.se"),
                                  ("DE", "BKA", "bka.de")):  # fmt: skip
        agency = register_agency(
            name=name, country=country, email_domains=domain, verified=True,
            actor=None,
        )  # fmt: skip
        officers[country] = create_officer(
            agency_id=agency.pk, email=f"x@{domain}", password="pw-officer-1",
            language="en", actor=None,
        )  # fmt: skip
    for i in range(11):
        row = submit_legal_request(
            data=request_input(), officer=officers["SE"], source="portal",
            document=pdf(),
        )  # fmt: skip
        if i < 9:
            verify_requester(request_id=row.pk, actor=first)
            record_legal_outcome(
                request_id=row.pk, actor=first, outcome="complied_in_full",
                reason="Valid court order.",
            )  # fmt: skip
            approve_legal_outcome(request_id=row.pk, actor=second)
    submit_legal_request(
        data=request_input(
            country="DE", kind="emergency",
            targets=[{"type": "meeting", "id": "812345678"},
                     {"type": "account", "id": "acc-en"}],
        ),
        officer=officers["DE"], source="portal", document=pdf(),
    )  # fmt: skip

    figures = government_request_figures(period_of(timezone.now()))
    assert figures["total"] == "10–49"
    assert figures["by_country"] == {"DE": "1–9", "SE": "10–49"}
    assert figures["by_kind"] == {"court_order": "10–49", "emergency": "1–9"}
    assert figures["accounts_named"] == "1–9"
    assert figures["disclosed_share"] == round(9 / 12, 1)
