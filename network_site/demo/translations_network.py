"""French and Spanish versions of the demo's Network pages, mission areas, mobilisation kit and main members."""

# The same address as content.CONTACT_EMAIL, written out here because content.py imports the models, and this
# module must stay importable without Django being set up.
CONTACT_EMAIL = "contact@education-solidarite.org"
_MAILTO = f"<a href=\"mailto:{CONTACT_EMAIL}\">{CONTACT_EMAIL}</a>"

_NETWORK_PAGES = {
    "who-we-are": {
        "fr": {
            "title": "Qui sommes-nous",
            "summary": (
                "Un réseau international de syndicats de l'éducation, de mutuelles de santé et d'autres "
                "organisations qui agissent pour la santé et la protection sociale de la communauté éducative."
            ),
            "body": (
                "<p>Le Réseau Éducation et Solidarité (en anglais, Education and Solidarity Network) rassemble "
                "des organisations attachées à la santé et à la protection sociale des personnes qui travaillent "
                "dans l'éducation : les enseignants, les autres personnels de l'éducation et, à travers eux, les "
                "élèves et leurs familles.</p>"
                "<h2>Nos membres</h2>"
                "<ul><li>des syndicats de l'éducation ;</li><li>des mutuelles de santé ;</li>"
                "<li>des coopératives ;</li><li>des associations de jeunesse ;</li>"
                "<li>des centres de recherche et des universités.</li></ul>"
                "<p>Le Réseau a été fondé en 2009 par la MGEN, l'Internationale de l'Éducation et l'AIM, avec le "
                "soutien de l'Organisation internationale du Travail. Il compte aujourd'hui des membres sur les "
                "cinq continents.</p>"
                "<h2>Nos langues</h2>"
                "<p>Le Réseau travaille en français, en anglais et en espagnol.</p>"
            ),
        },
        "es": {
            "title": "Quiénes somos",
            "summary": (
                "Una red internacional de sindicatos de la educación, mutuales de salud y otras organizaciones "
                "que trabajan por la salud y la protección social de la comunidad educativa."
            ),
            "body": (
                "<p>La Red Educación y Solidaridad (en francés, Réseau Éducation et Solidarité) reúne a "
                "organizaciones comprometidas con la salud y la protección social de las personas que trabajan "
                "en la educación: los docentes, el resto del personal de la educación y, a través de ellos, los "
                "alumnos y sus familias.</p>"
                "<h2>Nuestros miembros</h2>"
                "<ul><li>sindicatos de la educación;</li><li>mutuales de salud;</li><li>cooperativas;</li>"
                "<li>asociaciones juveniles;</li><li>centros de investigación y universidades.</li></ul>"
                "<p>La Red fue fundada en 2009 por la MGEN, la Internacional de la Educación y la AIM, con el "
                "apoyo de la Organización Internacional del Trabajo. Hoy cuenta con miembros en los cinco "
                "continentes.</p>"
                "<h2>Nuestros idiomas</h2>"
                "<p>La Red trabaja en francés, inglés y español.</p>"
            ),
        },
    },
    "our-mission": {
        "fr": {
            "title": "Notre mission",
            "summary": "Écoles en santé, protection sociale pour tous et place aux jeunes.",
            "body": (
                "<p>Le travail du Réseau s'organise autour de trois domaines d'action.</p>"
                "<h2>Écoles en santé</h2>"
                "<p>Des écoles où élèves et personnels peuvent apprendre et travailler en bonne santé : "
                "prévention, éducation à la santé et bonnes conditions de travail.</p>"
                "<h2>Protection sociale pour tous</h2>"
                "<p>Une couverture santé et une protection contre les aléas de la vie pour les personnels de "
                "l'éducation et leurs familles, dans tous les pays.</p>"
                "<h2>Place aux jeunes</h2>"
                "<p>De jeunes enseignants et des jeunes qui prennent toute leur place dans les syndicats, les "
                "mutuelles et les projets du Réseau.</p>"
                "<h2>Ce que nos membres attendent de nous</h2>"
                "<p>En 2015, des membres du Réseau et des syndicats africains de l'éducation réunis à Nairobi pour "
                "la conférence régionale de l'Internationale de l'Éducation ont demandé au Réseau d'assumer trois "
                "rôles en matière de santé et de protection sociale :</p>"
                "<ul><li>produire des connaissances ;</li><li>partager des expériences et des bonnes pratiques ;</li>"
                "<li>sensibiliser, former et accompagner les acteurs.</li></ul>"
                "<p>Pour y répondre, le Réseau met en commun les projets et les ressources de ses membres dans une "
                "boîte à outils, mène une recherche-action avec le CLEERESS et organise des ateliers collaboratifs, "
                "comme le Forum ouvert tenu à Ottawa en juillet 2015.</p>"
            ),
        },
        "es": {
            "title": "Nuestra misión",
            "summary": "Escuelas saludables, protección social para todos y espacio para los jóvenes.",
            "body": (
                "<p>El trabajo de la Red se organiza en tres áreas de acción.</p>"
                "<h2>Escuelas saludables</h2>"
                "<p>Escuelas donde alumnos y personal puedan aprender y trabajar con buena salud: prevención, "
                "educación para la salud y buenas condiciones de trabajo.</p>"
                "<h2>Protección social para todos</h2>"
                "<p>Cobertura de salud y protección frente a los riesgos de la vida para el personal de la "
                "educación y sus familias, en todos los países.</p>"
                "<h2>Espacio para los jóvenes</h2>"
                "<p>Docentes jóvenes y jóvenes en general que ocupan su lugar en los sindicatos, las mutuales y "
                "los proyectos de la Red.</p>"
                "<h2>Lo que nuestros miembros nos piden</h2>"
                "<p>En 2015, miembros de la Red y sindicatos africanos de la educación reunidos en Nairobi en la "
                "conferencia regional de la Internacional de la Educación pidieron a la Red que asumiera tres "
                "funciones en materia de salud y protección social:</p>"
                "<ul><li>generar conocimiento;</li><li>compartir experiencias y buenas prácticas;</li>"
                "<li>sensibilizar, formar y acompañar a los actores.</li></ul>"
                "<p>Para ello, la Red comparte los proyectos y recursos de sus miembros en una caja de "
                "herramientas, lleva a cabo una investigación-acción con el CLEERESS y organiza talleres "
                "colaborativos, como el Foro abierto celebrado en Ottawa en julio de 2015.</p>"
            ),
        },
    },
    "governance": {
        "fr": {
            "title": "Gouvernance",
            "summary": "Le fonctionnement du Réseau : ses fondateurs, son Assemblée générale et son Bureau.",
            "body": (
                "<h2>Fondateurs</h2>"
                "<p>Le Réseau a été fondé par la MGEN, l'Internationale de l'Éducation et l'AIM (Association "
                "internationale de la mutualité), avec le soutien de l'Organisation internationale du Travail.</p>"
                "<h2>Assemblée générale</h2>"
                "<p>L'Assemblée générale réunit l'ensemble des membres du Réseau. Elle se tient en général une "
                "fois par an, dans le pays d'un membre ou en ligne, pour faire le bilan du travail accompli et "
                "fixer les priorités de l'année à venir.</p>"
                "<h2>Bureau</h2>"
                "<p>Le Bureau pilote les travaux du Réseau entre deux Assemblées générales. Sa première réunion "
                "s'est tenue à Bruxelles en décembre 2009.</p>"
            ),
        },
        "es": {
            "title": "Gobernanza",
            "summary": "Cómo funciona la Red: sus fundadores, su Asamblea General y su Junta directiva.",
            "body": (
                "<h2>Fundadores</h2>"
                "<p>La Red fue fundada por la MGEN, la Internacional de la Educación y la AIM (Asociación "
                "Internacional de la Mutualidad), con el apoyo de la Organización Internacional del Trabajo.</p>"
                "<h2>Asamblea General</h2>"
                "<p>La Asamblea General reúne a todos los miembros de la Red. Por lo general se reúne una vez al "
                "año, en el país de un miembro o en línea, para revisar el trabajo realizado y acordar las "
                "prioridades del año siguiente.</p>"
                "<h2>Junta directiva</h2>"
                "<p>La Junta directiva orienta el trabajo de la Red entre una Asamblea General y la siguiente. Su "
                "primera reunión se celebró en Bruselas en diciembre de 2009.</p>"
            ),
        },
    },
    "history": {
        "fr": {
            "title": "Historique",
            "summary": (
                "D'une conférence de lancement à Paris en 2009 à 37 membres en 2018, sur les cinq "
                "continents."
            ),
            "body": (
                "<h2>2009 : le lancement</h2>"
                "<p>Le Réseau a été lancé lors d'une conférence à Paris les 14 et 15 mai 2009, à l'initiative de "
                "la MGEN, de l'Internationale de l'Éducation et de l'AIM, avec le soutien de l'OIT. Son premier "
                "Bureau s'est réuni à Bruxelles le 4 décembre 2009, avec 15 membres.</p>"
                "<h2>2014–2015 : connaissances et intelligence collective</h2>"
                "<ul><li>9 décembre 2014 : appel à chercheurs pour la recherche-action menée avec le "
                "CLEERESS.</li>"
                "<li>3 mars 2015 : la recherche-action est présentée aux coordinateurs de la recherche de "
                "l'Internationale de l'Éducation (RESNET).</li>"
                "<li>2015 : à la conférence régionale Afrique de l'Internationale de l'Éducation, à Nairobi, les "
                "membres demandent au Réseau de produire des connaissances, de partager les bonnes pratiques et "
                "d'accompagner les acteurs.</li>"
                "<li>20 juillet 2015, Ottawa : Assemblée générale et Forum ouvert, consacrés le matin à la santé "
                "à l'école et l'après-midi à la jeunesse et à la solidarité.</li>"
                "<li>21–26 juillet 2015, Ottawa : 7e Congrès mondial de l'Internationale de l'Éducation, où le "
                "Réseau distribue son kit de mobilisation.</li></ul>"
                "<h2>Assemblées générales</h2>"
                "<ul><li>Paris, 5 juillet 2016</li><li>Anvers, 30 juin 2017</li>"
                "<li>Paris, 9 juillet 2018 : sept nouveaux membres rejoignent le Réseau, qui compte 37 membres "
                "cette année-là.</li>"
                "<li>Bangkok, 20 juillet 2019 : le 10e anniversaire du Réseau.</li>"
                "<li>En ligne, 2020</li>"
                "<li>En ligne, 13 juillet 2021, avec un webinaire en anglais, en espagnol et en français.</li></ul>"
                "<h2>Aujourd'hui</h2>"
                "<p>Le Réseau compte des membres sur les cinq continents, présentés dans l'annuaire des membres.</p>"
            ),
        },
        "es": {
            "title": "Historia",
            "summary": (
                "De una conferencia de lanzamiento en París en 2009 a 37 miembros en 2018, en los cinco "
                "continentes."
            ),
            "body": (
                "<h2>2009: el lanzamiento</h2>"
                "<p>La Red se lanzó en una conferencia celebrada en París el 14 y el 15 de mayo de 2009, por "
                "iniciativa de la MGEN, la Internacional de la Educación y la AIM, con el apoyo de la OIT. Su "
                "primera Junta directiva se reunió en Bruselas el 4 de diciembre de 2009, con 15 miembros.</p>"
                "<h2>2014–2015: conocimiento e inteligencia colectiva</h2>"
                "<ul><li>9 de diciembre de 2014: convocatoria de investigadores para la investigación-acción "
                "realizada con el CLEERESS.</li>"
                "<li>3 de marzo de 2015: la investigación-acción se presenta a los coordinadores de investigación "
                "de la Internacional de la Educación (RESNET).</li>"
                "<li>2015: en la conferencia regional de África de la Internacional de la Educación, en Nairobi, "
                "los miembros piden a la Red que genere conocimiento, comparta buenas prácticas y acompañe a los "
                "actores.</li>"
                "<li>20 de julio de 2015, Ottawa: Asamblea General y Foro abierto, por la mañana sobre la salud en "
                "la escuela y por la tarde sobre la juventud y la solidaridad.</li>"
                "<li>21–26 de julio de 2015, Ottawa: 7.º Congreso Mundial de la Internacional de la Educación, "
                "donde la Red distribuye su kit de movilización.</li></ul>"
                "<h2>Asambleas generales</h2>"
                "<ul><li>París, 5 de julio de 2016</li><li>Amberes, 30 de junio de 2017</li>"
                "<li>París, 9 de julio de 2018: se incorporan siete nuevos miembros; ese año la Red cuenta con 37 "
                "miembros.</li>"
                "<li>Bangkok, 20 de julio de 2019: 10.º aniversario de la Red.</li>"
                "<li>En línea, 2020</li>"
                "<li>En línea, 13 de julio de 2021, con un seminario web en inglés, español y francés.</li></ul>"
                "<h2>Hoy</h2>"
                "<p>La Red cuenta con miembros en los cinco continentes, presentados en el directorio de miembros.</p>"
            ),
        },
    },
    "join-us": {
        "fr": {
            "title": "Nous rejoindre",
            "summary": "Qui peut adhérer au Réseau et comment présenter sa candidature.",
            "body": (
                "<h2>Qui peut adhérer</h2>"
                "<p>Le Réseau est ouvert aux organisations qui agissent pour la santé et la protection sociale de "
                "la communauté éducative :</p>"
                "<ul><li>syndicats de l'éducation ;</li><li>mutuelles ;</li><li>coopératives ;</li>"
                "<li>associations, y compris les associations de jeunesse ;</li>"
                "<li>centres de recherche et universités.</li></ul>"
                "<h2>Le rôle des membres</h2>"
                "<p>Les membres partagent leurs projets et leurs ressources, participent à l'Assemblée générale "
                "et aux projets du Réseau, et peuvent faire appel à l'expérience et au soutien des autres "
                "membres.</p>"
                "<h2>Comment adhérer</h2>"
                f"<p>Écrivez au Réseau à l'adresse {_MAILTO} en présentant brièvement votre organisation et ce "
                "qu'elle fait pour la santé et la protection sociale des personnels de l'éducation. Les instances "
                "du Réseau examineront ensuite votre candidature.</p>"
            ),
        },
        "es": {
            "title": "Únase a la Red",
            "summary": "Quién puede unirse a la Red y cómo presentar su solicitud.",
            "body": (
                "<h2>Quién puede unirse</h2>"
                "<p>La Red está abierta a las organizaciones que trabajan por la salud y la protección social de "
                "la comunidad educativa:</p>"
                "<ul><li>sindicatos de la educación;</li><li>mutuales;</li><li>cooperativas;</li>"
                "<li>asociaciones, incluidas las asociaciones juveniles;</li>"
                "<li>centros de investigación y universidades.</li></ul>"
                "<h2>Qué hacen los miembros</h2>"
                "<p>Los miembros comparten sus proyectos y recursos, participan en la Asamblea General y en los "
                "proyectos de la Red, y pueden pedir a otros miembros su experiencia y su apoyo.</p>"
                "<h2>Cómo presentar su solicitud</h2>"
                f"<p>Escriba a la Red a {_MAILTO} con una breve presentación de su organización y de lo que hace "
                "por la salud y la protección social del personal de la educación. Los órganos de gobierno de la "
                "Red estudiarán luego su solicitud.</p>"
            ),
        },
    },
    "legal-notice": {
        "fr": {
            "title": "Mentions légales et confidentialité",
            "summary": (
                "Qui publie ce site, ce qu'il conserve sur ses visiteurs et à qui appartient son contenu."
            ),
            "body": (
                "<h2>Éditeur</h2>"
                f"<p>Ce site est publié par le Réseau Éducation et Solidarité. Contact : {_MAILTO}.</p>"
                "<h2>Données personnelles</h2>"
                "<p>Le site ne conserve aucune donnée personnelle sur ses visiteurs au-delà de ce dont les "
                "journaux du serveur web ont besoin pour faire fonctionner le site et en assurer la sécurité. Ces "
                "journaux ne sont utilisés à aucune autre fin.</p>"
                "<h2>Cookies</h2>"
                "<p>Le site n'utilise aucun cookie de traçage ni aucun service de publicité ou de mesure "
                "d'audience. Seuls les membres de l'équipe qui se connectent pour modifier le site reçoivent les "
                "cookies nécessaires à la connexion.</p>"
                "<h2>Contenu</h2>"
                "<p>Le contenu de ce site appartient au Réseau et à ses membres, sauf si une licence indiquée "
                "avec un élément en dispose autrement.</p>"
                f"<p>Pour toute question sur ces mentions, écrivez à {_MAILTO}.</p>"
            ),
        },
        "es": {
            "title": "Aviso legal y privacidad",
            "summary": (
                "Quién publica este sitio, qué datos guarda sobre sus visitantes y a quién pertenece su contenido."
            ),
            "body": (
                "<h2>Editor</h2>"
                f"<p>Este sitio es publicado por la Red Educación y Solidaridad. Contacto: {_MAILTO}.</p>"
                "<h2>Datos personales</h2>"
                "<p>El sitio no guarda ningún dato personal sobre sus visitantes más allá de lo que los registros "
                "del servidor web necesitan para hacer funcionar el sitio y mantenerlo seguro. Estos registros no "
                "se usan para ningún otro fin.</p>"
                "<h2>Cookies</h2>"
                "<p>El sitio no utiliza cookies de seguimiento ni servicios de publicidad o de medición de "
                "audiencia. Solo el personal que inicia sesión para editar el sitio recibe las cookies que el "
                "inicio de sesión requiere.</p>"
                "<h2>Contenido</h2>"
                "<p>El contenido de este sitio pertenece a la Red y a sus miembros, salvo que una licencia indicada "
                "junto a un elemento diga otra cosa.</p>"
                f"<p>Para cualquier pregunta sobre este aviso, escriba a {_MAILTO}.</p>"
            ),
        },
    },
}

