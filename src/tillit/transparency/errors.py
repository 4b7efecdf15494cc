from django.utils.translation import gettext_lazy as _

from tillit.core.errors import NotFound, TillitError


class UnknownPeriod(NotFound):
    code = "unknown_period"
    message = _(
        "There is no such report period. Periods are half-years, written like "
        "2026-H1 or 2026-H2."
    )


class DsaSubmitFailed(TillitError):
    code = "dsa_submit_failed"
    http_status = 502
    message = _("The DSA Transparency Database refused the submission.")
