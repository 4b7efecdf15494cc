"""What evidence files are accepted: sniffed from their first bytes, never trusted
from the name or the browser's content type."""

import codecs

from django.utils.translation import gettext as _

SIGNATURES = [
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"%PDF-", "application/pdf"),
    (b"\x1a\x45\xdf\xa3", "video/webm"),
]


def sniff_content_type(head: bytes) -> str | None:
    """Return the accepted type these first bytes belong to, or None."""
    for magic, content_type in SIGNATURES:
        if head.startswith(magic):
            return content_type
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[4:8] == b"ftyp":
        return "video/mp4"
    if head and _looks_like_text(head):
        return "text/plain"
    return None


def _looks_like_text(head: bytes) -> bool:
    try:
        # Incremental: a character cut at the end of the sniffed head is fine.
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return False
    return b"\x00" not in head


def check_evidence(*, name: str, size: int, head: bytes, max_bytes: int) -> str:
    """Return the sniffed content type, or raise ValueError with the reason."""
    if size > max_bytes:
        raise ValueError(
            _("%(name)s is larger than %(mb)d MB.")
            % {"name": name, "mb": max_bytes // (1024 * 1024)}
        )
    if size == 0:
        raise ValueError(_("%(name)s is empty.") % {"name": name})
    content_type = sniff_content_type(head)
    if content_type is None:
        raise ValueError(
            _(
                "%(name)s is not an accepted kind of file. Send an image (PNG, JPEG, "
                "GIF, WebP), a video (MP4, WebM), a PDF or a text file."
            )
            % {"name": name}
        )
    return content_type
