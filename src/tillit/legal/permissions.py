"""Who may use the legal desk and the portal (STYLE R11)."""

from tillit.core.roles import can_open_legal_desk


def can_use_legal_desk(user) -> bool:
    """The legal team alone: no analyst tier, panel member or policy staff."""
    return can_open_legal_desk(user)


def officer_of(user):
    """Return the user's active officer row of a verified agency, or None."""
    if user is None or not user.is_authenticated or not user.is_active:
        return None
    officer = getattr(user, "officer", None)
    if officer is None or not officer.active:
        return None
    if not officer.agency.verified:
        return None
    if not officer.agency.has_domain_of(user.email):
        return None
    return officer


def can_download_disclosure(user, legal_request) -> bool:
    """An officer of the agency that sent the request."""
    officer = officer_of(user)
    if officer is None:
        return False
    return officer.agency_id == legal_request.agency_id
