"""Resolution of settings across levels: pure, property-tested."""

import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tillit.safety.resolve import (
    DEFAULTS,
    LEVELS,
    Layer,
    SettingsError,
    check_geofence,
    check_passcode,
    check_protected,
    generate_passcode,
    locked_above,
    resolve,
    validate_changes,
)

NAMES = ["waiting_room", "video", "chat", "screen_sharing"]
VALUES = {
    "waiting_room": st.booleans(),
    "video": st.booleans(),
    "chat": st.sampled_from(["everyone", "hosts_only", "off"]),
    "screen_sharing": st.sampled_from(["host_only", "all", "off"]),
}


@st.composite
def layer_stacks(draw):
    layers = []
    for level in LEVELS:
        values = {n: draw(VALUES[n]) for n in NAMES if draw(st.booleans())}
        locks = frozenset(
            n for n in NAMES if level in ("account", "group") and draw(st.booleans())
        )
        layers.append(Layer(level, values, locks))
    return layers


@given(layer_stacks())
def test_a_lock_at_a_level_always_wins_below_it(layers):
    effective = resolve(layers)
    for name in NAMES:
        lockers = [layer for layer in layers if name in layer.locks]
        if not lockers:
            continue
        top = lockers[0]  # the most general lock
        above_and_at = layers[: LEVELS.index(top.level) + 1]
        expected = DEFAULTS[name]
        for layer in above_and_at:
            expected = layer.values.get(name, expected)
        assert effective[name].value == expected
        assert effective[name].locked and effective[name].locked_at == top.level
        # Whatever any lower level sets, resolution does not change.
        below = [
            Layer(
                layer.level,
                {**layer.values, name: not expected}
                if isinstance(expected, bool)
                else layer.values,
                layer.locks,
            )
            if LEVELS.index(layer.level) > LEVELS.index(top.level)
            else layer
            for layer in layers
        ]
        assert resolve(below)[name].value == expected


@given(layer_stacks())
def test_without_locks_the_most_specific_level_wins(layers):
    unlocked = [Layer(layer.level, layer.values) for layer in layers]
    effective = resolve(unlocked)
    for name in NAMES:
        setters = [layer for layer in unlocked if name in layer.values]
        if setters:
            assert effective[name].value == setters[-1].values[name]
            assert effective[name].level == setters[-1].level
        else:
            assert (effective[name].value, effective[name].level) == (
                DEFAULTS[name],
                "default",
            )
        assert not effective[name].locked


def test_locks_only_count_above_the_level_changing():
    layers = [
        Layer("account", {}, frozenset({"chat"})),
        Layer("group", {}, frozenset({"video"})),
    ]
    assert locked_above(layers, "meeting", ["chat", "video", "audio"]) == {
        "chat": "account",
        "video": "group",
    }
    assert locked_above(layers, "group", ["chat", "video"]) == {"chat": "account"}
    assert locked_above(layers, "account", ["chat"]) == {}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"waiting_room": "yes"}, "waiting_room"),
        ({"chat": "sometimes"}, "chat"),
        ({"passcode": "123456"}, "passcode"),
        ({"passcode": "ab"}, "passcode"),
        ({"geofence": {"mode": "allow", "countries": ["SE", "ZZ"]}}, "geofence"),
        ({"geofence": {"mode": "block", "countries": ["SE"]}}, "geofence"),
        ({"geofence": {"allow": ["SE"], "deny": ["NO"]}}, "geofence"),
        ({"allowed_domains": ["not a domain"]}, "allowed_domains"),
        ({"teleport": True}, "teleport"),
    ],
)
def test_bad_settings_are_named(changes, field):
    with pytest.raises(SettingsError) as error:
        validate_changes(changes)
    assert field in error.value.fields


def test_good_settings_are_normalised():
    clean = validate_changes(
        {
            "geofence": {"mode": "deny", "countries": ["se", "NO", "SE"]},
            "allowed_domains": ["@Skola.se", "skola.se"],
        }
    )
    assert clean["geofence"] == {"mode": "deny", "countries": ["NO", "SE"]}
    assert clean["allowed_domains"] == ["skola.se"]


@pytest.mark.parametrize(
    "code", ["SE", "se", "GB", "AX", "BQ", "CW", "SS", "SX", "TW", "PS", "XK"]
)
def test_geofence_takes_every_country_code_in_use(code):
    """The ISO 3166-1 codes in use, from the registry package, and the EU's XK."""
    fence = check_geofence({"mode": "allow", "countries": [code]})
    assert fence["countries"] == [code.upper()]


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("ZZ", "unknown country code: ZZ"),
        ("XX", "unknown country code: XX"),
        ("UK", "unknown country code: UK"),  # Britain's code is GB
        ("EU", "unknown country code: EU"),
        ("AN", "unknown country code: AN"),  # the Netherlands Antilles, withdrawn
        ("SWE", "unknown country code: SWE"),
        ("S1", "unknown country code: S1"),
    ],
)
def test_geofence_refuses_codes_not_in_use(code, message):
    with pytest.raises(ValueError, match=f"^{message}$"):
        check_geofence({"mode": "deny", "countries": ["SE", code]})


def test_the_country_list_loads_offline_and_without_django():
    """resolve stays pure, and its country registry ships with the package."""
    script = "\n".join(
        [
            "import socket, sys",
            "def refuse(*args, **kwargs):",
            "    raise OSError('no network in this test')",
            "socket.socket = socket.create_connection = socket.getaddrinfo = refuse",
            "from tillit.safety.resolve import ISO_COUNTRIES, check_geofence",
            "fence = check_geofence({'mode': 'allow', 'countries': ['no', 'SE']})",
            "assert fence == {'mode': 'allow', 'countries': ['NO', 'SE']}, fence",
            "assert {'SE', 'XK'} <= ISO_COUNTRIES and 'ZZ' not in ISO_COUNTRIES",
            "assert not [m for m in sys.modules if m.partition('.')[0] == 'django']",
        ]
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)


def test_generated_passcodes_pass_the_strength_rule():
    for _ in range(50):
        assert check_passcode(generate_passcode())
    with pytest.raises(ValueError):
        check_geofence({"mode": "allow", "countries": []})


def test_every_meeting_keeps_one_protection():
    with pytest.raises(SettingsError):
        check_protected(
            {"passcode": None, "waiting_room": False, "authenticated_only": False}
        )
    check_protected(
        {"passcode": None, "waiting_room": True, "authenticated_only": False}
    )
