from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from tillit.appeals.errors import AppealExists
from tillit.appeals.models import Appeal
from tillit.appeals.services import file_appeal, read_appeal_link
from tillit.cases.models import Case, InfoRequest
from tillit.cases.services import answer_information_request
from tillit.core.errors import InvalidInput, NotFound
from tillit.core.ratelimit import check_rate_limit, client_identity, limit_posts
from tillit.directory.models import Event, Meeting
from tillit.directory.selectors import (
    list_accounts_administered,
    list_meetings_for_host,
)
from tillit.intake.email_intake import read_prefill_token
from tillit.intake.services import (
    ReporterIdentity,
    ReportInput,
    get_info_request_by_token,
    get_report_by_status_token,
    status_token,
    status_url,
    submit_report,
)
from tillit.policy.links import get_invitation
from tillit.policy.positions import POSITIONS
from tillit.policy.selectors import (
    diff_versions,
    get_version_in_force,
    list_published_versions,
)
from tillit.policy.services.consultation import comment_as_stakeholder
from tillit.policy.services.suggestions import submit_suggestion

from .forms import (
    AnswerForm,
    AppealForm,
    ConsultationForm,
    FixedTargetReportForm,
    ReportForm,
    SuggestionForm,
)


@require_GET
def home(request):
    return render(request, "public/home.html")


@require_GET
def start(request):
    """Where signing in leads: staff to the console, everyone else to the portal."""
    from tillit.core.roles import is_staff_member

    return redirect(
        "console:home" if is_staff_member(request.user) else "public:portal"
    )


@require_GET
def guidelines(request):
    """The guidelines in force, in the reader's language (S19)."""
    version = get_version_in_force()
    lang = (get_language() or "en")[:2]
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


def _file_report(request, form, *, channel, target_type, target_id):
    """Submit a valid form through the intake service; on a domain error put
    the messages on the form and return None. Raise RateLimited when clients
    who are not signed in have reported the target too often."""
    data = form.cleaned_data
    user = request.user if request.user.is_authenticated else None
    if user is None:
        check_rate_limit(scope="report_target", identity=f"{target_type}:{target_id}")
    try:
        report, _created = submit_report(
            data=ReportInput(
                channel=channel,
                category=data["category"],
                description=data["description"],
                target_type=target_type,
                target_id=target_id,
                reporter=ReporterIdentity(
                    email=data.get("reporter_email") or (user.email if user else ""),
                    name=data.get("reporter_name") or "",
                ),
                language=(get_language() or "en")[:2],
                client=client_identity(request),
            ),
            evidence=data.get("evidence") or [],
            source=f"public:{channel}",
        )
    except InvalidInput as exc:
        for field, errors in exc.fields.items():
            name = {"target.id": "target_id", "target.type": "target_type"}.get(
                field, field
            )
            for error in errors:
                form.add_error(name if name in form.fields else None, error)
        return None
    if report.reporter_email and report.acknowledged_at is None:
        # The address had its share of mail today (issue 10, #5): the link
        # the acknowledgement would have carried is shown here instead.
        message = _(
            "Thank you. Your report %(ref)s was received. We sent no email "
            "about it, because this address has had several from us today. "
            "Keep this link to follow your report: %(url)s"
        ) % {"ref": report.reference, "url": status_url(report)}
    else:
        message = _(
            "Thank you. Your report %(ref)s was received. Keep this page's address to follow it."
        ) % {"ref": report.reference}
    messages.success(request, message)
    return redirect("public:status", token=status_token(report))


