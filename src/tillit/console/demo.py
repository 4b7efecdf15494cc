"""Realistic demo data for `make run`: accounts, meetings and events in English
and Swedish, reports across channels and categories, staff of every role."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone

from tillit.appeals.models import PanelMember
from tillit.cases.models import Case
from tillit.cases.services.claims import claim_case, claim_next_case
from tillit.cases.services.decisions import approve_decision, decide_case
from tillit.cases.services.filing import submit_report
from tillit.core.models import Role, StaffProfile
from tillit.directory.services import upsert_account, upsert_event, upsert_meeting
from tillit.intake.services import ReporterIdentity, ReportInput
from tillit.legal.services.intake import (
    create_officer,
    register_agency,
    submit_legal_request,
)
from tillit.legal.validation import LegalRequestInput

from .demo_data import (
    ACCOUNTS,
    AGENCY,
    EVENTS,
    LEGAL_REQUEST,
    MEETINGS,
    OFFICER,
    PANEL,
    REPORTS,
    STAFF,
)

PASSWORD = "tillit-demo"


def demo_logins() -> list[tuple[str, str, str]]:
    staff = [
        (u, PASSWORD, f"{role.label}, tier {tier}") for u, _n, role, tier, _l in STAFF
    ]
    return [
        *staff,
        ("anna", PASSWORD, "portal user (account owner, Familjen Berg)"),
        (OFFICER, PASSWORD, "officer of Polismyndigheten (/legal/portal/)"),
    ]


def database_is_empty() -> bool:
    return not get_user_model().objects.exists()


def seed_demo() -> list[tuple[str, str, str]]:
    """Fill an empty database with the demo and return its logins."""
    now = timezone.now()
    with transaction.atomic():
        _create_staff()
        _create_panel()
    accounts = _sync_accounts()
    _sync_meetings(accounts, now=now)
    _sync_events(accounts, now=now)
    _file_reports()
    _decide_one_case()
    _decide_for_the_transparency_report()
    _send_legal_request(now=now)
    return demo_logins()


def _create_staff() -> None:
    """Staff of every role, and anna, a portal user who owns an account."""
    User = get_user_model()
    for username, name, role, tier, language in STAFF:
        first, last = name.split(" ", 1)
        user = User.objects.create_user(
            username,
            f"{username}@tillit.example",
            PASSWORD,
            first_name=first,
            last_name=last,
        )
        user.is_staff = role == Role.ADMIN
        user.is_superuser = role == Role.ADMIN
        user.save(update_fields=["is_staff", "is_superuser"])
        StaffProfile.objects.create(user=user, role=role, tier=tier, language=language)
    User.objects.create_user("anna", "anna@familjenberg.se", PASSWORD)


def _create_panel() -> None:
    """The appeals panel's members, each in a term that runs today."""
    User = get_user_model()
    today = timezone.localdate()
    for username, department in PANEL.items():
        PanelMember.objects.create(
            user=User.objects.get(username=username),
            department=department,
            tenure_years=3,
            experience=PanelMember.Experience.EXPERIENCED,
            term_start=today - timedelta(days=30),
            term_end=today + timedelta(days=335),
        )


def _sync_accounts() -> dict:
    """The platform's accounts, as the platform would sync them; by id."""
    accounts = {}
    for pk, name, owner, admins, language, plan in ACCOUNTS:
        accounts[pk], _ = upsert_account(
            account_id=pk,
            name=name,
            owner_email=owner,
            admin_emails=admins,
            language=language,
            plan=plan,
            source="demo",
        )
    return accounts


def _sync_meetings(accounts: dict, *, now) -> None:
    for pk, acc, host, topic, hours, minutes, context, public in MEETINGS:
        upsert_meeting(
            meeting_id=pk,
            account=accounts[acc],
            host_email=host,
            topic=topic,
            starts_at=now + timedelta(hours=hours),
            duration_minutes=minutes,
            context=context,
            is_public=public,
            source="demo",
        )


def _sync_events(accounts: dict, *, now) -> None:
    for pk, acc, title, description, hours, ticket in EVENTS:
        upsert_event(
            event_id=pk,
            account=accounts[acc],
            title=title,
            description=description,
            starts_at=now + timedelta(hours=hours),
            ticket_type=ticket,
            source="demo",
        )


def _file_reports() -> None:
    for channel, category, ttype, tid, email, language, text in REPORTS:
        submit_report(
            data=ReportInput(
                channel=channel,
                category=category,
                description=text,
                target_type=ttype,
                target_id=tid,
                reporter=ReporterIdentity(email=email),
                language=language,
                detection_confidence=0.91 if channel == "ai_scan" else None,
            ),
            source=f"demo:{channel}",
        )


def _decide_one_case() -> None:
    """One decided case, so the register, statements of reasons and appeals show."""
    analyst = get_user_model().objects.get(username="analyst2")
    case = claim_next_case(reviewer=analyst, tier=1)
    if case is not None:
        decide_case(
            case_id=case.pk,
            reviewer=analyst,
            outcome="violation",
            standard=case.standard_id,
            actions=["warning"],
            rationale="Demo: a first warning after reports from several participants.",
        )


def _decide_for_the_transparency_report() -> None:
    """A suspension with its end date, approved by a second analyst, and a
    decision on a case the AI scan found, so the DSA export and the
    transparency report have both kinds (#15)."""
    User = get_user_model()
    analyst2, analyst3 = (
        User.objects.get(username=u) for u in ("analyst2", "analyst3")
    )
    for target, reviewer, standard, actions, rationale in [
        (
            "ev-crypto",
            analyst2,
            "fraud",
            [{"type": "cancel_event"}, {"type": "suspend_account", "days": 30}],
            "Demo: the event asked attendees to send money to unlock sessions.",
        ),
        (
            "ev-kurs",
            analyst3,
            "violent_extremism",
            [{"type": "cancel_event"}],
            "Demo: the AI scan matched a known recruitment text; confirmed on review.",
        ),
    ]:
        case = Case.objects.filter(target_id=target).exclude(state="decided").first()
        if case is None:
            continue
        claim_case(case_id=case.pk, reviewer=reviewer)
        decision = decide_case(
            case_id=case.pk,
            reviewer=reviewer,
            outcome="violation",
            standard=standard,
            actions=actions,
            rationale=rationale,
        )
        if decision.status == decision.Status.PENDING_APPROVAL:
            approve_decision(decision_id=decision.pk, approver=analyst3)


# The smallest well-formed PDF: the portal sniffs "%PDF-".
DEMO_PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def _send_legal_request(*, now) -> None:
    """A verified agency, its officer and one court order on the legal desk."""
    name, country, domains = AGENCY
    agency = register_agency(
        name=name, country=country, email_domains=domains, verified=True, actor=None
    )
    officer = create_officer(
        agency_id=agency.pk,
        email=OFFICER,
        password=PASSWORD,
        language="sv",
        actor=None,
    )
    fields = dict(LEGAL_REQUEST)
    due = now + timedelta(days=fields.pop("due_in_days"))
    submit_legal_request(
        data=LegalRequestInput(**fields, due_at=due),
        officer=officer,
        source="portal",
        document=SimpleUploadedFile("order.pdf", DEMO_PDF, "application/pdf"),
    )
