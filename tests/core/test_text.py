"""HTML read as the text a person sees (core/text.py)."""

import pytest

from tillit.core.text import html_to_text


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>One</p><p>Two&nbsp;&amp; three</p>", "One\nTwo & three"),
        ("<html><head><title>T</title><body>Shown", "Shown"),  # no </head>
        ("<style>a{}</style><script>x()</script>Shown", "Shown"),
        ("<a href='https://zoom.us/j/1'>join</a>", "https://zoom.us/j/1 join"),
        ("1 < 2 and <b>bold</b>", "1 < 2 and bold"),
        ("", ""),
        ("<![>", "<![>"),  # the parser asserts on such a marked section
        ("a <!-- c --> d <!-- e", "a  d <!-- e"),
        ("<td>Name</td><td>Alice</td>", "Name\nAlice"),
        ("ID 812&nbsp;3456&nbsp;7890", "ID 812 3456 7890"),
    ],
)
def test_html_is_read_as_its_text(html, text):
    assert html_to_text(html) == text