# The names follow documents.MISSION_AREAS, which the generated PDFs use.
_MISSION_AREAS = {
    "healthy-schools": {
        "fr": {
            "name": "Écoles en santé",
            "summary": (
                "Des écoles où élèves et personnels peuvent apprendre et travailler en bonne santé : prévention, "
                "éducation à la santé et conditions de travail."
            ),
        },
        "es": {
            "name": "Escuelas saludables",
            "summary": (
                "Escuelas donde alumnos y personal puedan aprender y trabajar con buena salud: prevención, "
                "educación para la salud y condiciones de trabajo."
            ),
        },
    },
    "social-protection-for-all": {
        "fr": {
            "name": "Protection sociale pour tous",
            "summary": (
                "Couverture santé et protection contre les risques maladie et vieillesse pour les personnels "
                "de l'éducation et leurs familles, dans tous les pays."
            ),
        },
        "es": {
            "name": "Protección social para todos",
            "summary": (
                "Cobertura de salud y protección frente a la enfermedad y la vejez para el personal de la "
                "educación y sus familias, en todos los países."
            ),
        },
    },
    "room-for-young-people": {
        "fr": {
            "name": "Place aux jeunes",
            "summary": (
                "De jeunes enseignants et des jeunes qui prennent toute leur place dans les syndicats, les "
                "mutuelles et les projets du Réseau."
            ),
        },
        "es": {
            "name": "Espacio para los jóvenes",
            "summary": (
                "Docentes jóvenes y jóvenes en general que ocupan su lugar en los sindicatos, las mutuales y los "
                "proyectos de la Red."
            ),
        },
    },
}

