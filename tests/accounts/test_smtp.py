"""One invitation sent through a real SMTP server (aiosmtpd, started by the test), as production sends it."""

import re
import socket
from email import message_from_bytes, policy
from urllib.parse import urlsplit

import pytest
from aiosmtpd.controller import Controller
from django.test import Client, override_settings

from accounts import services
from tests.factories import make_organisation

pytestmark = pytest.mark.django_db


class Inbox:
    """An aiosmtpd handler keeping what the server received."""

    def __init__(self):
        self.envelopes = []

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def smtp_server():
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield controller, inbox
    controller.stop()


def test_an_invitation_goes_through_a_real_smtp_server_and_its_link_works(smtp_server):
    controller, inbox = smtp_server
    organisation = make_organisation(name="Union of Teachers", acronym="UOT")
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend", EMAIL_HOST="127.0.0.1",
                           EMAIL_PORT=controller.port, EMAIL_USE_TLS=False, EMAIL_USE_SSL=False,
                           DEFAULT_FROM_EMAIL="portal@network.example"):
        services.invitation_create(organisation=organisation, email="contact@uot.example", language="fr")
    [envelope] = inbox.envelopes
    assert envelope.mail_from == "portal@network.example"
    assert envelope.rcpt_tos == ["contact@uot.example"]
    message = message_from_bytes(envelope.original_content, policy=policy.default)
    assert message["Subject"].strip() == "Votre compte dans l’espace membres du Réseau (UOT)"
    body = message.get_content()
    link = re.search(r"http://\S+/fr/account/invitation/\S+/", body).group(0)
    client = Client()
    response = client.get(urlsplit(link).path)
    assert response.status_code == 200
    assert "contact@uot.example" in response.content.decode()
    password = "Solidarity-2026-schools"
    response = client.post(urlsplit(link).path, {"new_password1": password, "new_password2": password})
    assert response.status_code == 302 and response["Location"] == "/fr/account/"
