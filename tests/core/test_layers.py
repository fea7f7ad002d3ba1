"""The apps are layers: core ← members ← projects ← toolbox ← news, research ← accounts ← submissions
← network_site. An app imports only apps below it, so that each can be read, tested and changed without the
ones above; a higher app adds to a lower app's page through its own template tag (toolbox's
`{% resources_of organisation %}` on a member's page)."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Lower number, lower layer. Apps of the same layer do not import each other either.
LAYERS = {"core": 0, "members": 1, "projects": 2, "toolbox": 3, "news": 4, "research": 4, "accounts": 5,
          "submissions": 6, "network_site": 7}


def imported_apps(path):
    """The project apps that the module at `path` imports (absolute imports; relative ones stay in its app)."""
    tree = ast.parse(path.read_text(), filename=str(path))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names & set(LAYERS)


def forbidden_imports(app):
    found = []
    for path in sorted((ROOT / app).rglob("*.py")):
        for other in imported_apps(path):
            if other != app and LAYERS[other] >= LAYERS[app]:
                found.append(f"{path.relative_to(ROOT)} imports {other}")
    return found


@pytest.mark.parametrize("app", sorted(LAYERS))
def test_an_app_imports_only_the_apps_below_it(app):
    assert forbidden_imports(app) == []


def test_the_check_sees_a_forbidden_import(tmp_path, monkeypatch):
    """A test that could not fail would prove nothing: a module of members importing the toolbox is caught."""
    (tmp_path / "members").mkdir()
    (tmp_path / "members" / "views.py").write_text("from toolbox.models import Resource\nfrom core import cache\n")
    monkeypatch.setattr(f"{__name__}.ROOT", tmp_path)
    assert forbidden_imports("members") == ["members/views.py imports toolbox"]
