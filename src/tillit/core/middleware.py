from django.http import JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _

from .errors import InvalidInput, NotFound, TillitError
from .roles import staff_of


class TillitErrorMiddleware:
    """Turn a domain error raised by a view into its page or JSON, in one place."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, TillitError):
            return None
        return error_response(request, exception)


def error_response(request, error: TillitError):
    """The page, or for the API and JSON clients the body, of a domain error."""
    if request.path.startswith("/api/") or "json" in request.headers.get("Accept", ""):
        return JsonResponse(error.as_dict(), status=error.http_status)
    return render(
        request, "core/error.html", {"error": error}, status=error.http_status
    )


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
