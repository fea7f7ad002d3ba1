from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkSiteConfig(AppConfig):
    name = "network_site"
    verbose_name = _("The Network")

    def ready(self):
        from . import checks  # noqa: F401 (registers the system checks)
