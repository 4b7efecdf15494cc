"""The counters behind the rate limits: who a client is, how limits read,
and that ended windows are pruned (issue 10, #5)."""

from datetime import timedelta

import pytest
import time_machine
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.db import connection
from django.test import RequestFactory
from django.utils import timezone

from tillit.core.errors import RateLimited
from tillit.core.models import RateCounter
from tillit.core.ratelimit import (
    Limit,
    check_rate_limit,
    check_rate_limit_settings,
    check_rate_limits,
    client_identity,
    client_ip,
    parse_limit,
)


def request(remote="198.51.100.7", forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().post("/report/", **extra)


def test_without_proxies_the_client_is_remote_addr_whatever_it_forwards(settings):
    settings.TILLIT = {**settings.TILLIT, "NUM_PROXIES": 0}
    assert client_ip(request(forwarded="192.0.2.1")) == "198.51.100.7"


@pytest.mark.parametrize(
    ("proxies", "forwarded", "client"),
    [
        # One proxy: the hop it appended, not what the client wrote before it.
        (1, "192.0.2.1, 203.0.113.5", "203.0.113.5"),
        # Two proxies: the hop the outer one appended.
        (2, "192.0.2.1, 203.0.113.5, 10.0.0.2", "203.0.113.5"),
        # Fewer hops than proxies: the leftmost there is.
        (2, "203.0.113.5", "203.0.113.5"),
        # Garbage in the header: REMOTE_ADDR.
        (1, "not-an-address", "198.51.100.7"),
        (1, "", "198.51.100.7"),
        (1, " , ,", "198.51.100.7"),
    ],
)
def test_behind_trusted_proxies_the_client_is_their_hop(
    settings, proxies, forwarded, client
):
    settings.TILLIT = {**settings.TILLIT, "NUM_PROXIES": proxies}
    assert client_ip(request(forwarded=forwarded)) == client


def test_a_bad_remote_addr_is_no_client():
    assert client_ip(request(remote="")) is None
    assert client_identity(request(remote="garbage")) == ""


def test_an_ipv6_client_is_its_64_and_a_mapped_ipv4_is_the_ipv4():
    one = client_identity(request("2001:db8:1:2::1"))
    assert one == client_identity(request("2001:db8:1:2:ffff:ffff:ffff:ffff"))
    assert one != client_identity(request("2001:db8:1:3::1"))
    assert client_identity(request("::ffff:198.51.100.7")) == client_identity(
        request("198.51.100.7")
    )
    # The identity is a keyed hash: no address is kept in the clear.
    assert "198" not in client_identity(request("198.51.100.7"))


@pytest.mark.parametrize(
    ("text", "limit"),
    [
        ("10/h", Limit(10, 3600)),
        ("20/10m", Limit(20, 600)),
        (" 3000 / m ", Limit(3000, 60)),
        ("3/d", Limit(3, 86400)),
        ("off", None),
        ("", None),
        (None, None),
    ],
)
def test_limits_read_as_n_per_period(text, limit):
    assert parse_limit(text) == limit


@pytest.mark.parametrize("text", ["ten/h", "10", "10/w", "10/0m", "-1/h", "10/h/m"])
def test_a_malformed_limit_is_refused(text):
    with pytest.raises(ValueError, match="N/period"):
        parse_limit(text)


@pytest.mark.django_db  # `check` asks the database what it supports
def test_tillit_check_names_a_malformed_or_unknown_limit(settings):
    settings.TILLIT = {
        **settings.TILLIT,
        "RATE_LIMITS": {**settings.TILLIT["RATE_LIMITS"], "report": "ten/h"},
    }
    with pytest.raises(SystemCheckError, match=r"\['report'\].*N/period"):
        call_command("check")
    settings.TILLIT = {**settings.TILLIT, "RATE_LIMITS": {"reprot": "5/h"}}
    assert [p.id for p in check_rate_limit_settings()] == ["tillit.W101"]


@pytest.mark.django_db(transaction=True)
def test_ended_windows_are_pruned_when_a_new_one_opens(rate_limits):
    """Outside a transaction, as a view counts, a hit that opens a window
    deletes the windows that have ended."""
    rate_limits(report="2/m")
    with time_machine.travel(timezone.now(), tick=False) as clock:
        for client in ("a", "b", "c"):
            check_rate_limit(scope="report", identity=client)
        check_rate_limit(scope="report", identity="a")
        assert RateCounter.objects.count() == 3
        assert sorted(RateCounter.objects.values_list("hits", flat=True)) == [1, 1, 2]
        clock.shift(timedelta(minutes=2))
        check_rate_limit(scope="report", identity="a")
        assert list(RateCounter.objects.values_list("hits", flat=True)) == [1]


@pytest.mark.django_db
def test_a_limit_counts_every_hit_and_says_when_to_come_back(rate_limits):
    rate_limits(report="2/h")
    with time_machine.travel(
        timezone.now().replace(minute=50, second=0, microsecond=0), tick=False
    ):
        check_rate_limit(scope="report", identity="a")
        check_rate_limit(scope="report", identity="a")
        with pytest.raises(RateLimited) as refused:
            check_rate_limit(scope="report", identity="a")
    assert refused.value.retry_after == 600
    assert refused.value.as_dict() == {
        "code": "rate_limited",
        "message": "You have sent many reports in a short time. "
        "Try again in 10 minutes.",
        "retry_after": 600,
    }
    assert refused.value.headers() == {"Retry-After": "600"}


@pytest.mark.django_db(transaction=True)
def test_several_limits_count_in_one_statement_and_the_first_passed_refuses(
    rate_limits, django_assert_num_queries
):
    """The API counts its key and its target together: each counter its own
    hits, and the scope whose limit is passed names itself."""
    rate_limits(api_report="5/m", api_report_target="2/10m", report="off")
    with time_machine.travel(timezone.now(), tick=False):
        checks = [
            ("api_report", "key:1"),
            ("api_report_target", "meeting:9"),
            ("report", "anyone"),
        ]
        check_rate_limits(checks)
        hits = sorted(RateCounter.objects.values_list("hits", flat=True))
        assert hits == [1, 1]  # "report" is off: not counted
        check_rate_limits(checks[:2])
        with pytest.raises(RateLimited) as refused:
            check_rate_limits(checks[:2])
        assert "reported many times recently" in refused.value.as_dict()["message"]
        assert 0 < refused.value.retry_after <= 600
        assert sorted(RateCounter.objects.values_list("hits", flat=True)) == [3, 3]
        # A counter's own transaction: BEGIN, SET LOCAL, the upsert, COMMIT (on
        # SQLite the upsert alone); ended windows were dropped a moment ago.
        with django_assert_num_queries(4 if connection.vendor == "postgresql" else 1):
            check_rate_limits([("api_report", "key:2"), ("api_report_target", "x:1")])


@pytest.mark.django_db
def test_a_limit_set_off_counts_nothing(rate_limits):
    rate_limits(report="off")
    for _ in range(50):
        check_rate_limit(scope="report", identity="a")
    assert not RateCounter.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_concurrent_hits_lose_no_count():
    """Web processes count together: eight threads, each on its own database
    connection, hit one key 25 times; the window holds 200."""
    import threading

    from django.db import connection

    from tillit.core.ratelimit import count_hit

    results, errors = [], []

    def hit_many():
        try:
            for _ in range(25):
                results.append(count_hit(key="shared", seconds=3600)[0])
        except Exception as exc:  # reported below, not swallowed
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=hit_many) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(results) == list(range(1, 201))
    assert RateCounter.objects.get(key="shared").hits == 200
