"""Official French and Spanish names of the demo's organisations that have them, and city names as French and
Spanish readers write them. Other organisations are named as they name themselves, in every language; a city
written the same way in every language needs nothing here. Merged with the other translations by load_demo."""

ORGANISATION = "members.Organisation"
EVENT = "news.Event"

BRUSSELS = {"fr": {"city": "Bruxelles"}, "es": {"city": "Bruselas"}}
PARIS = {"es": {"city": "París"}}

TRANSLATIONS = {
    ORGANISATION: {
        "education-international": {
            "fr": {"name": "Internationale de l'Éducation", "acronym": "IE", "city": "Bruxelles"},
            "es": {"name": "Internacional de la Educación", "acronym": "IE", "city": "Bruselas"},
        },
        "aim": {
            "fr": {"name": "Association internationale de la Mutualité", "city": "Bruxelles"},
            "es": {"name": "Asociación Internacional de la Mutualidad", "city": "Bruselas"},
        },
        "ilo": {
            "fr": {"name": "Organisation internationale du Travail", "acronym": "OIT", "city": "Genève"},
            "es": {"name": "Organización Internacional del Trabajo", "acronym": "OIT", "city": "Ginebra"},
        },
        "mgen": PARIS,
    },
    EVENT: {
        "launch-conference-paris-2009": PARIS,
        "general-assembly-paris-2016": PARIS,
        "general-assembly-paris-2018": PARIS,
        "resnet-presentation-2015": BRUSSELS,
        "general-assembly-antwerp-2017": {"fr": {"city": "Anvers"}, "es": {"city": "Amberes"}},
        "open-forum-port-au-prince-2019": {"es": {"city": "Puerto Príncipe"}},
    },
}
