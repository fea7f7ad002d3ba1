"""The demo's one submission waiting for review: an action sent in French by the demo member account (MGEN), with
its PDF drawn like the demo toolbox's (documents.document_pdf). Staff find it first in the admin's queue."""

from functools import partial

from network_site.demo.documents import SECTION_HEADINGS, document_pdf
from toolbox.models import Resource, ResourceKind

TITLE = "Ateliers de prévention du stress au travail pour les personnels de l'éducation"
PROJECT = "twinning-mgen-mugef-ci"
MISSION_AREAS = ["healthy-schools"]
PROPOSAL = {
    "title": TITLE,
    "summary": ("Des ateliers d'une demi-journée, animés avec la mutuelle partenaire, pour aider les enseignants à "
                "repérer les signes du stress au travail et à savoir vers qui se tourner."),
    "kind": ResourceKind.ACTION_SHEET,
    "countries": ["FR", "CI"],
    "date": "2026-10-15",
    "context": ("Les enquêtes menées auprès des adhérents montrent que le stress au travail est la première cause "
                "d'arrêt maladie chez les personnels de l'éducation."),
    "objectives": ("- Faire connaître les signes du stress au travail\n- Présenter les aides de la mutuelle et des "
                   "services de santé au travail"),
    "target_public": "Enseignants et personnels administratifs des établissements scolaires.",
    "activities": ("Six ateliers d'une demi-journée dans trois académies, puis deux ateliers à Abidjan avec la "
                   "mutuelle partenaire."),
    "results": "",
    "lessons_learned": "",
    "contact": "Service prévention de la MGEN",
}
FILE_NAME = "ateliers-prevention-stress.pdf"


def proposal(mission_area_ids, project_id):
    """The proposal as the member's form stores it: ids for the mission areas and the project."""
    return {**PROPOSAL, "mission_areas": mission_area_ids, "project": project_id or ""}


def pdf():
    """(file name, function returning the bytes) of the French PDF sent with it."""
    sections = [(heading, PROPOSAL[name]) for heading, name in zip(SECTION_HEADINGS["fr"], Resource.SHEET_SECTIONS,
                                                                    strict=True) if PROPOSAL.get(name)]
    return FILE_NAME, partial(document_pdf, language="fr", kind=ResourceKind.ACTION_SHEET, title=TITLE,
                              summary=PROPOSAL["summary"], pages=[sections])
