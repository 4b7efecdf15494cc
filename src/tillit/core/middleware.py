from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from .errors import InvalidInput, NotFound, ServiceBusy, TillitError, busy_error
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


class NulInputMiddleware:
    """Refuse a NUL character in any query or form field of a page, with a 422
    naming the field; answer 404 for one in the address, and ignore a cookie
    that holds one: PostgreSQL cannot
    store or even compare text with NUL, and views read fields directly
    (#10). Django's form CharFields refuse NUL too; this covers the rest.
    The API checks its own input (`core.schemas`)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        for name, value in list(request.COOKIES.items()):
            if "\x00" in name or "\x00" in value:
                del request.COOKIES[name]
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.path.startswith("/api/"):
            return None
        # An id in the address with a NUL names nothing we could have stored.
        if any("\x00" in str(value) for value in (*view_args, *view_kwargs.values())):
            return error_response(request, NotFound())
        fields = {
            name: [_("Remove the NUL character (\\u0000): text may not hold one.")]
            for data in (request.GET, request.POST)
            for name, values in data.lists()
            if "\x00" in name or any("\x00" in value for value in values)
        }
        if not fields:
            return None
        return error_response(request, InvalidInput(fields=fields))


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
