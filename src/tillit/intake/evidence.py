"""What evidence files are accepted: sniffed from their first bytes, never trusted
from the name or the browser's content type."""

import codecs
import unicodedata

from django.utils.translation import gettext as _

SIGNATURES = [
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"%PDF-", "application/pdf"),
    (b"\x1a\x45\xdf\xa3", "video/webm"),
]


# How a stored file is named: by its content, never by what the sender called it.
EXTENSIONS = {
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/gif": ".gif",
    "image/webp": ".webp",
    "application/pdf": ".pdf",
    "video/webm": ".webm",
    "video/mp4": ".mp4",
    "text/plain": ".txt",
}


def clean_file_name(name: str, *, max_length: int = 255) -> str:
    """Return the name to show for an uploaded file: its last path part, with no
    control or invisible characters, at most `max_length` characters with its
    extension kept (#10: a 1,000-character name was a server error)."""
    name = unicodedata.normalize("NFC", name or "").replace("\\", "/")
    name = "".join(
        c for c in name.rsplit("/", 1)[-1] if unicodedata.category(c)[0] != "C"
    )
    name = " ".join(name.split())
    if len(name) > max_length:
        stem, dot, extension = name.rpartition(".")
        if dot and stem and len(extension) <= 16:
            name = stem[: max_length - len(extension) - 1].rstrip() + "." + extension
        else:
            name = name[:max_length]
    return name or "evidence"


def stored_file_name(*, sha256: str, content_type: str) -> str:
    return sha256[:32] + EXTENSIONS.get(content_type, "")


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
