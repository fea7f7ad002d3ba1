"""The staff home page (the admin index): what needs attention, and downloads at a glance with their CSV."""

import datetime
import re

import pytest
from django.test import Client
from django.utils import timezone
from django.utils.html import escape

from core.models import Status
from research.models import ResearchStatus
from tests.factories import (
    make_article,
    make_event,
    make_kit,
    make_organisation,
    make_page,
    make_research_entry,
    make_resource,
    pdf_upload,
)
from toolbox.models import DownloadCount, KitDownloadCount, ResourceFile, ResourceSheet

pytestmark = pytest.mark.django_db


def section(html, element_id):
    """The HTML of the list with `element_id` on the staff home."""
    match = re.search(rf'<(ul|ol) id="{element_id}">(.*?)</\1>', html, re.S)
    assert match, f"no #{element_id} on the page"
    return " ".join(match.group(2).split())  # whitespace as a reader sees it


def home(client):
    response = client.get("/admin/")
    assert response.status_code == 200
    return response.content.decode()


def follow(client, link):
    """The admin page a link of the staff home leads to."""
    response = client.get(link.replace("&amp;", "&"))
    assert response.status_code == 200
    return response.content.decode()


def test_drafts_are_counted_per_content_type_with_the_latest_and_a_link_to_the_list(staff_client):
    make_resource(title="Published guide")
    make_resource(title="Draft guide one", status=Status.DRAFT)
    make_resource(title="Draft guide two", status=Status.DRAFT)
    make_page(title="Draft page", status=Status.DRAFT)
    drafts = section(home(staff_client), "attention-drafts")
    assert '<a href="/admin/toolbox/resource/?status__exact=draft">Toolbox resources: 2</a>' in drafts
    assert '<a href="/admin/network_site/networkpage/?status__exact=draft">Network pages: 1</a>' in drafts
    assert "Draft guide one" in drafts and "Draft guide two" in drafts
    assert "Published guide" not in drafts
    listed = follow(staff_client, "/admin/toolbox/resource/?status__exact=draft")
    assert "Draft guide one" in listed and "Published guide" not in listed


def test_scheduled_items_show_with_the_next_and_a_list_of_them_only(staff_client):
    soon = timezone.now() + datetime.timedelta(days=2)
    make_article(title="Tomorrow's news", published_at=soon)
    make_article(title="Yesterday's news")
    make_event(title="Announced later", published_at=soon + datetime.timedelta(days=1))
    html = home(staff_client)
    scheduled = section(html, "attention-scheduled")
    assert "News articles: 1" in scheduled and "Events: 1" in scheduled
    assert "Tomorrow&#x27;s news" in scheduled and "Yesterday" not in scheduled
    link = re.search(r'<a href="(/admin/news/article/[^"]+)">News articles: 1</a>', scheduled).group(1)
    listed = follow(staff_client, link)
    assert "Tomorrow&#x27;s news" in listed and "Yesterday&#x27;s news" not in listed


def test_calls_closing_within_30_days_are_listed_soonest_first(staff_client):
    now = timezone.now()
    make_research_entry(title="Closes next week", research_status=ResearchStatus.CALL_OPEN,
                        deadline=now + datetime.timedelta(days=7))
    make_research_entry(title="Draft call closing soon", research_status=ResearchStatus.CALL_OPEN,
                        deadline=now + datetime.timedelta(days=3), status=Status.DRAFT)
    make_research_entry(title="Closes in two months", research_status=ResearchStatus.CALL_OPEN,
                        deadline=now + datetime.timedelta(days=60))
    make_research_entry(title="Already closed", research_status=ResearchStatus.CALL_OPEN,
                        deadline=now - datetime.timedelta(days=1))
    html = home(staff_client)
    assert "2 calls for researchers close within 30 days" in html
    calls = section(html, "attention-calls")
    assert calls.index("Draft call closing soon") < calls.index("Closes next week")
    assert "(not published)" in calls
    assert "two months" not in calls and "Already closed" not in calls
    link = re.search(r'<h3><a href="([^"]+)">2 calls', html).group(1)
    listed = follow(staff_client, link)
    assert "Closes next week" in listed and "Draft call closing soon" in listed
    assert "Closes in two months" not in listed and "Already closed" not in listed


