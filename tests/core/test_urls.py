"""Object addresses built around the slug are the ones Django's reverse gives, in every language."""

import pytest
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from core.urls import slug_url


@pytest.mark.parametrize("language", ["en", "fr", "es"])
@pytest.mark.parametrize("viewname", ["news:article-detail", "toolbox:resource-detail", "members:organisation-detail"])
def test_the_address_is_the_one_reverse_gives(language, viewname):
    with translation.override(language):
        for slug in ["health-days", "a_b-2", "x"]:
            assert slug_url(viewname, slug) == reverse(viewname, kwargs={"slug": slug})


def test_a_slug_the_address_cannot_hold_is_refused_as_reverse_refuses_it():
    with pytest.raises(NoReverseMatch):
        slug_url("news:article-detail", "not a slug/")
