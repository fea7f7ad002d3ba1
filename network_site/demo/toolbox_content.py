"""The demo toolbox, as plain Python data: resources in the uniform sheet format and the 2015 mobilisation kit.

Built from the public facts in ../shared/demo-facts.md and written in our own words, like content.py. Figures
appear only where the facts give them; elsewhere the text stays general. Where the facts give no date for a
resource, its date is that of the event or project it belongs to (first day of the month or year given), or
failing that a plausible year, which is illustrative.

Each resource's fields are written in its `language`. `files` maps a file language to None (the file is drawn
from the resource's own fields, so only for its own language) or to an adaptation in that language: a title,
a summary and (heading, text) sections. `booklet` resources put two sections on each page of their PDF.
Sheet texts are plain text: a blank line between paragraphs, lines starting with "- " are bullets.
"""

import datetime

from network_site.demo.content import (
    AFRICA,
    CONTACT,
    CONTACT_EMAIL,
    EDUCATION_FOR_SOCIAL_PROTECTION,
    EDUCATION_PERSONNEL,
    HEALTH_PREVENTION,
    HEALTHY_SCHOOLS,
    LATIN_AMERICA,
    MENTAL_HEALTH,
    MUTUAL_INSURANCE,
    OCCUPATIONAL_HEALTH,
    SCHOOL_HEALTH,
    SOCIAL_PROTECTION,
    SOCIAL_PROTECTION_TAG,
    THE_NETWORK,
    YOUNG_PEOPLE,
    YOUTH_ENGAGEMENT,
)
from toolbox.models import ResourceKind

CONTACTS = {
    "en": CONTACT,
    "fr": f"Secrétariat du Réseau\n{CONTACT_EMAIL}",
    "es": f"Secretaría de la Red\n{CONTACT_EMAIL}",
}
LICENCE = "CC BY-NC-SA 4.0"

