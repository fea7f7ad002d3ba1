from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResearchConfig(AppConfig):
    name = "research"
    verbose_name = _("Research-action")

    def ready(self):
        from . import search  # noqa: F401 (registers its content in the site search)
