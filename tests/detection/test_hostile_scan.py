"""`tillit notifier scan` over hostile input (#10): whatever a line holds, the
scan counts it, skips it and goes on to the next."""

import io
import json
import os
import subprocess
import sys
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

GOOD = json.dumps({"id": "good", "text": "https://zoom.us/j/81234567890"})
LATER = json.dumps({"id": "later", "text": "https://zoom.us/j/81234567891"})


def _scan(path, *options) -> tuple[list[dict], str]:
    out, err = StringIO(), StringIO()
    call_command("notifier", "scan", str(path), *options, stdout=out, stderr=err)
    return [json.loads(line) for line in out.getvalue().splitlines()], err.getvalue()


def test_a_line_over_the_cap_is_skipped_and_counted(tmp_path):
    """A line longer than --max-line-bytes is read past in pieces, not whole;
    the posts after it are scanned. (The memory it saves is in bench/.)"""
    huge = json.dumps({"id": "huge", "text": "zoom.us/j/81234567892 " + "x" * 5000})
    path = tmp_path / "posts.jsonl"
    path.write_text(f"{GOOD}\n{huge}\n{LATER}\n", encoding="utf-8")
    findings, err = _scan(path, "--max-line-bytes", "1000")
    assert [f["post_id"] for f in findings] == ["good", "later"]
    assert "line 2: skipped (too_large)" in err
    assert "scanned 2 posts, found 2 meeting references, skipped: too_large 1" in err


def test_the_last_line_over_the_cap_without_a_newline_is_skipped(tmp_path):
    path = tmp_path / "posts.jsonl"
    path.write_text(f"{GOOD}\n" + "y" * 3000, encoding="utf-8")
    findings, err = _scan(path, "--max-line-bytes", "1000")
    assert [f["post_id"] for f in findings] == ["good"]
    assert "skipped: too_large 1" in err


def test_json_nested_too_deep_is_skipped_and_the_scan_goes_on(tmp_path):
    deep = '{"id": "deep", "text": "zoom", "x": ' + "[" * 200_000 + "]" * 200_000 + "}"
    path = tmp_path / "posts.jsonl"
    path.write_text(f"{GOOD}\n{deep}\n{LATER}\n", encoding="utf-8")
    findings, err = _scan(path)
    assert [f["post_id"] for f in findings] == ["good", "later"]
    assert "line 2: skipped (too_deep)" in err
    assert "skipped: too_deep 1" in err


def test_bytes_that_are_not_utf8_are_replaced_on_standard_input(monkeypatch):
    raw = b'{"id": "p\xff", "text": "raid https://zoom.us/j/81234567890"}\n'
    monkeypatch.setattr("sys.stdin", type("S", (), {"buffer": io.BytesIO(raw)}))
    out = StringIO()
    call_command("notifier", "scan", "-", stdout=out, stderr=StringIO())
    [finding] = [json.loads(line) for line in out.getvalue().splitlines()]
    assert finding["post_id"] == "p\ufffd" and finding["meeting_id"] == "81234567890"


def test_a_cap_below_one_byte_is_refused():
    with pytest.raises(CommandError, match="at least 1"):
        call_command("notifier", "scan", "-", "--max-line-bytes", "0")


def test_the_command_line_scan_exits_cleanly_on_hostile_lines(tmp_path):
    """The real `tillit` process: no traceback, exit 0, every line accounted."""
    deep = "[" * 1_900  # deeper than the JSON parser goes, under the cap
    path = tmp_path / "posts.jsonl"
    path.write_bytes(
        f"{GOOD}\n{deep}\n\xff\xfe\n{'z' * 3000}\n{LATER}\n".encode("latin-1")
    )
    done = subprocess.run(
        [sys.executable, "-m", "tillit.cli", "notifier", "scan", str(path)]
        + ["--max-line-bytes", "2000"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert [json.loads(line)["post_id"] for line in done.stdout.splitlines()] == [
        "good",
        "later",
    ]
    assert "skipped: not_json 1, too_deep 1, too_large 1" in done.stderr


def test_the_lean_scan_imports_no_django_and_prints_what_the_command_prints(
    tmp_path,
):
    """`tillit notifier scan` skips Django's setup (#13), yet answers as the
    Django command does: the same lines, notes and summary."""
    path = tmp_path / "posts.jsonl"
    path.write_text(f"{GOOD}\nnot json\n{LATER}\n", encoding="utf-8")
    lean = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from tillit.cli import main; "
            f"main(['notifier', 'scan', {str(path)!r}]); "
            "assert not [m for m in sys.modules if m.startswith('django')]",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin"},  # no settings, no secret key needed
    )
    assert lean.returncode == 0, lean.stderr
    out, err = StringIO(), StringIO()
    call_command("notifier", "scan", str(path), stdout=out, stderr=err)
    assert (lean.stdout, lean.stderr) == (out.getvalue(), err.getvalue())


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--max-line-bytes", "0"],
            "CommandError: --max-line-bytes must be at least 1.\n",
        ),
        (
            ["--max-line-bytes=-3"],
            "CommandError: --max-line-bytes must be at least 1.\n",
        ),
        (["/no/such/file"], "CommandError: Cannot read /no/such/file:"),
    ],
)
def test_the_lean_scan_refuses_as_the_command_does(args, message):
    done = subprocess.run(
        [sys.executable, "-m", "tillit.cli", "notifier", "scan", *args],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 1 and done.stderr.startswith(message), done.stderr


def test_arguments_the_lean_scan_does_not_know_go_through_django():
    done = subprocess.run(
        [sys.executable, "-m", "tillit.cli", "notifier", "scan", "--max-line", "x"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "TILLIT_ENV": "development"},
    )
    assert done.returncode == 2 and "invalid int value: 'x'" in done.stderr
