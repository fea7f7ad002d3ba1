import pytest
from django.test import Client


def pytest_report_header(config):
    from tests.browser.conftest import _missing_tools

    missing = _missing_tools()
    if missing:
        return "browser tests: SKIPPED, missing " + ", ".join(missing)
    return "browser tests: run with /usr/bin/chromium (axe-core, Nu Html Checker)"


@pytest.fixture
def staff_client(django_user_model):
    """A separate client logged in as a superuser, for admin pages (the `client` fixture stays anonymous)."""
    user = django_user_model.objects.create_superuser("staff", "staff@example.org", "a-long-test-password")
    staff = Client()
    staff.force_login(user)
    return staff
