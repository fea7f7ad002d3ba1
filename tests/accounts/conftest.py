import pytest
from django.test import Client

from accounts.models import MemberAccount
from tests.factories import make_organisation

PASSWORD = "a-long-member-password"


def make_member(email, organisation=None, password=PASSWORD):
    """A contact of `organisation` (a new one by default) with a member account, as an accepted invitation
    leaves it: the address is also the log-in name."""
    from django.contrib.auth import get_user_model

    organisation = organisation or make_organisation()
    user = get_user_model().objects.create_user(username=email, email=email, password=password)
    MemberAccount.objects.create(user=user, organisation=organisation)
    return user


@pytest.fixture
def member(db):
    return make_member("contact@union.example", make_organisation(name="Union of Teachers", acronym="UOT"))


@pytest.fixture
def member_client(member):
    client = Client()
    client.force_login(member)
    return client
