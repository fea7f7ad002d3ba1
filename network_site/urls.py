from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import index as sitemap_index
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _

from . import views
from .admin_language import set_admin_language
from .sitemaps import SITEMAPS

admin.site.site_header = _("Education and Solidarity Network — staff")
admin.site.site_title = _("Network staff")
admin.site.index_title = _("Content of the portal")

network_patterns = (
    [
        path("", views.network_page, name="index"),
        path("<slug:slug>/", views.network_page, name="page"),
    ],
    "network",
)

# Pages for visitors exist in every language: English without a prefix (/toolbox/), French and Spanish under
# /fr/ and /es/. The same slug in every language, so switching language keeps the page.
urlpatterns = i18n_patterns(
    path("", views.home, name="home"),
    path("network/", include(network_patterns)),
    path("members/", include("members.urls")),
    path("projects/", include("projects.urls")),
    path("toolbox/", include("toolbox.urls")),
    path("research/", include("research.urls")),
    path("news/", include("news.urls")),
    path("search/", views.search, name="search"),
    path("account/submissions/", include("submissions.urls")),
    path("account/", include("accounts.urls")),
    prefix_default_language=False,
)

# One address whatever the language: the admin (in each staff member's language, see admin_language.py),
# machine-read files and the sitemap, which lists every page in every language itself.
urlpatterns += [
    path("admin/language/", set_admin_language, name="admin-language"),
    path("admin/", admin.site.urls),
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots_txt, name="robots-txt"),
    path("sitemap.xml", sitemap_index, {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap-section"},
         name="sitemap"),
    path("sitemap-<section>.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap-section"),
    path("favicon.ico", views.favicon),
]

if settings.SERVE_MEDIA:
    urlpatterns.append(re_path(r"^media/(?P<path>.+)$", views.media, name="media"))

handler500 = "network_site.views.server_error"
