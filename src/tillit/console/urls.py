from django.urls import path

from . import views

app_name = "console"
urlpatterns = [
    path("", views.home, name="home"),
    path("queues/<int:tier>/", views.queue, name="queue"),
    path("queues/<int:tier>/next/", views.claim_next, name="claim_next"),
    path("cases/<int:case_id>/", views.case_detail, name="case"),
    path("cases/<int:case_id>/claim/", views.claim, name="claim"),
    path("cases/<int:case_id>/release/", views.release, name="release"),
    path("cases/<int:case_id>/escalate/", views.escalate, name="escalate"),
    path(
        "cases/<int:case_id>/request-information/",
        views.request_info,
        name="request_info",
    ),
    path("cases/<int:case_id>/decide/", views.decide, name="decide"),
    path("cases/<int:case_id>/notes/", views.add_note, name="add_note"),
    path("evidence/<int:evidence_id>/", views.evidence, name="evidence"),
    path("approvals/", views.approvals, name="approvals"),
    path("approvals/<int:decision_id>/approve/", views.approve, name="approve"),
    path("approvals/<int:decision_id>/reject/", views.reject, name="reject"),
    path("register/", views.register, name="register"),
    path("appeals/", views.appeals, name="appeals"),
    path("policy/", views.policy, name="policy"),
    path("policy/drafts/new/", views.new_draft, name="new_draft"),
    path(
        "policy/versions/<int:version_id>/", views.policy_version, name="policy_version"
    ),
    path("appeals/<int:appeal_id>/vote/", views.vote, name="vote"),
    path("mine/", views.my_work, name="mine"),
    path("settings/", views.preferences, name="preferences"),
]
