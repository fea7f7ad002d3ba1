"""Staff check a draft before publishing it; visitors never see it."""

import pytest

from core.models import Status
from tests.factories import make_kit, make_organisation, make_project, make_resource, pdf_upload
from toolbox.models import DownloadCount

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("make", [make_organisation, make_project, make_resource])
def test_staff_preview_a_draft_page_that_visitors_cannot_see(make, client, staff_client):
    draft = make(status=Status.DRAFT)
    assert client.get(draft.get_absolute_url()).status_code == 404
    response = staff_client.get(draft.get_absolute_url())
    assert response.status_code == 200
    assert "visitors cannot see this page until it is published" in response.content.decode()
    assert "no-cache" in response["Cache-Control"]


def test_a_published_page_shows_no_preview_banner_to_staff(staff_client):
    resource = make_resource()
    assert "Preview" not in staff_client.get(resource.get_absolute_url()).content.decode()


def test_staff_download_a_drafts_files_and_sheet_without_counting(client, staff_client):
    draft = make_resource(status=Status.DRAFT, files=[("en", pdf_upload())])
    for url in [f"/toolbox/{draft.slug}/download/en/", f"/toolbox/{draft.slug}/sheet/"]:
        assert client.get(url).status_code == 404
        assert staff_client.get(url).status_code == 200
    assert not DownloadCount.objects.exists()


def test_a_draft_kit_can_be_previewed_by_staff(client, staff_client):
    kit = make_kit(status=Status.DRAFT, resources=[make_resource()])
    assert client.get(kit.get_absolute_url()).status_code == 404
    assert staff_client.get(kit.get_absolute_url()).status_code == 200


def test_staff_preview_scheduled_news_events_and_research(client, staff_client):
    import datetime

    from django.utils import timezone

    from tests.factories import make_article, make_event, make_research_entry

    tomorrow = timezone.now() + datetime.timedelta(days=1)
    for item in [make_article(published_at=tomorrow), make_event(published_at=tomorrow),
                 make_research_entry(status=Status.DRAFT)]:
        assert client.get(item.get_absolute_url()).status_code == 404
        response = staff_client.get(item.get_absolute_url())
        assert response.status_code == 200
        assert "visitors cannot see this page until it is published" in response.content.decode()
