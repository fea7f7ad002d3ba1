"""The filters' select is written in Python for speed: it must give what Django's own template gives."""

import re

from django import forms

from core.listing import FilterSelect

CHOICES = [("", "All <kinds>"), ("a&b", 'Guides "pratiques" (3)'), ("Région", [("x", "Écoles"), ("y", "Y")])]


def without_blank_lines(html):
    return re.sub(r"\n\s*\n", "\n", str(html))


def test_the_html_is_django_s_own_with_values_escaped_and_the_choice_selected():
    attrs = {"id": "id_kind", "aria-invalid": "true", "required": True, "disabled": False}
    django_html = forms.Select(choices=CHOICES).render("kind", "x", attrs=attrs)
    ours = FilterSelect(choices=CHOICES).render("kind", "x", attrs=attrs)

    assert ours == without_blank_lines(django_html)
    assert '<option value="x" selected>Écoles</option>' in ours
    assert "All &lt;kinds&gt;" in ours and "a&amp;b" in ours and " required" in ours and "disabled" not in ours


def test_without_groups_it_is_django_s_own_too_only_the_first_option_holding_the_value_selected():
    choices = [("", "All <kinds>"), ("a&b", 'Guides "pratiques" (3)'), ("x", "Écoles"), ("x", "Again"), (1, "One")]
    attrs = {"id": "id_kind", "aria-invalid": "true"}
    for value in ("x", "", None, "1", "missing"):
        django_html = forms.Select(choices=choices).render("kind", value, attrs=attrs)
        assert FilterSelect(choices=choices).render("kind", value, attrs=attrs) == without_blank_lines(django_html)
    assert FilterSelect(choices=choices).render("kind", "x").count(" selected") == 1


def test_list_pages_write_their_filters_with_it(client, db):
    page = client.get("/members/")

    assert page.status_code == 200
    assert isinstance(page.context["filter"].form.fields["region"].widget, FilterSelect)
