"""A member sees and changes only their own organisation's submissions: every address of another's gives a 404."""

import pytest

from submissions.models import SubmissionState

from .helpers import SHEET, details, french_pdf, make_action

pytestmark = pytest.mark.django_db


@pytest.fixture
def theirs(other_member):
    """A draft of organisation B with a file."""
    return make_action(other_member, files=[("fr", french_pdf())])


def test_member_a_gets_a_404_on_each_address_of_bs_submission(member, theirs):
    file = theirs.files.get()
    base = f"/account/submissions/{theirs.pk}"
    for url in [f"{base}/", f"{base}/details/", f"{base}/sheet/", f"{base}/files/", f"{base}/review/",
                f"{base}/files/{file.pk}/", "/account/submissions/project/project-b/"]:
        assert member.get(url).status_code == 404, url
    posts = [(f"{base}/details/", details(title="Taken over")), (f"{base}/sheet/", SHEET),
             (f"{base}/files/", {"language": "en", "file": french_pdf()}), (f"{base}/files/{file.pk}/remove/", {}),
             (f"{base}/send/", {}), ("/account/submissions/project/project-b/", {"summary": "Taken over"})]
    for url, data in posts:
        assert member.post(url, data).status_code == 404, url
    theirs.refresh_from_db()
    assert theirs.title == "Journées santé des enseignants" and theirs.state == SubmissionState.DRAFT
    assert theirs.files.count() == 1 and theirs.events.count() == 2  # created, file added: nothing by A


def test_bs_submissions_are_not_in_as_list(member, theirs):
    mine = make_action(member, title="Our own action")
    page = member.get("/account/submissions/").content.decode()
    assert mine.get_absolute_url() in page and theirs.get_absolute_url() not in page


def test_a_file_of_a_submission_cannot_be_reached_through_another_submission(member, theirs):
    mine = make_action(member)
    file = theirs.files.get()
    assert member.get(f"/account/submissions/{mine.pk}/files/{file.pk}/").status_code == 404
    assert member.post(f"/account/submissions/{mine.pk}/files/{file.pk}/remove/").status_code == 404
    assert theirs.files.count() == 1
