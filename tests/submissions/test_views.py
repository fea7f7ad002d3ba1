"""The members' side: submitting an action in steps, proposing changes, and what a member may see."""

import pytest
from django.core import mail

from submissions.models import Submission, SubmissionEvent, SubmissionState
from toolbox.models import Resource

from .helpers import SHEET, details, french_pdf, make_action

pytestmark = pytest.mark.django_db


def test_a_visitor_is_sent_to_log_in_and_staff_without_a_member_account_get_a_404(client, staff_client):
    assert client.get("/account/submissions/").status_code == 302
    assert staff_client.get("/account/submissions/").status_code == 404


def test_a_member_submits_an_action_in_steps_in_french_and_nothing_is_public(member,
                                                                            django_capture_on_commit_callbacks):
    response = member.post("/fr/account/submissions/action/", details())
    submission = Submission.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/fr/account/submissions/{submission.pk}/sheet/"
    assert submission.language == "fr" and submission.state == SubmissionState.DRAFT
    assert submission.title == "Journées santé des enseignants"

    page = member.get(response["Location"])
    assert "Contexte" in page.content.decode()  # the sheet's sections, labelled in French
    response = member.post(response["Location"], SHEET)
    assert response["Location"].endswith("/files/")

    response = member.post(response["Location"], {"language": "fr", "file": french_pdf()})
    assert response.status_code == 302
    assert submission.files.get().format == "pdf"

    review = member.get(f"/fr/account/submissions/{submission.pk}/review/").content.decode()
    assert "Les enseignants sont fatigués." in review and "journees-sante.pdf" in review
    assert "4 mai 2026" in review
    assert "Sénégal" in review

    with django_capture_on_commit_callbacks(execute=True):
        member.post(f"/fr/account/submissions/{submission.pk}/send/")
    submission.refresh_from_db()
    assert submission.state == SubmissionState.SUBMITTED and submission.submitted_at
    assert [message.to for message in mail.outbox] == [["contact@education-solidarite.org"]]
    assert f"/admin/submissions/submission/{submission.pk}/change/" in mail.outbox[0].body
    assert not Resource.objects.exists()
    assert [event.action for event in submission.events.all()] == ["created", "edited", "file_added", "submitted"]


def test_a_draft_is_kept_and_can_be_continued_later(member):
    submission = make_action(member)
    page = member.get("/account/submissions/").content.decode()
    assert submission.title in page and "Draft" in page
    form = member.get(f"/account/submissions/{submission.pk}/details/").content.decode()
    assert 'value="Journées santé des enseignants"' in form
    assert 'value="2026-05-04"' in form


def test_a_sent_submission_is_read_only_for_the_member(member):
    submission = make_action(member, send=True)
    response = member.get(f"/account/submissions/{submission.pk}/details/")
    assert response.status_code == 302 and response["Location"] == f"/account/submissions/{submission.pk}/"
    member.post(f"/account/submissions/{submission.pk}/sheet/", {**SHEET, "context": "Changed"})
    submission.refresh_from_db()
    assert submission.proposal["context"] == SHEET["context"]
    response = member.post(f"/account/submissions/{submission.pk}/files/", {"language": "en", "file": french_pdf()})
    assert response.status_code == 302 and submission.files.count() == 0
    assert "Waiting for review" in member.get(f"/account/submissions/{submission.pk}/").content.decode()


