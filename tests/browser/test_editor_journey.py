"""An editor's day in a real browser, once with the admin in English and once in French: a resource with an English
and a French file, published; the English file replaced, then the previous version made current again; the resource
added to the mobilisation kit; an article with an image; an event with three photos uploaded at once; a research
call. Every admin page touched is checked with axe-core (no serious or critical violation)."""

import io

import pytest
from PIL import Image
from reportlab.pdfgen import canvas

from .conftest import DESKTOP
from .test_pages import run_axe

KIT = "mobilisation-kit-2015"


def pdf(path, text):
    buffer = io.BytesIO()
    document = canvas.Canvas(buffer)
    document.setTitle(text)
    document.drawString(72, 720, text)
    document.showPage()
    document.save()
    path.write_bytes(buffer.getvalue())
    return path


def jpeg(path, colour):
    Image.new("RGB", (1200, 800), colour).save(path, "JPEG")
    return str(path)


def assert_accessible(page, node_modules):
    blocking = [v for v in run_axe(page, node_modules) if v["impact"] in ("serious", "critical")]
    assert blocking == [], (page.url, [(v["id"], [n["target"] for n in v["nodes"][:3]]) for v in blocking])


def save_and_continue(page):
    with page.expect_navigation():  # the next page, not the form still shown on a busy machine
        page.click('input[name="_continue"]')
    errors = page.locator(".errornote, .errorlist").all_inner_texts()
    assert page.locator(".messagelist .success").count() == 1, (page.url, errors)


def type_rich_text(page, field, text):
    """Types into the rich-text editor of `field` (its textarea is hidden behind the editor)."""
    editor = page.locator(f'.field-{field} .prose-editor [contenteditable="true"]')
    editor.click()
    page.keyboard.type(text)


def choose(page, select_id, search):
    """Picks an option in a searchable chooser (select2) by typing, as an editor does."""
    page.click(f"#{select_id} + .select2-container .select2-selection")
    page.locator(".select2-container--open .select2-search__field").press_sequentially(search)
    option = page.locator(".select2-results__option:not(.loading-results)", has_text=search).first
    option.wait_for()
    option.click()


def file_row(page, language):
    """The index of the resource's file row in `language`."""
    values = page.locator('#files-group select[name$="-language"]').evaluate_all(
        "selects => selects.filter(s => !s.name.includes('__prefix__')).map(s => s.value)")
    return values.index(language)


