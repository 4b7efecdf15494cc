"""Small helpers shared by tests."""

import re


def appeal_link(mail_body: str) -> str:
    return re.search(r"http://[^/\s]+(/appeal/[^\s]+/)", mail_body).group(1)
