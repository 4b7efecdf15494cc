"""Rate limits for the public entry points and a cap on mail a stranger can
cause (issue 10, #5).

Counters are fixed windows kept in the database (`RateCounter`), incremented
by one atomic upsert that SQLite and PostgreSQL both run, so every web process
and machine counts together. A client is its IP address (an IPv6 client its
/64, which one household gets whole); behind proxies, set
`TILLIT["NUM_PROXIES"]` and the address the outermost trusted proxy saw is
used. Limits are `TILLIT["RATE_LIMITS"]`: a scope names "N/period" or None.
"""

import ipaddress
import math
import re
from contextlib import nullcontext
from dataclasses import dataclass
from functools import lru_cache, wraps

from django.conf import settings
from django.core.checks import Error, Warning
from django.db import connection, transaction
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

from .errors import RateLimited
from .models import RateCounter

DAY = 86_400
PERIODS = {"s": 1, "m": 60, "h": 3600, "d": DAY}
LIMIT_FORMAT = re.compile(r"^\s*(\d+)\s*/\s*(\d*)\s*([smhd])\s*$")

# What a person who hits a limit reads before "Try again in N minutes."
MESSAGES = {
    "report": _("You have sent many reports in a short time."),
    "report_target": _(
        "This has been reported many times recently and is already with our reviewers."
    ),
    "public_form": _("You have sent this form many times in a short time."),
    "api_report": _("This API key has filed many reports in a short time."),
    "api_report_target": _(
        "This has been reported many times recently and is already with our reviewers."
    ),
}


@dataclass(frozen=True)
class Limit:
    hits: int
    seconds: int


@lru_cache(maxsize=64)
def parse_limit(text: str | None) -> Limit | None:
    """Read "10/h", "20/10m" or "3000/m"; None, "" or "off" means no limit.
    Raise ValueError for anything else."""
    if text is None or str(text).strip().lower() in ("", "off", "none"):
        return None
    match = LIMIT_FORMAT.match(str(text))
    seconds = int(match[2] or 1) * PERIODS[match[3]] if match else 0
    if seconds < 1:
        raise ValueError(f"Write a rate limit as N/period (10/h, 20/10m), not {text!r}")
    return Limit(hits=int(match[1]), seconds=seconds)


def get_limit(scope: str) -> Limit | None:
    return parse_limit(settings.TILLIT["RATE_LIMITS"].get(scope))


def _valid_ip(text: str) -> str | None:
    try:
        return str(ipaddress.ip_address(text.strip()))
    except ValueError:
        return None


def client_ip(request) -> str | None:
    """Return the client's IP address: REMOTE_ADDR, or with NUM_PROXIES trusted
    proxies in front, the X-Forwarded-For hop the outermost of them added.

    X-Forwarded-For is ignored unless NUM_PROXIES says proxies set it: a
    client can write anything there. Also django-axes' AXES_CLIENT_IP_CALLABLE.
    """
    remote = _valid_ip(request.META.get("REMOTE_ADDR", ""))
    proxies = int(settings.TILLIT.get("NUM_PROXIES", 0))
    if proxies > 0:
        header = request.META.get("HTTP_X_FORWARDED_FOR", "")
        hops = [hop.strip() for hop in header.split(",") if hop.strip()]
        if hops:
            hop = _valid_ip(hops[-min(proxies, len(hops))])
            if hop is not None:
                return hop
    return remote


def client_identity(request) -> str:
    """Return a keyed hash naming the request's client (`address_identity`)."""
    return address_identity(client_ip(request) or "")


def address_identity(ip: str) -> str:
    """Return a keyed hash naming a client by its IP address: an IPv4 address,
    or an IPv6 address's /64. Reports keep it to count one client as one
    reporter; "" for no valid address."""
    try:
        address = ipaddress.ip_address(ip.strip())
    except ValueError:
        return ""
    if address.version == 6 and address.ipv4_mapped is not None:
        name = str(address.ipv4_mapped)
    elif address.version == 6:
        name = str(ipaddress.ip_network(f"{address}/64", strict=False))
    else:
        name = str(address)
    return _digest(f"client|{name}")


def _digest(text: str) -> str:
    return salted_hmac("tillit.ratelimit", text, algorithm="sha256").hexdigest()[:40]


# When this process last dropped ended windows (a timestamp), and how often.
_pruned = {"at": 0.0}
PRUNE_EVERY = 1.0


def count_hit(*, key: str, seconds: int) -> tuple[int, int]:
    """Count one hit on key in the current window of `seconds`; return the hits
    in the window so far and the seconds until it ends."""
    return count_hits([(key, seconds)])[0]


