"""Horizontal bar charts as inline SVG, drawn on the server: no script, no
external file, readable at a glance, with the table beside them carrying
the exact figures. Pure: no Django import."""

from html import escape

BAR_HEIGHT, GAP, LABEL_WIDTH, BAR_WIDTH, VALUE_WIDTH = 18, 6, 190, 220, 60


def bar_chart(title: str, rows: list[tuple[str, float]], *, percent=False) -> str:
    """Return an <svg> with one bar per (label, value), longest bar = largest."""
    top = max((value for _label, value in rows), default=0) or 1
    height = max(len(rows), 1) * (BAR_HEIGHT + GAP) + GAP
    width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'aria-label="{escape(title)}"><title>{escape(title)}</title>'
    ]
    for i, (label, value) in enumerate(rows):
        y = GAP + i * (BAR_HEIGHT + GAP)
        length = round(BAR_WIDTH * value / top, 1) if value else 0
        shown = f"{round(value * 100)} %" if percent else f"{value:g}"
        middle = y + BAR_HEIGHT / 2 + 4
        parts.append(
            f'<text x="{LABEL_WIDTH - 6}" y="{middle}" text-anchor="end" '
            f'font-size="12">{escape(label)}</text>'
            f'<rect x="{LABEL_WIDTH}" y="{y}" width="{length}" '
            f'height="{BAR_HEIGHT}" fill="#2f6f9f"></rect>'
            f'<text x="{LABEL_WIDTH + length + 4}" y="{middle}" '
            f'font-size="12">{escape(shown)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