def test_items_missing_a_language_are_counted_per_language_and_filtered_in_the_list(staff_client):
    make_resource(title="English only", summary="In English.")
    make_resource(title="Everywhere", title_fr="Partout", title_es="En todas partes", summary="All.",
                  summary_fr="Tout.", summary_es="Todo.")
    make_resource(title="No Spanish summary", title_fr="Sans résumé espagnol", title_es="Sin resumen",
                  summary="Yes.", summary_fr="Oui.")
    make_organisation(name="Union without words")  # its description is empty in every language
    languages = section(home(staff_client), "attention-languages")
    assert ('Toolbox resources — <a href="/admin/toolbox/resource/?missing_language=fr">French: 1</a>, '
            '<a href="/admin/toolbox/resource/?missing_language=es">Spanish: 2</a>') in languages
    assert "English: 1" in languages  # the organisation
    listed = follow(staff_client, "/admin/toolbox/resource/?missing_language=es")
    assert "English only" in listed and "No Spanish summary" in listed and "Everywhere" not in listed


def test_files_failing_checks_link_to_their_resource(staff_client):
    checked = make_resource(title="All good", files=[("en", pdf_upload())])
    no_sheet = make_resource(title="Sheet never built")
    ResourceSheet.objects.filter(resource=no_sheet, language="fr").delete()
    unchecked = make_resource(title="File not described", files=[("fr", pdf_upload())])
    ResourceFile.objects.filter(resource=unchecked).update(sha256="")
    html = home(staff_client)
    assert "2 toolbox resources have files failing checks" in html
    files = section(html, "attention-files")
    assert f'<a href="/admin/toolbox/resource/{no_sheet.pk}/change/">Sheet never built</a> — a PDF sheet is missing' \
        in files
    assert f'<a href="/admin/toolbox/resource/{unchecked.pk}/change/">File not described</a> — a file was not ' \
           f'checked' in files
    assert checked.title not in files


def test_nothing_to_do_says_so(staff_client):
    assert "Nothing needs attention" in home(staff_client)


def test_the_staff_home_still_lists_the_apps(staff_client):
    html = home(staff_client)
    assert 'href="/admin/toolbox/resource/"' in html and "app-toolbox" in html


def test_the_staff_home_runs_a_fixed_number_of_queries(staff_client, django_assert_max_num_queries):
    def add_content(n):
        for _ in range(n):
            resource = make_resource(status=Status.DRAFT)
            make_article(status=Status.DRAFT)
            make_article(published_at=timezone.now() + datetime.timedelta(days=3))
            make_research_entry(research_status=ResearchStatus.CALL_OPEN,
                                deadline=timezone.now() + datetime.timedelta(days=5))
            make_organisation(status=Status.DRAFT)
            DownloadCount.objects.create(resource=resource, language="en", day=timezone.localdate(), count=3)
            kit = make_kit(status=Status.DRAFT)
            KitDownloadCount.objects.create(kit=kit, language="fr", day=timezone.localdate(), count=2)
            ResourceSheet.objects.filter(resource=resource).delete()

    add_content(2)
    staff_client.get("/admin/")  # session and the like, once
    # Session and user, 8 content types x (counts + latest drafts), 3 scheduled, calls, failing files (2),
    # 3 for downloads and the admin log: at most 28, whatever the amount of content.
    with django_assert_max_num_queries(28) as few:
        home(staff_client)
    add_content(6)
    with django_assert_max_num_queries(len(few.captured_queries)):
        home(staff_client)


def days_ago(days):
    return timezone.localdate() - datetime.timedelta(days=days)


def test_download_plots_are_inline_svg_without_script_with_their_csv(staff_client):
    resource = make_resource(title="Counted guide")
    DownloadCount.objects.create(resource=resource, language="en", day=days_ago(1), count=4)
    html = home(staff_client)
    plots = re.findall(r'<figure class="downloads-plot">(.*?)</figure>', html, re.S)
    assert len(plots) == 2  # files and sheets; kit ZIPs
    for plot in plots:
        assert "<svg" in plot and 'role="img"' in plot and "<title" in plot and "<desc" in plot
        assert "<script" not in plot
    assert "<script" not in html.split('id="content-main"')[1].split("app-list")[0]
    assert "4 downloads in the last 90 days" in plots[0]
    assert 'href="/admin/toolbox/downloadcount/per-day.csv"' in plots[0]
    assert 'href="/admin/toolbox/kitdownloadcount/per-day.csv"' in plots[1]
    assert "No download in the last 90 days." in plots[1]


