"""The demo's topics (tags) in French and Spanish: {English name: {language: name}}."""

TAG_NAMES = {
    "Education personnel": {"fr": "Personnels de l'éducation", "es": "Personal de la educación"},
    "Youth engagement": {"fr": "Engagement des jeunes", "es": "Participación juvenil"},
    "Occupational health": {"fr": "Santé au travail", "es": "Salud laboral"},
    "School health": {"fr": "Santé à l'école", "es": "Salud escolar"},
    "Mutual insurance": {"fr": "Mutualité", "es": "Mutualismo"},
    "Mental health": {"fr": "Santé mentale", "es": "Salud mental"},
    "Social protection": {"fr": "Protection sociale", "es": "Protección social"},
    "Governance": {"fr": "Gouvernance", "es": "Gobernanza"},
    "The Network": {"fr": "Le Réseau", "es": "La Red"},
    "Africa": {"fr": "Afrique", "es": "África"},
    "Latin America and Caribbean": {"fr": "Amérique latine et Caraïbes", "es": "América Latina y el Caribe"},
    "Health prevention and education": {
        "fr": "Prévention et éducation à la santé", "es": "Prevención y educación para la salud",
    },
    "Education for social protection": {
        "fr": "Éducation à la protection sociale", "es": "Educación para la protección social",
    },
}
