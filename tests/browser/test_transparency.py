"""In real Chromium: anyone opens the transparency report and sees its charts,
drawn as SVG in the page, each with its table (#15)."""

import pytest
from django.core.cache import cache

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_transparency_report_shows_charts_and_tables(
    page, live_server, suspension, file_report, screenshot
):
    file_report("812345678", channel="email", email="mamma@example.se")
    cache.clear()
    page.goto(live_server.url + "/transparency/")
    assert page.inner_text("h1") == "Transparency report"
    charts = page.locator("svg.chart")
    assert charts.count() >= 7
    box = charts.first.bounding_box()
    assert box["width"] > 100 and box["height"] > 10
    assert page.locator("#reports-by_channel svg rect").count() >= 1
    table = page.locator("#reports-by_channel table")
    assert table.is_visible()
    assert "Trust mailbox" in table.inner_text()
    assert page.inner_text('[data-figure="reports.total"]') == "2"
    assert page.inner_text('[data-figure="actions.by_type.suspend_account"]') == "1"
    screenshot(page, "transparency")
    page.click("text=JSON")
    assert '"period"' in page.content()
    cache.clear()
