import sys

from django.views import defaults

from .errors import busy_error
from .middleware import error_response


def server_error(request):
    """Answer 503 with Retry-After when no database connection came free in
    time, even where the wait happened outside a view (in a middleware);
    anything else is Django's 500 page."""
    busy = busy_error(sys.exc_info()[1])
    if busy is not None:
        return error_response(request, busy)
    return defaults.server_error(request)
