import pytest

from tillit.cases.models import Case


@pytest.mark.django_db
def test_positions_are_published_and_linked(client):
    page = client.get("/guidelines/").text
    for slug in ("academic-freedom", "freedom-of-expression", "suicide-and-self-harm"):
        assert f"/guidelines/positions/{slug}/" in page
        assert client.get(f"/guidelines/positions/{slug}/").status_code == 200
    assert client.get("/guidelines/positions/nonsense/").status_code == 404
    sv = client.get(
        "/guidelines/positions/academic-freedom/", HTTP_ACCEPT_LANGUAGE="sv"
    )
    assert "Akademisk frihet" in sv.text


@pytest.mark.django_db
def test_imminent_self_harm_is_expedited_and_notices_carry_support(
    file_report, english_account, make_meeting, deliver
):
    make_meeting("900000001", english_account)
    make_meeting("900000002", english_account)
    calm = file_report(
        "900000001",
        category="self_harm",
        email="a@example.org",
        description="A participant talked about their recovery.",
    )
    urgent = file_report(
        "900000002",
        category="self_harm",
        email="b@example.org",
        description="He said he will end my life tonight, he has pills.",
    )
    assert calm.case.lane == Case.Lane.NORMAL
    assert urgent.case.lane == Case.Lane.EXPEDITED and urgent.case.imminent_risk
    assert urgent.case.priority > calm.case.priority
    mail = {m.to[0]: m.body for m in deliver()}
    assert (
        "90101" in mail["b@example.org"]
        and "findahelpline.com" in mail["b@example.org"]
    )
    assert "90101" in mail["a@example.org"]  # every self-harm notice


@pytest.mark.django_db
def test_other_reports_carry_no_support_block(
    file_report, english_account, make_meeting, deliver
):
    make_meeting("900000003", english_account)
    file_report("900000003", email="c@example.org")
    assert "90101" not in deliver()[0].body


@pytest.mark.django_db
def test_the_decision_form_ticks_the_standards_default_actions(
    client, file_report, english_account, make_meeting, analyst1
):
    from tillit.cases.services.claims import claim_case

    make_meeting("900000009", english_account)
    case = file_report("900000009", category="harassment").case
    claim_case(case_id=case.pk, reviewer=analyst1)
    client.force_login(analyst1)
    page = client.get(f"/console/cases/{case.pk}/").text
    assert 'value="warning" id="id_actions_1" checked' in page
    assert 'value="suspend_account" id="id_actions_5" checked' not in page
