"""Text that arrives as HTML (a Mastodon status, an HTML-only email) read as
plain text, with the standard library's parser: tags dropped, entities
decoded, what is not text (style sheets, scripts, the head) left out, a
paragraph or line break kept as a line break, and every link's address
kept beside its words, since the words of a link hide where it goes.

Python 3.12's HTMLParser rescans the rest of the text from each "<" that
opens no tag (a run of "<a b" took minutes, #10): such a "<" is escaped
before parsing, which keeps the parse linear.
"""

import html as entities
import re
from html.parser import HTMLParser

UNCLOSED_TAG = re.compile(r"<(?![^<>]*>)")
# A marked section ("<![CDATA[", "<![if") is not mail text, and the parser
# asserts on a malformed one; it is read as text.
MARKED = re.compile(r"<!\[")
ANY_TAG = re.compile(r"<[^<>]+>")
# Elements whose content is not text a person reads.
HIDDEN = frozenset({"head", "script", "style", "template", "noscript"})
BREAKS = frozenset(
    {"br", "p", "div", "li", "tr", "td", "th", "ul", "ol", "blockquote", "table"}
    | {f"h{n}" for n in range(1, 7)}
)


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0  # how deep inside HIDDEN elements the parser is

    def handle_starttag(self, tag, attrs):
        if tag == "body":  # "</head>" may be left out; the body shows
            self.hidden = 0
        if tag in HIDDEN:
            self.hidden += 1
        if tag in BREAKS:
            self.parts.append("\n")
        href = dict(attrs).get("href") if tag == "a" else None
        if href and not self.hidden:
            self.parts.append(f" {href} ")

    def handle_endtag(self, tag):
        if tag in HIDDEN and self.hidden:
            self.hidden -= 1

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def _escaped(html: str) -> str:
    """ "<" that opens no tag, marked sections, and comments opened after the
    last "-->" (each would search the rest of the text for its end) as text."""
    html = MARKED.sub("&lt;![", UNCLOSED_TAG.sub("&lt;", html))
    last = html.rfind("-->")
    return html[: last + 1] + html[last + 1 :].replace("<!--", "&lt;!--")


def html_to_text(html: str) -> str:
    parser = _Text()
    try:
        parser.feed(_escaped(html))
        parser.close()
        text = "".join(parser.parts)
    except AssertionError:  # what Python 3.12's parser raises on bad markup
        text = entities.unescape(ANY_TAG.sub(" ", html))
    # A no-break space is a space to whoever searches the text (812&nbsp;3456).
    return text.replace("\xa0", " ").strip()