def count_hits(counters: list[tuple[str, int]]) -> list[tuple[int, int]]:
    """Count one hit on each (key, window seconds), in one statement; return,
    for each, the hits in its window so far and the seconds until it ends.

    One upsert: concurrent hits never lose a count. Inside a transaction the
    counts are part of it and roll back with it.
    """
    now = timezone.now().timestamp()
    rows = []
    for key, seconds in counters:
        slot = int(now // seconds)
        rows.append((key, slot, (slot + 1) * seconds))
    if connection.in_atomic_block:
        hits = _upsert(rows)
    else:
        postgres = connection.vendor == "postgresql"
        with transaction.atomic() if postgres else nullcontext():
            if postgres:
                # A crash may lose a counter's last hits, so its commit need
                # not wait for the disk flush, which costs several times the
                # upsert.
                with connection.cursor() as cursor:
                    cursor.execute("SET LOCAL synchronous_commit TO OFF")
            hits = _upsert(rows)
            if 1 in hits and abs(now - _pruned["at"]) >= PRUNE_EVERY:
                # A new window opened: drop the windows that have ended, at
                # most once a second per process (every new target opens one).
                _pruned["at"] = now
                RateCounter.objects.filter(expires_at__lte=int(now)).delete()
    return [
        (n, max(math.ceil(expires_at - now), 1))
        for n, (_key, _slot, expires_at) in zip(hits, rows, strict=True)
    ]


def _upsert(rows: list[tuple[str, int, int]]) -> list[int]:
    """Add one hit to each (key, slot) row; return the hits, in order."""
    q = connection.ops.quote_name
    table = q(RateCounter._meta.db_table)
    sql = (
        f"INSERT INTO {table} ({q('key')}, {q('slot')}, {q('hits')}, "
        f"{q('expires_at')}) VALUES {', '.join(['(%s, %s, 1, %s)'] * len(rows))} "
        f"ON CONFLICT ({q('key')}, {q('slot')}) "
        f"DO UPDATE SET {q('hits')} = {table}.{q('hits')} + 1 "
        f"RETURNING {q('key')}, {q('hits')}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [value for row in rows for value in row])
        # RETURNING's order is not promised: match the rows by key.
        hits = dict(cursor.fetchall())
    return [hits[key] for key, _slot, _expires in rows]


def check_rate_limit(*, scope: str, identity: str) -> None:
    """Count one hit by `identity` (a client, an API key, a target) under
    `scope`; raise RateLimited once the scope's limit is passed."""
    check_rate_limits([(scope, identity)])


def check_rate_limits(checks: list[tuple[str, str]]) -> None:
    """Count one hit under each (scope, identity), all in one statement; raise
    RateLimited for the first scope whose limit is passed."""
    limited = [
        (scope, identity, limit)
        for scope, identity in checks
        if (limit := get_limit(scope)) is not None
    ]
    if not limited:
        return
    counted = count_hits(
        [
            (_digest(f"{scope}|{limit.seconds}|{identity}"), limit.seconds)
            for scope, identity, limit in limited
        ]
    )
    for (scope, _identity, limit), (hits, retry_after) in zip(
        limited, counted, strict=True
    ):
        if hits > limit.hits:
            raise RateLimited(MESSAGES.get(scope), retry_after=retry_after)


def limit_posts(scope: str):
    """Count every POST to the view by its client under `scope`; GET is free.
    Past the limit the view does not run and the client gets a 429."""

    def decorate(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if request.method == "POST":
                check_rate_limit(scope=scope, identity=client_identity(request))
            return view(request, *args, **kwargs)

        return wrapper

    return decorate


def claim_mail_allowance(*, address: str) -> bool:
    """Count one message a stranger's input makes us send to `address` today
    (UTC); return False once the address has had its daily share.

    Call inside the transaction that queues the message, so a rollback gives
    the allowance back.
    """
    cap = settings.TILLIT["MAIL_PER_ADDRESS_PER_DAY"]
    hits, _seconds = count_hit(
        key=_digest(f"mail|{address.strip().lower()}"), seconds=DAY
    )
    return hits <= cap


def check_rate_limit_settings(app_configs=None, **kwargs) -> list:
    """System check: every limit in TILLIT["RATE_LIMITS"] reads, and names a
    scope the code counts (a typo would leave an entry point unlimited)."""
    problems = []
    for scope, text in settings.TILLIT.get("RATE_LIMITS", {}).items():
        where = f"TILLIT['RATE_LIMITS'][{scope!r}]"
        if scope not in MESSAGES:
            problems.append(
                Warning(
                    f"{where}: no entry point counts this scope.",
                    hint=f"Use one of {', '.join(MESSAGES)}.",
                    id="tillit.W101",
                )
            )
        try:
            parse_limit(text)
        except ValueError as exc:
            problems.append(Error(f"{where}: {exc}", id="tillit.E101"))
    return problems
