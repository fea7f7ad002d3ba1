"""Settings for a laptop or `make run`: plain HTTP on loopback.

DEBUG stays off unless the environment turns it on, so what you see locally is what visitors see.
"""

import os
import secrets

from .base import *  # noqa: F403
from .base import VAR_DIR


def _local_secret_key():
    """A random key kept in var/ so sessions survive restarts. Never used by prod.py."""
    key_file = VAR_DIR / "secret_key"
    if not key_file.exists():
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


SECRET_KEY = os.environ.get("SECRET_KEY") or _local_secret_key()

# Mails (error reports when ADMINS is set) are printed, not sent, on a laptop.
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
