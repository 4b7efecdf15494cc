from django.urls import path

from .views import (
    appeals_desk,
    approvals,
    case_actions,
    case_page,
    legal_desk,
    my_work,
    policy_desk,
    policy_version,
    preferences,
    queue,
    register,
)

app_name = "console"
urlpatterns = [
    path("", queue.home, name="home"),
    path("queues/<int:tier>/", queue.queue, name="queue"),
    path("queues/<int:tier>/next/", queue.claim_next, name="claim_next"),
    path("cases/<int:case_id>/", case_page.case_detail, name="case"),
    path("cases/<int:case_id>/claim/", case_actions.claim, name="claim"),
    path("cases/<int:case_id>/release/", case_actions.release, name="release"),
    path("cases/<int:case_id>/escalate/", case_actions.escalate, name="escalate"),
    path(
        "cases/<int:case_id>/request-information/",
        case_actions.request_info,
        name="request_info",
    ),
    path("cases/<int:case_id>/decide/", case_actions.decide, name="decide"),
    path("cases/<int:case_id>/notes/", case_actions.add_note, name="add_note"),
    path("evidence/<int:evidence_id>/", case_page.evidence, name="evidence"),
    path("approvals/", approvals.approvals, name="approvals"),
    path("approvals/<int:decision_id>/approve/", approvals.approve, name="approve"),
    path("approvals/<int:decision_id>/reject/", approvals.reject, name="reject"),
    path("register/", register.register, name="register"),
    path("appeals/", appeals_desk.appeals, name="appeals"),
    path("policy/", policy_desk.policy, name="policy"),
    path("policy/drafts/new/", policy_desk.new_draft, name="new_draft"),
    path(
        "policy/versions/<int:version_id>/",
        policy_version.policy_version,
        name="policy_version",
    ),
    path("appeals/<int:appeal_id>/vote/", appeals_desk.vote, name="vote"),
    path("mine/", my_work.my_work, name="mine"),
    path("settings/", preferences.preferences, name="preferences"),
    path("legal/", legal_desk.desk, name="legal_desk"),
    path("legal/agencies/", legal_desk.agencies, name="legal_agencies"),
    path("legal/<int:request_id>/", legal_desk.request_page, name="legal_request"),
    path(
        "legal/<int:request_id>/document/", legal_desk.document, name="legal_document"
    ),
    path("legal/<int:request_id>/verify/", legal_desk.verify, name="legal_verify"),
    path("legal/<int:request_id>/notes/", legal_desk.note, name="legal_note"),
    path("legal/<int:request_id>/outcome/", legal_desk.outcome, name="legal_outcome"),
    path("legal/<int:request_id>/approve/", legal_desk.approve, name="legal_approve"),
    path(
        "legal/<int:request_id>/send-back/",
        legal_desk.send_back,
        name="legal_send_back",
    ),
    path("legal/<int:request_id>/holds/", legal_desk.hold, name="legal_hold"),
    path(
        "legal/<int:request_id>/holds/<int:hold_id>/",
        legal_desk.hold_action,
        name="legal_hold_action",
    ),
    path(
        "legal/<int:request_id>/link/",
        legal_desk.reissue_link,
        name="legal_reissue_link",
    ),
]
