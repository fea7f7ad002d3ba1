"""get_FOO_display() keeps Django's behaviour while building each field's labels once (core.models.ChoiceLabels)."""

import pytest
from django.utils import translation

from members.models import Organisation, OrganisationKind
from toolbox.models import ResourceFile


def test_a_choice_is_shown_in_the_language_of_the_page_whatever_the_language_it_was_first_shown_in():
    organisation = Organisation(kind=OrganisationKind.EDUCATION_UNION)
    shown = []
    for language in ["en", "fr", "es", "en"]:
        with translation.override(language):
            shown.append(organisation.get_kind_display())
    assert shown == ["Education union", "Syndicat de l'éducation", "Sindicato de la educación", "Education union"]


def test_a_value_that_is_not_a_choice_is_shown_as_it_is_stored():
    assert Organisation(kind="guild").get_kind_display() == "guild"
    assert ResourceFile(language="pt").get_language_display() == "Portuguese"
    assert ResourceFile(language="xx").get_language_display() == "xx"


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_choice_is_shown_as_django_shows_it(language):
    with translation.override(language):
        for value, label in OrganisationKind.choices:
            assert Organisation(kind=value).get_kind_display() == str(label)
