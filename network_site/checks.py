"""System checks of the deployment (`manage.py check --deploy`)."""

from django.core.checks import Tags, Warning, register

from .management.commands.compile_translations import catalogue_paths


@register(Tags.translation, deploy=True)
def translations_compiled(app_configs, **kwargs):
    """Without compiled catalogues, /fr/ and /es/ pages would show the English interface."""
    problems = []
    for po_path in catalogue_paths():
        mo_path = po_path.with_suffix(".mo")
        if not mo_path.exists() or mo_path.stat().st_mtime < po_path.stat().st_mtime:
            problems.append(Warning(
                f"{po_path} is not compiled, or changed since it was.",
                hint="Run `manage.py compile_translations` (make run and make test do).",
                id="network_site.W001",
            ))
    return problems