def test_the_member_sees_the_staff_message_edits_and_resubmits(member, django_capture_on_commit_callbacks):
    from django.contrib.auth import get_user_model

    from submissions import services

    staff = get_user_model().objects.create_superuser("boss", "boss@example.org", "a-long-test-password")
    submission = make_action(member, send=True)
    with django_capture_on_commit_callbacks(execute=True):
        services.submission_request_changes(submission=submission, user=staff, message="Ajoutez les résultats.")
    assert mail.outbox[-1].to == ["a@example.org"]
    assert "Ajoutez les résultats." in mail.outbox[-1].body and "Modifications demandées" in mail.outbox[-1].subject
    page = member.get(f"/fr/account/submissions/{submission.pk}/").content.decode()
    assert "Ajoutez les résultats." in page
    member.post(f"/fr/account/submissions/{submission.pk}/sheet/", {**SHEET, "results": "300 enseignants vus."})
    with django_capture_on_commit_callbacks(execute=True):
        member.post(f"/fr/account/submissions/{submission.pk}/send/")
    submission.refresh_from_db()
    assert submission.state == SubmissionState.SUBMITTED
    assert submission.proposal["results"] == "300 enseignants vus."
    assert submission.events.last().action == SubmissionEvent.Action.RESUBMITTED
    assert "made the changes you asked for" in mail.outbox[-1].body


def test_bad_input_gives_messages_and_keeps_what_was_written(member):
    response = member.post("/account/submissions/action/", details(title="", date="31/31/2026", mission_areas=["x"],
                                                                    countries=["ZZ"], project="999"))
    page = response.content.decode()
    assert response.status_code == 200 and not Submission.objects.exists()
    assert "Une journée de dépistage" in page  # the summary written stays in the form
    assert page.count('aria-invalid="true"') >= 4
    submission = make_action(member)
    for step, data in [("details", {"title": "x" * 500}), ("files", {"language": "xx"}), ("nowhere", {})]:
        response = member.post(f"/account/submissions/{submission.pk}/{step}/", data)
        assert response.status_code in (200, 400, 404), step
    assert member.get("/account/submissions/999999/").status_code == 404


def test_a_file_is_checked_as_the_admin_checks_toolbox_files(member, settings):
    submission = make_action(member)
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = member.post(f"/account/submissions/{submission.pk}/files/",
                           {"language": "fr", "file": SimpleUploadedFile("sheet.pdf", b"MZ\x90\x00 not a pdf")})
    assert response.status_code == 400 and "not one we can publish" in response.content.decode()
    settings.TOOLBOX_MAX_UPLOAD_SIZE = 100
    response = member.post(f"/account/submissions/{submission.pk}/files/", {"language": "fr", "file": french_pdf()})
    assert response.status_code == 400 and "the limit is 100" in response.content.decode()
    assert submission.files.count() == 0


def test_files_are_stored_privately_and_only_the_organisation_downloads_them(member, other_member, client, settings):
    submission = make_action(member, files=[("fr", french_pdf())])
    stored = submission.files.get()
    assert str(settings.PRIVATE_MEDIA_ROOT) in stored.file.path
    assert not stored.file.path.startswith(str(settings.MEDIA_ROOT))
    assert stored.original_name == "journees-sante.pdf" and stored.size > 0 and stored.language == "fr"
    url = f"/account/submissions/{submission.pk}/files/{stored.pk}/"
    response = member.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert "private" in response["Cache-Control"]
    assert other_member.get(url).status_code == 404
    assert client.get(url).status_code == 302


def test_a_member_proposes_a_change_to_our_page_prefilled_with_what_is_published(member, organisation):
    page = member.get("/account/submissions/our-page/").content.decode()
    assert "We are union A." in page and "<p>" not in page.split("We are union A.")[0][-20:]
    response = member.post("/account/submissions/our-page/", {
        "description": "We are union A.\n\nWe also run health days.", "health_social_protection_work": "Health days.",
        "city": "Dakar", "website": "https://union-a.example.org", "contact_email": "", "founded_year": "1950",
        "people_represented": ""})
    submission = Submission.objects.get()
    assert response["Location"] == f"/account/submissions/{submission.pk}/review/"
    assert submission.kind == "organisation" and submission.title == str(organisation)
    organisation.refresh_from_db()
    assert organisation.description == "<p>We are union A.</p>"  # nothing changes before staff accept


