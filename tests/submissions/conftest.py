import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from accounts.models import MemberAccount
from tests.factories import make_organisation, make_project


def make_member(organisation, email):
    user = get_user_model().objects.create_user(email, email, "a-long-test-password")
    MemberAccount.objects.create(user=user, organisation=organisation)
    client = Client()
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture
def organisation(db):
    return make_organisation(name="Teachers Union A", slug="union-a", description="<p>We are union A.</p>",
                             health_social_protection_work="<p>Health days.</p>")


@pytest.fixture
def member(organisation):
    """A logged-in client of a contact of `organisation` (its user as `member.user`)."""
    return make_member(organisation, "a@example.org")


@pytest.fixture
def other_member(db):
    """A contact of another organisation, B, which has a project of its own."""
    other = make_organisation(name="Mutual B", slug="mutual-b")
    make_project(slug="project-b", lead_organisation=other)
    return make_member(other, "b@example.org")


@pytest.fixture
def project(organisation):
    return make_project(title="Healthy schools", slug="healthy-schools-a", lead_organisation=organisation,
                        summary="Health days in schools.", context="<p>Teachers are tired.</p>")
