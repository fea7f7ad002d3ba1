from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """What every app shares; imports no other app of the project (tests/core/test_layers.py)."""

    name = "core"
    verbose_name = _("Mission areas")
