"""A members-only resource in the browser: hidden from a visitor (the toolbox list, its search, its address gives the
404 page), shown with its badge to a logged-in member; in French on a phone and in English on a desktop, with no
serious accessibility violation on the member's pages."""

import json

import pytest
from playwright.sync_api import expect

from .conftest import DESKTOP, PHONE, live_manage
from .test_pages import run_axe

TITLE = "Zebulonite pay survey"
SLUG = "zebulonite-pay-survey"
CASES = [("fr", PHONE), ("en", DESKTOP)]
PREFIX = {"en": "", "fr": "/fr"}
BADGE = {"en": "Members only", "fr": "Réservé aux membres"}
NOT_FOUND = {"en": "We cannot find this page", "fr": "Nous ne trouvons pas cette page"}

# Run on the live site: the resource, a member and their session (force_login, as the member log-in page is built
# elsewhere), then the page cache emptied as an edit in the admin would.
SETUP = f"""
import datetime
from django.contrib.auth import get_user_model
from django.conf import settings
from django.test import Client
from accounts.models import MemberAccount
from core.cache import clear_page_cache
from members.models import Organisation
from toolbox import services
from toolbox.models import Resource
resource, _ = Resource.objects.get_or_create(slug="{SLUG}", defaults=dict(
    title="{TITLE}", summary="What members said about pay.", kind="survey", language="en",
    date=datetime.date.today(), status="published", is_members_only=True))
services.resource_refresh(resource=resource)
user, created = get_user_model().objects.get_or_create(username="browser-member", email="member@example.org")
if created:
    MemberAccount.objects.create(user=user, organisation=Organisation.objects.published().first())
client = Client()
client.force_login(user)
clear_page_cache()
print(settings.SESSION_COOKIE_NAME, client.cookies[settings.SESSION_COOKIE_NAME].value)
"""


@pytest.fixture(scope="module")
def member_cookie(live_site):
    name, value = live_manage("shell", "-c", SETUP).split()[-2:]
    return {"name": name, "value": value, "url": live_site}


def open_context(browser, width, cookie=None):
    context = browser.new_context(viewport={"width": width, "height": 800}, is_mobile=width == PHONE)
    if cookie:
        context.add_cookies([cookie])
    return context


def assert_accessible(page, node_modules):
    violations = [v for v in run_axe(page, node_modules) if v["impact"] in ("serious", "critical")]
    assert violations == [], json.dumps([(v["id"], [n["target"] for n in v["nodes"][:3]]) for v in violations])


@pytest.mark.parametrize(("language", "width"), CASES)
def test_a_visitor_never_sees_a_members_only_resource(browser, live_site, member_cookie, language, width):
    context = open_context(browser, width)
    page = context.new_page()
    try:
        toolbox = f"{live_site}{PREFIX[language]}/toolbox/"
        page.goto(toolbox)
        expect(page.locator("h1")).to_be_visible()
        expect(page.get_by_text(TITLE)).to_have_count(0)
        page.goto(f"{toolbox}?q=Zebulonite")
        expect(page.get_by_role("link", name=TITLE, exact=True)).to_have_count(0)
        response = page.goto(f"{toolbox}{SLUG}/")
        assert response.status == 404
        expect(page.locator("h1")).to_have_text(NOT_FOUND[language])
    finally:
        context.close()


@pytest.mark.parametrize(("language", "width"), CASES)
def test_a_logged_in_member_sees_it_with_its_badge(browser, live_site, member_cookie, node_modules, language, width):
    context = open_context(browser, width, member_cookie)
    page = context.new_page()
    try:
        toolbox = f"{live_site}{PREFIX[language]}/toolbox/"
        page.goto(f"{toolbox}?q=Zebulonite")
        result = page.locator(".result").filter(has=page.get_by_role("link", name=TITLE, exact=True))
        expect(result).to_have_count(1)
        expect(result.get_by_text(BADGE[language], exact=True)).to_be_visible()
        page.goto(toolbox)
        expect(page.get_by_role("link", name=TITLE, exact=True)).to_be_visible()
        assert_accessible(page, node_modules)
        page.get_by_role("link", name=TITLE, exact=True).click()
        expect(page.locator("h1")).to_have_text(TITLE)
        expect(page.locator(".page-header").get_by_text(BADGE[language], exact=True)).to_be_visible()
        if width == PHONE:
            overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert overflow <= 0, f"the page scrolls sideways by {overflow}px on a phone"
        assert_accessible(page, node_modules)
    finally:
        context.close()
