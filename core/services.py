"""Keeping derived data true when what it is derived from changes, across apps.

A higher app derives data from a lower app's rows (a toolbox resource's search text holds its makers' names, its
project's title and its tags), but a lower app may not import a higher one (tests/core/test_layers.py). So the
higher app registers what it derives (`dependents_register`, from its AppConfig.ready()) and the writes of the
lower rows call `dependents_refresh`: the admin's save, its publish and unpublish actions, a tag renamed."""

_DEPENDENTS = []  # (model label "app.Model", fields whose change matters, refresh(pks))


def dependents_register(*, model, fields, refresh):
    """`refresh(pks)` rewrites what is derived from the rows `pks` of `model` ("members.Organisation"), when one
    of `fields` changed (a translated field stands for its every language: "title" for title_fr)."""
    _DEPENDENTS.append((model, tuple(fields), refresh))


def dependents_refresh(*, model, pks, changed=None):
    """Rewrite what other apps derive from the rows `pks` of `model`, after they changed: their fields `changed`
    (form.changed_data), or anything (None)."""
    pks = list(pks)
    if not pks:
        return
    for label, fields, refresh in _DEPENDENTS:
        if label != model._meta.label:
            continue
        if changed is None or any(name == field or name.startswith(f"{field}_") for name in changed
                                  for field in fields):
            refresh(pks)
