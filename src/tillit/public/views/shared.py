"""What the public pages share: the reader's language, a service's field
errors put on a form, and filing a report from one of the report forms."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from tillit.cases.services.filing import submit_report
from tillit.core.errors import InvalidInput
from tillit.core.ratelimit import check_rate_limit, client_identity
from tillit.intake.links import status_token, status_url
from tillit.intake.services import ReporterIdentity, ReportInput

# The intake service names the target's fields as the API does.
REPORT_FIELD_NAMES = {"target.id": "target_id", "target.type": "target_type"}


def reader_language() -> str:
    """The two-letter code of the language the page is shown in."""
    return (get_language() or "en")[:2]


def add_field_errors(form, exc: InvalidInput, *, field=None, names=None) -> None:
    """Put a service's field errors on the form: all on `field` when given,
    else each on the form field it names (renamed by `names`), the rest on
    the form itself."""
    for name, errors in exc.fields.items():
        if field is not None:
            target = field
        else:
            name = (names or {}).get(name, name)
            target = name if name in form.fields else None
        for error in errors:
            form.add_error(target, error)


def file_report(request, form, *, channel, target_type, target_id):
    """Submit a valid form through the intake service and redirect to the
    report's status page; on a domain error put the messages on the form and
    return None. Raise RateLimited when clients who are not signed in have
    reported the target too often."""
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
                language=reader_language(),
                client=client_identity(request),
            ),
            evidence=data.get("evidence") or [],
            source=f"public:{channel}",
        )
    except InvalidInput as exc:
        add_field_errors(form, exc, names=REPORT_FIELD_NAMES)
        return None
    messages.success(request, _thanks(report))
    return redirect("public:status", token=status_token(report))


def _thanks(report) -> str:
    if report.reporter_email and report.acknowledged_at is None:
        # The address had its share of mail today (issue 10, #5): the link
        # the acknowledgement would have carried is shown here instead.
        return _(
            "Thank you. Your report %(ref)s was received. We sent no email "
            "about it, because this address has had several from us today. "
            "Keep this link to follow your report: %(url)s"
        ) % {"ref": report.reference, "url": status_url(report)}
    return _(
        "Thank you. Your report %(ref)s was received. Keep this page's address to follow it."
    ) % {"ref": report.reference}


def report_target_page(request, form, *, channel, target_type, target_id, context):
    """The report form about one meeting or event: filed on a valid POST,
    shown again with its errors (422) otherwise."""
    if request.method == "POST" and form.is_valid():
        response = file_report(
            request, form, channel=channel, target_type=target_type, target_id=target_id
        )
        if response is not None:
            return response
    status = 422 if request.method == "POST" else 200
    return render(
        request, "public/report_target.html", {"form": form, **context}, status=status
    )
