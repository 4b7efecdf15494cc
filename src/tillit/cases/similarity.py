"""Text similarity for precedents: TF-IDF cosine over word tokens. Pure."""

import math
import re
from collections import Counter

TOKEN = re.compile(r"[^\W\d_]{3,}", re.UNICODE)


def tokens(text: str) -> list[str]:
    return [t.lower() for t in TOKEN.findall(text or "")]


def rank_similar(query: str, documents: list[tuple], *, limit: int = 5, floor=0.05):
    """Return up to `limit` (item, score) pairs, most similar first.

    `documents` is a list of (item, text). Scores run from 0 to 1; pairs
    under `floor` are left out.
    """
    query_terms = Counter(tokens(query))
    if not query_terms or not documents:
        return []
    doc_terms = [(item, Counter(tokens(text))) for item, text in documents]
    df = Counter()
    for _item, terms in doc_terms:
        df.update(terms.keys())
    n = len(doc_terms) + 1

    def weights(terms: Counter) -> dict[str, float]:
        return {
            t: (1 + math.log(c)) * math.log(n / (1 + df[t])) for t, c in terms.items()
        }

    q = weights(query_terms)
    q_norm = math.sqrt(sum(w * w for w in q.values())) or 1.0
    scored = []
    for item, terms in doc_terms:
        d = weights(terms)
        dot = sum(w * d.get(t, 0.0) for t, w in q.items())
        if dot <= 0:
            continue
        d_norm = math.sqrt(sum(w * w for w in d.values())) or 1.0
        score = dot / (q_norm * d_norm)
        if score >= floor:
            scored.append((item, score))
    scored.sort(key=lambda pair: pair[1], reverse=True)
    return scored[:limit]
