import pytest


@pytest.fixture
def staff_client(client, django_user_model):
    """A client logged in as a superuser, for admin pages."""
    user = django_user_model.objects.create_superuser("staff", "staff@example.org", "a-long-test-password")
    client.force_login(user)
    return client