def test_top_resources_are_those_most_downloaded_in_90_days(staff_client):
    popular = make_resource(title="Popular guide")
    old_favourite = make_resource(title="Old favourite")
    quiet = make_resource(title="Quiet guide")
    DownloadCount.objects.create(resource=popular, language="en", day=days_ago(2), count=5)
    DownloadCount.objects.create(resource=popular, language="sheet", day=days_ago(50), count=2)
    DownloadCount.objects.create(resource=quiet, language="fr", day=days_ago(0), count=1)
    DownloadCount.objects.create(resource=old_favourite, language="en", day=days_ago(90), count=500)
    top = section(home(staff_client), "top-resources")
    assert f'<a href="/admin/toolbox/resource/{popular.pk}/change/">Popular guide</a> — 7 downloads' in top
    assert "Quiet guide</a> — 1 download</li>" in top
    assert top.index("Popular guide") < top.index("Quiet guide")
    assert "Old favourite" not in top


def csv_lines(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert not response.content.startswith(b"\xef\xbb\xbf")
    return response.content.decode().splitlines()


def test_csv_of_all_downloads_has_every_one_of_90_days_zeros_included(staff_client):
    resource, other = make_resource(), make_resource()
    DownloadCount.objects.create(resource=resource, language="en", day=days_ago(0), count=3)
    DownloadCount.objects.create(resource=other, language="sheet", day=days_ago(0), count=2)
    DownloadCount.objects.create(resource=resource, language="fr", day=days_ago(89), count=1)
    DownloadCount.objects.create(resource=resource, language="fr", day=days_ago(90), count=100)
    lines = csv_lines(staff_client.get("/admin/toolbox/downloadcount/per-day.csv"))
    assert lines[0] == "day,downloads"
    assert len(lines) == 91
    assert lines[1] == f"{days_ago(89).isoformat()},1"
    assert lines[2] == f"{days_ago(88).isoformat()},0"
    assert lines[-1] == f"{days_ago(0).isoformat()},5"
    assert sum(int(line.split(",")[1]) for line in lines[1:]) == 6


def test_csv_of_one_resource_counts_only_its_downloads(staff_client):
    resource, other = make_resource(), make_resource()
    DownloadCount.objects.create(resource=resource, language="en", day=days_ago(3), count=2)
    DownloadCount.objects.create(resource=resource, language="sheet", day=days_ago(3), count=1)
    DownloadCount.objects.create(resource=other, language="en", day=days_ago(3), count=40)
    response = staff_client.get(f"/admin/toolbox/resource/{resource.pk}/downloads.csv")
    assert resource.slug in response["Content-Disposition"]
    lines = csv_lines(response)
    assert len(lines) == 91
    assert f"{days_ago(3).isoformat()},3" in lines
    assert f"{days_ago(2).isoformat()},0" in lines


def test_csv_of_kit_downloads_all_kits_and_one_kit(staff_client):
    kit, other = make_kit(), make_kit()
    KitDownloadCount.objects.create(kit=kit, language="fr", day=days_ago(5), count=2)
    KitDownloadCount.objects.create(kit=kit, language="en", day=days_ago(5), count=1)
    KitDownloadCount.objects.create(kit=other, language="en", day=days_ago(5), count=10)
    all_kits = csv_lines(staff_client.get("/admin/toolbox/kitdownloadcount/per-day.csv"))
    assert len(all_kits) == 91 and f"{days_ago(5).isoformat()},13" in all_kits
    one_kit = csv_lines(staff_client.get(f"/admin/toolbox/kit/{kit.pk}/downloads.csv"))
    assert len(one_kit) == 91 and f"{days_ago(5).isoformat()},3" in one_kit
    assert f"{days_ago(4).isoformat()},0" in one_kit


def test_csv_header_is_in_the_staff_members_language():
    from django.utils import translation

    from toolbox import statistics

    with translation.override("fr"):
        lines = csv_lines(statistics.per_day_csv(statistics.downloads_per_day(), "downloads.csv"))
    assert lines[0] == "jour,téléchargements"


CSV_ADDRESSES = ["/admin/toolbox/downloadcount/per-day.csv", "/admin/toolbox/kitdownloadcount/per-day.csv",
                 "/admin/toolbox/resource/{resource}/downloads.csv", "/admin/toolbox/kit/{kit}/downloads.csv"]


@pytest.mark.parametrize("address", CSV_ADDRESSES)
def test_visitors_are_sent_to_the_login_page_for_the_csv(client, address):
    resource = make_resource()
    kit = make_kit(resources=[resource])
    response = client.get(address.format(resource=resource.pk, kit=kit.pk))
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")


@pytest.mark.parametrize("address", CSV_ADDRESSES)
def test_staff_without_the_permission_cannot_read_the_csv(django_user_model, address):
    resource = make_resource()
    kit = make_kit(resources=[resource])
    user = django_user_model.objects.create_user("intern", password="a-long-test-password", is_staff=True)
    intern = Client()
    intern.force_login(user)
    assert intern.get(address.format(resource=resource.pk, kit=kit.pk)).status_code == 403
    html = intern.get("/admin/").content.decode()
    assert "downloads-plot" not in html and "Needs attention" in html


def test_csv_of_an_unknown_resource_is_a_404(staff_client):
    assert staff_client.get("/admin/toolbox/resource/999999/downloads.csv").status_code == 404


def test_resource_and_kit_change_pages_plot_their_own_downloads(staff_client):
    resource = make_resource(title="Counted guide")
    kit = make_kit(resources=[resource])
    DownloadCount.objects.create(resource=resource, language="en", day=days_ago(1), count=6)
    KitDownloadCount.objects.create(kit=kit, language="es", day=days_ago(1), count=9)
    page = staff_client.get(f"/admin/toolbox/resource/{resource.pk}/change/").content.decode()
    assert "Downloads of this resource per day" in page and "6 downloads in the last 90 days" in page
    assert f'href="/admin/toolbox/resource/{resource.pk}/downloads.csv"' in page
    assert "<svg" in page
    page = staff_client.get(f"/admin/toolbox/kit/{kit.pk}/change/").content.decode()
    assert "9 downloads in the last 90 days" in page
    assert f'href="/admin/toolbox/kit/{kit.pk}/downloads.csv"' in page
    assert escape("Downloads of this kit's ZIP files per day") in page


def test_a_french_staff_member_reads_the_staff_home_and_its_csv_in_french(django_user_model):
    resource = make_resource(title="Guide", status=Status.DRAFT)
    DownloadCount.objects.create(resource=resource, language="en", day=days_ago(1), count=2)
    user = django_user_model.objects.create_superuser("marie", "marie@example.org", "a-long-test-password")
    french = Client(HTTP_ACCEPT_LANGUAGE="fr")
    french.force_login(user)
    html = home(french)
    assert "À traiter" in html and "Brouillons" in html
    assert "Ressources de la boîte à outils : 1" in section(html, "attention-drafts")
    assert "2 téléchargements ces 90 derniers jours" in html
    assert "Les chiffres par jour (CSV)" in html
    lines = csv_lines(french.get("/admin/toolbox/downloadcount/per-day.csv"))
    assert lines[0] == "jour,téléchargements"


def test_a_visitors_kit_zip_download_shows_in_the_kit_plot_and_csv(client, staff_client):
    resource = make_resource(files=[("fr", pdf_upload())])
    kit = make_kit(resources=[resource])
    assert client.get(f"/toolbox/kits/{kit.slug}/download/fr/").status_code == 200
    lines = csv_lines(staff_client.get("/admin/toolbox/kitdownloadcount/per-day.csv"))
    assert lines[-1] == f"{days_ago(0).isoformat()},1"
    page = staff_client.get(f"/admin/toolbox/kit/{kit.pk}/change/").content.decode()
    assert "1 download in the last 90 days" in page


def test_an_editor_sees_both_download_plots_and_their_csvs(django_user_model):
    """Editors (not superusers) read the kit ZIP figures as well as the resources' ones."""
    from django.contrib.auth.models import Group

    editor = django_user_model.objects.create_user("editor", "editor@example.org", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    client = Client()
    client.force_login(editor)
    plots = re.findall(r'href="(/admin/toolbox/[a-z]+/per-day\.csv)"', client.get("/admin/").content.decode())
    assert plots == ["/admin/toolbox/downloadcount/per-day.csv", "/admin/toolbox/kitdownloadcount/per-day.csv"]
    for address in plots:
        assert client.get(address).status_code == 200