RESOURCES = [
    # --- Member presentations -------------------------------------------------------------------------------
    {
        "slug": "syeco-presentation",
        "title": "Le SYECO, syndicat de l'éducation en République démocratique du Congo",
        "summary": (
            "Présentation du SYECO, syndicat des personnels de l'éducation de la République démocratique du "
            "Congo. Il compte 6 320 membres et a rejoint le Réseau en 2020."
        ),
        "kind": ResourceKind.MEMBER_PRESENTATION,
        "language": "fr",
        "mission_areas": [SOCIAL_PROTECTION],
        "tags": [EDUCATION_PERSONNEL, THE_NETWORK, AFRICA],
        "countries": ["CD"],
        "organisations": ["syeco"],
        "date": datetime.date(2020, 1, 1),
        "context": (
            "Le SYECO est un syndicat de l'éducation de la République démocratique du Congo, l'un des pays où "
            "les membres du Réseau étaient déjà actifs en 2014.\n\n"
            "Il rassemble 6 320 membres et a rejoint le Réseau Éducation et Solidarité en 2020."
        ),
        "objectives": (
            "- Porter la voix des personnels de l'éducation sur leurs conditions de travail.\n"
            "- Améliorer leur accès aux soins et à la protection sociale.\n"
            "- Partager son expérience avec les autres membres africains du Réseau."
        ),
        "target_public": "Les personnels de l'éducation de la République démocratique du Congo.",
        "activities": (
            "Le SYECO représente ses membres et prend part aux échanges du Réseau sur la santé et la protection "
            "sociale des personnels de l'éducation, en particulier avec les organisations africaines."
        ),
        "results": "Depuis 2020, le Réseau compte un syndicat congolais de plus parmi ses membres.",
        "lessons_learned": (
            "- Un réseau international permet à un syndicat national de comparer ses pratiques à celles d'autres "
            "pays.\n"
            "- La santé et la protection sociale se travaillent mieux avec les mutuelles qu'entre syndicats "
            "seulement."
        ),
        "files": {
            "fr": None,
            "en": {
                "title": "SYECO, an education union in the Democratic Republic of the Congo",
                "summary": (
                    "SYECO is an education union of the Democratic Republic of the Congo with 6,320 members. It "
                    "joined the Network in 2020."
                ),
                "sections": [
                    ("Who we are", (
                        "SYECO brings together education staff in the Democratic Republic of the Congo, one of "
                        "the countries where the Network's members were already active in 2014."
                    )),
                    ("Our work with the Network", (
                        "- Speaking up for education staff on their working conditions.\n"
                        "- Better access to health care and social protection.\n"
                        "- Exchanges with the Network's other African members."
                    )),
                ],
            },
        },
    },
    {
        "slug": "ser-presentation",
        "title": "Le SER, Syndicat des enseignants romands",
        "summary": (
            "Présentation du Syndicat des enseignants romands, fondé en 1864, qui rassemble des enseignantes et "
            "enseignants de Suisse romande. Il a rejoint le Réseau en 2020."
        ),
        "kind": ResourceKind.MEMBER_PRESENTATION,
        "language": "fr",
        "mission_areas": [HEALTHY_SCHOOLS],
        "tags": [EDUCATION_PERSONNEL, OCCUPATIONAL_HEALTH, THE_NETWORK],
        "countries": ["CH"],
        "organisations": ["ser"],
        "date": datetime.date(2020, 1, 1),
        "context": (
            "Le Syndicat des enseignants romands (SER) est le syndicat des enseignantes et enseignants de la "
            "partie francophone de la Suisse. Fondé en 1864, il a plus de cent cinquante ans d'histoire "
            "syndicale.\n\n"
            "Il a rejoint le Réseau Éducation et Solidarité en 2020."
        ),
        "objectives": (
            "- Défendre les conditions de travail et la santé des enseignantes et enseignants.\n"
            "- Apporter au Réseau l'expérience d'un syndicat ancien et bien implanté."
        ),
        "target_public": "Les enseignantes et enseignants de Suisse romande.",
        "activities": (
            "Le SER suit de près la santé au travail et le bien-être de ses membres, et en débat avec les autres "
            "syndicats du Réseau."
        ),
        "results": "Le Réseau compte, depuis 2020, un syndicat suisse parmi ses membres francophones.",
        "lessons_learned": (
            "La santé au travail des enseignants pose des questions proches d'un pays à l'autre : les comparer "
            "aide chacun à mieux défendre ses membres."
        ),
        "files": {
            "fr": None,
            "en": {
                "title": "SER, the union of teachers in French-speaking Switzerland",
                "summary": (
                    "Founded in 1864, the Syndicat des enseignants romands represents teachers in French-speaking "
                    "Switzerland. It joined the Network in 2020."
                ),
                "sections": [
                    ("Who we are", (
                        "The SER has more than 150 years of union history. It speaks for teachers in the "
                        "French-speaking part of Switzerland."
                    )),
                    ("Our work with the Network", (
                        "The SER follows the occupational health and well-being of its members closely and "
                        "compares notes with the other unions of the Network."
                    )),
                ],
            },
        },
    },
    {
        "slug": "cmim-presentation",
        "title": "La CMIM, une mutuelle marocaine",
        "summary": (
            "Présentation de la Caisse mutualiste interprofessionnelle marocaine, mutuelle qui a rejoint le "
            "Réseau en 2018."
        ),
        "kind": ResourceKind.MEMBER_PRESENTATION,
        "language": "fr",
        "mission_areas": [SOCIAL_PROTECTION],
        "tags": [MUTUAL_INSURANCE, SOCIAL_PROTECTION_TAG, AFRICA],
        "countries": ["MA"],
        "organisations": ["cmim"],
        "date": datetime.date(2018, 1, 1),
        "context": (
            "La Caisse mutualiste interprofessionnelle marocaine (CMIM) est une mutuelle. Elle a rejoint le "
            "Réseau Éducation et Solidarité en 2018.\n\n"
            "Le Maroc est aussi le pays de la MGPAP, jumelée avec la MGEN dans le cadre du Réseau."
        ),
        "objectives": (
            "- Offrir à ses adhérents une couverture santé fondée sur la solidarité.\n"
            "- Échanger avec les autres mutuelles du Réseau, en Afrique et ailleurs."
        ),
        "target_public": "Les adhérents de la mutuelle et leurs familles.",
        "activities": "La CMIM partage avec les membres du Réseau son expérience de la gestion d'une mutuelle.",
        "results": "Une mutuelle marocaine de plus dans le Réseau depuis 2018.",
        "lessons_learned": (
            "Les mutuelles du Nord et du Sud ont beaucoup à apprendre les unes des autres sur la gestion d'une "
            "couverture santé solidaire."
        ),
        "files": {"fr": None},
    },
    {
        "slug": "csq-presentation",
        "title": "La CSQ, Centrale des syndicats du Québec",
        "summary": (
            "Présentation de la CSQ, organisation syndicale québécoise dont une grande partie des membres "
            "travaillent en éducation, et de sa participation au Réseau."
        ),
        "kind": ResourceKind.MEMBER_PRESENTATION,
        "language": "fr",
        "mission_areas": [HEALTHY_SCHOOLS],
        "tags": [EDUCATION_PERSONNEL, OCCUPATIONAL_HEALTH, THE_NETWORK],
        "countries": ["CA"],
        "organisations": ["csq"],
        "date": datetime.date(2015, 7, 1),
        "context": (
            "La Centrale des syndicats du Québec (CSQ) rassemble de nombreux personnels de l'éducation. Elle est "
            "membre du Réseau Éducation et Solidarité.\n\n"
            "En juillet 2015, le Canada a accueilli à Ottawa l'assemblée générale du Réseau puis le 7e Congrès "
            "mondial de l'Internationale de l'Éducation."
        ),
        "objectives": (
            "- Améliorer les conditions de travail et la santé de ses membres.\n"
            "- Partager son expérience avec des syndicats d'autres pays."
        ),
        "target_public": "Les personnels de l'éducation du Québec.",
        "activities": (
            "La CSQ prend part aux travaux du Réseau sur la santé au travail. Le Canada faisait partie des pays "
            "couverts par l'enquête du Réseau sur la santé au travail des personnels de l'éducation (2014-2015)."
        ),
        "results": "Une participation suivie aux échanges du Réseau sur la santé au travail.",
        "lessons_learned": (
            "Une enquête commune à plusieurs pays donne à chaque syndicat des éléments de comparaison qu'il ne "
            "pourrait pas réunir seul."
        ),
        "files": {
            "fr": None,
            "en": {
                "title": "CSQ, Centrale des syndicats du Québec",
                "summary": (
                    "The CSQ is a Québec union whose members include many people working in education. This "
                    "sheet presents its part in the Network."
                ),
                "sections": [
                    ("Who we are", (
                        "A Québec union organisation and a member of the Education and Solidarity Network."
                    )),
                    ("Our work with the Network", (
                        "The CSQ takes part in the Network's work on occupational health. Canada was one of the "
                        "countries covered by the Network's 2014–15 survey of education staff."
                    )),
                ],
            },
        },
    },
    {
        "slug": "gestarsalud-presentation",
        "title": "Gestarsalud, asociación de aseguradoras mutuales de salud de Colombia",
        "summary": (
            "Presentación de Gestarsalud, asociación colombiana de aseguradoras mutuales de salud y miembro de "
            "la Red."
        ),
        "kind": ResourceKind.MEMBER_PRESENTATION,
        "language": "es",
        "mission_areas": [SOCIAL_PROTECTION],
        "tags": [MUTUAL_INSURANCE, SOCIAL_PROTECTION_TAG, LATIN_AMERICA],
        "countries": ["CO"],
        "organisations": ["gestarsalud"],
        "date": datetime.date(2017, 1, 1),
        "context": (
            "Gestarsalud reúne a aseguradoras mutuales de salud de Colombia. Es miembro de la Red Educación y "
            "Solidaridad.\n\n"
            "Colombia es uno de los países donde los miembros de la Red estaban activos en 2014."
        ),
        "objectives": (
            "- Defender un modelo de aseguramiento en salud basado en la solidaridad.\n"
            "- Compartir con la Red la experiencia de las mutuales latinoamericanas."
        ),
        "target_public": "Las aseguradoras mutuales de salud y sus afiliados.",
        "activities": (
            "Gestarsalud participa en los intercambios de la Red sobre la protección social para todos."
        ),
        "results": "Una voz latinoamericana en los debates de la Red sobre el mutualismo.",
        "lessons_learned": (
            "Las mutuales de distintos continentes enfrentan retos parecidos: compararlos ayuda a encontrar "
            "soluciones."
        ),
        "files": {
            "es": None,
            "en": {
                "title": "Gestarsalud, Colombia's association of mutual health insurers",
                "summary": (
                    "Gestarsalud brings together mutual health insurers in Colombia. It is a member of the Network."
                ),
                "sections": [
                    ("Who we are", (
                        "An association of Colombian mutual health insurers, whose members provide health cover "
                        "based on solidarity."
                    )),
                    ("Our work with the Network", (
                        "Gestarsalud brings the experience of Latin American mutual insurers to the Network's "
                        "work on social protection for all."
                    )),
                ],
            },
        },
    },
    # --- Project sheets -------------------------------------------------------------------------------------
    {
        "slug": "sacha-haiti-project-sheet",
        "title": "SACHA: health in six schools of Port-au-Prince",
        "summary": (
            "Project sheet of SACHA, launched in Haiti in November 2018 after PROCEDH I and II: 6 schools in "
            "Port-au-Prince, 9,000 pupils and 460 staff."
        ),
        "kind": ResourceKind.PROJECT_SHEET,
        "language": "en",
        "mission_areas": [HEALTHY_SCHOOLS],
        "tags": [SCHOOL_HEALTH, HEALTH_PREVENTION, LATIN_AMERICA],
        "countries": ["HT"],
        "organisations": ["cemea-haiti"],
        "project": "sacha-haiti",
        "date": datetime.date(2018, 11, 1),
        "context": (
            "The Network's work in Haiti started with two projects, PROCEDH I and PROCEDH II. SACHA builds on "
            "them.\n\n"
            "It was launched in November 2018 with six schools in Port-au-Prince."
        ),
        "objectives": (
            "Improve the health of pupils and staff in the schools taking part.\n\n"
            "- Build on what PROCEDH I and II taught.\n"
            "- Involve pupils, staff and their communities.\n"
            "- Share the experience in open, collaborative meetings."
        ),
        "target_public": "9,000 pupils and 460 staff in 6 schools in Port-au-Prince.",
        "activities": (
            "- Work with the six schools since November 2018.\n"
            "- An open forum in April 2019 that brought the people involved together."
        ),
        "results": "Six schools, 9,000 pupils and 460 staff involved in the project.",
        "lessons_learned": (
            "Building on earlier projects lets a new one start with partners who already know each other.\n\n"
            "Collaborative formats such as the open forum give every group in the school a say."
        ),
        "files": {
            "en": None,
            "fr": {
                "title": "SACHA : la santé dans six écoles de Port-au-Prince",
                "summary": (
                    "Fiche projet de SACHA, lancé en Haïti en novembre 2018 à la suite de PROCEDH I et II : "
                    "6 écoles de Port-au-Prince, 9 000 élèves et 460 personnels."
                ),
                "sections": [
                    ("Contexte", (
                        "Le travail du Réseau en Haïti a commencé avec PROCEDH I et PROCEDH II. SACHA prend leur "
                        "suite depuis novembre 2018."
                    )),
                    ("Activités", (
                        "- Un travail avec six écoles de Port-au-Prince.\n"
                        "- Un forum ouvert en avril 2019."
                    )),
                    ("Bénéficiaires", "9 000 élèves et 460 personnels dans 6 écoles."),
                ],
            },
        },
    },
    {
        "slug": "mutuelle-enseignants-burkina-faso",
        "title": "Une mutuelle pour les personnels de l'éducation au Burkina Faso (MENA)",
        "summary": (
            "Fiche projet de la mutuelle des personnels de l'éducation du Burkina Faso, accompagnée depuis 2009 "
            "par le SNEA-B, la MGEN, Solidaris et les syndicats luxembourgeois."
        ),
        "kind": ResourceKind.PROJECT_SHEET,
        "language": "fr",
        "mission_areas": [SOCIAL_PROTECTION],
        "tags": [MUTUAL_INSURANCE, SOCIAL_PROTECTION_TAG, EDUCATION_PERSONNEL, AFRICA],
        "countries": ["BF"],
        "organisations": ["snea-b", "mgen", "solidaris", "fgil", "sew-ogbl", "ligue-enseignement-luxembourg"],
        "project": "teachers-mutual-burkina-faso",
        "date": datetime.date(2009, 1, 1),
        "context": (
            "Quand la couverture santé est faible, la maladie d'un proche peut coûter à un enseignant une grande "
            "part de ses revenus. Une mutuelle gérée par ses membres permet de partager ce risque.\n\n"
            "Le Burkina Faso est l'un des premiers pays où les membres du Réseau ont agi ensemble, dès 2009."
        ),
        "objectives": (
            "Donner aux personnels de l'éducation l'accès à une couverture santé par une mutuelle qu'ils gèrent "
            "eux-mêmes.\n\n"
            "- Accompagner la création de la mutuelle et de sa gouvernance.\n"
            "- Transmettre le savoir-faire de mutuelles expérimentées.\n"
            "- Faire connaître la mutuelle aux personnels de l'éducation."
        ),
        "target_public": "Les personnels de l'éducation du Burkina Faso et leurs familles.",
        "activities": (
            "Échanges entre le syndicat, les mutuelles et les syndicats partenaires, formation des responsables "
            "de la mutuelle et information des personnels."
        ),
        "results": (
            "Un syndicat national et des partenaires de France, de Belgique et du Luxembourg réunis autour "
            "d'une mutuelle de l'éducation : c'est le plus ancien projet du Réseau."
        ),
        "lessons_learned": (
            "- Un projet de mutuelle demande du temps : la confiance des adhérents se construit sur des années.\n"
            "- L'appui d'un syndicat national donne au projet sa légitimité auprès des personnels."
        ),
        "files": {
            "fr": None,
            "en": {
                "title": "A mutual for education staff in Burkina Faso (MENA)",
                "summary": (
                    "Project sheet of the education staff's mutual in Burkina Faso, supported since 2009 by "
                    "SNEA-B, MGEN, Solidaris and the Luxembourg unions."
                ),
                "sections": [
                    ("Context", (
                        "Where health cover is weak, an illness in the family can cost a teacher much of their "
                        "income. A mutual run by its members shares that risk."
                    )),
                    ("Objective", (
                        "Give education staff access to health cover through a mutual society they run "
                        "themselves."
                    )),
                    ("Partners", (
                        "- SNEA-B (Burkina Faso)\n- MGEN (France)\n- Solidaris (Belgium)\n"
                        "- FGIL, SEW/OGBL and the Ligue de l'Enseignement (Luxembourg)"
                    )),
                ],
            },
        },
    },
    {
        "slug": "filgood-app",
        "title": "FilGood: taking stock of well-being at work",
        "summary": (
            "Project sheet of FilGood, an app launched in January 2017 whose short questionnaire helps education "
            "staff look at five areas of their well-being at work."
        ),
        "kind": ResourceKind.PROJECT_SHEET,
        "language": "en",
        "mission_areas": [HEALTHY_SCHOOLS],
        "tags": [OCCUPATIONAL_HEALTH, MENTAL_HEALTH, EDUCATION_PERSONNEL],
        "project": "filgood",
        "date": datetime.date(2017, 1, 1),
        "context": (
            "Well-being at work is part of health, and people who care for others all day often forget their "
            "own. A few questions on a phone are an easy first step."
        ),
        "objectives": (
            "- Offer education staff a short questionnaire on five areas of well-being at work.\n"
            "- Raise awareness of well-being at work in the education community."
        ),
        "target_public": "Education staff who want to take stock of their well-being at work.",
        "activities": "Design of the app and of its questionnaire, then launch in January 2017.",
        "results": "An app available to education staff since January 2017.",
        "lessons_learned": (
            "A short questionnaire is more likely to be answered than a long one; it opens a conversation rather "
            "than closing it."
        ),
        "files": {
            "en": None,
            "fr": {
                "title": "FilGood : faire le point sur son bien-être au travail",
                "summary": (
                    "FilGood est une application lancée en janvier 2017 : un court questionnaire aide les "
                    "personnels de l'éducation à faire le point sur cinq dimensions de leur bien-être au travail."
                ),
                "sections": [
                    ("Pourquoi", (
                        "Le bien-être au travail fait partie de la santé. Quelques questions sur un téléphone "
                        "sont un premier pas facile."
                    )),
                    ("Comment", "Un questionnaire court, sur cinq dimensions du bien-être au travail."),
                ],
            },
            "es": {
                "title": "FilGood: hacer un balance de su bienestar en el trabajo",
                "summary": (
                    "FilGood es una aplicación lanzada en enero de 2017: un cuestionario breve ayuda al personal "
                    "de la educación a revisar cinco dimensiones de su bienestar en el trabajo."
                ),
                "sections": [
                    ("Por qué", (
                        "El bienestar en el trabajo forma parte de la salud. Unas pocas preguntas en el teléfono "
                        "son un primer paso sencillo."
                    )),
                    ("Cómo", "Un cuestionario breve sobre cinco dimensiones del bienestar en el trabajo."),
                ],
            },
        },
    },
    {
        "slug": "health-factors-project-sheet",
        "title": "Health F'Actors: everyone in the school is an actor of health",
        "summary": (
            "Project sheet of Health F'Actors (F'Acteurs Santé), presented in July 2015 and piloted in Belgium "
            "and in the Kassel district, Germany."
        ),
        "kind": ResourceKind.PROJECT_SHEET,
        "language": "en",
        "mission_areas": [HEALTHY_SCHOOLS],
        "tags": [SCHOOL_HEALTH, HEALTH_PREVENTION],
        "countries": ["BE", "DE"],
        "project": "health-factors",
        "date": datetime.date(2015, 7, 1),
        "context": (
            "Health at school depends on many people: pupils, teachers and other staff, families and local "
            "partners. Health F'Actors treats each of them as an actor of health, as its name says."
        ),
        "objectives": (
            "- Make everyone in the school community an actor of health.\n"
            "- Try the approach in two different settings and share what works."
        ),
        "target_public": "Schools and their communities; the pilots took place in Belgium and in the Kassel district.",
        "activities": (
            "- Presentation of the approach in July 2015.\n"
            "- Pilots in Belgium and in the Kassel district, Germany."
        ),
        "results": "Experience from two pilots in two countries, available to the Network's members.",
        "lessons_learned": (
            "An approach tried in two countries shows which parts travel well and which depend on the local "
            "school system."
        ),
        "files": {
            "en": None,
            "fr": {
                "title": "F'Acteurs Santé : chacun, à l'école, est acteur de santé",
                "summary": (
                    "F'Acteurs Santé a été présenté en juillet 2015 et expérimenté en Belgique et dans le "
                    "district de Kassel, en Allemagne."
                ),
                "sections": [
                    ("L'idée", (
                        "La santé à l'école dépend de nombreuses personnes : élèves, enseignants et autres "
                        "personnels, familles, partenaires locaux. Chacun en est acteur."
                    )),
                    ("Les expérimentations", "- En Belgique.\n- Dans le district de Kassel, en Allemagne."),
                ],
            },
        },
    },
    {
        "slug": "jeunesse-colombia-ficha",
        "title": "Jeun'ESS'e Colombia: jóvenes y economía social y solidaria",
        "summary": (
            "Ficha del proyecto Jeun'ESS'e en Colombia, que en febrero de 2017 formó a jóvenes de 18 a 22 años "
            "en la economía social y solidaria."
        ),
        "kind": ResourceKind.PROJECT_SHEET,
        "language": "es",
        "mission_areas": [YOUNG_PEOPLE],
        "tags": [YOUTH_ENGAGEMENT, LATIN_AMERICA, EDUCATION_FOR_SOCIAL_PROTECTION],
        "countries": ["CO"],
        "project": "jeunesse-colombia",
        "date": datetime.date(2017, 2, 1),
        "context": (
            "Los jóvenes de hoy serán mañana el personal de la educación, los sindicalistas y los mutualistas. "
            "Jeun'ESS'e los acerca a la economía social y solidaria (ESS, por sus siglas en francés)."
        ),
        "objectives": (
            "- Formar a jóvenes de 18 a 22 años.\n"
            "- Darles a conocer formas solidarias de protegerse unos a otros."
        ),
        "target_public": "Jóvenes colombianos de 18 a 22 años.",
        "activities": "Una formación en febrero de 2017.",
        "results": "Un grupo de jóvenes colombianos formados en febrero de 2017.",
        "lessons_learned": (
            "Hablar de protección social con jóvenes funciona mejor a partir de sus propias preguntas y "
            "proyectos."
        ),
        "files": {
            "es": None,
            "en": {
                "title": "Jeun'ESS'e Colombia: young people and the social and solidarity economy",
                "summary": (
                    "Project sheet of Jeun'ESS'e in Colombia, which in February 2017 trained young people aged "
                    "18 to 22 in the social and solidarity economy."
                ),
                "sections": [
                    ("Context", (
                        "Today's young people are tomorrow's education staff, union members and mutual members. "
                        "Jeun'ESS'e introduces them to the social and solidarity economy."
                    )),
                    ("Activities", "A training session in February 2017."),
                ],
            },
        },
    },
    {
        "slug": "i-best-barometer-project-sheet",
        "title": "I-BEST: an international barometer of teachers' well-being",
        "summary": (
            "Project sheet of I-BEST, a barometer that asks teachers in several territories about their "
            "well-being and follows the answers from one edition to the next."
        ),
        "kind": ResourceKind.PROJECT_SHEET,
        "language": "en",
        "mission_areas": [HEALTHY_SCHOOLS],
        "tags": [OCCUPATIONAL_HEALTH, MENTAL_HEALTH, EDUCATION_PERSONNEL],
        "project": "i-best-barometer",
        "date": datetime.date(2021, 1, 1),
        "context": (
            "A survey repeated over time shows how teachers' well-being changes and how it compares between "
            "places. I-BEST follows on from the Network's 2014–15 survey on the occupational health of education "
            "staff."
        ),
        "objectives": (
            "- Measure teachers' well-being in as many territories as possible.\n"
            "- Repeat the survey so that editions can be compared.\n"
            "- Give unions and mutual societies evidence for their work."
        ),
        "target_public": "Teachers, and the unions and mutual societies that act for them.",
        "activities": (
            "- 2021: first edition, with 8,000 teachers in 6 territories.\n"
            "- 2023: second edition, with more than 26,000 respondents in 13 territories."
        ),
        "results": "Two editions, the second much larger than the first; its results were released on 10 October 2023.",
        "lessons_learned": "The value of a barometer grows with each edition: comparisons need a stable questionnaire.",
        "files": {
            "en": None,
            "fr": {
                "title": "I-BEST : un baromètre international du bien-être des enseignants",
                "summary": (
                    "I-BEST interroge les enseignants de plusieurs territoires sur leur bien-être et suit leurs "
                    "réponses d'une édition à l'autre."
                ),
                "sections": [
                    ("Éditions", (
                        "- 2021 : 8 000 enseignants dans 6 territoires.\n"
                        "- 2023 : plus de 26 000 répondants dans 13 territoires."
                    )),
                ],
            },
            "es": {
                "title": "I-BEST: un barómetro internacional del bienestar docente",
                "summary": (
                    "I-BEST pregunta a docentes de varios territorios por su bienestar y sigue sus respuestas de "
                    "una edición a otra."
                ),
                "sections": [
                    ("Ediciones", (
                        "- 2021: 8.000 docentes en 6 territorios.\n"
                        "- 2023: más de 26.000 participantes en 13 territorios."
                    )),
                ],
            },
        },
    },
    {
        "slug": "occupational-health-survey-2014-2015-sheet",
        "title": "The occupational health of education staff: the 2014–15 survey",
        "summary": (
            "Project sheet of the Network's international survey on the health of education staff at work, "
            "answered by more than 3,000 people in Australia, the United States, Canada, France and Colombia."
        ),
        "kind": ResourceKind.PROJECT_SHEET,
        "language": "en",
        "mission_areas": [HEALTHY_SCHOOLS],
        "tags": [OCCUPATIONAL_HEALTH, EDUCATION_PERSONNEL],
        "countries": ["AU", "US", "CA", "FR", "CO"],
        "project": "occupational-health-survey-2014-2015",
        "date": datetime.date(2015, 1, 1),
        "context": (
            "To act on the health of education staff, unions and mutual societies first need to know how staff "
            "experience their work, and to compare situations between countries.\n\n"
            "Generating knowledge is one of the roles the Network's members asked of it."
        ),
        "objectives": (
            "- Gather comparable answers from education staff in several countries.\n"
            "- Give the Network's members evidence for their work on health at work."
        ),
        "target_public": "Education staff in Australia, the United States, Canada, France and Colombia.",
        "activities": "A questionnaire circulated to education staff in 2014 and 2015.",
        "results": "More than 3,000 people answered, in five countries on four continents.",
        "lessons_learned": (
            "The same questions asked in several countries show what is shared and what is local; the survey "
            "paved the way for the later I-BEST barometer."
        ),
        "files": {
            "en": None,
            "fr": {
                "title": "La santé au travail des personnels de l'éducation : l'enquête 2014-2015",
                "summary": (
                    "L'enquête internationale du Réseau sur la santé au travail des personnels de l'éducation a "
                    "réuni plus de 3 000 réponses en Australie, aux États-Unis, au Canada, en France et en "
                    "Colombie."
                ),
                "sections": [
                    ("Pourquoi une enquête", (
                        "Pour agir sur la santé des personnels, il faut d'abord savoir comment ils vivent leur "
                        "travail et comparer les situations d'un pays à l'autre."
                    )),
                ],
            },
            "es": {
                "title": "La salud laboral del personal de la educación: la encuesta 2014-2015",
                "summary": (
                    "La encuesta internacional de la Red sobre la salud laboral del personal de la educación "
                    "reunió más de 3.000 respuestas en Australia, Estados Unidos, Canadá, Francia y Colombia."
                ),
                "sections": [
                    ("Por qué una encuesta", (
                        "Para actuar sobre la salud del personal hay que saber primero cómo vive su trabajo y "
                        "comparar las situaciones entre países."
                    )),
                ],
            },
        },
    },
    # --- Action sheets --------------------------------------------------------------------------------------
    {
        "slug": "jumelage-mgen-mgpap",
        "title": "Le jumelage MGEN – MGPAP (France – Maroc)",
        "summary": (
            "Fiche action du jumelage entre la MGEN et la MGPAP : deux mutuelles, en France et au Maroc, qui "
            "échangent leur expérience de la couverture santé de leurs adhérents."
        ),
        "kind": ResourceKind.ACTION_SHEET,
        "language": "fr",
        "mission_areas": [SOCIAL_PROTECTION],
        "tags": [MUTUAL_INSURANCE, SOCIAL_PROTECTION_TAG, AFRICA],
        "countries": ["FR", "MA"],
        "organisations": ["mgen", "mgpap"],
        "project": "twinning-mgen-mgpap",
        "date": datetime.date(2015, 7, 1),
        "context": (
            "Un jumelage associe deux organisations membres ou partenaires du Réseau pour qu'elles apprennent "
            "l'une de l'autre dans la durée."
        ),
        "objectives": (
            "- Comparer la façon dont chaque mutuelle gère sa couverture santé et sert ses adhérents.\n"
            "- Partager les bonnes pratiques entre salariés et élus des deux mutuelles."
        ),
        "target_public": "Les salariés, les élus et, à travers eux, les adhérents des deux mutuelles.",
        "activities": "Échanges et visites entre les deux mutuelles.",
        "results": "Une relation de travail durable entre deux mutuelles de deux continents.",
        "lessons_learned": (
            "- Un jumelage vit de rencontres régulières, pas d'une convention signée une fois.\n"
            "- Chacun des deux partenaires a quelque chose à apprendre de l'autre."
        ),
        "files": {
            "fr": None,
            "en": {
                "title": "The MGEN – MGPAP twinning (France – Morocco)",
                "summary": (
                    "Two mutual societies, in France and in Morocco, twinned to exchange experience on the "
                    "health cover of their members."
                ),
                "sections": [
                    ("What a twinning is", (
                        "Two member or partner organisations of the Network paired so that they learn from each "
                        "other over time."
                    )),
                    ("Activities", "Exchanges and visits between the two mutual societies."),
                ],
            },
        },
    },
    {
        "slug": "twinning-mgen-mugef-ci-action-sheet",
        "title": "The MGEN – Mugef-CI twinning (France – Côte d'Ivoire)",
        "summary": (
            "Action sheet of the twinning between MGEN and Mugef-CI, two mutual societies in France and Côte "
            "d'Ivoire that share their experience of running health cover."
        ),
        "kind": ResourceKind.ACTION_SHEET,
        "language": "en",
        "mission_areas": [SOCIAL_PROTECTION],
        "tags": [MUTUAL_INSURANCE, SOCIAL_PROTECTION_TAG, AFRICA],
        "countries": ["FR", "CI"],
        "organisations": ["mgen", "mugef-ci"],
        "project": "twinning-mgen-mugef-ci",
        "date": datetime.date(2015, 7, 1),
        "context": (
            "Twinnings pair two member or partner organisations of the Network so that they learn from each "
            "other over time. This one links a French and an Ivorian mutual society."
        ),
        "objectives": (
            "- Compare how each society runs its health cover.\n"
            "- Share good practices between the staff and elected members of the two societies."
        ),
        "target_public": "Staff and elected members of the two mutual societies, and through them their members.",
        "activities": "Exchanges and visits between the two mutual societies.",
        "results": "A working relationship between two mutual societies on two continents.",
        "lessons_learned": (
            "- Agree early on a few shared questions to work on.\n"
            "- Keep the exchange two-way: both partners gain from it."
        ),
        "files": {
            "en": None,
            "fr": {
                "title": "Le jumelage MGEN – Mugef-CI (France – Côte d'Ivoire)",
                "summary": (
                    "Deux mutuelles, en France et en Côte d'Ivoire, jumelées pour échanger leur expérience de la "
                    "couverture santé."
                ),
                "sections": [
                    ("Activités", "Échanges et visites entre les deux mutuelles."),
                    ("Enseignements", "Un échange qui profite aux deux partenaires."),
                ],
            },
        },
    },
    {
        "slug": "one-euro-solidaire-action-sheet",
        "title": "\"1 euro solidaire\": a pilot to finance teachers' social protection",
        "summary": (
            "Action sheet of \"1 euro solidaire\", a pilot launched in 2009 to try out new ways of financing the "
            "social protection of teachers."
        ),
        "kind": ResourceKind.ACTION_SHEET,
        "language": "en",
        "mission_areas": [SOCIAL_PROTECTION],
        "tags": [SOCIAL_PROTECTION_TAG, MUTUAL_INSURANCE],
        "project": "one-euro-solidaire",
        "date": datetime.date(2009, 1, 1),
        "context": (
            "Social protection for teachers takes money as well as goodwill, and in many countries neither the "
            "state nor the teachers can pay for it alone.\n\n"
            "\"1 euro solidaire\" was one of the Network's first initiatives, in the year it was founded."
        ),
        "objectives": (
            "- Try out, on a small scale, a solidarity-based way of raising funds.\n"
            "- Learn from the pilot before any wider use."
        ),
        "target_public": "Teachers in countries where social protection is still being built, and their unions.",
        "activities": "A pilot run with the Network's members.",
        "results": "The lessons of the pilot fed the Network's later work on financing social protection.",
        "lessons_learned": "A small pilot is a cheap way to test an idea before asking many people to join it.",
        "files": {
            "en": None,
            "fr": {
                "title": "« 1 euro solidaire » : financer autrement la protection sociale des enseignants",
                "summary": (
                    "Lancé en 2009, « 1 euro solidaire » a expérimenté de nouvelles façons de financer la "
                    "protection sociale des enseignants."
                ),
                "sections": [
                    ("Contexte", (
                        "La protection sociale des enseignants demande des moyens : dans bien des pays, ni l'État "
                        "ni les enseignants ne peuvent les réunir seuls."
                    )),
                ],
            },
        },
    },
    {
        "slug": "campagne-couverture-sante-universelle-feneco",
        "title": "Campagne pour la couverture santé universelle (FENECO, RD Congo)",
        "summary": (
            "Fiche action de la campagne menée par FENECO en République démocratique du Congo pour que chacun "
            "puisse se soigner sans s'appauvrir."
        ),
        "kind": ResourceKind.ACTION_SHEET,
        "language": "fr",
        "mission_areas": [SOCIAL_PROTECTION],
        "tags": [SOCIAL_PROTECTION_TAG, EDUCATION_FOR_SOCIAL_PROTECTION, AFRICA],
        "countries": ["CD"],
        "organisations": ["feneco"],
        "project": "universal-health-coverage-campaign",
        "date": datetime.date(2020, 1, 1),
        "context": (
            "La couverture santé universelle, c'est pouvoir recevoir les soins dont on a besoin sans difficultés "
            "financières. Pour beaucoup de personnels de l'éducation, ce n'est pas encore le cas."
        ),
        "objectives": (
            "- Faire connaître la couverture santé universelle aux personnels de l'éducation.\n"
            "- La défendre auprès des décideurs."
        ),
        "target_public": "Les personnels de l'éducation de la République démocratique du Congo et leurs familles.",
        "activities": "Sensibilisation des personnels et plaidoyer auprès des décideurs.",
        "results": "Une campagne portée par une organisation de l'éducation membre du Réseau.",
        "lessons_learned": (
            "Les personnels de l'éducation sont bien placés pour parler de protection sociale : ils la vivent et "
            "savent l'expliquer."
        ),
        "files": {
            "fr": None,
            "en": {
                "title": "Campaign for universal health coverage (FENECO, DR Congo)",
                "summary": (
                    "FENECO campaigns in the Democratic Republic of the Congo so that everyone can get care "
                    "without falling into poverty."
                ),
                "sections": [
                    ("Activities", "Raising awareness among education staff and making the case to decision-makers."),
                ],
            },
        },
    },
    # --- Guide ----------------------------------------------------------------------------------------------
    {
        "slug": "running-an-open-forum",
        "title": "Running an Open Forum: Open Space Technology, World Café and Pro Action Café",
        "summary": (
            "A guide to the collaborative formats the Network used at its Open Forum in Ottawa in July 2015, for "
            "members who want to run such workshops at their own meetings."
        ),
        "kind": ResourceKind.GUIDE,
        "language": "en",
        "booklet": True,
        "mission_areas": [HEALTHY_SCHOOLS, YOUNG_PEOPLE],
        "tags": [THE_NETWORK, YOUTH_ENGAGEMENT, SCHOOL_HEALTH],
        "countries": ["CA"],
        "date": datetime.date(2015, 7, 20),
        "context": (
            "On 20 July 2015 in Ottawa, the Network's General Assembly day became an Open Forum: a morning on "
            "health at school and an afternoon on youth and solidarity.\n\n"
            "The Network is building its expertise in collective intelligence so that it can run such workshops "
            "at its members' meetings."
        ),
        "objectives": (
            "- Let every participant raise the questions that matter to them.\n"
            "- Share experiences and good practices across organisations and countries.\n"
            "- Turn ideas into next steps that participants commit to."
        ),
        "target_public": "Members and partners who organise meetings, congresses or training days.",
        "activities": (
            "Three formats, which can be combined in one day:\n\n"
            "- Open Space Technology: participants set the agenda themselves and join the groups where they "
            "can learn or contribute most.\n"
            "- World Café: small tables, several rounds, people change tables between rounds and ideas travel "
            "with them.\n"
            "- Pro Action Café: a person brings a project or question, and the table helps them move it forward."
        ),
        "results": (
            "The Ottawa Open Forum showed the Network that these formats raise awareness, mobilise people and "
            "help them share their experience."
        ),
        "lessons_learned": (
            "- Prepare the room and the materials more carefully than the content.\n"
            "- Keep a clear question for each session.\n"
            "- Write down what each group produced and send it to everyone afterwards."
        ),
        "files": {
            "en": None,
            "fr": {
                "title": "Animer un forum ouvert : forum ouvert, World Café et Pro Action Café",
                "summary": (
                    "Guide des formats collaboratifs utilisés par le Réseau lors de son forum ouvert d'Ottawa, "
                    "en juillet 2015, pour les membres qui veulent en animer lors de leurs propres rencontres."
                ),
                "sections": [
                    ("Contexte", (
                        "Le 20 juillet 2015 à Ottawa, la journée d'assemblée générale du Réseau est devenue un "
                        "forum ouvert : le matin sur la santé à l'école, l'après-midi sur la jeunesse et la "
                        "solidarité."
                    )),
                    ("Trois formats", (
                        "- Forum ouvert (Open Space Technology) : les participants fixent eux-mêmes l'ordre du "
                        "jour.\n"
                        "- World Café : de petites tables, plusieurs tours, les idées voyagent d'une table à "
                        "l'autre.\n"
                        "- Pro Action Café : une personne apporte un projet, la table l'aide à avancer."
                    )),
                    ("Conseils", (
                        "- Une question claire pour chaque séance.\n"
                        "- Garder une trace de ce que chaque groupe a produit et la partager ensuite."
                    )),
                ],
            },
            "es": {
                "title": "Organizar un foro abierto: Open Space Technology, World Café y Pro Action Café",
                "summary": (
                    "Guía de los formatos colaborativos que la Red utilizó en su foro abierto de Ottawa, en julio "
                    "de 2015, para los miembros que quieran organizarlos en sus propias reuniones."
                ),
                "sections": [
                    ("Contexto", (
                        "El 20 de julio de 2015 en Ottawa, la jornada de asamblea general de la Red se convirtió "
                        "en un foro abierto: por la mañana sobre la salud en la escuela y por la tarde sobre "
                        "juventud y solidaridad."
                    )),
                    ("Tres formatos", (
                        "- Open Space Technology: los participantes fijan ellos mismos el orden del día.\n"
                        "- World Café: mesas pequeñas, varias rondas, las ideas viajan de una mesa a otra.\n"
                        "- Pro Action Café: una persona trae un proyecto y la mesa la ayuda a avanzar."
                    )),
                ],
            },
        },
    },
    # --- Poster ---------------------------------------------------------------------------------------------
    {
        "slug": "poster-three-mission-areas",
        "title": "Health and social protection for the education community",
        "summary": (
            "A poster of the Network's three mission areas: healthy schools, social protection for all and room "
            "for young people."
        ),
        "kind": ResourceKind.POSTER,
        "language": "en",
        "mission_areas": [HEALTHY_SCHOOLS, SOCIAL_PROTECTION, YOUNG_PEOPLE],
        "tags": [THE_NETWORK],
        "date": datetime.date(2015, 7, 1),
        "context": (
            "Education unions, mutual societies and their partners work together in the Network on the health "
            "and social protection of the education community, in three mission areas."
        ),
        "objectives": "Make the Network's three mission areas known at members' meetings and events.",
        "target_public": "Participants in members' meetings, congresses and training days.",
        "activities": "A poster to print in English, French or Spanish and put up where people meet.",
        "files": {
            "en": {
                "title": "Health and social protection for the education community",
                "summary": "Education unions, mutual societies and their partners, working together.",
            },
            "fr": {
                "title": "Santé et protection sociale pour la communauté éducative",
                "summary": "Syndicats de l'éducation, mutuelles et leurs partenaires, ensemble.",
            },
            "es": {
                "title": "Salud y protección social para la comunidad educativa",
                "summary": "Sindicatos de la educación, mutuales y sus aliados, juntos.",
            },
        },
    },
    # --- Training material ----------------------------------------------------------------------------------
    {
        "slug": "formacion-jeunesse-febrero-2017",
        "title": "Formación Jeun'ESS'e, febrero de 2017: material para los talleres",
        "summary": (
            "Material de la formación Jeun'ESS'e organizada en Colombia en febrero de 2017 para jóvenes de 18 a "
            "22 años sobre la economía social y solidaria."
        ),
        "kind": ResourceKind.TRAINING,
        "language": "es",
        "booklet": True,
        "mission_areas": [YOUNG_PEOPLE],
        "tags": [YOUTH_ENGAGEMENT, EDUCATION_FOR_SOCIAL_PROTECTION, LATIN_AMERICA],
        "countries": ["CO"],
        "project": "jeunesse-colombia",
        "date": datetime.date(2017, 2, 1),
        "context": (
            "En febrero de 2017, el proyecto Jeun'ESS'e reunió en Colombia a jóvenes de 18 a 22 años para una "
            "formación sobre la economía social y solidaria."
        ),
        "objectives": (
            "- Entender qué es la economía social y solidaria.\n"
            "- Descubrir cómo las mutuales y las cooperativas protegen a sus miembros.\n"
            "- Imaginar un proyecto solidario propio."
        ),
        "target_public": "Jóvenes de 18 a 22 años y las personas que los acompañan.",
        "activities": (
            "Un ejemplo de programa, a título ilustrativo:\n\n"
            "- Taller 1: ¿qué es la solidaridad organizada?\n"
            "- Taller 2: la protección social explicada con ejemplos.\n"
            "- Taller 3: de la idea al proyecto."
        ),
        "results": "Material reutilizable para otras formaciones con jóvenes.",
        "lessons_learned": "Los talleres funcionan mejor cuando parten de las experiencias de los participantes.",
        "files": {
            "es": None,
            "en": {
                "title": "Jeun'ESS'e training, February 2017: workshop material",
                "summary": (
                    "Material of the Jeun'ESS'e training held in Colombia in February 2017 for young people aged "
                    "18 to 22 on the social and solidarity economy."
                ),
                "sections": [
                    ("Workshops (an illustrative programme)", (
                        "- Workshop 1: what is organised solidarity?\n"
                        "- Workshop 2: social protection explained with examples.\n"
                        "- Workshop 3: from an idea to a project."
                    )),
                    ("Audience", "Young people aged 18 to 22 and the people who support them."),
                ],
            },
        },
    },
    # --- Surveys and reports --------------------------------------------------------------------------------
    {
        "slug": "rapport-focus-sante-csfef",
        "title": "Focus Santé : la santé des personnels de l'éducation vue par les syndicats francophones",
        "summary": (
            "Le rapport Focus Santé du CSFEF, comité des syndicats francophones de l'éducation, sur la santé des "
            "personnels de l'éducation."
        ),
        "kind": ResourceKind.SURVEY,
        "language": "fr",
        "booklet": True,
        "mission_areas": [HEALTHY_SCHOOLS],
        "tags": [EDUCATION_PERSONNEL, OCCUPATIONAL_HEALTH, AFRICA],
        "organisations": ["csfef"],
        "project": "focus-sante-report",
        "date": datetime.date(2016, 1, 1),
        "context": (
            "Produire de la connaissance est l'un des rôles que les membres du Réseau lui ont confiés à Nairobi "
            "en 2015. Le rapport Focus Santé y apporte le regard des syndicats francophones de l'éducation, en "
            "Afrique et au-delà."
        ),
        "objectives": (
            "- Recueillir des informations auprès des syndicats membres du CSFEF.\n"
            "- Les publier pour les syndicats et leurs partenaires."
        ),
        "target_public": "Les syndicats de l'éducation francophones et leurs partenaires.",
        "activities": "Collecte d'informations auprès des syndicats et rédaction du rapport.",
        "results": "Le rapport Focus Santé, à la disposition des membres du Réseau.",
        "lessons_learned": (
            "Un rapport écrit à partir des syndicats eux-mêmes leur donne des arguments pour agir dans leur "
            "propre pays."
        ),
        "files": {
            "fr": None,
            "en": {
                "title": "Focus Santé: the health of education staff as seen by French-speaking unions",
                "summary": (
                    "The Focus Santé report of the CSFEF, the committee of French-speaking education unions, on "
                    "the health of education staff."
                ),
                "sections": [
                    ("Why this report", (
                        "Generating knowledge is one of the roles the Network's members gave it in Nairobi in "
                        "2015. Focus Santé adds the view of French-speaking education unions."
                    )),
                ],
            },
        },
    },
    {
        "slug": "i-best-2021-results",
        "title": "I-BEST 2021: first edition of the teachers' well-being barometer",
        "summary": (
            "What the first edition of the I-BEST barometer was: 8,000 teachers in 6 territories answering "
            "questions on their well-being at work."
        ),
        "kind": ResourceKind.SURVEY,
        "language": "en",
        "booklet": True,
        "mission_areas": [HEALTHY_SCHOOLS],
        "tags": [OCCUPATIONAL_HEALTH, MENTAL_HEALTH, EDUCATION_PERSONNEL],
        "project": "i-best-barometer",
        "date": datetime.date(2021, 1, 1),
        "context": (
            "I-BEST builds on the Network's 2014–15 survey on the occupational health of education staff. Its "
            "first edition took place in 2021."
        ),
        "objectives": (
            "- Set a first reference point for teachers' well-being.\n"
            "- Prepare a questionnaire that later editions can repeat."
        ),
        "target_public": "Teachers, their unions and mutual societies, and researchers.",
        "activities": "A survey of teachers in 6 territories.",
        "results": "8,000 teachers in 6 territories answered the first edition.",
        "lessons_learned": "A first edition is also a test of the questionnaire: it showed the way for a larger one.",
        "files": {
            "en": None,
            "fr": {
                "title": "I-BEST 2021 : première édition du baromètre du bien-être des enseignants",
                "summary": "La première édition du baromètre I-BEST : 8 000 enseignants dans 6 territoires.",
                "sections": [
                    ("Contexte", (
                        "I-BEST prolonge l'enquête du Réseau sur la santé au travail des personnels de "
                        "l'éducation (2014-2015)."
                    )),
                    ("Participation", "8 000 enseignants dans 6 territoires."),
                ],
            },
        },
    },
    {
        "slug": "i-best-2023-results",
        "title": "I-BEST 2023: results of the teachers' well-being barometer",
        "summary": (
            "The second edition of the I-BEST barometer: more than 26,000 respondents in 13 territories, with "
            "results released on 10 October 2023."
        ),
        "kind": ResourceKind.SURVEY,
        "language": "en",
        "booklet": True,
        "mission_areas": [HEALTHY_SCHOOLS],
        "tags": [OCCUPATIONAL_HEALTH, MENTAL_HEALTH, EDUCATION_PERSONNEL],
        "project": "i-best-barometer",
        "date": datetime.date(2023, 10, 10),
        "context": (
            "Two years after a first edition with 8,000 teachers in 6 territories, the 2023 edition of I-BEST "
            "reached many more people in more than twice as many territories."
        ),
        "objectives": (
            "- Follow teachers' well-being over time.\n"
            "- Compare territories with one another."
        ),
        "target_public": "Teachers, their unions and mutual societies, decision-makers and researchers.",
        "activities": "A survey in 13 territories; results released on 10 October 2023.",
        "results": "More than 26,000 respondents in 13 territories.",
        "lessons_learned": (
            "- A larger edition makes comparisons between territories more meaningful.\n"
            "- Releasing results on a set date helps members plan their own communication."
        ),
        "files": {
            "en": None,
            "fr": {
                "title": "I-BEST 2023 : résultats du baromètre du bien-être des enseignants",
                "summary": (
                    "La deuxième édition du baromètre I-BEST : plus de 26 000 répondants dans 13 territoires, "
                    "résultats publiés le 10 octobre 2023."
                ),
                "sections": [("Participation", "Plus de 26 000 répondants dans 13 territoires.")],
            },
            "es": {
                "title": "I-BEST 2023: resultados del barómetro del bienestar docente",
                "summary": (
                    "La segunda edición del barómetro I-BEST: más de 26.000 participantes en 13 territorios, con "
                    "resultados publicados el 10 de octubre de 2023."
                ),
                "sections": [("Participación", "Más de 26.000 participantes en 13 territorios.")],
            },
        },
    },
]

