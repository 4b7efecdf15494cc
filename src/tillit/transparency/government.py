"""Government and law-enforcement requests for the transparency report:
`legal.LegalRequest` rows received in the period (`created_at`), by the
requesting authority's country and the kind of request, the accounts their
targets name, and the share where data was disclosed (the second legal
reviewer approved an outcome, so the package was made: status approved or
disclosed).

Counts are shown in bands (`band`), as peers' reports do, so that a single
request cannot be told apart; the share disclosed is given to the nearest
ten per cent, and only from ten requests on.
"""

from tillit.legal.models import LegalRequest

DISCLOSED = (LegalRequest.Status.APPROVED, LegalRequest.Status.DISCLOSED)
BAND_EDGES = (1, 10, 50, 100, 250, 500, 1000)


def band(count: int) -> str:
    """0 → "0", 7 → "1–9", 120 → "100–249", 1234 → "1000–1499"."""
    if count <= 0:
        return "0"
    for low, high in zip(BAND_EDGES, BAND_EDGES[1:], strict=False):
        if count < high:
            return f"{low}–{high - 1}"
    low = count // 500 * 500
    return f"{low}–{low + 499}"


def government_request_figures(period) -> dict:
    """The period's requests: totals banded, by country and kind."""
    rows = LegalRequest.objects.filter(
        created_at__gte=period.start, created_at__lt=period.end
    ).values_list("country", "kind", "targets", "status")
    by_country, by_kind, accounts, disclosed = {}, {}, set(), 0
    for country, kind, targets, status in rows:
        by_country[country.upper()] = by_country.get(country.upper(), 0) + 1
        by_kind[kind] = by_kind.get(kind, 0) + 1
        for target in targets or []:
            if isinstance(target, dict) and target.get("type") == "account":
                accounts.add(str(target.get("id")))
        disclosed += status in DISCLOSED
    total = len(rows)
    share = round(disclosed / total, 1) if total >= 10 else None
    return {
        "total": band(total),
        "by_country": {k: band(v) for k, v in sorted(by_country.items())},
        "by_kind": {k: band(v) for k, v in sorted(by_kind.items())},
        "accounts_named": band(len(accounts)),
        "disclosed_share": share,
    }
