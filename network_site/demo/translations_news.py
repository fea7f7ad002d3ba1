"""French and Spanish versions of the demo's events and news articles not in translations_content.py."""

# {model label: {slug: {language: {field: text}}}}, as in translations_content.py.
TRANSLATIONS = {
    "news.Event": {
        "launch-conference-paris-2009": {
            "fr": {
                "title": "Conférence de lancement du Réseau, Paris",
                "summary": (
                    "Deux jours à Paris, les 14 et 15 mai 2009, pour lancer le Réseau Éducation et Solidarité, "
                    "fondé par la MGEN, l'Internationale de l'Éducation et l'AIM avec le soutien de l'OIT."
                ),
                "description": (
                    "<p>Le Réseau est né lors d'une conférence à Paris en mai 2009. Ses trois fondateurs, une "
                    "mutuelle française des enseignants (la MGEN), la fédération mondiale des syndicats de "
                    "l'éducation (l'Internationale de l'Éducation) et l'association internationale des mutuelles "
                    "(l'AIM), ont réuni syndicats et mutuelles autour d'une idée : les personnes qui travaillent "
                    "dans l'éducation ont besoin d'une couverture santé et d'une protection sociale, et elles peuvent "
                    "les construire ensemble.</p>"
                    "<p>L'Organisation internationale du Travail a soutenu ce lancement.</p>"
                ),
                "outcomes": (
                    "<p>Le Réseau a été lancé. Lors de son premier Bureau, à Bruxelles le 4 décembre 2009, il "
                    "comptait 15 membres.</p>"
                ),
            },
            "es": {
                "title": "Conferencia de lanzamiento de la Red, París",
                "summary": (
                    "Dos días en París, el 14 y el 15 de mayo de 2009, para lanzar la Red Educación y Solidaridad, "
                    "fundada por la MGEN, la Internacional de la Educación y la AIM con el apoyo de la OIT."
                ),
                "description": (
                    "<p>La Red nació en una conferencia celebrada en París en mayo de 2009. Sus tres fundadores, una "
                    "mutual francesa de docentes (la MGEN), la federación mundial de sindicatos de la educación (la "
                    "Internacional de la Educación) y la asociación internacional de mutuales (la AIM), reunieron a "
                    "sindicatos y mutuales en torno a una idea: las personas que trabajan en la educación necesitan "
                    "cobertura de salud y protección social, y pueden construirlas juntas.</p>"
                    "<p>La Organización Internacional del Trabajo apoyó el lanzamiento.</p>"
                ),
                "outcomes": (
                    "<p>La Red quedó constituida. En su primera Junta, en Bruselas el 4 de diciembre de 2009, "
                    "contaba con 15 miembros.</p>"
                ),
            },
        },
        "resnet-presentation-2015": {
            "fr": {
                "title": (
                    "La recherche-action présentée aux coordinateurs de recherche de l'Internationale de "
                    "l'Éducation (RESNET)"
                ),
                "summary": (
                    "Le 3 mars 2015, le Réseau a présenté son programme de recherche-action avec le CLEERESS au "
                    "RESNET, le réseau des coordinateurs de recherche de l'Internationale de l'Éducation."
                ),
                "description": (
                    "<p>Trois mois après son appel à chercheurs lancé avec le CLEERESS, le Réseau a expliqué son "
                    "programme de recherche-action aux coordinateurs de recherche de l'Internationale de "
                    "l'Éducation.</p>"
                    "<p>L'idée est d'associer des chercheurs aux projets de terrain du Réseau, pour que chercheurs "
                    "et acteurs de terrain produisent ensemble des outils théoriques et méthodologiques que d'autres "
                    "pourront réutiliser. Le premier thème est la promotion de la santé des élèves et des "
                    "enseignants à l'école.</p>"
                    "<p><em>Le lieu et les horaires indiqués sont illustratifs : les archives du Réseau ne donnent "
                    "que la date.</em></p>"
                ),
                "programme": (
                    "<ul><li>Le Réseau et ses projets en quelques mots.</li>"
                    "<li>La recherche-action avec le CLEERESS : ses objectifs, l'appel de décembre 2014 et son "
                    "premier thème.</li>"
                    "<li>Les questions des coordinateurs de recherche.</li></ul>"
                ),
                "outcomes": (
                    "<p>Les coordinateurs de recherche des syndicats de l'éducation ont découvert le programme dès "
                    "son lancement et ont pu transmettre l'appel aux chercheurs avec qui ils travaillent.</p>"
                ),
            },
            "es": {
                "title": (
                    "La investigación-acción presentada a los coordinadores de investigación de la Internacional de "
                    "la Educación (RESNET)"
                ),
                "summary": (
                    "El 3 de marzo de 2015, la Red presentó su programa de investigación-acción con el CLEERESS a "
                    "RESNET, la red de coordinadores de investigación de la Internacional de la Educación."
                ),
                "description": (
                    "<p>Tres meses después de su convocatoria de investigadores con el CLEERESS, la Red explicó su "
                    "programa de investigación-acción a los coordinadores de investigación de la Internacional de la "
                    "Educación.</p>"
                    "<p>La idea es incorporar a investigadores en los proyectos de terreno de la Red, para que "
                    "investigadores y actores de terreno produzcan juntos herramientas teóricas y metodológicas que "
                    "otros puedan reutilizar. El primer tema es la promoción de la salud de los alumnos y los "
                    "docentes en la escuela.</p>"
                    "<p><em>El lugar y los horarios indicados son ilustrativos: los archivos de la Red solo dan la "
                    "fecha.</em></p>"
                ),
                "programme": (
                    "<ul><li>La Red y sus proyectos en pocas palabras.</li>"
                    "<li>La investigación-acción con el CLEERESS: objetivos, la convocatoria de diciembre de 2014 y "
                    "su primer tema.</li>"
                    "<li>Preguntas de los coordinadores de investigación.</li></ul>"
                ),
                "outcomes": (
                    "<p>Los coordinadores de investigación de los sindicatos de la educación conocieron el programa "
                    "desde el principio y pudieron transmitir la convocatoria a los investigadores con los que "
                    "trabajan.</p>"
                ),
            },
        },
        "ei-africa-regional-conference-nairobi-2015": {
            "fr": {
                "title": "Conférence régionale Afrique de l'Internationale de l'Éducation, Nairobi 2015",
                "summary": (
                    "Lors de la conférence régionale Afrique 2015 de l'Internationale de l'Éducation à Nairobi, des "
                    "membres du Réseau et des syndicats africains de l'éducation ont demandé au Réseau d'assumer "
                    "trois rôles en matière de santé et de protection sociale."
                ),
                "description": (
                    "<p>Des syndicats de l'éducation de toute l'Afrique se sont réunis à Nairobi pour leur "
                    "conférence régionale. Plusieurs membres du Réseau étaient également présents, et ensemble ils "
                    "ont débattu de ce que le Réseau devrait faire pour la santé et la protection sociale des "
                    "personnels de l'éducation.</p>"
                    "<p><em>Les dates indiquées sont illustratives : les archives du Réseau donnent l'année, 2015, "
                    "et le lieu, mais pas les jours.</em></p>"
                ),
                "outcomes": (
                    "<p>Les membres et les syndicats africains ont demandé au Réseau d'être l'organisation qui, en "
                    "matière de santé et de protection sociale :</p>"
                    "<ul><li>produit des connaissances ;</li>"
                    "<li>partage des expériences et des bonnes pratiques ;</li>"
                    "<li>sensibilise, forme et accompagne les acteurs.</li></ul>"
                    "<p>Ces trois rôles guident depuis le travail du Réseau, de sa boîte à outils à sa "
                    "recherche-action avec le CLEERESS.</p>"
                ),
            },
            "es": {
                "title": "Conferencia regional de África de la Internacional de la Educación, Nairobi 2015",
                "summary": (
                    "En la conferencia regional de África de 2015 de la Internacional de la Educación, en Nairobi, "
                    "miembros de la Red y sindicatos africanos de la educación pidieron a la Red que asumiera tres "
                    "funciones en materia de salud y protección social."
                ),
                "description": (
                    "<p>Sindicatos de la educación de toda África se reunieron en Nairobi para su conferencia "
                    "regional. Varios miembros de la Red también asistieron y, juntos, debatieron lo que la Red "
                    "debería hacer por la salud y la protección social del personal de la educación.</p>"
                    "<p><em>Las fechas indicadas son ilustrativas: los archivos de la Red dan el año, 2015, y el "
                    "lugar, pero no los días.</em></p>"
                ),
                "outcomes": (
                    "<p>Los miembros y los sindicatos africanos pidieron a la Red que fuera la organización que, en "
                    "materia de salud y protección social:</p>"
                    "<ul><li>genera conocimiento;</li>"
                    "<li>comparte experiencias y buenas prácticas;</li>"
                    "<li>sensibiliza, forma y acompaña a los actores.</li></ul>"
                    "<p>Estas tres funciones orientan desde entonces el trabajo de la Red, desde su caja de "
                    "herramientas hasta su investigación-acción con el CLEERESS.</p>"
                ),
            },
        },
        "ei-7th-world-congress-ottawa-2015": {
            "fr": {
                "title": "7e Congrès mondial de l'Internationale de l'Éducation, Ottawa",
                "summary": (
                    "Le 7e Congrès mondial de l'Internationale de l'Éducation, « Unis pour une éducation de "
                    "qualité », s'est réuni à Ottawa du 21 au 26 juillet 2015. Le Réseau y a remis son kit de "
                    "mobilisation aux participants."
                ),
                "description": (
                    "<p>Régulièrement, l'Internationale de l'Éducation, l'un des fondateurs du Réseau, réunit ses "
                    "syndicats membres du monde entier en Congrès mondial. Le 7e, tenu à Ottawa sous le mot "
                    "d'ordre « Unis pour une éducation de qualité », s'est ouvert au lendemain du Forum ouvert du "
                    "Réseau.</p>"
                    "<p>Le Réseau en a profité pour remettre aux participants un kit de mobilisation : une boîte de "
                    "ressources pour agir en faveur de la santé et de la protection sociale dans la communauté "
                    "éducative.</p>"
                ),
                "programme": (
                    "<p>Le programme du congrès était fixé par l'Internationale de l'Éducation. Pour le Réseau, "
                    "cette semaine a été l'occasion de remettre le kit de mobilisation et de rencontrer des "
                    "syndicats de l'éducation de tous les continents.</p>"
                ),
                "outcomes": (
                    "<p>Les participants sont repartis avec le kit. Chacune de ses ressources peut être téléchargée "
                    "dans la boîte à outils, une par une ou en un fichier ZIP par langue.</p>"
                ),
            },
            "es": {
                "title": "7.º Congreso Mundial de la Internacional de la Educación, Ottawa",
                "summary": (
                    "El 7.º Congreso Mundial de la Internacional de la Educación, «Unidos por una educación de "
                    "calidad», se reunió en Ottawa del 21 al 26 de julio de 2015. La Red entregó su kit de "
                    "movilización a los participantes."
                ),
                "description": (
                    "<p>Cada pocos años, la Internacional de la Educación, uno de los fundadores de la Red, reúne a "
                    "sus sindicatos miembros de todo el mundo en un Congreso Mundial. El 7.º, celebrado en Ottawa "
                    "con el lema «Unidos por una educación de calidad», se inauguró el día después del Foro abierto "
                    "de la Red.</p>"
                    "<p>La Red aprovechó la ocasión para entregar a los participantes un kit de movilización: una "
                    "caja de recursos para actuar por la salud y la protección social en la comunidad "
                    "educativa.</p>"
                ),
                "programme": (
                    "<p>El programa del congreso lo fijó la Internacional de la Educación. Para la Red, la semana "
                    "fue una ocasión para entregar el kit de movilización y conocer a sindicatos de la educación de "
                    "todos los continentes.</p>"
                ),
                "outcomes": (
                    "<p>Los participantes se llevaron el kit. Cada uno de sus recursos puede descargarse en la caja "
                    "de herramientas, uno a uno o en un archivo ZIP por idioma.</p>"
                ),
            },
        },
        "general-assembly-paris-2016": {
            "fr": {
                "title": "Assemblée générale, Paris 2016",
                "summary": (
                    "Les membres du Réseau se sont réunis à Paris le 5 juillet 2016 pour leur Assemblée générale."
                ),
                "description": (
                    "<p>L'Assemblée générale est la réunion annuelle où les organisations membres du Réseau font le "
                    "bilan du travail mené ensemble et décident de la suite. En 2016, elle s'est tenue à Paris.</p>"
                ),
            },
            "es": {
                "title": "Asamblea General, París 2016",
                "summary": "Los miembros de la Red se reunieron en París el 5 de julio de 2016 en su Asamblea General.",
                "description": (
                    "<p>La Asamblea General es la reunión anual en la que las organizaciones miembros de la Red hacen "
                    "balance del trabajo realizado en común y deciden los próximos pasos. En 2016 se celebró en "
                    "París.</p>"
                ),
            },
        },
        "general-assembly-antwerp-2017": {
            "fr": {
                "title": "Assemblée générale, Anvers 2017",
                "summary": "L'Assemblée générale du Réseau s'est réunie à Anvers, en Belgique, le 30 juin 2017.",
                "description": (
                    "<p>En 2017, les membres du Réseau ont tenu leur Assemblée générale à Anvers. L'année avait vu "
                    "le lancement de l'application FilGood en janvier et une formation pour des jeunes en Colombie "
                    "en février.</p>"
                ),
            },
            "es": {
                "title": "Asamblea General, Amberes 2017",
                "summary": "La Asamblea General de la Red se reunió en Amberes, Bélgica, el 30 de junio de 2017.",
                "description": (
                    "<p>En 2017, los miembros de la Red celebraron su Asamblea General en Amberes. Ese año se había "
                    "lanzado la aplicación FilGood en enero y se había celebrado una formación para jóvenes en "
                    "Colombia en febrero.</p>"
                ),
            },
        },
        "general-assembly-paris-2018": {
            "fr": {
                "title": "Assemblée générale, Paris 2018",
                "summary": (
                    "Réunie à Paris le 9 juillet 2018, l'Assemblée générale a accueilli sept nouveaux membres."
                ),
                "description": (
                    "<p>L'Assemblée générale 2018 s'est tenue à Paris. Elle a accueilli sept nouvelles "
                    "organisations membres ; le Réseau comptait 37 membres cette année-là.</p>"
                ),
                "outcomes": (
                    "<p>Sept nouveaux membres. La CMIM, une mutuelle marocaine, fait partie des organisations qui "
                    "ont rejoint le Réseau en 2018.</p>"
                ),
            },
            "es": {
                "title": "Asamblea General, París 2018",
                "summary": (
                    "Reunida en París el 9 de julio de 2018, la Asamblea General dio la bienvenida a siete nuevos "
                    "miembros."
                ),
                "description": (
                    "<p>La Asamblea General de 2018 se celebró en París. Dio la bienvenida a siete nuevas "
                    "organizaciones miembros; ese año la Red contaba con 37 miembros.</p>"
                ),
                "outcomes": (
                    "<p>Siete nuevos miembros. La CMIM, una mutual marroquí, es una de las organizaciones que se "
                    "unieron a la Red en 2018.</p>"
                ),
            },
        },
        "open-forum-port-au-prince-2019": {
            "fr": {
                "title": "Forum ouvert SACHA, Port-au-Prince",
                "summary": (
                    "Un forum ouvert organisé en avril 2019 à Port-au-Prince, en Haïti, pour réunir les personnes "
                    "engagées dans SACHA, le projet du Réseau avec six écoles."
                ),
                "description": (
                    "<p>Cinq mois après le début de SACHA, le projet a repris en Haïti les formats collaboratifs du "
                    "Réseau : un forum ouvert où les personnes engagées dans les six écoles ont pu partager leur "
                    "expérience et leurs idées.</p>"
                    "<p><em>Le jour indiqué est illustratif : les archives du Réseau donnent le mois, avril "
                    "2019.</em></p>"
                ),
            },
            "es": {
                "title": "Foro abierto de SACHA, Puerto Príncipe",
                "summary": (
                    "Un foro abierto celebrado en abril de 2019 en Puerto Príncipe, Haití, para reunir a las "
                    "personas implicadas en SACHA, el proyecto de la Red con seis escuelas."
                ),
                "description": (
                    "<p>Cinco meses después del inicio de SACHA, el proyecto utilizó en Haití los formatos "
                    "colaborativos de la Red: un foro abierto donde las personas implicadas en las seis escuelas "
                    "pudieron compartir su experiencia y sus ideas.</p>"
                    "<p><em>El día indicado es ilustrativo: los archivos de la Red dan el mes, abril de "
                    "2019.</em></p>"
                ),
            },
        },
        "general-assembly-bangkok-2019": {
            "fr": {
                "title": "Assemblée générale et 10e anniversaire, Bangkok 2019",
                "summary": (
                    "Le Réseau a fêté son 10e anniversaire lors de son Assemblée générale à Bangkok, en Thaïlande, "
                    "le 20 juillet 2019."
                ),
                "description": (
                    "<p>Dix ans après sa conférence de lancement à Paris en mai 2009, le Réseau a tenu son Assemblée "
                    "générale à Bangkok. Parti de 15 membres lors de son premier Bureau, il était devenu un réseau "
                    "de syndicats de l'éducation, de mutuelles, d'associations et de centres de recherche présents "
                    "sur plusieurs continents.</p>"
                ),
            },
            "es": {
                "title": "Asamblea General y 10.º aniversario, Bangkok 2019",
                "summary": (
                    "La Red celebró su 10.º aniversario en su Asamblea General de Bangkok, Tailandia, el 20 de julio "
                    "de 2019."
                ),
                "description": (
                    "<p>Diez años después de su conferencia de lanzamiento en París en mayo de 2009, la Red celebró "
                    "su Asamblea General en Bangkok. De los 15 miembros de su primera Junta había pasado a ser una "
                    "red de sindicatos de la educación, mutuales, asociaciones y centros de investigación en varios "
                    "continentes.</p>"
                ),
            },
        },
        "general-assembly-online-2020": {
            "fr": {
                "title": "Assemblée générale en ligne, 2020",
                "summary": "En 2020, l'Assemblée générale du Réseau s'est réunie en ligne pour la première fois.",
                "description": (
                    "<p>En 2020, les membres du Réseau ont tenu leur Assemblée générale en ligne. La même année, "
                    "deux nouveaux membres ont rejoint le Réseau : le SYECO, un syndicat de l'éducation de la "
                    "République démocratique du Congo, et le SER, le syndicat des enseignants de Suisse "
                    "romande.</p>"
                    "<p><em>La date et les horaires indiqués sont illustratifs : les archives du Réseau donnent "
                    "l'année.</em></p>"
                ),
            },
            "es": {
                "title": "Asamblea General en línea, 2020",
                "summary": "En 2020, la Asamblea General de la Red se reunió en línea por primera vez.",
                "description": (
                    "<p>En 2020, los miembros de la Red celebraron su Asamblea General en línea. Ese mismo año se "
                    "unieron dos nuevos miembros: el SYECO, un sindicato de la educación de la República Democrática "
                    "del Congo, y el SER, el sindicato de docentes de la Suiza francófona.</p>"
                    "<p><em>La fecha y los horarios indicados son ilustrativos: los archivos de la Red dan el "
                    "año.</em></p>"
                ),
            },
        },
        "general-assembly-online-2021": {
            "fr": {
                "title": "Assemblée générale et webinaire en ligne, 2021",
                "summary": (
                    "L'Assemblée générale du 13 juillet 2021 s'est réunie en ligne, accompagnée d'un webinaire en "
                    "anglais, en espagnol et en français."
                ),
                "description": (
                    "<p>Pour la deuxième année consécutive, l'Assemblée générale s'est réunie en ligne. Un webinaire "
                    "l'a accompagnée, dans les trois langues du Réseau, pour que les membres de toutes les régions "
                    "puissent suivre dans la leur.</p>"
                ),
                "programme": (
                    "<ul><li>Assemblée générale des organisations membres.</li>"
                    "<li>Webinaire en anglais, en espagnol et en français.</li></ul>"
                ),
            },
            "es": {
                "title": "Asamblea General y seminario web en línea, 2021",
                "summary": (
                    "La Asamblea General del 13 de julio de 2021 se reunió en línea, acompañada de un seminario web "
                    "en inglés, español y francés."
                ),
                "description": (
                    "<p>Por segundo año consecutivo, la Asamblea General se reunió en línea. La acompañó un seminario "
                    "web en los tres idiomas de la Red, para que los miembros de todas las regiones pudieran seguirlo "
                    "en el suyo.</p>"
                ),
                "programme": (
                    "<ul><li>Asamblea General de las organizaciones miembros.</li>"
                    "<li>Seminario web en inglés, español y francés.</li></ul>"
                ),
            },
        },
    },
    "news.Article": {
        "call-for-researchers-health-in-schools": {
            "fr": {
                "title": "Un appel à chercheurs sur la santé à l'école",
                "summary": (
                    "Avec le cluster de recherche CLEERESS, le Réseau invite des chercheurs à rejoindre son "
                    "programme de recherche-action. Premier thème : promouvoir la santé des élèves et des "
                    "enseignants à l'école."
                ),
                "body": (
                    "<p>Le Réseau et le CLEERESS, un cluster d'éducation, d'enseignement et de recherche en économie "
                    "sociale et solidaire, ont publié un appel à chercheurs.</p>"
                    "<p>La recherche-action, telle que le Réseau l'entend, ce sont des chercheurs qui travaillent au "
                    "sein des projets de terrain avec les personnes qui les mènent. Ensemble, ils produisent des "
                    "outils théoriques et méthodologiques de transformation sociale, rédigés pour que d'autres "
                    "puissent s'en saisir et les utiliser.</p>"
                    "<p>Le premier thème est la promotion de la santé des élèves et des enseignants à l'école, l'un "
                    "des trois domaines d'action du Réseau.</p>"
                    "<p>L'appel est présenté sur la page de la recherche-action.</p>"
                ),
            },
            "es": {
                "title": "Una convocatoria de investigadores sobre la salud en la escuela",
                "summary": (
                    "Con el clúster de investigación CLEERESS, la Red invita a investigadores a sumarse a su "
                    "programa de investigación-acción. Primer tema: promover la salud de alumnos y docentes en la "
                    "escuela."
                ),
                "body": (
                    "<p>La Red y el CLEERESS, un clúster de educación, enseñanza e investigación en economía social "
                    "y solidaria, han publicado una convocatoria de investigadores.</p>"
                    "<p>La investigación-acción, tal como la entiende la Red, significa investigadores que trabajan "
                    "dentro de los proyectos de terreno con las personas que los llevan a cabo. Juntos producen "
                    "herramientas teóricas y metodológicas de transformación social, redactadas para que otros "
                    "puedan retomarlas y utilizarlas.</p>"
                    "<p>El primer tema es la promoción de la salud de los alumnos y los docentes en la escuela, una "
                    "de las tres áreas de acción de la Red.</p>"
                    "<p>La convocatoria se describe en la página de investigación-acción.</p>"
                ),
            },
        },
        "research-action-presented-to-resnet": {
            "fr": {
                "title": "La recherche-action présentée aux coordinateurs de recherche des syndicats de l'éducation",
                "summary": (
                    "Le 3 mars 2015, le Réseau a présenté son programme de recherche-action au RESNET, le réseau des "
                    "coordinateurs de recherche de l'Internationale de l'Éducation."
                ),
                "body": (
                    "<p>Le RESNET est le réseau des coordinateurs de recherche de l'Internationale de l'Éducation. "
                    "Le 3 mars 2015, le Réseau leur a présenté son programme de recherche-action.</p>"
                    "<p>La présentation portait sur le partenariat avec le CLEERESS, l'appel à chercheurs publié en "
                    "décembre 2014 et le premier thème : la santé des élèves et des enseignants à l'école.</p>"
                    "<p>Les coordinateurs de recherche sont bien placés pour transmettre l'appel aux chercheurs avec "
                    "qui ils travaillent.</p>"
                ),
            },
            "es": {
                "title": (
                    "La investigación-acción presentada a los coordinadores de investigación de los sindicatos de la "
                    "educación"
                ),
                "summary": (
                    "El 3 de marzo de 2015, la Red presentó su programa de investigación-acción a RESNET, la red de "
                    "coordinadores de investigación de la Internacional de la Educación."
                ),
                "body": (
                    "<p>RESNET es la red de coordinadores de investigación de la Internacional de la Educación. El 3 "
                    "de marzo de 2015, la Red les presentó su programa de investigación-acción.</p>"
                    "<p>La presentación abordó la colaboración con el CLEERESS, la convocatoria de investigadores "
                    "publicada en diciembre de 2014 y el primer tema: la salud de los alumnos y los docentes en la "
                    "escuela.</p>"
                    "<p>Los coordinadores de investigación están bien situados para transmitir la convocatoria a los "
                    "investigadores con los que trabajan.</p>"
                ),
            },
        },
        "general-assembly-paris-2016": {
            "fr": {
                "title": "L'Assemblée générale se réunit à Paris",
                "summary": (
                    "Les organisations membres du Réseau ont tenu leur Assemblée générale à Paris le 5 juillet 2016."
                ),
                "body": (
                    "<p>Le 5 juillet 2016, les membres du Réseau se sont réunis à Paris pour leur Assemblée "
                    "générale, un an après le Forum ouvert d'Ottawa.</p>"
                    "<p>C'est en Assemblée générale que les membres font le bilan du travail mené ensemble et "
                    "s'accordent sur les prochaines étapes dans les trois domaines d'action du Réseau : écoles en "
                    "santé, protection sociale pour tous et place aux jeunes.</p>"
                ),
            },
            "es": {
                "title": "La Asamblea General se reúne en París",
                "summary": (
                    "Las organizaciones miembros de la Red celebraron su Asamblea General en París el 5 de julio de "
                    "2016."
                ),
                "body": (
                    "<p>El 5 de julio de 2016, los miembros de la Red se reunieron en París en su Asamblea General, "
                    "un año después del Foro abierto de Ottawa.</p>"
                    "<p>En la Asamblea General los miembros hacen balance del trabajo realizado en común y acuerdan "
                    "los próximos pasos en las tres áreas de acción de la Red: escuelas saludables, protección "
                    "social para todos y espacio para los jóvenes.</p>"
                ),
            },
        },
        "general-assembly-antwerp-2017": {
            "fr": {
                "title": "Anvers accueille l'Assemblée générale 2017",
                "summary": "L'Assemblée générale du Réseau s'est réunie à Anvers, en Belgique, le 30 juin 2017.",
                "body": (
                    "<p>Les membres du Réseau se sont retrouvés à Anvers le 30 juin 2017 pour leur Assemblée "
                    "générale.</p>"
                    "<p>Le premier semestre avait vu naître deux nouvelles initiatives : l'application FilGood sur "
                    "le bien-être au travail, lancée en janvier, et la formation Jeun'ESS'e pour des jeunes en "
                    "Colombie, en février.</p>"
                ),
            },
            "es": {
                "title": "Amberes acoge la Asamblea General de 2017",
                "summary": "La Asamblea General de la Red se reunió en Amberes, Bélgica, el 30 de junio de 2017.",
                "body": (
                    "<p>Los miembros de la Red se reunieron en Amberes el 30 de junio de 2017 en su Asamblea "
                    "General.</p>"
                    "<p>El primer semestre del año había traído dos nuevas iniciativas: la aplicación FilGood sobre "
                    "el bienestar en el trabajo, lanzada en enero, y la formación Jeun'ESS'e para jóvenes en "
                    "Colombia, en febrero.</p>"
                ),
            },
        },
        "seven-new-members-2018": {
            "fr": {
                "title": "Sept nouveaux membres rejoignent le Réseau",
                "summary": (
                    "Réunie à Paris le 9 juillet 2018, l'Assemblée générale a accueilli sept nouveaux membres. Le "
                    "Réseau en compte désormais 37."
                ),
                "body": (
                    "<p>L'Assemblée générale tenue à Paris le 9 juillet 2018 a accueilli sept nouvelles "
                    "organisations membres, et le Réseau comptait 37 membres cette année-là.</p>"
                    "<p>Parmi les organisations qui l'ont rejoint en 2018 figure la CMIM, une mutuelle du Maroc. Sa "
                    "fiche de présentation se trouve dans la boîte à outils.</p>"
                    "<p>Le Réseau a commencé avec 15 membres lors de son premier Bureau, en décembre 2009. Chaque "
                    "nouveau membre apporte sa propre expérience de la santé et de la protection sociale à partager "
                    "avec les autres.</p>"
                ),
            },
            "es": {
                "title": "Siete nuevos miembros se unen a la Red",
                "summary": (
                    "Reunida en París el 9 de julio de 2018, la Asamblea General dio la bienvenida a siete nuevos "
                    "miembros. La Red cuenta ya con 37."
                ),
                "body": (
                    "<p>La Asamblea General celebrada en París el 9 de julio de 2018 dio la bienvenida a siete nuevas "
                    "organizaciones miembros, y ese año la Red contaba con 37 miembros.</p>"
                    "<p>Entre las organizaciones que se unieron en 2018 está la CMIM, una mutual de Marruecos. Su "
                    "ficha de presentación está en la caja de herramientas.</p>"
                    "<p>La Red empezó con 15 miembros en su primera Junta, en diciembre de 2009. Cada nuevo miembro "
                    "aporta su propia experiencia en salud y protección social para compartirla con los demás.</p>"
                ),
            },
        },
        "sacha-launched-in-haiti": {
            "fr": {
                "title": "SACHA : un nouveau projet pour la santé dans six écoles de Port-au-Prince",
                "summary": (
                    "Dans le prolongement de PROCEDH I et II, le Réseau a lancé SACHA en Haïti : 6 écoles de "
                    "Port-au-Prince, 9 000 élèves et 460 personnels."
                ),
                "body": (
                    "<p>L'action du Réseau en Haïti se poursuit. Après deux projets, PROCEDH I et PROCEDH II, un "
                    "nouveau a démarré en novembre 2018 : SACHA.</p>"
                    "<p>SACHA associe six écoles de Port-au-Prince, avec 9 000 élèves et 460 personnels. Son "
                    "partenaire en Haïti est le CEMEA-Haïti.</p>"
                    "<p>La fiche du projet dans la boîte à outils suit le format commun des projets du Réseau : "
                    "contexte, organisation porteuse, partenaires, financeur, bénéficiaires, objectifs général et "
                    "spécifiques.</p>"
                    "<p><em>Le jour de publication indiqué est illustratif : le lancement est daté de novembre "
                    "2018.</em></p>"
                ),
            },
            "es": {
                "title": "SACHA: un nuevo proyecto para la salud en seis escuelas de Puerto Príncipe",
                "summary": (
                    "Tras PROCEDH I y II, la Red ha lanzado SACHA en Haití: 6 escuelas de Puerto Príncipe, 9.000 "
                    "alumnos y 460 miembros del personal."
                ),
                "body": (
                    "<p>El trabajo de la Red en Haití continúa. Tras dos proyectos, PROCEDH I y PROCEDH II, en "
                    "noviembre de 2018 comenzó uno nuevo: SACHA.</p>"
                    "<p>SACHA reúne a seis escuelas de Puerto Príncipe, con 9.000 alumnos y 460 miembros del "
                    "personal. Su socio en Haití es el CEMEA-Haïti.</p>"
                    "<p>La ficha del proyecto en la caja de herramientas sigue el formato común de los proyectos de "
                    "la Red: contexto, organización responsable, socios, financiador, beneficiarios, objetivos "
                    "general y específicos.</p>"
                    "<p><em>El día de publicación indicado es ilustrativo: el lanzamiento consta en noviembre de "
                    "2018.</em></p>"
                ),
            },
        },
        "ten-years-bangkok-2019": {
            "fr": {
                "title": "Les dix ans du Réseau, fêtés à Bangkok",
                "summary": (
                    "L'Assemblée générale tenue à Bangkok le 20 juillet 2019 a marqué le 10e anniversaire du Réseau."
                ),
                "body": (
                    "<p>Le Réseau a été lancé à Paris les 14 et 15 mai 2009 par la MGEN, l'Internationale de "
                    "l'Éducation et l'AIM, avec le soutien de l'OIT. Dix ans plus tard, ses membres se sont réunis à "
                    "Bangkok, en Thaïlande, pour une Assemblée générale qui a célébré cet anniversaire.</p>"
                    "<h2>De 15 à 37 membres</h2>"
                    "<p>Lors de son premier Bureau, à Bruxelles en décembre 2009, le Réseau comptait 15 membres ; en "
                    "2018, il en comptait 37 : syndicats de l'éducation, mutuelles, coopératives, associations de "
                    "jeunesse, centres de recherche et universités.</p>"
                    "<h2>Dix ans de projets</h2>"
                    "<p>Une mutuelle des enseignants au Burkina Faso, des jumelages entre mutuelles, une enquête "
                    "internationale sur la santé au travail des personnels de l'éducation, FilGood et le projet "
                    "SACHA en Haïti comptent parmi les jalons de la décennie.</p>"
                ),
            },
            "es": {
                "title": "Diez años de la Red, celebrados en Bangkok",
                "summary": (
                    "La Asamblea General celebrada en Bangkok el 20 de julio de 2019 marcó el 10.º aniversario de la "
                    "Red."
                ),
                "body": (
                    "<p>La Red fue lanzada en París el 14 y el 15 de mayo de 2009 por la MGEN, la Internacional de la "
                    "Educación y la AIM, con el apoyo de la OIT. Diez años después, sus miembros se reunieron en "
                    "Bangkok, Tailandia, en una Asamblea General que celebró el aniversario.</p>"
                    "<h2>De 15 a 37 miembros</h2>"
                    "<p>En su primera Junta, en Bruselas en diciembre de 2009, la Red tenía 15 miembros; en 2018 "
                    "tenía 37: sindicatos de la educación, mutuales, cooperativas, asociaciones juveniles, centros "
                    "de investigación y universidades.</p>"
                    "<h2>Diez años de proyectos</h2>"
                    "<p>Una mutual de docentes en Burkina Faso, hermanamientos entre mutuales, una encuesta "
                    "internacional sobre la salud laboral del personal de la educación, FilGood y el proyecto SACHA "
                    "en Haití son algunos de los hitos de la década.</p>"
                ),
            },
        },
        "new-members-2020-syeco-ser": {
            "fr": {
                "title": "Deux nouveaux membres en 2020 : le SYECO et le SER",
                "summary": (
                    "Le SYECO, un syndicat de l'éducation de la République démocratique du Congo, et le SER, le "
                    "syndicat des enseignants de Suisse romande, ont rejoint le Réseau en 2020."
                ),
                "body": (
                    "<p>Deux syndicats de l'éducation ont rejoint le Réseau en 2020.</p>"
                    "<p>Le <strong>SYECO</strong> est un syndicat de l'éducation de la République démocratique du "
                    "Congo qui compte 6 320 membres.</p>"
                    "<p>Le <strong>SER</strong>, Syndicat des Enseignants Romands, représente les enseignants de "
                    "Suisse romande. Il a été fondé en 1864.</p>"
                    "<p>Tous deux se présentent dans la boîte à outils.</p>"
                    "<p><em>Le jour de publication indiqué est illustratif : les faits donnent l'année "
                    "d'adhésion.</em></p>"
                ),
            },
            "es": {
                "title": "Dos nuevos miembros en 2020: el SYECO y el SER",
                "summary": (
                    "El SYECO, un sindicato de la educación de la República Democrática del Congo, y el SER, el "
                    "sindicato de docentes de la Suiza francófona, se unieron a la Red en 2020."
                ),
                "body": (
                    "<p>Dos sindicatos de la educación se unieron a la Red en 2020.</p>"
                    "<p>El <strong>SYECO</strong> es un sindicato de la educación de la República Democrática del "
                    "Congo con 6.320 miembros.</p>"
                    "<p>El <strong>SER</strong>, Syndicat des Enseignants Romands, representa a los docentes de la "
                    "Suiza francófona. Fue fundado en 1864.</p>"
                    "<p>Ambos se presentan en la caja de herramientas.</p>"
                    "<p><em>El día de publicación indicado es ilustrativo: los datos dan el año de "
                    "afiliación.</em></p>"
                ),
            },
        },
        "general-assembly-online-2021": {
            "fr": {
                "title": "Une Assemblée générale en ligne, avec un webinaire en trois langues",
                "summary": (
                    "Le 13 juillet 2021, le Réseau a tenu son Assemblée générale en ligne, accompagnée d'un "
                    "webinaire en anglais, en espagnol et en français."
                ),
                "body": (
                    "<p>Après une première Assemblée générale en ligne en 2020, les membres du Réseau se sont de "
                    "nouveau réunis en ligne le 13 juillet 2021.</p>"
                    "<p>Un webinaire a accompagné l'Assemblée, en anglais, en espagnol et en français, les trois "
                    "langues du Réseau, pour que les membres de toutes les régions puissent participer dans leur "
                    "propre langue.</p>"
                ),
            },
            "es": {
                "title": "Una Asamblea General en línea, con un seminario web en tres idiomas",
                "summary": (
                    "El 13 de julio de 2021, la Red celebró su Asamblea General en línea, acompañada de un seminario "
                    "web en inglés, español y francés."
                ),
                "body": (
                    "<p>Tras una primera Asamblea General en línea en 2020, los miembros de la Red volvieron a "
                    "reunirse en línea el 13 de julio de 2021.</p>"
                    "<p>Un seminario web acompañó a la Asamblea, en inglés, español y francés, los tres idiomas de "
                    "la Red, para que los miembros de todas las regiones pudieran participar en su propio "
                    "idioma.</p>"
                ),
            },
        },
        "i-best-2021-first-edition": {
            "fr": {
                "title": "I-BEST : premier baromètre du bien-être des enseignants",
                "summary": (
                    "8 000 enseignants de 6 territoires ont répondu à la première édition d'I-BEST, le baromètre du "
                    "Réseau sur le bien-être des enseignants."
                ),
                "body": (
                    "<p>I-BEST est un baromètre international du bien-être des enseignants. Sa première édition, en "
                    "2021, a recueilli les réponses de 8 000 enseignants dans 6 territoires.</p>"
                    "<p>Le baromètre prolonge l'enquête 2014-2015 du Réseau sur la santé au travail des personnels "
                    "de l'éducation, qui avait recueilli plus de 3 000 réponses dans cinq pays. Il a vocation à être "
                    "renouvelé, pour suivre les évolutions dans le temps et comparer les territoires.</p>"
                    "<p><em>Le jour de publication indiqué est illustratif : les faits donnent l'année de "
                    "l'édition.</em></p>"
                ),
            },
            "es": {
                "title": "I-BEST: primer barómetro del bienestar docente",
                "summary": (
                    "8.000 docentes de 6 territorios respondieron a la primera edición de I-BEST, el barómetro de la "
                    "Red sobre el bienestar docente."
                ),
                "body": (
                    "<p>I-BEST es un barómetro internacional del bienestar docente. Su primera edición, en 2021, "
                    "reunió las respuestas de 8.000 docentes en 6 territorios.</p>"
                    "<p>El barómetro da continuidad a la encuesta 2014-2015 de la Red sobre la salud laboral del "
                    "personal de la educación, que tuvo más de 3.000 encuestados en cinco países. Está pensado para "
                    "repetirse, de modo que puedan verse los cambios en el tiempo y compararse los territorios.</p>"
                    "<p><em>El día de publicación indicado es ilustrativo: los datos dan el año de la "
                    "edición.</em></p>"
                ),
            },
        },
    },
}