def test_a_member_proposes_a_change_to_our_project_in_spanish(member, project):
    page = member.get(f"/es/account/submissions/project/{project.slug}/").content.decode()
    assert "Teachers are tired." in page or 'name="context"' in page
    data = {"summary": "Jornadas de salud.", "context": "Los docentes están cansados.", "general_objective": "Salud",
            "specific_objectives": "Prevenir", "activities": "Jornadas", "results": "300", "contact": "",
            "beneficiaries_description": ""}
    member.post(f"/es/account/submissions/project/{project.slug}/", data)
    submission = Submission.objects.get()
    assert submission.project == project and submission.language == "es"


def test_limits_per_day_give_a_clear_message_and_lose_nothing(member, settings):
    settings.SUBMISSIONS_PER_DAY = 1
    make_action(member)
    page = member.get("/account/submissions/").content.decode()
    assert "most submissions allowed in a day" in page
    response = member.post("/account/submissions/action/", details(title="A second action"))
    page = response.content.decode()
    assert response.status_code == 200 and Submission.objects.count() == 1
    assert "most submissions allowed in a day" in page and 'value="A second action"' in page
    response = member.post("/account/submissions/our-page/", {"description": "New",
                                                              "health_social_protection_work": "x"})
    assert Submission.objects.count() == 1 and "most submissions allowed" in response.content.decode()


def test_the_daily_upload_limit_counts_removed_files_too(member, settings):
    submission = make_action(member, files=[("fr", french_pdf())])
    first = submission.files.get()
    settings.SUBMISSION_BYTES_PER_DAY = first.size + 10
    member.post(f"/account/submissions/{submission.pk}/files/{first.pk}/remove/")
    assert submission.files.count() == 0
    response = member.post(f"/account/submissions/{submission.pk}/files/", {"language": "fr", "file": french_pdf()})
    page = response.content.decode()
    assert response.status_code == 400 and "more today" in page and submission.files.count() == 0
    submission.refresh_from_db()
    assert submission.title == "Journées santé des enseignants"  # the rest of the submission is untouched


def test_the_list_runs_a_fixed_number_of_queries(member, django_assert_num_queries, project):
    for number in range(3):
        make_action(member, title=f"Action {number}", project=project.pk)
    member.get("/account/submissions/")  # the session and caches warmed
    with django_assert_num_queries(7):
        member.get("/account/submissions/")
    for number in range(5):
        make_action(member, title=f"More {number}")
    with django_assert_num_queries(7):
        response = member.get("/account/submissions/")
    assert response.content.decode().count('<td><a href="/account/submissions/') == 8
    assert "no-cache" in response["Cache-Control"] and "private" in response["Cache-Control"]
    with django_assert_num_queries(7):
        page = member.get("/fr/account/submissions/").content.decode()
    assert "Healthy schools" in page and "Brouillon" in page


def test_the_members_area_home_lists_my_submissions(member):
    make_action(member, send=True)
    from django.template import Context, Template

    html = Template("{% load submissions_tags %}{% my_submissions organisation %}").render(
        Context({"organisation": member.user.member_account.organisation}))
    assert "Journées santé des enseignants" in html and "Waiting for review" in html


def test_a_members_project_choice_offers_only_our_projects(member, other_member, project):
    page = member.get("/account/submissions/action/").content.decode()
    assert "Healthy schools" in page and "project-b" not in page
    from projects.models import Project

    other = Project.objects.get(slug="project-b")
    response = member.post("/account/submissions/action/", details(project=other.pk))
    assert response.status_code == 200 and not Submission.objects.exists()


def test_a_proposed_change_is_checked_as_the_admin_would_check_it(member):
    response = member.post("/account/submissions/our-page/", {
        "description": "We are union A.", "health_social_protection_work": "Health days.", "city": "",
        "website": "javascript:alert(1)", "contact_email": "not an address", "founded_year": "5",
        "people_represented": "-3"})
    page = response.content.decode()
    assert response.status_code == 200 and not Submission.objects.exists()
    assert page.count('aria-invalid="true"') == 4
    assert "Write in English." in page


def test_a_text_not_yet_written_in_the_members_language_starts_from_the_one_readers_see(member, organisation):
    page = member.get("/es/account/submissions/our-page/").content.decode()
    assert "We are union A." in page  # no Spanish description yet: the English one Spanish readers see