# The description is plain text (paragraphs separated by a blank line), as in toolbox_content.KITS. The cover
# text translates pictures.ILLUSTRATION_ALT["circles"], the motif of this kit's generated cover.
_KITS = {
    "mobilisation-kit-2015": {
        "fr": {
            "title": "Kit de mobilisation — 7e Congrès mondial de l'IE, Ottawa 2015",
            "description": (
                "Lors du 7e Congrès mondial de l'Internationale de l'Éducation, tenu à Ottawa du 21 au 26 juillet "
                "2015, le Réseau a remis aux participants un kit de mobilisation : une boîte de ressources pour "
                "agir en faveur de la santé et de la protection sociale dans la communauté éducative, où qu'ils "
                "travaillent.\n\n"
                "Il rassemble des fiches sur les projets du Réseau et sur des actions menées par ses membres, un "
                "guide des formats collaboratifs expérimentés lors du Forum ouvert, la veille du congrès, et une "
                "affiche présentant les trois domaines d'action. Chaque ressource peut être téléchargée ici, une à "
                "une ou toutes ensemble."
            ),
            "event": "7e Congrès mondial de l'Internationale de l'Éducation, Ottawa",
            "cover_alt": (
                "Illustration : motif abstrait de cercles qui se chevauchent, aux couleurs du Réseau : bleu, "
                "rouille et jaune."
            ),
        },
        "es": {
            "title": "Kit de movilización — 7.º Congreso Mundial de la IE, Ottawa 2015",
            "description": (
                "En el 7.º Congreso Mundial de la Internacional de la Educación, celebrado en Ottawa del 21 al 26 "
                "de julio de 2015, la Red entregó a los participantes un kit de movilización: una caja de recursos "
                "para actuar en favor de la salud y la protección social en la comunidad educativa, dondequiera "
                "que trabajen.\n\n"
                "Reúne fichas sobre los proyectos de la Red y sobre acciones dirigidas por sus miembros, una guía "
                "de los formatos colaborativos que se pusieron a prueba en el Foro abierto el día anterior al "
                "congreso y un cartel de las tres áreas de acción. Cada recurso puede descargarse aquí, uno por "
                "uno o todos juntos."
            ),
            "event": "7.º Congreso Mundial de la Internacional de la Educación, Ottawa",
            "cover_alt": (
                "Ilustración: patrón abstracto de círculos superpuestos en los colores de la Red: azul, óxido y "
                "amarillo."
            ),
        },
    },
}

