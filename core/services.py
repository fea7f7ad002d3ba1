"""Keeping derived data true when what it is derived from changes, across apps.

A higher app derives data from a lower app's rows (a toolbox resource's search text holds its makers' names, its
project's title and its tags), but a lower app may not import a higher one (tests/core/test_layers.py). So the
higher app registers what it derives (`dependents_register`, from its AppConfig.ready()) and the writes of the
lower rows call `dependents_refresh`: the admin's save, its publish and unpublish actions, a tag renamed; and
their deletion goes through `dependents_refreshed_after_delete`."""

from contextlib import contextmanager

_DEPENDENTS = []  # (model label "app.Model", fields whose change matters, find(pks), rewrite(found))


def dependents_register(*, model, fields, find, rewrite):
    """What another app derives from the rows of `model` ("members.Organisation"): `find(pks)` lists what depends
    on the rows `pks` (e.g. the resources naming those members), `rewrite(found)` rewrites it. Done when one of
    `fields` changed (a translated field stands for its every language: "title" for title_fr)."""
    _DEPENDENTS.append((model, tuple(fields), find, rewrite))


def dependents_refresh(*, model, pks, changed=None):
    """Rewrite what other apps derive from the rows `pks` of `model`, after they changed: their fields `changed`
    (form.changed_data), or anything (None)."""
    pks = list(pks)
    if not pks:
        return
    for label, fields, find, rewrite in _DEPENDENTS:
        if label != model._meta.label:
            continue
        if changed is None or any(name == field or name.startswith(f"{field}_") for name in changed
                                  for field in fields):
            rewrite(find(pks))


@contextmanager
def dependents_refreshed_after_delete(*, model, pks):
    """Around the deletion of the rows `pks` of `model`: what depends on them is found before (their links are
    deleted with them) and rewritten after, so a deleted member's name no longer finds resources."""
    pks = list(pks)
    found = [(rewrite, find(pks)) for label, _fields, find, rewrite in _DEPENDENTS
             if pks and label == model._meta.label]
    yield
    for rewrite, dependents in found:
        rewrite(dependents)