# Keys are Kit fields, plus "illustration" (the motif of the generated cover, from pictures.ILLUSTRATION_ALT) and
# "resources": the slugs of its resources, in order.
KITS = [
    {
        "slug": "mobilisation-kit-2015",
        "title": "Mobilisation kit — EI 7th World Congress, Ottawa 2015",
        "description": (
            "At Education International's 7th World Congress, held in Ottawa from 21 to 26 July 2015, the Network "
            "gave participants a mobilisation kit: a box of resources for action on health and social protection in "
            "the education community, wherever they work.\n\n"
            "It gathers sheets on the Network's projects and on actions led by its members, a guide to the "
            "collaborative formats tried at the Open Forum the day before the congress, and a poster of the three "
            "mission areas. Every resource can be downloaded here, one by one or all together."
        ),
        "event": "Education International 7th World Congress, Ottawa",
        "event_date": datetime.date(2015, 7, 21),
        "is_featured": True,
        "illustration": "circles",
        "resources": [
            "poster-three-mission-areas",
            "running-an-open-forum",
            "occupational-health-survey-2014-2015-sheet",
            "mutuelle-enseignants-burkina-faso",
            "one-euro-solidaire-action-sheet",
            "jumelage-mgen-mgpap",
            "twinning-mgen-mugef-ci-action-sheet",
            "health-factors-project-sheet",
        ],
    },
]
