"""Government and law-enforcement requests for the transparency report.

The `legal` app (#15, built apart) keeps the requests. Until it is installed
every figure is zero. Once it is, this reads `legal.LegalRequest` rows whose
`created_at` falls in the period, and these fields of each:

- `country`: ISO 3166 alpha-2 of the requesting authority;
- `kind`: preservation, subpoena, court_order, search_warrant, emergency,
  mutual_legal_assistance;
- `targets`: a list of {"type": "account"|"user"|"meeting"|"event", "id"};
  "accounts named" counts the distinct accounts among them;
- `disclosed`: true once data was disclosed (or `status` "complied_partly" /
  "complied_fully" if the app has no such field).

Counts are shown in bands (`band`), as peers' reports do, so that a single
request cannot be told apart; the share disclosed is given to the nearest
ten per cent, and only from ten requests on.
"""

from django.apps import apps

DISCLOSED_STATUSES = ("complied_partly", "complied_fully")
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
    rows = _requests(period)
    by_country, by_kind, accounts, disclosed = {}, {}, set(), 0
    for row in rows:
        country = (getattr(row, "country", "") or "").upper()
        by_country[country] = by_country.get(country, 0) + 1
        kind = getattr(row, "kind", "") or ""
        by_kind[kind] = by_kind.get(kind, 0) + 1
        for target in getattr(row, "targets", None) or []:
            if isinstance(target, dict) and target.get("type") == "account":
                accounts.add(str(target.get("id")))
        disclosed += _was_disclosed(row)
    total = len(rows)
    share = round(disclosed / total, 1) if total >= 10 else None
    return {
        "installed": apps.is_installed("tillit.legal"),
        "total": band(total),
        "by_country": {k: band(v) for k, v in sorted(by_country.items())},
        "by_kind": {k: band(v) for k, v in sorted(by_kind.items())},
        "accounts_named": band(len(accounts)),
        "disclosed_share": share,
    }


def _requests(period) -> list:
    if not apps.is_installed("tillit.legal"):
        return []
    model = apps.get_model("legal", "LegalRequest")
    return list(
        model.objects.filter(created_at__gte=period.start, created_at__lt=period.end)
    )


def _was_disclosed(row) -> bool:
    if hasattr(row, "disclosed"):
        return bool(row.disclosed)
    return getattr(row, "status", "") in DISCLOSED_STATUSES