# All seven originals are written in English, so each gets both a French and a Spanish version. Organisation
# names and acronyms are proper names and stay as in content.ORGANISATIONS.
_ORGANISATIONS = {
    "mgen": {
        "fr": {
            "description": (
                "<p>La MGEN est une mutuelle de santé française créée par et pour les personnes qui travaillent "
                "dans l'éducation. Ses adhérents la dirigent et partagent entre eux le coût de leurs soins.</p>"
                "<p>Elle est l'un des trois fondateurs du Réseau, avec l'Internationale de l'Éducation et "
                "l'AIM.</p>"
            ),
            "health_social_protection_work": (
                "<p>La MGEN offre à ses adhérents une couverture santé et des actions de prévention. Au sein du "
                "Réseau, elle soutient la mutuelle des enseignants du Burkina Faso et est jumelée avec deux "
                "mutuelles africaines : la MGPAP au Maroc et la Mugef-CI en Côte d'Ivoire.</p>"
            ),
        },
        "es": {
            "description": (
                "<p>La MGEN es una mutual de salud francesa creada por y para las personas que trabajan en la "
                "educación. Sus miembros la dirigen y comparten entre sí el costo de su atención de salud.</p>"
                "<p>Es uno de los tres fundadores de la Red, junto con la Internacional de la Educación y la "
                "AIM.</p>"
            ),
            "health_social_protection_work": (
                "<p>La MGEN ofrece a sus miembros cobertura de salud y prevención. En el marco de la Red, apoya a "
                "la mutual de los docentes de Burkina Faso y está hermanada con dos mutuales de África: la MGPAP, "
                "en Marruecos, y la Mugef-CI, en Costa de Marfil.</p>"
            ),
        },
    },
    "education-international": {
        "fr": {
            "description": (
                "<p>L'Internationale de l'Éducation est la fédération mondiale des syndicats d'enseignants et de "
                "travailleurs de l'éducation. Elle porte la voix des personnels de l'éducation au niveau "
                "international et réunit ses syndicats membres lors de congrès mondiaux et de conférences "
                "régionales.</p>"
                "<p>Elle est l'un des trois fondateurs du Réseau.</p>"
            ),
            "health_social_protection_work": (
                "<p>L'IE fait connaître à ses syndicats membres les enjeux de santé et de protection sociale des "
                "personnels de l'éducation. Lors de son 7e Congrès mondial, à Ottawa en juillet 2015, le Réseau a "
                "distribué son kit de mobilisation, et lors de la conférence régionale Afrique de 2015, à "
                "Nairobi, les syndicats ont demandé au Réseau de produire des connaissances, de partager les "
                "bonnes pratiques et d'accompagner celles et ceux qui agissent sur ces questions.</p>"
            ),
        },
        "es": {
            "description": (
                "<p>La Internacional de la Educación es la federación mundial de sindicatos de docentes y de "
                "trabajadores de la educación. Representa al personal de la educación a nivel internacional y "
                "reúne a sus sindicatos miembros en congresos mundiales y conferencias regionales.</p>"
                "<p>Es uno de los tres fundadores de la Red.</p>"
            ),
            "health_social_protection_work": (
                "<p>La IE acerca a sus sindicatos miembros los temas de salud y protección social del personal de "
                "la educación. En su 7.º Congreso Mundial, celebrado en Ottawa en julio de 2015, la Red distribuyó "
                "su kit de movilización, y en la conferencia regional de África de 2015, en Nairobi, los "
                "sindicatos pidieron a la Red que generara conocimiento, compartiera buenas prácticas y apoyara a "
                "las personas que actúan en estos temas.</p>"
            ),
        },
    },
    "aim": {
        "fr": {
            "description": (
                "<p>L'AIM rassemble des mutuelles et des organismes d'assurance santé à but non lucratif. Elle est "
                "l'un des trois fondateurs du Réseau.</p>"
            ),
            "health_social_protection_work": (
                "<p>L'AIM défend le modèle mutualiste de couverture santé, dans lequel les adhérents partagent les "
                "risques et ont leur mot à dire sur la gestion de leur mutuelle. Elle apporte cette expérience aux "
                "travaux du Réseau sur la protection sociale pour tous.</p>"
            ),
        },
        "es": {
            "description": (
                "<p>La AIM reúne a mutuales y aseguradoras de salud sin fines de lucro. Es uno de los tres "
                "fundadores de la Red.</p>"
            ),
            "health_social_protection_work": (
                "<p>La AIM defiende el modelo mutualista de cobertura de salud, en el que los miembros comparten "
                "los riesgos y tienen voz en la gestión de su mutual. Aporta esta experiencia al trabajo de la Red "
                "sobre la protección social para todos.</p>"
            ),
        },
    },
    "csq": {
        "fr": {
            "description": (
                "<p>La CSQ est une organisation syndicale québécoise qui compte parmi ses membres un grand nombre "
                "de personnes travaillant dans l'éducation. Elle est membre du Réseau.</p>"
            ),
            "health_social_protection_work": (
                "<p>La CSQ agit sur les conditions de travail et la santé de ses membres et partage son "
                "expérience avec des syndicats d'autres pays au sein du Réseau. Le Canada faisait partie des pays "
                "couverts par l'enquête 2014–2015 du Réseau sur la santé au travail des personnels de "
                "l'éducation.</p>"
            ),
        },
        "es": {
            "description": (
                "<p>La CSQ es una organización sindical de Quebec que cuenta entre sus miembros con un gran número "
                "de personas que trabajan en la educación. Es miembro de la Red.</p>"
            ),
            "health_social_protection_work": (
                "<p>La CSQ trabaja sobre las condiciones laborales y la salud de sus miembros y comparte su "
                "experiencia con sindicatos de otros países a través de la Red. Canadá fue uno de los países "
                "incluidos en la encuesta 2014–2015 de la Red sobre la salud laboral del personal de la "
                "educación.</p>"
            ),
        },
    },
    "cleeress": {
        "fr": {
            "description": (
                "<p>Le CLEERESS est un pôle d'éducation, d'enseignement et de recherche en économie sociale et "
                "solidaire. C'est le partenaire du Réseau pour la recherche-action.</p>"
            ),
            "health_social_protection_work": (
                "<p>Avec le CLEERESS, le Réseau a publié en décembre 2014 un appel à chercheurs sur un premier "
                "thème : la promotion de la santé des élèves et des enseignants à l'école. L'objectif est que les "
                "chercheurs produisent, avec les acteurs de terrain, des outils de transformation sociale dont "
                "d'autres pourront se servir.</p>"
            ),
        },
        "es": {
            "description": (
                "<p>El CLEERESS es un polo de educación, enseñanza e investigación en economía social y solidaria. "
                "Es el socio de la Red para la investigación-acción.</p>"
            ),
            "health_social_protection_work": (
                "<p>Con el CLEERESS, la Red publicó en diciembre de 2014 una convocatoria de investigadores sobre "
                "un primer tema: la promoción de la salud de los alumnos y los docentes en la escuela. El objetivo "
                "es que los investigadores produzcan, junto con los actores sobre el terreno, herramientas de "
                "transformación social que otros puedan utilizar.</p>"
            ),
        },
    },
    "feneco": {
        "fr": {
            "description": (
                "<p>FENECO est membre du Réseau en République démocratique du Congo, l'un des pays où les membres "
                "du Réseau étaient actifs en 2014.</p>"
            ),
            "health_social_protection_work": (
                "<p>FENECO mène une campagne pour la couverture santé universelle, afin que les personnels de "
                "l'éducation et leurs familles puissent se soigner sans basculer dans la pauvreté.</p>"
            ),
        },
        "es": {
            "description": (
                "<p>FENECO es miembro de la Red en la República Democrática del Congo, uno de los países donde los "
                "miembros de la Red estaban activos en 2014.</p>"
            ),
            "health_social_protection_work": (
                "<p>FENECO lleva adelante una campaña por la cobertura universal de salud, para que el personal de "
                "la educación y sus familias puedan recibir atención sin caer en la pobreza.</p>"
            ),
        },
    },
    "gestarsalud": {
        "fr": {
            "description": (
                "<p>Gestarsalud, association colombienne d'assureurs santé mutualistes, est membre du "
                "Réseau.</p>"
            ),
            "health_social_protection_work": (
                "<p>Ses membres offrent une couverture santé fondée sur la solidarité. Gestarsalud apporte aux "
                "travaux du Réseau sur la protection sociale pour tous l'expérience des assureurs mutualistes "
                "d'Amérique latine.</p>"
            ),
        },
        "es": {
            "description": (
                "<p>Gestarsalud es una asociación colombiana de aseguradoras mutuales de salud y es miembro de la "
                "Red.</p>"
            ),
            "health_social_protection_work": (
                "<p>Sus miembros ofrecen una cobertura de salud basada en la solidaridad. Gestarsalud aporta al "
                "trabajo de la Red sobre la protección social para todos la experiencia de las aseguradoras "
                "mutuales latinoamericanas.</p>"
            ),
        },
    },
}

# {model label: {slug: {language: {field: text}}}}
TRANSLATIONS = {
    "network_site.NetworkPage": _NETWORK_PAGES,
    "core.MissionArea": _MISSION_AREAS,
    "toolbox.Kit": _KITS,
    "members.Organisation": _ORGANISATIONS,
}