@require_http_methods(["GET", "POST"])
@limit_posts("report")
def report(request):
    """The web form, open to anyone (S2). A signed `t` from the trust mailbox's
    answer pre-fills it and files the report as channel `email` (S5)."""
    token = request.POST.get("t") or request.GET.get("t") or ""
    prefill = read_prefill_token(token) if token else {}
    channel = "email" if token else "web_form"
    initial = {
        "target_type": request.GET.get("type", prefill.get("target_type", "meeting")),
        "target_id": request.GET.get("id", prefill.get("target_id", "")),
        "description": prefill.get("description", ""),
        "reporter_email": prefill.get("email", ""),
        "reporter_name": prefill.get("name", ""),
    }
    form = ReportForm(request.POST or None, request.FILES or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        response = _file_report(
            request,
            form,
            channel=channel,
            target_type=form.cleaned_data["target_type"],
            target_id=form.cleaned_data["target_id"],
        )
        if response is not None:
            return response
    status = 422 if request.method == "POST" else 200
    return render(
        request, "public/report.html", {"form": form, "token": token}, status=status
    )


@require_GET
def event_page(request, event_id):
    event = get_object_or_404(Event.objects.select_related("account"), pk=event_id)
    return render(request, "public/event.html", {"event": event})


@require_http_methods(["GET", "POST"])
@limit_posts("report")
def report_event(request, event_id):
    """ "Report this event", from the foot of every public event page (S4)."""
    event = get_object_or_404(Event, pk=event_id)
    form = FixedTargetReportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        response = _file_report(
            request, form, channel="event_page", target_type="event", target_id=event.pk
        )
        if response is not None:
            return response
    status = 422 if request.method == "POST" else 200
    return render(
        request,
        "public/report_target.html",
        {
            "form": form,
            "event": event,
            "action": reverse("public:report_event", args=[event.pk]),
        },
        status=status,
    )


@login_required
@require_GET
def portal(request):
    """The signed-in user's meetings, each with "Report" (S3)."""
    upcoming, past = list_meetings_for_host(email=request.user.email)
    accounts = list_accounts_administered(email=request.user.email)
    return render(
        request,
        "public/portal.html",
        {"upcoming": upcoming, "past": past, "accounts": accounts},
    )


@login_required
@require_http_methods(["GET", "POST"])
@limit_posts("report")
def report_meeting(request, meeting_id):
    meeting = Meeting.objects.filter(
        pk=meeting_id, host_email=request.user.email.lower()
    ).first()
    if meeting is None:
        return render(request, "public/not_yours.html", status=404)
    form = FixedTargetReportForm(request.POST or None, request.FILES or None)
    if "reporter_email" in form.fields:
        del form.fields["reporter_email"]
    if request.method == "POST" and form.is_valid():
        response = _file_report(
            request, form, channel="portal", target_type="meeting", target_id=meeting.pk
        )
        if response is not None:
            return response
    status = 422 if request.method == "POST" else 200
    return render(
        request,
        "public/report_target.html",
        {
            "form": form,
            "meeting": meeting,
            "action": reverse("public:report_meeting", args=[meeting.pk]),
        },
        status=status,
    )


@require_http_methods(["GET", "POST"])
@limit_posts("public_form")
def status(request, token):
    """The reporter's private status page (S6, S13)."""
    report = get_report_by_status_token(token)
    questions = list(InfoRequest.objects.filter(report=report).order_by("asked_at"))
    open_question = next((q for q in questions if q.answered_at is None), None)
    form = AnswerForm(request.POST or None)
    if request.method == "POST":
        info_id = request.POST.get("question")
        info = next((q for q in questions if str(q.pk) == info_id), None)
        if info is None:
            form.add_error(None, _("This question does not belong to your report."))
        elif form.is_valid():
            try:
                answer_information_request(
                    request_id=info.pk,
                    answer=form.cleaned_data["answer"],
                    source=f"reporter:{report.pk}",
                )
            except InvalidInput as exc:
                for errors in exc.fields.values():
                    for error in errors:
                        form.add_error("answer", error)
            else:
                messages.success(
                    request, _("Thank you. Your answer was sent to the reviewer.")
                )
                return redirect("public:status", token=token)
    decision = None
    if report.case.state == Case.State.DECIDED:
        decision = (
            report.case.decisions.filter(status="in_force").order_by("-round").first()
        )
    return render(
        request,
        "public/status.html",
        {
            "report": report,
            "questions": questions,
            "open_question": open_question,
            "form": form,
            "decision": decision,
        },
        status=422 if request.method == "POST" else 200,
    )


@require_http_methods(["GET", "POST"])
@limit_posts("public_form")
def answer(request, token):
    """A host answers a question through the signed link in the email (S13)."""
    info = get_info_request_by_token(token)
    form = AnswerForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and info.answered_at is None:
        answer_information_request(
            request_id=info.pk,
            answer=form.cleaned_data["answer"],
            source=f"host:{info.email}",
        )
        messages.success(request, _("Thank you. Your answer was sent to the reviewer."))
        return redirect("public:answer", token=token)
    status = 422 if request.method == "POST" else 200
    return render(
        request, "public/answer.html", {"info": info, "form": form}, status=status
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


@require_http_methods(["GET", "POST"])
@limit_posts("public_form")
def consultation(request, token):
    """An invited stakeholder reads the draft and comments; no account (S22)."""
    invitation = get_invitation(token)
    version = invitation.version
    form = ConsultationForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                comment_as_stakeholder(token=token, body=form.cleaned_data["body"])
            except InvalidInput as exc:
                for errors in exc.fields.values():
                    for error in errors:
                        form.add_error("body", error)
            else:
                messages.success(
                    request, _("Thank you. Your comment was sent to the policy team.")
                )
                return redirect("public:consultation", token=token)
        status = 422
    lang = (get_language() or "en")[:2]
    standards = [
        {"slug": slug, **version.text_of(slug, lang)} for slug in version.content
    ]
    return render(
        request,
        "public/consultation.html",
        {
            "invitation": invitation,
            "version": version,
            "standards": standards,
            "changes": diff_versions(version.based_on, version),
            "form": form,
            "open": version.status == "consultation",
            "comments": version.comments.filter(invitation=invitation),
        },
        status=status,
    )


@require_http_methods(["GET", "POST"])
@limit_posts("public_form")
def appeal(request, token):
    """The appeal form behind the link in a statement of reasons or an outcome
    email (S17)."""
    decision, payload = read_appeal_link(token)
    existing = Appeal.objects.filter(decision=decision).first()
    form = AppealForm(request.POST or None)
    status = 200
    if request.method == "POST" and existing is None:
        if form.is_valid():
            try:
                file_appeal(
                    token=token,
                    statement=form.cleaned_data["statement"],
                    language=(get_language() or "en")[:2],
                )
            except InvalidInput as exc:
                for errors in exc.fields.values():
                    for error in errors:
                        form.add_error("statement", error)
            else:
                messages.success(request, _("Your appeal was filed."))
                return redirect("public:appeal", token=token)
        status = 422
    elif request.method == "POST":
        raise AppealExists()
    return render(
        request,
        "public/appeal.html",
        {
            "decision": decision,
            "appellant": payload["k"],
            "appeal": existing,
            "form": form,
        },
        status=status,
    )


@require_GET
def position(request, slug):
    """A published position statement (S24)."""
    entry = POSITIONS.get(slug)
    if entry is None:
        raise NotFound()
    sv = (get_language() or "en").startswith("sv")
    return render(
        request,
        "public/position.html",
        {
            "title": entry["title_sv" if sv else "title_en"],
            "body": entry["body_sv" if sv else "body_en"],
        },
    )


@require_http_methods(["GET", "POST"])
@limit_posts("public_form")
def suggest(request):
    """Third parties propose changes to the guidelines (S21)."""
    form = SuggestionForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                submit_suggestion(**form.cleaned_data)
            except InvalidInput as exc:
                for field, errors in exc.fields.items():
                    for error in errors:
                        form.add_error(field if field in form.fields else None, error)
            else:
                messages.success(
                    request,
                    _("Thank you. The policy team will tell you what becomes of it."),
                )
                return redirect("public:guidelines")
        status = 422
    return render(request, "public/suggest.html", {"form": form}, status=status)
