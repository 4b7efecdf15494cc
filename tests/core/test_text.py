"""HTML read as the text a person sees (core/text.py)."""

import pytest

from tillit.core.text import html_to_text


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>One</p><p>Two&nbsp;&amp; three</p>", "One\nTwo\xa0& three"),
        ("<html><head><title>T</title><body>Shown", "Shown"),  # no </head>
        ("<style>a{}</style><script>x()</script>Shown", "Shown"),
        ("<a href='https://zoom.us/j/1'>join</a>", "https://zoom.us/j/1 join"),
        ("1 < 2 and <b>bold</b>", "1 < 2 and bold"),
        ("", ""),
    ],
)
def test_html_is_read_as_its_text(html, text):
    assert html_to_text(html) == text
