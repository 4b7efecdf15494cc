from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import translation

from .errors import ServiceBusy, TillitError, busy_error
from .roles import staff_of


class TillitErrorMiddleware:
    """Turn a domain error raised by a view into its page or JSON, in one place."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        error = exception if isinstance(exception, TillitError) else None
        error = error or busy_error(exception)
        if error is None:
            return None
        return error_response(request, error)


def error_response(request, error: TillitError):
    """Return the domain error as JSON to the API and to JSON clients, else as
    the error page."""
    if request.path.startswith("/api/") or "json" in request.headers.get("Accept", ""):
        response = JsonResponse(error.as_dict(), status=error.http_status)
    elif isinstance(error, ServiceBusy):
        # Without a connection: the page must not ask the database for the user.
        response = HttpResponse(
            render_to_string("core/busy.html", {"error": error}),
            status=error.http_status,
        )
    else:
        response = render(
            request,
            "core/error.html",
            {"error": error},
            status=error.http_status,
        )
    for name, value in error.headers().items():
        response[name] = value
    return response


class StaffLanguageMiddleware:
    """Staff see the console in the language they chose."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        staff = staff_of(getattr(request, "user", None))
        if staff is not None and not request.COOKIES.get("django_language"):
            translation.activate(staff.language)
            request.LANGUAGE_CODE = staff.language
        return self.get_response(request)
