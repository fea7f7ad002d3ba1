"""Demo toolbox sheets, news and events in the Network's other languages."""

# {model label: {slug: {language: {field: text}}}}; a resource's own language (its "language" key) is not repeated.
TRANSLATIONS = {
    "toolbox.Resource": {
        # --- French originals -----------------------------------------------------------------------------------
        "syeco-presentation": {
            "en": {
                "title": "SYECO, an education union in the Democratic Republic of the Congo",
                "summary": (
                    "Presentation of SYECO, a union of education staff in the Democratic Republic of the Congo. It "
                    "has 6,320 members and joined the Network in 2020."
                ),
                "context": (
                    "SYECO is an education union in the Democratic Republic of the Congo, one of the countries where "
                    "the Network's members were already active in 2014.\n\n"
                    "It has 6,320 members and joined the Education and Solidarity Network in 2020."
                ),
                "objectives": (
                    "- Speak up for education staff on their working conditions.\n"
                    "- Improve their access to health care and social protection.\n"
                    "- Share its experience with the Network's other African members."
                ),
                "target_public": "Education staff in the Democratic Republic of the Congo.",
                "activities": (
                    "SYECO represents its members and takes part in the Network's exchanges on the health and social "
                    "protection of education staff, particularly with African organisations."
                ),
                "results": "Since 2020, the Network has counted one more Congolese union among its members.",
                "lessons_learned": (
                    "- An international network lets a national union compare its practices with those of other "
                    "countries.\n"
                    "- Health and social protection are better worked on together with mutual societies than among "
                    "unions alone."
                ),
            },
            "es": {
                "title": "El SYECO, sindicato de la educación de la República Democrática del Congo",
                "summary": (
                    "Presentación del SYECO, sindicato del personal de la educación de la República Democrática del "
                    "Congo. Cuenta con 6.320 miembros y se unió a la Red en 2020."
                ),
                "context": (
                    "El SYECO es un sindicato de la educación de la República Democrática del Congo, uno de los "
                    "países donde los miembros de la Red ya estaban activos en 2014.\n\n"
                    "Reúne a 6.320 miembros y se unió a la Red Educación y Solidaridad en 2020."
                ),
                "objectives": (
                    "- Hacer oír la voz del personal de la educación sobre sus condiciones de trabajo.\n"
                    "- Mejorar su acceso a la atención de salud y a la protección social.\n"
                    "- Compartir su experiencia con los demás miembros africanos de la Red."
                ),
                "target_public": "El personal de la educación de la República Democrática del Congo.",
                "activities": (
                    "El SYECO representa a sus miembros y participa en los intercambios de la Red sobre la salud y la "
                    "protección social del personal de la educación, en particular con las organizaciones africanas."
                ),
                "results": "Desde 2020, la Red cuenta con un sindicato congoleño más entre sus miembros.",
                "lessons_learned": (
                    "- Una red internacional permite a un sindicato nacional comparar sus prácticas con las de otros "
                    "países.\n"
                    "- La salud y la protección social se trabajan mejor junto con las mutuales que solo entre "
                    "sindicatos."
                ),
            },
        },
        "mutuelle-enseignants-burkina-faso": {
            "en": {
                "title": "A mutual health society for education staff in Burkina Faso (MENA)",
                "summary": (
                    "Project sheet of the mutual health society for education staff in Burkina Faso, supported since "
                    "2009 by SNEA-B, MGEN, Solidaris and the Luxembourg unions."
                ),
                "context": (
                    "Where health cover is weak, the illness of a loved one can cost a teacher a large share of their "
                    "income. A mutual society run by its members makes it possible to share that risk.\n\n"
                    "Burkina Faso is one of the first countries where the Network's members acted together, from "
                    "2009."
                ),
                "objectives": (
                    "Give education staff access to health cover through a mutual society they run themselves.\n\n"
                    "- Support the creation of the mutual society and of its governance.\n"
                    "- Pass on the know-how of experienced mutual societies.\n"
                    "- Make the mutual society known to education staff."
                ),
                "target_public": "Education staff in Burkina Faso and their families.",
                "activities": (
                    "Exchanges between the union, the mutual societies and the partner unions, training for the "
                    "mutual society's officers and information for staff."
                ),
                "results": (
                    "A national union and partners from France, Belgium and Luxembourg brought together around a "
                    "mutual society for education: it is the Network's oldest project."
                ),
                "lessons_learned": (
                    "- A mutual society project takes time: members' trust is built over years.\n"
                    "- The support of a national union gives the project its legitimacy in the eyes of staff."
                ),
            },
            "es": {
                "title": "Una mutual de salud para el personal de la educación en Burkina Faso (MENA)",
                "summary": (
                    "Ficha de proyecto de la mutual de salud del personal de la educación de Burkina Faso, acompañada "
                    "desde 2009 por el SNEA-B, la MGEN, Solidaris y los sindicatos luxemburgueses."
                ),
                "context": (
                    "Cuando la cobertura de salud es débil, la enfermedad de un ser querido puede costarle a un "
                    "docente una gran parte de sus ingresos. Una mutual gestionada por sus miembros permite compartir "
                    "ese riesgo.\n\n"
                    "Burkina Faso es uno de los primeros países donde los miembros de la Red actuaron juntos, desde "
                    "2009."
                ),
                "objectives": (
                    "Dar al personal de la educación acceso a una cobertura de salud mediante una mutual que él mismo "
                    "gestiona.\n\n"
                    "- Acompañar la creación de la mutual y de su gobernanza.\n"
                    "- Transmitir el saber hacer de mutuales con experiencia.\n"
                    "- Dar a conocer la mutual al personal de la educación."
                ),
                "target_public": "El personal de la educación de Burkina Faso y sus familias.",
                "activities": (
                    "Intercambios entre el sindicato, las mutuales y los sindicatos aliados, formación de los "
                    "responsables de la mutual e información al personal."
                ),
                "results": (
                    "Un sindicato nacional y aliados de Francia, Bélgica y Luxemburgo reunidos en torno a una mutual "
                    "de la educación: es el proyecto más antiguo de la Red."
                ),
                "lessons_learned": (
                    "- Un proyecto de mutual requiere tiempo: la confianza de los afiliados se construye a lo largo de "
                    "los años.\n"
                    "- El apoyo de un sindicato nacional le da al proyecto su legitimidad ante el personal."
                ),
            },
        },
        # --- English originals ----------------------------------------------------------------------------------
        "running-an-open-forum": {
            "fr": {
                "title": "Animer un Forum ouvert : Open Space Technology, World Café et Pro Action Café",
                "summary": (
                    "Guide des formats collaboratifs utilisés par le Réseau lors de son Forum ouvert d'Ottawa, en "
                    "juillet 2015, pour les membres qui souhaitent animer de tels ateliers lors de leurs propres "
                    "rencontres."
                ),
                "context": (
                    "Le 20 juillet 2015 à Ottawa, la journée d'Assemblée générale du Réseau est devenue un Forum "
                    "ouvert : une matinée consacrée à la santé à l'école et un après-midi à la jeunesse et à la "
                    "solidarité.\n\n"
                    "Le Réseau développe son expertise en intelligence collective afin de pouvoir animer de tels "
                    "ateliers lors des rencontres de ses membres."
                ),
                "objectives": (
                    "- Permettre à chaque participant de soulever les questions qui comptent pour lui.\n"
                    "- Partager expériences et bonnes pratiques entre organisations et entre pays.\n"
                    "- Transformer les idées en prochaines étapes auxquelles les participants s'engagent."
                ),
                "target_public": (
                    "Les membres et partenaires qui organisent des réunions, des congrès ou des journées de formation."
                ),
                "activities": (
                    "Trois formats, qui peuvent se combiner dans une même journée :\n\n"
                    "- Open Space Technology : les participants fixent eux-mêmes l'ordre du jour et rejoignent les "
                    "groupes où ils peuvent le plus apprendre ou apporter.\n"
                    "- World Café : de petites tables, plusieurs tours ; entre deux tours, chacun change de table et "
                    "les idées voyagent avec lui.\n"
                    "- Pro Action Café : une personne apporte un projet ou une question, et la table l'aide à le "
                    "faire avancer."
                ),
                "results": (
                    "Le Forum ouvert d'Ottawa a montré au Réseau que ces formats sensibilisent, mobilisent et aident "
                    "chacun à partager son expérience."
                ),
                "lessons_learned": (
                    "- Préparer la salle et le matériel avec plus de soin encore que le contenu.\n"
                    "- Garder une question claire pour chaque séance.\n"
                    "- Noter ce que chaque groupe a produit et l'envoyer ensuite à tous."
                ),
            },
            "es": {
                "title": "Organizar un Foro abierto: Open Space Technology, World Café y Pro Action Café",
                "summary": (
                    "Guía de los formatos colaborativos que la Red utilizó en su Foro abierto de Ottawa, en julio de "
                    "2015, para los miembros que deseen organizar talleres de este tipo en sus propias reuniones."
                ),
                "context": (
                    "El 20 de julio de 2015 en Ottawa, la jornada de Asamblea General de la Red se convirtió en un "
                    "Foro abierto: una mañana dedicada a la salud en la escuela y una tarde a la juventud y la "
                    "solidaridad.\n\n"
                    "La Red está desarrollando su experiencia en inteligencia colectiva para poder organizar este "
                    "tipo de talleres en las reuniones de sus miembros."
                ),
                "objectives": (
                    "- Permitir que cada participante plantee las preguntas que le importan.\n"
                    "- Compartir experiencias y buenas prácticas entre organizaciones y entre países.\n"
                    "- Convertir las ideas en próximos pasos con los que los participantes se comprometen."
                ),
                "target_public": "Miembros y aliados que organizan reuniones, congresos o jornadas de formación.",
                "activities": (
                    "Tres formatos, que pueden combinarse en una misma jornada:\n\n"
                    "- Open Space Technology: los participantes fijan ellos mismos el orden del día y se suman a los "
                    "grupos donde más pueden aprender o aportar.\n"
                    "- World Café: mesas pequeñas, varias rondas; entre una ronda y otra, las personas cambian de mesa "
                    "y las ideas viajan con ellas.\n"
                    "- Pro Action Café: una persona trae un proyecto o una pregunta, y la mesa la ayuda a hacerlo "
                    "avanzar."
                ),
                "results": (
                    "El Foro abierto de Ottawa mostró a la Red que estos formatos sensibilizan, movilizan a las "
                    "personas y las ayudan a compartir su experiencia."
                ),
                "lessons_learned": (
                    "- Prepare la sala y los materiales con más cuidado aún que el contenido.\n"
                    "- Mantenga una pregunta clara para cada sesión.\n"
                    "- Anote lo que produjo cada grupo y envíelo después a todos."
                ),
            },
        },
        "poster-three-mission-areas": {
            "fr": {
                "title": "Santé et protection sociale pour la communauté éducative",
                "summary": (
                    "Une affiche des trois domaines d'action du Réseau : écoles en santé, protection sociale pour "
                    "tous et place aux jeunes."
                ),
                "context": (
                    "Les syndicats de l'éducation, les mutuelles et leurs partenaires travaillent ensemble au sein du "
                    "Réseau sur la santé et la protection sociale de la communauté éducative, dans trois domaines "
                    "d'action."
                ),
                "objectives": (
                    "Faire connaître les trois domaines d'action du Réseau lors des rencontres et des événements de "
                    "ses membres."
                ),
                "target_public": "Les participants aux réunions, congrès et journées de formation des membres.",
                "activities": (
                    "Une affiche à imprimer en anglais, en français ou en espagnol et à placer là où les gens se "
                    "retrouvent."
                ),
            },
            "es": {
                "title": "Salud y protección social para la comunidad educativa",
                "summary": (
                    "Un cartel con las tres áreas de acción de la Red: escuelas saludables, protección social para "
                    "todos y espacio para los jóvenes."
                ),
                "context": (
                    "Los sindicatos de la educación, las mutuales y sus aliados trabajan juntos en la Red por la salud "
                    "y la protección social de la comunidad educativa, en tres áreas de acción."
                ),
                "objectives": (
                    "Dar a conocer las tres áreas de acción de la Red en las reuniones y los eventos de los miembros."
                ),
                "target_public": "Participantes en las reuniones, congresos y jornadas de formación de los miembros.",
                "activities": (
                    "Un cartel para imprimir en inglés, francés o español y colocar donde las personas se reúnen."
                ),
            },
        },
        "occupational-health-survey-2014-2015-sheet": {
            "fr": {
                "title": "La santé au travail des personnels de l'éducation : l'enquête 2014-2015",
                "summary": (
                    "Fiche projet de l'enquête internationale du Réseau sur la santé au travail des personnels de "
                    "l'éducation, à laquelle plus de 3 000 personnes ont répondu en Australie, aux États-Unis, au "
                    "Canada, en France et en Colombie."
                ),
                "context": (
                    "Pour agir sur la santé des enseignants et des autres personnels de l'éducation, syndicats et "
                    "mutuelles doivent d'abord savoir comment ces personnels vivent leur travail, et pouvoir comparer "
                    "les situations d'un pays à l'autre.\n\n"
                    "Produire des connaissances est l'un des rôles que les membres du Réseau lui ont confiés."
                ),
                "objectives": (
                    "- Recueillir des réponses comparables auprès des personnels de l'éducation de plusieurs pays.\n"
                    "- Donner aux membres du Réseau des données probantes pour leur action sur la santé au travail."
                ),
                "target_public": (
                    "Les personnels de l'éducation en Australie, aux États-Unis, au Canada, en France et en Colombie."
                ),
                "activities": "Un questionnaire diffusé auprès des personnels de l'éducation en 2014 et 2015.",
                "results": "Plus de 3 000 personnes ont répondu, dans cinq pays sur quatre continents.",
                "lessons_learned": (
                    "Poser les mêmes questions dans plusieurs pays montre ce qui est commun et ce qui est propre à "
                    "chacun ; l'enquête a ouvert la voie au baromètre I-BEST qui a suivi."
                ),
            },
            "es": {
                "title": "La salud laboral del personal de la educación: la encuesta 2014-2015",
                "summary": (
                    "Ficha de proyecto de la encuesta internacional de la Red sobre la salud laboral del personal de "
                    "la educación, que respondieron más de 3.000 personas en Australia, Estados Unidos, Canadá, "
                    "Francia y Colombia."
                ),
                "context": (
                    "Para actuar sobre la salud del personal de la educación, los sindicatos y las mutuales necesitan "
                    "saber primero cómo vive el personal su trabajo, y comparar las situaciones entre países.\n\n"
                    "Generar conocimiento es una de las funciones que los miembros de la Red le encomendaron."
                ),
                "objectives": (
                    "- Reunir respuestas comparables del personal de la educación de varios países.\n"
                    "- Dar a los miembros de la Red evidencias para su trabajo sobre la salud laboral."
                ),
                "target_public": (
                    "El personal de la educación de Australia, Estados Unidos, Canadá, Francia y Colombia."
                ),
                "activities": "Un cuestionario difundido entre el personal de la educación en 2014 y 2015.",
                "results": "Respondieron más de 3.000 personas, en cinco países de cuatro continentes.",
                "lessons_learned": (
                    "Hacer las mismas preguntas en varios países muestra lo que es común y lo que es local; la "
                    "encuesta abrió el camino al barómetro I-BEST, que vino después."
                ),
            },
        },
        "one-euro-solidaire-action-sheet": {
            "fr": {
                "title": "« 1 euro solidaire » : un projet pilote pour financer la protection sociale des enseignants",
                "summary": (
                    "Fiche action de « 1 euro solidaire », un projet pilote lancé en 2009 pour expérimenter de "
                    "nouvelles façons de financer la protection sociale des enseignants."
                ),
                "context": (
                    "La protection sociale des enseignants demande de l'argent autant que de la bonne volonté, et dans "
                    "de nombreux pays ni l'État ni les enseignants ne peuvent la financer seuls.\n\n"
                    "« 1 euro solidaire » a été l'une des premières initiatives du Réseau, l'année même de sa "
                    "création."
                ),
                "objectives": (
                    "- Expérimenter, à petite échelle, un mode de collecte de fonds fondé sur la solidarité.\n"
                    "- Tirer les leçons du projet pilote avant toute utilisation plus large."
                ),
                "target_public": (
                    "Les enseignantes et les enseignants des pays où la protection sociale est encore en "
                    "construction, et leurs syndicats."
                ),
                "activities": "Un projet pilote mené avec les membres du Réseau.",
                "results": (
                    "Les enseignements du projet pilote ont nourri les travaux ultérieurs du Réseau sur le financement "
                    "de la protection sociale."
                ),
                "lessons_learned": (
                    "Un petit projet pilote est un moyen peu coûteux de tester une idée avant de demander à beaucoup "
                    "de monde d'y adhérer."
                ),
            },
            "es": {
                "title": "\"1 euro solidaire\": un proyecto piloto para financiar la protección social de los docentes",
                "summary": (
                    "Ficha de acción de \"1 euro solidaire\", un proyecto piloto lanzado en 2009 para ensayar nuevas "
                    "formas de financiar la protección social de los docentes."
                ),
                "context": (
                    "La protección social de los docentes requiere dinero además de buena voluntad, y en muchos "
                    "países ni el Estado ni los docentes pueden costearla solos.\n\n"
                    "\"1 euro solidaire\" fue una de las primeras iniciativas de la Red, el mismo año de su fundación."
                ),
                "objectives": (
                    "- Ensayar, a pequeña escala, una forma solidaria de recaudar fondos.\n"
                    "- Aprender del piloto antes de cualquier uso más amplio."
                ),
                "target_public": (
                    "Docentes de países donde la protección social todavía está en construcción, y sus sindicatos."
                ),
                "activities": "Un piloto realizado con los miembros de la Red.",
                "results": (
                    "Las lecciones del piloto alimentaron el trabajo posterior de la Red sobre el financiamiento de la "
                    "protección social."
                ),
                "lessons_learned": (
                    "Un piloto pequeño es una forma económica de poner a prueba una idea antes de pedir a muchas "
                    "personas que se sumen."
                ),
            },
        },
        "i-best-2023-results": {
            "fr": {
                "title": "I-BEST 2023 : résultats du baromètre du bien-être des enseignants",
                "summary": (
                    "La deuxième édition du baromètre I-BEST : plus de 26 000 répondants dans 13 territoires, avec des "
                    "résultats publiés le 10 octobre 2023."
                ),
                "context": (
                    "Deux ans après une première édition auprès de 8 000 enseignants dans 6 territoires, l'édition "
                    "2023 d'I-BEST a touché beaucoup plus de personnes, dans plus de deux fois plus de territoires."
                ),
                "objectives": (
                    "- Suivre l'évolution du bien-être des enseignants dans le temps.\n"
                    "- Comparer les territoires entre eux."
                ),
                "target_public": (
                    "Les enseignantes et les enseignants, leurs syndicats et leurs mutuelles, les décideurs et les "
                    "chercheurs."
                ),
                "activities": "Une enquête dans 13 territoires ; résultats publiés le 10 octobre 2023.",
                "results": "Plus de 26 000 répondants dans 13 territoires.",
                "lessons_learned": (
                    "- Une édition plus large rend les comparaisons entre territoires plus significatives.\n"
                    "- Publier les résultats à une date fixée à l'avance aide les membres à planifier leur propre "
                    "communication."
                ),
            },
            "es": {
                "title": "I-BEST 2023: resultados del barómetro del bienestar docente",
                "summary": (
                    "La segunda edición del barómetro I-BEST: más de 26.000 participantes en 13 territorios, con "
                    "resultados publicados el 10 de octubre de 2023."
                ),
                "context": (
                    "Dos años después de una primera edición con 8.000 docentes en 6 territorios, la edición 2023 de "
                    "I-BEST llegó a muchas más personas en más del doble de territorios."
                ),
                "objectives": (
                    "- Seguir la evolución del bienestar docente a lo largo del tiempo.\n"
                    "- Comparar los territorios entre sí."
                ),
                "target_public": (
                    "Docentes, sus sindicatos y mutuales, responsables de la toma de decisiones e investigadores."
                ),
                "activities": "Una encuesta en 13 territorios; resultados publicados el 10 de octubre de 2023.",
                "results": "Más de 26.000 participantes en 13 territorios.",
                "lessons_learned": (
                    "- Una edición más amplia hace más significativas las comparaciones entre territorios.\n"
                    "- Publicar los resultados en una fecha fijada de antemano ayuda a los miembros a planificar su "
                    "propia comunicación."
                ),
            },
        },
    },
    "news.Article": {
        "ottawa-open-forum": {
            "fr": {
                "title": "Ottawa : une journée d'Assemblée générale sous forme de Forum ouvert",
                "summary": (
                    "Le 20 juillet 2015, les membres du Réseau ont consacré leur journée d'Assemblée générale à "
                    "Ottawa à un Forum ouvert, pour travailler sur la santé à l'école le matin et sur la jeunesse et "
                    "la solidarité l'après-midi."
                ),
                "body": (
                    "<p>La veille du 7e Congrès mondial de l'Internationale de l'Éducation, les membres du Réseau se "
                    "sont réunis à Ottawa pour une journée d'Assemblée générale pas comme les autres. Pas de "
                    "succession de discours : ce sont les participants qui ont fixé l'ordre du jour et qui ont pris "
                    "l'essentiel de la parole.</p>"
                    "<h2>Trois formats en une journée</h2>"
                    "<p>L'Open Space Technology a permis à chacun de proposer les sujets qui lui tenaient à cœur et de "
                    "former des groupes autour d'eux. Le World Café a fait passer les participants de table en table "
                    "pour plusieurs tours de conversation. Le Pro Action Café a aidé chacun à transformer un projet "
                    "qui lui est propre en prochaines étapes concrètes, avec l'aide des autres.</p>"
                    "<h2>Deux thèmes</h2>"
                    "<p>Le matin était consacré à la santé à l'école, l'après-midi à la jeunesse et à la solidarité, "
                    "deux des trois domaines d'action du Réseau.</p>"
                    "<p>Le Réseau s'appuie désormais sur cette expérience pour animer des ateliers collaboratifs lors "
                    "des rencontres de ses membres. Le guide des trois formats se trouve dans la boîte à outils, et "
                    "la page de l'événement propose une galerie d'illustrations de la journée.</p>"
                ),
            },
            "es": {
                "title": "Ottawa: una jornada de Asamblea General en formato de Foro abierto",
                "summary": (
                    "El 20 de julio de 2015, los miembros de la Red dedicaron su jornada de Asamblea General en "
                    "Ottawa a un Foro abierto: por la mañana trabajaron sobre la salud en la escuela y por la tarde "
                    "sobre la juventud y la solidaridad."
                ),
                "body": (
                    "<p>La víspera del 7.º Congreso Mundial de la Internacional de la Educación, los miembros de la "
                    "Red se reunieron en Ottawa para una jornada de Asamblea General distinta de las habituales. No "
                    "hubo una sucesión de discursos: los participantes fijaron el orden del día y fueron quienes más "
                    "hablaron.</p>"
                    "<h2>Tres formatos en una jornada</h2>"
                    "<p>El Open Space Technology permitió a las personas proponer los temas que les importaban y "
                    "formar grupos en torno a ellos. El World Café las hizo pasar de mesa en mesa durante varias "
                    "rondas de conversación. El Pro Action Café ayudó a los participantes a convertir un proyecto "
                    "propio en próximos pasos concretos, con la ayuda de los demás.</p>"
                    "<h2>Dos temas</h2>"
                    "<p>La mañana estuvo dedicada a la salud en la escuela y la tarde a la juventud y la solidaridad, "
                    "dos de las tres áreas de acción de la Red.</p>"
                    "<p>La Red se apoya ahora en esta experiencia para organizar talleres colaborativos en las "
                    "reuniones de sus miembros. La guía de los tres formatos está en la caja de herramientas, y la "
                    "página del evento tiene una galería de ilustraciones de la jornada.</p>"
                ),
            },
        },
        "mobilisation-kit-7th-world-congress": {
            "fr": {
                "title": "Un kit de mobilisation pour le 7e Congrès mondial de l'Internationale de l'Éducation",
                "summary": (
                    "Lors du 7e Congrès mondial de l'Internationale de l'Éducation à Ottawa, le Réseau a remis aux "
                    "participants une boîte de ressources pour agir sur la santé et la protection sociale. Chaque "
                    "ressource peut être téléchargée."
                ),
                "body": (
                    "<p>Les participants au 7e Congrès mondial de l'Internationale de l'Éducation, réuni à Ottawa du "
                    "21 au 26 juillet 2015, sont repartis avec un kit de mobilisation du Réseau : une boîte de "
                    "ressources pour agir, où qu'ils travaillent, sur la santé et la protection sociale au sein de la "
                    "communauté éducative.</p>"
                    "<p>Rien de ce que contient le kit ne reste enfermé dans la boîte. Chaque fiche, chaque guide et "
                    "chaque affiche peuvent être téléchargés depuis la boîte à outils, séparément ou avec le reste du "
                    "kit, en un fichier par langue.</p>"
                    "<h2>Pourquoi un kit</h2>"
                    "<p>Plus tôt en 2015, lors de la conférence régionale pour l'Afrique de l'Internationale de "
                    "l'Éducation à Nairobi, des membres du Réseau et des syndicats africains de l'éducation ont "
                    "demandé au Réseau de produire des connaissances, de partager expériences et bonnes pratiques, et "
                    "de sensibiliser, former et accompagner celles et ceux qui agissent. Le kit et la boîte à outils "
                    "dont il est issu servent le deuxième de ces rôles : la boîte à outils présente les membres et les "
                    "projets du Réseau, ainsi que les actions de ses membres et partenaires, sous un format "
                    "uniforme.</p>"
                ),
            },
            "es": {
                "title": "Un kit de movilización para el 7.º Congreso Mundial de la Internacional de la Educación",
                "summary": (
                    "En el 7.º Congreso Mundial de la Internacional de la Educación en Ottawa, la Red entregó a los "
                    "participantes una caja de recursos para actuar en favor de la salud y la protección social. "
                    "Cada recurso puede descargarse."
                ),
                "body": (
                    "<p>Quienes participaron en el 7.º Congreso Mundial de la Internacional de la Educación, "
                    "celebrado en Ottawa del 21 al 26 de julio de 2015, regresaron a casa con un kit de movilización "
                    "de la Red: una caja de recursos para actuar, dondequiera que trabajen, en favor de la salud y la "
                    "protección social en la comunidad educativa.</p>"
                    "<p>Nada de lo que contiene el kit se queda en la caja. Cada ficha, guía y cartel puede "
                    "descargarse desde la caja de herramientas, por separado o junto con el resto del kit, en un "
                    "archivo por idioma.</p>"
                    "<h2>Por qué un kit</h2>"
                    "<p>En 2015, antes del congreso, en la conferencia regional para África de la Internacional "
                    "de la Educación en Nairobi, miembros de la Red y sindicatos africanos de la educación pidieron a "
                    "la Red que generara conocimiento, que compartiera experiencias y buenas prácticas, y que "
                    "sensibilizara, formara y acompañara a quienes actúan. El kit y la caja de herramientas de la que "
                    "proviene cumplen la segunda de estas funciones: la caja de herramientas presenta a los miembros "
                    "y los proyectos de la Red, así como las acciones de sus miembros y aliados, en un formato "
                    "uniforme.</p>"
                ),
            },
        },
        "filgood-app-launched": {
            "fr": {
                "title": "FilGood : une application pour faire le point sur son bien-être au travail",
                "summary": (
                    "Le Réseau a lancé FilGood, une application qui propose aux personnels de l'éducation un court "
                    "questionnaire sur cinq dimensions du bien-être au travail."
                ),
                "body": (
                    "<p>Prendre soin des autres est le quotidien des personnels de l'éducation ; prendre soin "
                    "d'eux-mêmes passe souvent en dernier. FilGood, lancée en janvier 2017, propose une première étape "
                    "simple.</p>"
                    "<p>L'application pose une courte série de questions sur cinq dimensions du bien-être au travail, "
                    "pour que chacun puisse voir où il en est.</p>"
                    "<p>FilGood s'inscrit dans le travail du Réseau pour des écoles en santé, qui commence par la "
                    "santé des adultes qui y travaillent.</p>"
                    "<p><em>Le jour de publication indiqué est illustratif : le lancement est daté de janvier "
                    "2017.</em></p>"
                ),
            },
            "es": {
                "title": "FilGood: una aplicación para hacer un balance de su bienestar en el trabajo",
                "summary": (
                    "La Red lanzó FilGood, una aplicación con un breve cuestionario sobre cinco áreas del bienestar en "
                    "el trabajo para las personas que trabajan en la educación."
                ),
                "body": (
                    "<p>Cuidar de los demás es el trabajo diario del personal de la educación; cuidar de sí mismo "
                    "suele quedar en último lugar. FilGood, lanzada en enero de 2017, ofrece un primer paso "
                    "sencillo.</p>"
                    "<p>La aplicación plantea una breve serie de preguntas sobre cinco áreas del bienestar en el "
                    "trabajo, para que cada persona pueda ver en qué punto se encuentra.</p>"
                    "<p>FilGood forma parte del trabajo de la Red por escuelas saludables, que empieza por la salud de "
                    "los adultos que trabajan en ellas.</p>"
                    "<p><em>El día de publicación indicado es ilustrativo: la fecha registrada del lanzamiento es "
                    "enero de 2017.</em></p>"
                ),
            },
        },
        "jeunesse-colombia-training": {
            "fr": {
                "title": "Jeun'ESS'e : de jeunes Colombiens formés à l'économie sociale et solidaire",
                "summary": (
                    "En février 2017, des jeunes de 18 à 22 ans ont participé à une formation Jeun'ESS'e en Colombie."
                ),
                "body": (
                    "<p>Jeun'ESS'e fait découvrir aux jeunes l'économie sociale et solidaire (ESS), y compris les "
                    "façons mutualistes et coopératives de se protéger les uns les autres.</p>"
                    "<p>En février 2017, une formation en Colombie a réuni des jeunes de 18 à 22 ans. Le matériel de "
                    "formation, en espagnol, se trouve dans la boîte à outils.</p>"
                    "<p><em>Le jour de publication indiqué est illustratif : la formation est datée de février "
                    "2017.</em></p>"
                ),
            },
            "es": {
                "title": "Jeun'ESS'e: jóvenes colombianos formados en la economía social y solidaria",
                "summary": (
                    "En febrero de 2017, jóvenes de 18 a 22 años participaron en una formación Jeun'ESS'e en Colombia."
                ),
                "body": (
                    "<p>Jeun'ESS'e acerca a los jóvenes a la economía social y solidaria (ESS, por su sigla en "
                    "francés), incluidas las formas mutualistas y cooperativas de protegerse unos a otros.</p>"
                    "<p>En febrero de 2017, una formación en Colombia reunió a jóvenes de 18 a 22 años. El material de "
                    "formación, en español, está en la caja de herramientas.</p>"
                    "<p><em>El día de publicación indicado es ilustrativo: la fecha registrada de la formación es "
                    "febrero de 2017.</em></p>"
                ),
            },
        },
        "i-best-2023-results": {
            "fr": {
                "title": "I-BEST 2023 : plus de 26 000 voix sur le bien-être des enseignants",
                "summary": (
                    "Les résultats du deuxième baromètre I-BEST sont parus : plus de 26 000 répondants dans 13 "
                    "territoires, publiés le 10 octobre 2023."
                ),
                "body": (
                    "<p>La deuxième édition d'I-BEST, le baromètre international du bien-être des enseignants, a "
                    "publié ses résultats le 10 octobre 2023.</p>"
                    "<h2>Une édition beaucoup plus large</h2>"
                    "<p>Plus de 26 000 personnes ont répondu dans 13 territoires, contre 8 000 enseignants dans 6 "
                    "territoires lors de la première édition en 2021 : plus de trois fois plus de répondants, dans "
                    "plus de deux fois plus de territoires.</p>"
                    "<h2>À quoi il sert</h2>"
                    "<p>Avec deux éditions, le baromètre commence à montrer comment le bien-être évolue dans le temps, "
                    "et des échantillons plus larges rendent les comparaisons entre territoires plus significatives. "
                    "Syndicats et mutuelles peuvent utiliser les résultats dans leur propre action pour la santé des "
                    "personnels de l'éducation.</p>"
                    "<p>Les résultats des deux éditions sont joints ci-dessous.</p>"
                ),
            },
            "es": {
                "title": "I-BEST 2023: más de 26.000 voces sobre el bienestar docente",
                "summary": (
                    "Ya están disponibles los resultados del segundo barómetro I-BEST: más de 26.000 participantes en "
                    "13 territorios, publicados el 10 de octubre de 2023."
                ),
                "body": (
                    "<p>La segunda edición de I-BEST, el barómetro internacional del bienestar docente, publicó sus "
                    "resultados el 10 de octubre de 2023.</p>"
                    "<h2>Una edición mucho más amplia</h2>"
                    "<p>Respondieron más de 26.000 personas en 13 territorios, frente a 8.000 docentes en 6 "
                    "territorios en la primera edición, en 2021: más del triple de participantes en más del doble de "
                    "territorios.</p>"
                    "<h2>Para qué sirve</h2>"
                    "<p>Con dos ediciones, el barómetro empieza a mostrar cómo evoluciona el bienestar a lo largo del "
                    "tiempo, y las muestras más grandes hacen más significativas las comparaciones entre territorios. "
                    "Los sindicatos y las mutuales pueden utilizar los resultados en su propio trabajo sobre la salud "
                    "del personal de la educación.</p>"
                    "<p>Los resultados de ambas ediciones están adjuntos a continuación.</p>"
                ),
            },
        },
    },
    "news.Event": {
        # news_content.OTTAWA_OPEN_FORUM, written out: importing news_content would need Django's app registry.
        "ottawa-open-forum-2015": {
            "fr": {
                "title": "Forum ouvert et journée d'Assemblée générale, Ottawa 2015",
                "summary": (
                    "Le 20 juillet 2015, veille du 7e Congrès mondial de l'Internationale de l'Éducation, les membres "
                    "du Réseau ont passé leur journée d'Assemblée générale à Ottawa à travailler ensemble dans un "
                    "Forum ouvert : la santé à l'école le matin, la jeunesse et la solidarité l'après-midi."
                ),
                "description": (
                    "<p>Au lieu d'une journée de discours prononcés depuis une tribune, la journée d'Assemblée "
                    "générale d'Ottawa a confié la conversation aux participants. Trois formats collaboratifs se sont "
                    "succédé : l'Open Space Technology, le World Café et le Pro Action Café. Le Réseau appelle "
                    "l'ensemble de la journée son Forum ouvert.</p>"
                    "<p>Elle reste l'exemple de référence du Réseau en matière d'intelligence collective : des "
                    "ateliers qui sensibilisent, mettent les gens en mouvement et les aident à partager expériences "
                    "et bonnes pratiques, et que le Réseau propose désormais d'animer lors des rencontres de ses "
                    "membres.</p>"
                    "<p><em>La galerie présente des illustrations générées pour la démo, et non des photographies de "
                    "la journée.</em></p>"
                ),
                "programme": (
                    "<h3>Deux thèmes</h3>"
                    "<ul><li><strong>Matin :</strong> la santé à l'école.</li>"
                    "<li><strong>Après-midi :</strong> la jeunesse et la solidarité.</li></ul>"
                    "<h3>Trois formats</h3>"
                    "<ul><li><strong>Open Space Technology :</strong> les participants écrivent eux-mêmes l'ordre du "
                    "jour, en proposant les sujets sur lesquels ils veulent travailler et en choisissant les groupes "
                    "qu'ils rejoignent.</li>"
                    "<li><strong>World Café :</strong> de petites tables et plusieurs tours de conversation ; entre "
                    "deux tours, chacun change de table et emporte les idées de l'une à l'autre.</li>"
                    "<li><strong>Pro Action Café :</strong> les participants apportent un projet ou une question, et "
                    "les invités de leur table les aident à le transformer en prochaines étapes.</li></ul>"
                ),
                "outcomes": (
                    "<p>Le Réseau cite le Forum ouvert comme un bon exemple des ateliers collaboratifs qu'il souhaite "
                    "animer lors des rencontres de ses membres. Le guide <em>Animer un Forum ouvert</em>, dans la "
                    "boîte à outils, explique comment utiliser les trois formats ; il faisait partie du kit de "
                    "mobilisation distribué au Congrès mondial, qui s'est ouvert le lendemain.</p>"
                ),
            },
            "es": {
                "title": "Foro abierto y jornada de Asamblea General, Ottawa 2015",
                "summary": (
                    "El 20 de julio de 2015, víspera del 7.º Congreso Mundial de la Internacional de la Educación, "
                    "los miembros de la Red dedicaron su jornada de Asamblea General en Ottawa a trabajar juntos en "
                    "un Foro abierto: la salud en la escuela por la mañana, la juventud y la solidaridad por la "
                    "tarde."
                ),
                "description": (
                    "<p>En lugar de una jornada de discursos desde un escenario, la jornada de Asamblea General en "
                    "Ottawa puso la conversación en manos de los participantes. Se sucedieron tres formatos "
                    "colaborativos: Open Space Technology, World Café y Pro Action Café. La Red llama a toda la "
                    "jornada su Foro abierto.</p>"
                    "<p>Sigue siendo el ejemplo de referencia de la Red en materia de inteligencia colectiva: talleres "
                    "que sensibilizan, ponen a las personas en movimiento y las ayudan a compartir experiencias y "
                    "buenas prácticas, y que la Red ofrece ahora organizar en las reuniones de sus propios "
                    "miembros.</p>"
                    "<p><em>La galería muestra ilustraciones generadas para la demostración, no fotografías de la "
                    "jornada.</em></p>"
                ),
                "programme": (
                    "<h3>Dos temas</h3>"
                    "<ul><li><strong>Mañana:</strong> la salud en la escuela.</li>"
                    "<li><strong>Tarde:</strong> la juventud y la solidaridad.</li></ul>"
                    "<h3>Tres formatos</h3>"
                    "<ul><li><strong>Open Space Technology:</strong> los participantes redactan ellos mismos el orden "
                    "del día, proponiendo los temas sobre los que quieren trabajar y eligiendo los grupos a los que se "
                    "suman.</li>"
                    "<li><strong>World Café:</strong> mesas pequeñas y varias rondas de conversación; entre una ronda "
                    "y otra, las personas cambian de mesa y llevan las ideas de una a la siguiente.</li>"
                    "<li><strong>Pro Action Café:</strong> los participantes traen un proyecto o una pregunta, y los "
                    "invitados de su mesa los ayudan a convertirlo en próximos pasos.</li></ul>"
                ),
                "outcomes": (
                    "<p>La Red cita el Foro abierto como un buen ejemplo de los talleres colaborativos que quiere "
                    "organizar en las reuniones de sus miembros. La guía <em>Organizar un Foro abierto</em>, en la "
                    "caja de herramientas, explica cómo utilizar los tres formatos; formaba parte del kit de "
                    "movilización entregado en el Congreso Mundial, que comenzó al día siguiente.</p>"
                ),
            },
        },
        "webinar-teachers-well-being": {
            "fr": {
                "title": "Webinaire : du baromètre I-BEST à l'action pour le bien-être des enseignants",
                "summary": (
                    "Événement à venir fictif, donné à titre d'illustration pour la démo : un webinaire en ligne sur "
                    "ce que les syndicats et les mutuelles peuvent faire des résultats du baromètre I-BEST du "
                    "bien-être des enseignants."
                ),
                "description": (
                    "<p><em>Événement à venir fictif, donné à titre d'illustration pour la démo : il montre comment un "
                    "événement à venir apparaît sur le site et dans le flux du calendrier.</em></p>"
                    "<p>L'édition 2023 d'I-BEST a réuni plus de 26 000 répondants dans 13 territoires, après une "
                    "première édition auprès de 8 000 enseignants dans 6 territoires en 2021. Ce webinaire "
                    "examinerait comment les membres peuvent transformer de tels résultats en actions pour la santé "
                    "des personnels de l'éducation.</p>"
                ),
                "programme": (
                    "<ul><li>Les deux éditions d'I-BEST en quelques chiffres.</li>"
                    "<li>Des exemples d'actions menées par les membres.</li>"
                    "<li>Questions et discussion, en anglais, en espagnol et en français.</li></ul>"
                ),
            },
            "es": {
                "title": "Seminario web: del barómetro I-BEST a la acción por el bienestar docente",
                "summary": (
                    "Evento futuro ilustrativo para la demostración: un seminario web sobre lo que los "
                    "sindicatos y las mutuales pueden hacer con los resultados del barómetro I-BEST del bienestar "
                    "docente."
                ),
                "description": (
                    "<p><em>Evento futuro ilustrativo para la demostración: muestra cómo aparece un próximo evento en "
                    "el sitio y en el feed del calendario.</em></p>"
                    "<p>La edición 2023 de I-BEST reunió a más de 26.000 participantes en 13 territorios, tras una "
                    "primera edición con 8.000 docentes en 6 territorios en 2021. Este seminario web examinaría cómo "
                    "los miembros pueden convertir estos resultados en acciones por la salud del personal de la "
                    "educación.</p>"
                ),
                "programme": (
                    "<ul><li>Las dos ediciones de I-BEST en pocas cifras.</li>"
                    "<li>Ejemplos de acciones de los miembros.</li>"
                    "<li>Preguntas y debate, en inglés, español y francés.</li></ul>"
                ),
            },
        },
    },
}