@pytest.fixture(params=["en", "fr"], ids=["english-admin", "french-admin"])
def editor(request, browser, live_site, staff_storage_state):
    context = browser.new_context(viewport={"width": DESKTOP, "height": 900}, storage_state=staff_storage_state,
                                  accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(15000)
    page.goto(f"{live_site}/admin/")
    page.select_option("#admin-language", request.param)
    page.click("form.admin-language button")
    page.wait_for_selector(f'html[lang="{request.param}"]')
    yield page, request.param
    # Back to English for the other tests that share this staff member.
    page.goto(f"{live_site}/admin/")
    page.select_option("#admin-language", "en")
    page.click("form.admin-language button")
    context.close()


def test_an_editors_day(editor, live_site, tmp_path, node_modules):
    page, language = editor
    french = language == "fr"
    slug = f"school-canteen-guide-{language}"
    title = f"School canteen guide ({language} admin)"
    title_fr = f"Guide des cantines scolaires ({language})"

    # A resource with an English and a French file, published.
    first_en, french_file, second_en = (pdf(tmp_path / "guide-en.pdf", "Canteen guide, first edition"),
                                        pdf(tmp_path / "guide-fr.pdf", "Guide des cantines"),
                                        pdf(tmp_path / "guide-en-2.pdf", "Canteen guide, second edition"))
    page.goto(f"{live_site}/admin/toolbox/resource/add/")
    assert ("Ajout" in page.title()) if french else ("Add" in page.title())
    assert_accessible(page, node_modules)
    # The address first: Django fills an untouched slug from the title when the title box loses focus.
    page.fill("#id_slug", slug)
    page.fill("#id_title_en", title)
    page.fill("#id_title_fr", title_fr)
    page.fill("#id_summary_en", "How member unions improved school canteens for staff.")
    page.select_option("#id_kind", index=1)
    page.fill("#id_date", "2026-11-20")
    page.select_option("#id_status", "published")
    add_row = page.locator("#files-group .add-row a")
    for index, (code, path) in enumerate([("en", first_en), ("fr", french_file)]):
        add_row.click()
        page.select_option(f'select[name="files-{index}-language"]', code)
        page.set_input_files(f'input[name="files-{index}-file"]', str(path))
    save_and_continue(page)
    resource_url = page.url
    assert page.request.get(f"{live_site}/toolbox/{slug}/").ok
    english_download = f"{live_site}/toolbox/{slug}/download/en/"
    assert page.request.get(english_download).body() == first_en.read_bytes()
    assert page.request.get(f"{live_site}/fr/toolbox/{slug}/download/fr/").body() == french_file.read_bytes()

    # The English file replaced: same permanent address, new bytes; the first one kept as a previous version.
    page.set_input_files(f'input[name="files-{file_row(page, "en")}-file"]', str(second_en))
    save_and_continue(page)
    assert page.request.get(english_download).body() == second_en.read_bytes()
    assert_accessible(page, node_modules)

    # The previous version made current again.
    page.locator('#files-group a[href*="/make-current/"]').first.click()
    page.wait_for_url("**/make-current/**")
    assert_accessible(page, node_modules)
    with page.expect_navigation():
        page.locator('#content form [type="submit"]').first.click()
    assert page.locator(".messagelist .success").count() == 1
    assert page.request.get(english_download).body() == first_en.read_bytes()

    # Added to the mobilisation kit, with the resource chooser.
    page.goto(f"{live_site}/admin/toolbox/kit/?q=Ottawa")
    page.locator("#result_list tbody tr", has_text="Ottawa 2015").locator("a").first.click()
    page.wait_for_url("**/change/**")  # else, on a busy machine, the rows below are counted on the list
    kit_url = page.url
    rows = page.locator('#items-group input[name$="-order"]').evaluate_all(
        "inputs => inputs.filter(i => !i.name.includes('__prefix__')).length")
    if not page.locator(f'select[name="items-{rows - 1}-resource"] option[selected]').count():
        empty = rows - 1  # the empty row the form offers
    else:
        page.locator("#items-group .add-row a").click()
        empty = rows
    page.fill(f'input[name="items-{empty}-order"]', "99")
    choose(page, f"id_items-{empty}-resource", title_fr if french else title)  # named in the admin's language
    save_and_continue(page)
    assert page.url == kit_url
    assert_accessible(page, node_modules)
    assert title in page.request.get(f"{live_site}/toolbox/kits/{KIT}/").text()

    # An article with an image: without its description the form says so and keeps what was typed.
    page.goto(f"{live_site}/admin/news/article/add/")
    assert_accessible(page, node_modules)
    article_title = f"Canteens on the agenda ({language} admin)"
    page.fill("#id_slug", f"canteens-on-the-agenda-{language}")
    page.fill("#id_title_en", article_title)
    page.fill("#id_summary_en", "Member unions compared their canteen projects.")
    type_rich_text(page, "body_en", "Ten unions shared what worked.")
    page.set_input_files("#id_image", jpeg(tmp_path / "canteen.jpg", (200, 120, 40)))
    page.fill("#id_published_at_0", "2026-12-01")
    page.fill("#id_published_at_1", "09:00")
    page.select_option("#id_status", "published")
    with page.expect_navigation():
        page.click('input[name="_continue"]')
    assert page.locator(".errornote").count() == 1, "a missing image description is a form error, not a 500"
    assert page.input_value("#id_title_en") == article_title
    page.set_input_files("#id_image", jpeg(tmp_path / "canteen.jpg", (200, 120, 40)))
    page.fill("#id_image_alt_en", "Staff queueing at a school canteen")
    save_and_continue(page)
    article = page.request.get(f"{live_site}/news/canteens-on-the-agenda-{language}/").text()
    assert 'alt="Staff queueing at a school canteen"' in article and "Ten unions shared what worked." in article

    # An event with three photos uploaded at once; its time zone comes from its country.
    page.goto(f"{live_site}/admin/news/event/add/")
    page.fill("#id_slug", f"open-forum-canteens-{language}")
    page.fill("#id_title_en", f"Open forum on canteens ({language} admin)")
    page.fill("#id_summary_en", "A collective-intelligence workshop on school canteens.")
    page.select_option("#id_kind", index=1)
    page.fill("#id_start_at_0", "2027-02-10")
    page.fill("#id_start_at_1", "09:30")
    page.fill("#id_end_at_0", "2027-02-10")
    page.fill("#id_end_at_1", "17:00")
    page.fill("#id_city_en", "Lyon")
    choose(page, "id_country", "France")
    page.fill("#id_published_at_0", "2026-12-01")
    page.fill("#id_published_at_1", "09:00")
    page.select_option("#id_status", "published")
    page.set_input_files('input[name="new_photos"]',
                         [jpeg(tmp_path / f"forum-{n}.jpg", (60 * n, 90, 160)) for n in range(3)])
    page.fill('input[name="new_photos_alt"]', "Participants of the open forum")
    page.fill('input[name="new_photos_credit"]', "Network secretariat")
    save_and_continue(page)
    assert page.locator("#photos-group .inline-related:not(.empty-form)").count() == 3
    assert page.input_value("#id_time_zone") == "Europe/Paris"
    assert page.evaluate("document.documentElement.scrollWidth") <= DESKTOP
    assert_accessible(page, node_modules)
    event = page.request.get(f"{live_site}/news/events/open-forum-canteens-{language}/")
    assert event.ok and event.text().count('alt="Participants of the open forum"') == 3

    # A call for researchers, saying how to apply.
    page.goto(f"{live_site}/admin/research/researchentry/add/")
    assert_accessible(page, node_modules)
    page.fill("#id_slug", f"call-canteens-{language}")
    page.fill("#id_title_en", f"Call: canteens and staff health ({language} admin)")
    page.fill("#id_summary_en", "Researchers wanted to follow three canteen projects.")
    page.select_option("#id_research_status", "call")
    page.fill("#id_deadline_0", "2027-03-31")
    page.fill("#id_deadline_1", "23:59")
    page.fill("#id_how_to_apply_en", "Send a two-page proposal to research@example.org.")
    page.fill("#id_published_at_0", "2026-12-01")
    page.fill("#id_published_at_1", "09:00")
    page.select_option("#id_status", "published")
    save_and_continue(page)
    call = page.request.get(f"{live_site}/research/call-canteens-{language}/").text()
    assert "Send a two-page proposal to research@example.org." in call

    # Back on the resource: its history lists the day's changes.
    page.goto(resource_url.replace("/change/", "/history/"))
    assert page.locator("#change-history tbody tr").count() >= 2
    assert_accessible(page, node_modules)
