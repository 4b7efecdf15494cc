from typing import Any

from ninja import Router, Schema
from pydantic import Field

from tillit.core.api import ApiKeyAuth
from tillit.core.apikeys import require_platform_key
from tillit.core.errors import InvalidInput
from tillit.core.models import ApiScope
from tillit.core.schemas import column_text

from .models import Sighting
from .services import process_post

router = Router(tags=["detection"])


class PushIn(Schema):
    source: column_text(Sighting, "source", min_length=1)
    # Posts are other people's words: the scanner strips what cannot be kept
    # (NUL included) and counts a post it cannot read, rather than refuse all.
    posts: list[dict[str, Any]] = Field(min_length=1, max_length=500)


@router.post("/detection/posts", auth=ApiKeyAuth(ApiScope.DETECTION_WRITE))
def push_posts(request, payload: PushIn):
    """Push public posts to the At-Risk Meeting Notifier. Each post is
    `{"id", "text", "url"?, "author"?, "created_at"?}`; bad posts are counted
    and skipped, the rest are scanned. Sightings name meetings of every
    account, so a key limited to one account may not push."""
    require_platform_key(request.api_key)
    scanned, skipped, sightings = 0, [], []
    for index, post in enumerate(payload.posts):
        try:
            found = process_post(post=post, source=payload.source)
        except InvalidInput as exc:
            skipped.append({"index": index, "fields": exc.as_dict().get("fields", {})})
            continue
        scanned += 1
        sightings += [
            {
                "post_id": s.post_id,
                "meeting_id": s.meeting_id,
                "level": s.level,
                "risk": s.score,
                "signals": s.signals,
            }
            for s in found.sightings
        ]
    return {"scanned": scanned, "skipped": skipped, "sightings": sightings}
