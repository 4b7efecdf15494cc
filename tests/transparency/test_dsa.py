"""DSA statements of reasons: built from adverse decisions in the database's
own fields, exported, listed by the API and sent to it (#15)."""

import io
import json
from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command

from tillit.core.apikeys import create_api_key
from tillit.core.models import AuditEvent
from tillit.transparency.dsa_mapping import MAPPING_VERSION
from tillit.transparency.errors import DsaSubmitFailed
from tillit.transparency.models import AcceptedStatement
from tillit.transparency.services import submit_dsa_statements

from .dsa_server import validate


def export(*args) -> list[dict]:
    out = io.StringIO()
    call_command("dsa", "export", *args, stdout=out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def by_puid(statements, decision):
    return next(s for s in statements if s["puid"] == f"tillit-decision-{decision.pk}")


def test_every_adverse_decision_has_a_statement_the_database_accepts(
    adverse_decisions,
):
    """Warnings, suspensions and automated finds pass the database's rules;
    a "no violation" decision has no statement."""
    statements = export()
    assert len(statements) == 3
    for statement in statements:
        assert validate(statement) == {}, statement
    cleared = adverse_decisions["cleared"]
    assert f"tillit-decision-{cleared.pk}" not in {s["puid"] for s in statements}


def test_a_suspension_carries_its_end_date(adverse_decisions):
    decision = adverse_decisions["suspension"]
    statement = by_puid(export(), decision)
    action = decision.enforcement_actions.get(kind="suspend_account")
    assert statement["decision_account"] == "DECISION_ACCOUNT_SUSPENDED"
    assert statement["decision_visibility"] == ["DECISION_VISIBILITY_CONTENT_REMOVED"]
    assert (
        statement["end_date_account_restriction"] == action.ends_at.date().isoformat()
    )
    assert statement["application_date"] == decision.approved_at.date().isoformat()
    assert (
        statement["end_date_account_restriction"]
        == (decision.approved_at + timedelta(days=14)).date().isoformat()
    )
    assert statement["category"] == "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH"
    assert "KEYWORD_HATE_SPEECH" in statement["category_specification"]
    assert statement["decision_ground"] == "DECISION_GROUND_INCOMPATIBLE_CONTENT"
    assert statement["source_type"] == "SOURCE_ARTICLE_16"
    assert statement["automated_detection"] == "No"
    assert statement["automated_decision"] == "AUTOMATED_DECISION_NOT_AUTOMATED"


def test_an_automated_find_says_so(adverse_decisions):
    statement = by_puid(export(), adverse_decisions["scanned"])
    assert statement["automated_detection"] == "Yes"
    assert statement["source_type"] == "SOURCE_VOLUNTARY"
    assert statement["decision_visibility"] == ["DECISION_VISIBILITY_CONTENT_DISABLED"]
    assert statement["category"] == "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY"
    assert statement["incompatible_content_illegal"] == "Yes"
    assert statement["content_type"] == ["CONTENT_TYPE_TEXT", "CONTENT_TYPE_VIDEO"]


def test_a_warning_is_an_other_restriction_with_its_words(adverse_decisions):
    statement = by_puid(export(), adverse_decisions["warning"])
    assert statement["decision_visibility"] == ["DECISION_VISIBILITY_OTHER"]
    assert statement["decision_visibility_other"]
    assert statement["end_date_account_restriction"] is None


def test_the_demo_data_exports_statements_the_database_accepts(db):
    """Acceptance (#15): every decision of the demo, including a suspension
    with its end date and a decision on an AI-scan find, passes."""
    from tillit.console.demo import seed_demo  # the demo seed, above this app

    seed_demo()
    statements = export()
    assert statements
    for statement in statements:
        assert validate(statement) == {}, statement
    assert any(s["end_date_account_restriction"] for s in statements)
    assert any(s["automated_detection"] == "Yes" for s in statements)


def test_export_since_a_day_leaves_out_earlier_decisions(adverse_decisions):
    decision = adverse_decisions["warning"]
    tomorrow = (decision.decided_at + timedelta(days=1)).date().isoformat()
    assert export("--since", tomorrow) == []
    today = decision.decided_at.date().isoformat()
    assert len(export("--since", today)) == 3


@pytest.mark.parametrize("since", ["yesterday", "2026-13-01", "2026-02-30", "x"])
def test_export_with_a_bad_since_is_refused(adverse_decisions, since):
    with pytest.raises(CommandError, match="--since must be a date"):
        export("--since", since)


def test_export_to_a_file_that_cannot_be_written_is_refused(
    adverse_decisions, tmp_path
):
    with pytest.raises(CommandError, match="Cannot write"):
        call_command("dsa", "export", "--output", str(tmp_path / "no" / "such.jsonl"))


def test_export_to_a_file_writes_json_lines(adverse_decisions, tmp_path):
    target = tmp_path / "sor.jsonl"
    call_command("dsa", "export", "--output", str(target), stderr=io.StringIO())
    lines = target.read_text().splitlines()
    assert len(lines) == 3
    assert all(validate(json.loads(line)) == {} for line in lines)


# --- The API -------------------------------------------------------------------


def test_the_api_lists_statements_page_by_page(adverse_decisions, api):
    first = api.get("/api/v1/dsa/statements?limit=2")
    assert first.status_code == 200, first.content
    body = first.json()
    assert body["count"] == 3 and body["next_offset"] == 2
    assert len(body["items"]) == 2
    assert body["items"][0]["mapping_version"] == MAPPING_VERSION
    assert body["items"][0]["accepted"] is False
    rest = api.get("/api/v1/dsa/statements?limit=2&offset=2").json()
    assert rest["next_offset"] is None and len(rest["items"]) == 1
    puids = [i["puid"] for i in body["items"] + rest["items"]]
    assert puids == [s["puid"] for s in export()]


def test_the_api_filters_by_since(adverse_decisions, api):
    later = (adverse_decisions["scanned"].decided_at + timedelta(days=1)).date()
    body = api.get(f"/api/v1/dsa/statements?since={later.isoformat()}").json()
    assert body["count"] == 0


@pytest.mark.parametrize(
    "query", ["since=abc", "since=2026-02-30", "offset=-1", "limit=0", "limit=501"]
)
def test_the_api_refuses_bad_input(adverse_decisions, api, query):
    response = api.get(f"/api/v1/dsa/statements?{query}")
    assert response.status_code == 422
    assert response.json()["code"] == "invalid_input"


def test_the_api_needs_the_dsa_scope(adverse_decisions, client):
    _row, key = create_api_key(name="cases only", scopes=["cases:read"])
    response = client.get("/api/v1/dsa/statements", HTTP_AUTHORIZATION=f"Bearer {key}")
    assert response.status_code == 403
    assert response.json()["code"] == "scope_missing"
    assert client.get("/api/v1/dsa/statements").status_code == 401


# --- Sending them ----------------------------------------------------------------


def submit(server, **kw):
    slept = []
    result = submit_dsa_statements(
        url=server.url, token=kw.pop("token", server.token), sleep=slept.append, **kw
    )
    return result, slept


def test_submit_sends_each_statement_once(adverse_decisions, transparency_database):
    result, _ = submit(transparency_database)
    assert (result.accepted, result.rejected, result.failed) == (3, 0, 0)
    assert len(transparency_database.stored) == 3
    assert AcceptedStatement.objects.count() == 3
    row = AcceptedStatement.objects.get(decision=adverse_decisions["suspension"])
    assert row.mapping_version == MAPPING_VERSION and row.uuid
    assert AuditEvent.objects.filter(verb="dsa.statement_accepted").count() == 3
    again, _ = submit(transparency_database)
    assert (again.accepted, again.skipped) == (0, 3)
    assert transparency_database.calls == [3]


def test_submit_retries_with_back_off(adverse_decisions, transparency_database):
    transparency_database.fail_next = [503, 429, 500]
    result, slept = submit(transparency_database, backoff_seconds=2)
    assert result.accepted == 3
    assert slept == [2, 4, 8]
    assert len(transparency_database.calls) == 4


def test_submit_gives_up_after_the_last_attempt(
    adverse_decisions, transparency_database
):
    transparency_database.fail_next = [503] * 10
    result, slept = submit(transparency_database, max_attempts=3)
    assert (result.accepted, result.failed) == (0, 3)
    assert len(slept) == 2
    assert not AcceptedStatement.objects.exists()


def test_submit_sends_in_batches_of_a_hundred(
    adverse_decisions, transparency_database, monkeypatch
):
    monkeypatch.setattr("tillit.transparency.services.BATCH_SIZE", 2)
    result, _ = submit(transparency_database)
    assert result.accepted == 3
    assert transparency_database.calls == [2, 1]


def test_submit_counts_what_the_database_already_has(
    adverse_decisions, transparency_database
):
    """A statement sent by a run that died before recording it: the database
    answers that the puid exists; it is recorded, and the rest go through."""
    first = export()[0]
    transparency_database.stored[first["puid"]] = first
    result, _ = submit(transparency_database)
    assert (result.accepted, result.already_there) == (2, 1)
    assert AcceptedStatement.objects.count() == 3


def test_submit_leaves_out_a_refused_statement(
    adverse_decisions, transparency_database, monkeypatch
):
    from tillit.transparency import statements

    build = statements.build_statement

    def broken(decision):
        statement = build(decision)
        if decision.pk == adverse_decisions["warning"].pk:
            statement["category"] = "STATEMENT_CATEGORY_NOT_A_CATEGORY"
        return statement

    monkeypatch.setattr(statements, "build_statement", broken)
    result, _ = submit(transparency_database)
    assert (result.accepted, result.rejected) == (2, 1)
    puid = f"tillit-decision-{adverse_decisions['warning'].pk}"
    assert result.errors[puid] == {"category": ["The selected category is invalid."]}
    assert not AcceptedStatement.objects.filter(puid=puid).exists()


def test_submit_with_a_wrong_token_stops_and_records_nothing(
    adverse_decisions, transparency_database
):
    with pytest.raises(DsaSubmitFailed):
        submit(transparency_database, token="wrong")
    assert not AcceptedStatement.objects.exists()
    assert transparency_database.stored == {}


def test_the_submit_command_reports_counts(
    adverse_decisions, transparency_database, settings
):
    settings.TILLIT = {
        **settings.TILLIT,
        "DSA_SUBMIT_URL": transparency_database.url,
        "DSA_SUBMIT_TOKEN": transparency_database.token,
    }
    out = io.StringIO()
    call_command("dsa", "submit", stdout=out)
    assert "Accepted 3" in out.getvalue()


def test_the_submit_command_needs_its_settings(adverse_decisions, settings):
    settings.TILLIT = {**settings.TILLIT, "DSA_SUBMIT_URL": "", "DSA_SUBMIT_TOKEN": ""}
    with pytest.raises(CommandError, match="TILLIT_DSA_URL"):
        call_command("dsa", "submit")
    assert not AcceptedStatement.objects.exists()


def test_an_accepted_statement_is_listed_as_it_was_sent(
    adverse_decisions, transparency_database, api, monkeypatch
):
    """A later mapping does not change what was sent."""
    submit(transparency_database)
    monkeypatch.setattr("tillit.transparency.dsa_mapping.MAPPING_VERSION", "2099-01.1")
    body = api.get("/api/v1/dsa/statements").json()
    assert {i["mapping_version"] for i in body["items"]} == {MAPPING_VERSION}
    assert all(i["accepted"] for i in body["items"])


def test_a_key_limited_to_an_account_lists_only_its_statements(
    adverse_decisions, client, swedish_account
):
    _row, own = create_api_key(name="acme", scopes=["dsa:read"], account="acc-en")
    _row, other = create_api_key(name="skola", scopes=["dsa:read"], account="acc-sv")
    mine = client.get("/api/v1/dsa/statements", HTTP_AUTHORIZATION=f"Bearer {own}")
    assert mine.json()["count"] == 3
    theirs = client.get("/api/v1/dsa/statements", HTTP_AUTHORIZATION=f"Bearer {other}")
    assert theirs.json() == {"count": 0, "offset": 0, "next_offset": None, "items": []}


def test_a_suspension_shortened_on_appeal_keeps_its_dates_in_order(
    adverse_decisions, panel
):
    """The panel cuts a 14-day suspension to 3 days after 5 had passed: the
    panel's decision has its own statement, counted from when the account
    was first suspended, so its end is not before its application date."""
    import time_machine
    from django.utils import timezone

    from tillit.appeals.services import file_appeal, vote_on_appeal
    from tillit.cases.links import appeal_url

    original = adverse_decisions["suspension"]
    url = appeal_url(original, appellant="owner", email="owner@acme.example")
    appeal = file_appeal(token=url.rstrip("/").rsplit("/", 1)[1], statement="Too long.")
    seats = list(appeal.seats.select_related("member__user"))
    with time_machine.travel(timezone.now() + timedelta(days=5)):
        for seat in seats[:2]:
            vote_on_appeal(
                appeal_id=appeal.pk,
                member_user=seat.member.user,
                vote="modified",
                reasons="Three days is enough.",
                actions=[
                    {"type": "remove_content"},
                    {"type": "suspend_account", "days": 3},
                ],
            )
    statements = export()
    assert len(statements) == 4
    for statement in statements:
        assert validate(statement) == {}, statement
    panel_decision = original.superseded_by
    statement = by_puid(statements, panel_decision)
    assert statement["application_date"] == original.approved_at.date().isoformat()
    assert (
        statement["end_date_account_restriction"]
        == (original.approved_at + timedelta(days=3)).date().isoformat()
    )
    assert statement["automated_decision"] == "AUTOMATED_DECISION_NOT_AUTOMATED"


def test_every_standard_has_a_category_in_the_mapping(db):
    from tillit.policy.models import Standard
    from tillit.transparency.dsa_mapping import STANDARDS

    from .dsa_server import CATEGORIES, KEYWORDS

    slugs = set(Standard.objects.values_list("slug", flat=True))
    assert len(slugs) == 15 and slugs == set(STANDARDS)
    for category, keywords, other, _illegal in STANDARDS.values():
        assert category in CATEGORIES
        assert set(keywords) <= KEYWORDS
        assert bool(other) == ("KEYWORD_OTHER" in keywords)


def test_listing_statements_costs_the_same_queries_for_more_decisions(
    adverse_decisions, api, django_assert_num_queries, file_report, decide, make_staff
):
    """No query per decision (STYLE R12): a page of 3 and a page of 4 cost alike."""
    with django_assert_num_queries(QUERIES):
        api.get("/api/v1/dsa/statements")
    decide(
        file_report("700000001", category="fraud", email="f@example.org"),
        make_staff("t2b", tier=2),
        actions=["remove_content"],
    )
    with django_assert_num_queries(QUERIES):
        assert api.get("/api/v1/dsa/statements").json()["count"] == 4


# The key, the count, the page with its case, standard and version, its
# actions, its reports, the accepted statements.
QUERIES = 6
