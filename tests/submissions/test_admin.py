"""Staff review in the admin: the queue, the side-by-side difference, files, audit trail and the three decisions."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from reversion.models import Version

from submissions.models import Submission, SubmissionState
from toolbox.models import Resource

from .helpers import french_pdf, make_action

pytestmark = pytest.mark.django_db

QUEUE = "/admin/submissions/submission/"


def change_url(submission):
    return f"{QUEUE}{submission.pk}/change/"


def review(staff_client, submission, decision, message="", capture=None):
    url = f"{QUEUE}{submission.pk}/review/"
    if capture is None:
        return staff_client.post(url, {"decision": decision, "message": message})
    with capture(execute=True):
        return staff_client.post(url, {"decision": decision, "message": message})


def test_the_queue_shows_what_waits_for_review_by_default(staff_client, member):
    waiting = make_action(member, title="Waiting one", send=True)
    make_action(member, title="Draft one")
    page = staff_client.get(QUEUE).content.decode()
    assert "Waiting one" in page and "Draft one" not in page
    assert "Teachers Union A" in page
    page = staff_client.get(QUEUE + "?state=all").content.decode()
    assert "Waiting one" in page and "Draft one" in page
    assert staff_client.get(QUEUE + "?state=nonsense").status_code == 200
    assert staff_client.get(change_url(waiting)).status_code == 200


def test_a_member_cannot_reach_the_admin_review(member):
    submission = make_action(member, send=True)
    for url in [QUEUE, change_url(submission), f"{QUEUE}{submission.pk}/files/1/"]:
        response = member.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
    response = member.post(f"{QUEUE}{submission.pk}/review/", {"decision": "accept"})
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    submission.refresh_from_db()
    assert submission.state == SubmissionState.SUBMITTED and not Resource.objects.exists()


def test_the_change_page_shows_the_proposal_files_and_audit_trail(staff_client, member):
    submission = make_action(member, files=[("fr", french_pdf())], send=True)
    page = staff_client.get(change_url(submission)).content.decode()
    assert "Journées santé des enseignants" in page and "Les enseignants sont fatigués." in page
    assert "nothing is published yet" in page
    file_url = f"{QUEUE}{submission.pk}/files/{submission.files.get().pk}/"
    assert file_url in page and "journees-sante.pdf" in page
    assert "Audit trail" in page and "Submitted" in page and "a@example.org" in page
    response = staff_client.get(file_url)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_a_proposed_change_is_shown_side_by_side_with_what_is_published(staff_client, member, organisation):
    from submissions import services
    from submissions.models import SubmissionKind

    submission = services.submission_create(
        organisation=organisation, user=member.user, kind=SubmissionKind.ORGANISATION, language="en",
        proposal={"description": "We are union A, since 1950.", "health_social_protection_work": "Health days.",
                  "city": "", "website": "", "contact_email": "", "founded_year": "", "people_represented": ""})
    services.submission_send(submission=submission, user=member.user)
    page = staff_client.get(change_url(submission)).content.decode()
    assert "Published now and proposed, in English" in page
    assert '<td class="diff-before">We are union <del>A.</del></td>' in page
    assert '<td class="diff-after">We are union <ins>A, since 1950.</ins></td>' in page
    assert "(changed)" in page


def test_request_changes_needs_a_message_and_tells_the_member(staff_client, member,
                                                              django_capture_on_commit_callbacks):
    submission = make_action(member, send=True)
    review(staff_client, submission, "changes", "  ")
    submission.refresh_from_db()
    assert submission.state == SubmissionState.SUBMITTED
    response = review(staff_client, submission, "changes", "Please add the results.",
                      capture=django_capture_on_commit_callbacks)
    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.state == SubmissionState.CHANGES_REQUESTED
    assert submission.staff_message == "Please add the results."
    assert mail.outbox[-1].to == ["a@example.org"] and "Please add the results." in mail.outbox[-1].body
    assert "/fr/account/submissions/" in mail.outbox[-1].body  # the member's language
    assert submission.events.last().actor.username == "staff"


def test_accept_publishes_the_action_with_its_files_in_a_revision(staff_client, member, client,
                                                                  django_capture_on_commit_callbacks):
    submission = make_action(member, files=[("fr", french_pdf())], send=True)
    response = review(staff_client, submission, "accept", capture=django_capture_on_commit_callbacks)
    submission.refresh_from_db()
    resource = submission.resource
    assert response["Location"] == f"/admin/toolbox/resource/{resource.pk}/change/"
    assert submission.state == SubmissionState.ACCEPTED and resource.is_published
    assert resource.language == "fr" and resource.title_fr == "Journées santé des enseignants"
    assert list(resource.organisations.all()) == [member.user.member_account.organisation]
    assert sorted(country.code for country in resource.countries) == ["FR", "SN"]
    assert resource.mission_areas.count() == 1
    assert resource.files.get().language == "fr" and resource.files.get().page_count == 1
    assert resource.files.get().file.name != submission.files.get().file.name  # a copy of its own
    version = Version.objects.get_for_object(resource).get()
    assert version.revision.user.username == "staff"
    assert f"submission #{submission.pk}" in version.revision.get_comment()
    assert mail.outbox[-1].to == ["a@example.org"] and "Accepté" in mail.outbox[-1].subject
    page = client.get("/fr/toolbox/").content.decode()
    assert "Journées santé des enseignants" in page
    assert client.get(resource.get_absolute_url()).status_code == 200
    assert client.get(f"/toolbox/{resource.slug}/download/fr/").status_code == 200


def test_accept_writes_a_change_on_the_project_in_the_members_language(staff_client, member, project):
    from submissions import services
    from submissions.forms import PROJECT_FIELDS
    from submissions.models import SubmissionKind

    proposal = services.published_values(Submission(kind=SubmissionKind.PROJECT, language="fr", project=project))
    proposal.update(summary="Des journées de santé.", context="Les enseignants sont fatigués.\n\nEt stressés.")
    assert set(proposal) == set(PROJECT_FIELDS)
    submission = services.submission_create(organisation=project.lead_organisation, user=member.user,
                                            kind=SubmissionKind.PROJECT, language="fr", proposal=proposal,
                                            project=project)
    services.submission_send(submission=submission, user=member.user)
    review(staff_client, submission, "accept")
    project.refresh_from_db()
    assert project.summary_fr == "Des journées de santé." and project.summary_en == "Health days in schools."
    assert project.context_fr == "<p>Les enseignants sont fatigués.</p><p>Et stressés.</p>"
    assert project.context_en == "<p>Teachers are tired.</p>"
    assert not project.general_objective_fr and not project.contact_fr  # unchanged: not copied into French
    version = Version.objects.get_for_object(project).get()
    assert f"submission #{submission.pk}" in version.revision.get_comment()


def test_decline_needs_a_message_and_publishes_nothing(staff_client, member, django_capture_on_commit_callbacks):
    submission = make_action(member, send=True)
    review(staff_client, submission, "decline", "")
    submission.refresh_from_db()
    assert submission.state == SubmissionState.SUBMITTED
    review(staff_client, submission, "decline", "Hors sujet.", capture=django_capture_on_commit_callbacks)
    submission.refresh_from_db()
    assert submission.state == SubmissionState.DECLINED and not Resource.objects.exists()
    assert "Hors sujet." in mail.outbox[-1].body
    assert [event.action for event in submission.events.all()][-1] == "declined"


def test_a_decision_is_taken_once(staff_client, member):
    submission = make_action(member, send=True)
    review(staff_client, submission, "accept")
    response = staff_client.post(f"{QUEUE}{submission.pk}/review/", {"decision": "accept"}, follow=True)
    assert "not waiting for review" in response.content.decode()
    assert Resource.objects.count() == 1
    assert staff_client.post(f"{QUEUE}{submission.pk}/review/", {"decision": "bogus"}).status_code == 302


def test_staff_without_the_change_permission_cannot_decide(client, member):
    from django.contrib.auth.models import Permission

    viewer = get_user_model().objects.create_user("viewer", "viewer@example.org", "pw", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_submission"))
    client.force_login(viewer)
    submission = make_action(member, send=True)
    page = client.get(change_url(submission)).content.decode()
    assert "Accept and publish" not in page
    assert client.post(f"{QUEUE}{submission.pk}/review/", {"decision": "accept"}).status_code == 403


def test_the_admin_review_works_in_french(staff_client, member):
    submission = make_action(member, send=True)
    staff_client.post("/admin/language/", {"language": "fr", "next": "/admin/"})
    page = staff_client.get(change_url(submission)).content.decode()
    assert "Demander des modifications" in page and "Accepter et publier" in page


def test_editors_review_submissions(client, member, django_user_model):
    from django.contrib.auth.models import Group

    editor = django_user_model.objects.create_user("editor", "editor@example.org", "pw", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    submission = make_action(member, send=True)
    assert "Accept and publish" in client.get(change_url(submission)).content.decode()
    review(client, submission, "accept")
    submission.refresh_from_db()
    assert submission.state == SubmissionState.ACCEPTED and submission.resource.is_published


def test_the_queue_is_oldest_first_and_runs_a_fixed_number_of_queries(staff_client, member,
                                                                       django_assert_num_queries):
    make_action(member, title="Sent first", send=True)
    make_action(member, title="Sent second", send=True)
    staff_client.get(QUEUE)
    with django_assert_num_queries(11):
        page = staff_client.get(QUEUE).content.decode()
    assert page.index("Sent first") < page.index("Sent second")
    for number in range(4):
        make_action(member, title=f"Later {number}", send=True)
    with django_assert_num_queries(11):
        staff_client.get(QUEUE)


def test_accept_writes_the_organisations_page_and_visitors_see_it(staff_client, member, organisation, client):
    member.post("/account/submissions/our-page/", {
        "description": "We are union A.\n\nWe run <health> days.", "health_social_protection_work": "Health days.",
        "city": "", "website": "", "contact_email": "", "founded_year": "1950", "people_represented": ""})
    submission = Submission.objects.get()
    member.post(f"/account/submissions/{submission.pk}/send/")
    review(staff_client, submission, "accept", "Merci !")
    organisation.refresh_from_db()
    assert organisation.description_en == "<p>We are union A.</p><p>We run &lt;health&gt; days.</p>"
    assert organisation.founded_year == 1950
    page = client.get(organisation.get_absolute_url()).content.decode()
    assert "We run &lt;health&gt; days." in page
    assert Version.objects.get_for_object(organisation).get().revision.user.username == "staff"