# Short texts the demo uses in several places, by their English text: the generated pictures' descriptions, the
# Ottawa gallery's captions, the photo credit, and the research teams and their roles.
PHRASES = {
    "Illustration: abstract pattern of overlapping circles in the Network's blue, rust and yellow.": {
        "fr": "Illustration : motif abstrait de cercles qui se chevauchent, dans le bleu, la rouille et le jaune du "
              "Réseau.",
        "es": "Ilustración: motivo abstracto de círculos superpuestos en el azul, el óxido y el amarillo de la Red.",
    },
    "Illustration: abstract diagonal bands in the Network's blue, rust and yellow.": {
        "fr": "Illustration : bandes diagonales abstraites dans le bleu, la rouille et le jaune du Réseau.",
        "es": "Ilustración: bandas diagonales abstractas en el azul, el óxido y el amarillo de la Red.",
    },
    "Illustration: abstract yellow sun rising over blue and rust hills.": {
        "fr": "Illustration : soleil jaune abstrait se levant sur des collines bleues et rouille.",
        "es": "Ilustración: sol amarillo abstracto que sale sobre colinas azules y color óxido.",
    },
    (
        "Illustration: round tables seen from above, each with a paper tablecloth and ringed by coloured dots "
        "standing for participants."
    ): {
        "fr": "Illustration : tables rondes vues du dessus, chacune couverte d'une nappe en papier et entourée de "
              "points de couleur figurant les participants.",
        "es": "Ilustración: mesas redondas vistas desde arriba, cada una con un mantel de papel y rodeada de puntos "
              "de colores que representan a los participantes.",
    },
    "Illustration: a wall covered with columns of yellow, orange and white sticky notes.": {
        "fr": "Illustration : un mur couvert de colonnes de notes autocollantes jaunes, orange et blanches.",
        "es": "Ilustración: una pared cubierta de columnas de notas adhesivas amarillas, naranjas y blancas.",
    },
    (
        "Illustration: a wall grid of time slots and rooms, filled with cards, with coloured dots standing for "
        "participants in front of it."
    ): {
        "fr": "Illustration : une grille murale de créneaux et de salles, remplie de fiches, devant laquelle des "
              "points de couleur figurent les participants.",
        "es": "Ilustración: una cuadrícula mural de horarios y salas, llena de fichas, con puntos de colores que "
              "representan a los participantes delante de ella.",
    },
    (
        "Illustration: coloured dots standing for participants seated in a large circle around sheets of paper "
        "laid on the floor."
    ): {
        "fr": "Illustration : des points de couleur figurant des participants assis en un grand cercle autour de "
              "feuilles de papier posées au sol.",
        "es": "Ilustración: puntos de colores que representan a participantes sentados en un gran círculo alrededor "
              "de hojas de papel colocadas en el suelo.",
    },
    "Illustration: rows of coloured dots standing for an audience, facing a large screen.": {
        "fr": "Illustration : des rangées de points de couleur figurant un public, face à un grand écran.",
        "es": "Ilustración: filas de puntos de colores que representan a un público, frente a una gran pantalla.",
    },
    (
        "Illustration: small groups of coloured dots gathered around flip charts, one dot in each group "
        "highlighted in yellow."
    ): {
        "fr": "Illustration : de petits groupes de points de couleur réunis autour de tableaux de papier, un point "
              "de chaque groupe mis en évidence en jaune.",
        "es": "Ilustración: pequeños grupos de puntos de colores reunidos alrededor de rotafolios, con un punto de "
              "cada grupo resaltado en amarillo.",
    },
    "Opening of the Open Forum: everyone together in one large circle.": {
        "fr": "Ouverture du Forum ouvert : tout le monde réuni en un grand cercle.",
        "es": "Apertura del Foro abierto: todos juntos en un gran círculo.",
    },
    "Open Space Technology: participants post the topics they want to work on.": {
        "fr": "Open Space Technology : les participants affichent les sujets sur lesquels ils veulent travailler.",
        "es": "Open Space Technology: los participantes proponen los temas sobre los que quieren trabajar.",
    },
    "Health at school, the morning's theme: questions and ideas on the wall.": {
        "fr": "La santé à l'école, thème de la matinée : questions et idées au mur.",
        "es": "La salud en la escuela, tema de la mañana: preguntas e ideas en la pared.",
    },
    "World Café: small tables, several rounds of conversation.": {
        "fr": "World Café : de petites tables, plusieurs tours de conversation.",
        "es": "World Café: mesas pequeñas, varias rondas de conversación.",
    },
    "World Café: between rounds, people change tables and carry ideas with them.": {
        "fr": "World Café : entre deux tours, chacun change de table et emporte des idées avec lui.",
        "es": "World Café: entre ronda y ronda, las personas cambian de mesa y se llevan ideas consigo.",
    },
    "Ideas on health at school, grouped by theme.": {
        "fr": "Des idées sur la santé à l'école, regroupées par thème.",
        "es": "Ideas sobre la salud en la escuela, agrupadas por tema.",
    },
    "Back together to share what came out of the groups.": {
        "fr": "De nouveau tous ensemble pour partager ce qui est ressorti des groupes.",
        "es": "De nuevo todos juntos para compartir lo que surgió en los grupos.",
    },
    "The agenda wall, filled in by the participants.": {
        "fr": "Le mur de l'ordre du jour, rempli par les participants.",
        "es": "El muro del orden del día, completado por los participantes.",
    },
    "Pro Action Café: each table helps its host turn a project into next steps.": {
        "fr": "Pro Action Café : chaque table aide son hôte à traduire un projet en prochaines étapes.",
        "es": "Pro Action Café: cada mesa ayuda a su anfitrión a convertir un proyecto en próximos pasos.",
    },
    "Youth and solidarity, the afternoon's theme: conversations at the tables.": {
        "fr": "Jeunesse et solidarité, thème de l'après-midi : conversations autour des tables.",
        "es": "Juventud y solidaridad, tema de la tarde: conversaciones en las mesas.",
    },
    "Pro Action Café: a new round with new guests at each table.": {
        "fr": "Pro Action Café : un nouveau tour, avec de nouveaux invités à chaque table.",
        "es": "Pro Action Café: una nueva ronda con nuevos invitados en cada mesa.",
    },
    "Youth and solidarity: proposals noted by the participants.": {
        "fr": "Jeunesse et solidarité : les propositions notées par les participants.",
        "es": "Juventud y solidaridad: las propuestas anotadas por los participantes.",
    },
    "Closing session of the General Assembly day.": {
        "fr": "Séance de clôture de la journée d'Assemblée générale.",
        "es": "Sesión de clausura de la jornada de Asamblea General.",
    },
    "Closing circle: one word from each participant.": {
        "fr": "Cercle de clôture : un mot de chaque participant.",
        "es": "Círculo de clausura: una palabra de cada participante.",
    },
    "Illustration generated for the demo": {
        "fr": "Illustration générée pour la démonstration",
        "es": "Ilustración generada para la demostración",
    },
    "Researcher, CLEERESS cluster": {
        "fr": "Chercheur ou chercheuse du cluster CLEERESS",
        "es": "Investigador o investigadora del clúster CLEERESS",
    },
    "Field team, CEMEA-Haïti": {"fr": "Équipe de terrain du CEMEA-Haïti", "es": "Equipo de terreno del CEMEA-Haïti"},
    "Survey team, Network secretariat": {
        "fr": "Équipe d'enquête du secrétariat du Réseau",
        "es": "Equipo de encuestas de la secretaría de la Red",
    },
    "Lead researcher": {"fr": "Responsable scientifique", "es": "Investigador principal"},
    "Fieldwork with the six schools": {
        "fr": "Travail de terrain avec les six écoles", "es": "Trabajo de terreno con las seis escuelas",
    },
    "Analysis of the results": {"fr": "Analyse des résultats", "es": "Análisis de los resultados"},
    "Questionnaire and data": {"fr": "Questionnaire et données", "es": "Cuestionario y datos"},
    "Comparison of the answers": {"fr": "Comparaison des réponses", "es": "Comparación de las respuestas"},
    "Questionnaire": {"fr": "Questionnaire", "es": "Cuestionario"},
}
