"""French and Spanish versions of the demo's projects, research-action entries and the members not in
translations_network.py."""

# {model label: {slug: {language: {field: text}}}}, as in translations_content.py.
TRANSLATIONS = {
    "projects.Project": {
        "teachers-mutual-burkina-faso": {
            "fr": {
                "title": "Une mutuelle des enseignants au Burkina Faso (MENA)",
                "summary": (
                    "Depuis 2009, le Réseau aide les personnels de l'éducation du Burkina Faso à bâtir leur propre "
                    "mutuelle de santé, la MENA, avec le syndicat SNEA-B et des partenaires de France, de Belgique "
                    "et du Luxembourg."
                ),
                "context": (
                    "<p>Là où la couverture santé est faible, la maladie d'un proche peut coûter à un enseignant une "
                    "grande part de ses revenus. Une mutuelle, gérée par ses membres, permet de partager ce "
                    "risque.</p>"
                    "<p>Le Burkina Faso a été l'un des premiers pays où les membres du Réseau ont décidé d'agir "
                    "ensemble, l'année même de la création du Réseau.</p>"
                ),
                "beneficiaries_description": "Les personnels de l'éducation du Burkina Faso et leurs familles.",
                "general_objective": (
                    "<p>Donner aux personnels de l'éducation du Burkina Faso l'accès à une couverture santé grâce à "
                    "une mutuelle qu'ils gèrent eux-mêmes.</p>"
                ),
                "specific_objectives": (
                    "<ul><li>Accompagner les adhérents du syndicat dans la création de la mutuelle et de sa "
                    "gouvernance.</li>"
                    "<li>Partager le savoir-faire de mutuelles expérimentées dans la gestion d'une couverture "
                    "santé.</li>"
                    "<li>Faire connaître la mutuelle aux personnels de l'éducation et les inciter à y adhérer.</li>"
                    "</ul>"
                ),
                "activities": (
                    "<p>Des échanges entre le syndicat et les mutuelles et syndicats qui soutiennent le projet, des "
                    "formations pour les personnes qui gèrent la mutuelle et de l'information pour les personnels "
                    "de l'éducation.</p>"
                ),
                "results": (
                    "<p>Le projet a réuni un syndicat national et des partenaires de trois pays européens autour "
                    "d'une mutuelle pour la communauté éducative. C'est le plus ancien projet du Réseau.</p>"
                ),
            },
            "es": {
                "title": "Una mutual de docentes en Burkina Faso (MENA)",
                "summary": (
                    "Desde 2009, la Red ayuda al personal de la educación de Burkina Faso a crear su propia mutual "
                    "de salud, la MENA, junto con el sindicato SNEA-B y socios de Francia, Bélgica y Luxemburgo."
                ),
                "context": (
                    "<p>Donde la cobertura de salud es débil, la enfermedad de un familiar puede costarle a un "
                    "docente una gran parte de sus ingresos. Una mutual, gestionada por sus miembros, es una forma "
                    "de compartir ese riesgo.</p>"
                    "<p>Burkina Faso fue uno de los primeros países donde los miembros de la Red decidieron actuar "
                    "juntos, el mismo año en que se fundó la Red.</p>"
                ),
                "beneficiaries_description": "El personal de la educación de Burkina Faso y sus familias.",
                "general_objective": (
                    "<p>Dar al personal de la educación de Burkina Faso acceso a una cobertura de salud mediante "
                    "una mutual que gestiona él mismo.</p>"
                ),
                "specific_objectives": (
                    "<ul><li>Acompañar a los afiliados del sindicato en la creación de la mutual y de su "
                    "gobernanza.</li>"
                    "<li>Compartir la experiencia de mutuales consolidadas en la gestión de una cobertura de "
                    "salud.</li>"
                    "<li>Dar a conocer la mutual al personal de la educación y animarlo a afiliarse.</li></ul>"
                ),
                "activities": (
                    "<p>Intercambios entre el sindicato y las mutuales y sindicatos que apoyan el proyecto, "
                    "formación para las personas que gestionan la mutual e información para el personal de la "
                    "educación.</p>"
                ),
                "results": (
                    "<p>El proyecto reunió a un sindicato nacional y a socios de tres países europeos en torno a una "
                    "mutual para la comunidad educativa. Es el proyecto más antiguo de la Red.</p>"
                ),
            },
        },
        "one-euro-solidaire": {
            "fr": {
                "title": "« 1 euro solidaire »",
                "summary": (
                    "Une expérience pilote lancée en 2009 pour tester de nouvelles manières de financer la "
                    "protection sociale des enseignants."
                ),
                "context": (
                    "<p>Bâtir la protection sociale des enseignants demande de l'argent autant que de la bonne "
                    "volonté. Dans bien des pays, ni l'État ni les enseignants seuls ne peuvent la financer.</p>"
                    "<p>« 1 euro solidaire » a été l'une des premières initiatives du Réseau, l'année de sa "
                    "création.</p>"
                ),
                "beneficiaries_description": (
                    "Les enseignants des pays où la protection sociale est encore en construction."
                ),
                "general_objective": (
                    "<p>Trouver de nouvelles manières de financer la protection sociale des enseignants.</p>"
                ),
                "specific_objectives": (
                    "<ul><li>Tester, à petite échelle, une collecte de fonds fondée sur la solidarité.</li>"
                    "<li>Tirer les leçons de l'expérience pilote avant tout usage plus large.</li></ul>"
                ),
                "activities": "<p>Une expérience pilote menée avec les membres du Réseau.</p>",
                "results": (
                    "<p>Les enseignements de l'expérience pilote ont nourri les travaux ultérieurs du Réseau sur le "
                    "financement de la protection sociale.</p>"
                ),
            },
            "es": {
                "title": "«1 euro solidaire»",
                "summary": (
                    "Una experiencia piloto lanzada en 2009 para probar nuevas formas de financiar la protección "
                    "social de los docentes."
                ),
                "context": (
                    "<p>Construir la protección social de los docentes exige dinero además de buena voluntad. En "
                    "muchos países, ni el Estado ni los docentes por sí solos pueden financiarla.</p>"
                    "<p>«1 euro solidaire» («1 euro solidario») fue una de las primeras iniciativas de la Red, el "
                    "año de su fundación.</p>"
                ),
                "beneficiaries_description": (
                    "Los docentes de los países donde la protección social aún se está construyendo."
                ),
                "general_objective": (
                    "<p>Encontrar nuevas formas de financiar la protección social de los docentes.</p>"
                ),
                "specific_objectives": (
                    "<ul><li>Probar, a pequeña escala, una forma solidaria de recaudar fondos.</li>"
                    "<li>Aprender de la experiencia piloto antes de aplicarla de forma más amplia.</li></ul>"
                ),
                "activities": "<p>Una experiencia piloto realizada con los miembros de la Red.</p>",
                "results": (
                    "<p>Las lecciones de la experiencia piloto alimentaron el trabajo posterior de la Red sobre la "
                    "financiación de la protección social.</p>"
                ),
            },
        },
        "twinning-mgen-mgpap": {
            "fr": {
                "title": "Jumelage entre la MGEN et la MGPAP (Maroc)",
                "summary": (
                    "Deux mutuelles, en France et au Maroc, jumelées pour échanger leur expérience de la gestion "
                    "d'une couverture santé pour leurs adhérents."
                ),
                "context": (
                    "<p>Les jumelages associent deux organisations membres ou partenaires du Réseau pour qu'elles "
                    "apprennent l'une de l'autre dans la durée.</p>"
                ),
                "beneficiaries_description": "Les adhérents des deux mutuelles.",
                "general_objective": (
                    "<p>Renforcer les deux mutuelles par un échange d'expérience durable.</p>"
                ),
                "specific_objectives": (
                    "<ul><li>Comparer la manière dont chaque mutuelle gère sa couverture santé et sert ses "
                    "adhérents.</li>"
                    "<li>Partager les bonnes pratiques entre les salariés et les élus des deux mutuelles.</li></ul>"
                ),
                "activities": "<p>Des échanges et des visites entre les deux mutuelles.</p>",
                "results": "<p>Une relation de travail entre deux mutuelles de deux continents.</p>",
            },
            "es": {
                "title": "Hermanamiento entre la MGEN y la MGPAP (Marruecos)",
                "summary": (
                    "Dos mutuales, en Francia y en Marruecos, hermanadas para intercambiar su experiencia en la "
                    "gestión de la cobertura de salud de sus afiliados."
                ),
                "context": (
                    "<p>Los hermanamientos unen a dos organizaciones miembros o socias de la Red para que aprendan "
                    "la una de la otra a lo largo del tiempo.</p>"
                ),
                "beneficiaries_description": "Los afiliados de las dos mutuales.",
                "general_objective": (
                    "<p>Fortalecer a ambas mutuales mediante un intercambio de experiencias duradero.</p>"
                ),
                "specific_objectives": (
                    "<ul><li>Comparar cómo cada mutual gestiona su cobertura de salud y atiende a sus "
                    "afiliados.</li>"
                    "<li>Compartir buenas prácticas entre el personal y los representantes electos de ambas "
                    "mutuales.</li></ul>"
                ),
                "activities": "<p>Intercambios y visitas entre las dos mutuales.</p>",
                "results": "<p>Una relación de trabajo entre dos mutuales de dos continentes.</p>",
            },
        },
        "twinning-mgen-mugef-ci": {
            "fr": {
                "title": "Jumelage entre la MGEN et la Mugef-CI (Côte d'Ivoire)",
                "summary": (
                    "Deux mutuelles, en France et en Côte d'Ivoire, jumelées pour échanger leur expérience de la "
                    "gestion d'une couverture santé pour leurs adhérents."
                ),
                "context": (
                    "<p>Les jumelages associent deux organisations membres ou partenaires du Réseau pour qu'elles "
                    "apprennent l'une de l'autre dans la durée.</p>"
                ),
                "beneficiaries_description": "Les adhérents des deux mutuelles.",
                "general_objective": (
                    "<p>Renforcer les deux mutuelles par un échange d'expérience durable.</p>"
                ),
                "specific_objectives": (
                    "<ul><li>Comparer la manière dont chaque mutuelle gère sa couverture santé et sert ses "
                    "adhérents.</li>"
                    "<li>Partager les bonnes pratiques entre les salariés et les élus des deux mutuelles.</li></ul>"
                ),
                "activities": "<p>Des échanges et des visites entre les deux mutuelles.</p>",
                "results": "<p>Une relation de travail entre deux mutuelles de deux continents.</p>",
            },
            "es": {
                "title": "Hermanamiento entre la MGEN y la Mugef-CI (Côte d'Ivoire)",
                "summary": (
                    "Dos mutuales, en Francia y en Côte d'Ivoire, hermanadas para intercambiar su experiencia en la "
                    "gestión de la cobertura de salud de sus afiliados."
                ),
                "context": (
                    "<p>Los hermanamientos unen a dos organizaciones miembros o socias de la Red para que aprendan "
                    "la una de la otra a lo largo del tiempo.</p>"
                ),
                "beneficiaries_description": "Los afiliados de las dos mutuales.",
                "general_objective": (
                    "<p>Fortalecer a ambas mutuales mediante un intercambio de experiencias duradero.</p>"
                ),
                "specific_objectives": (
                    "<ul><li>Comparar cómo cada mutual gestiona su cobertura de salud y atiende a sus "
                    "afiliados.</li>"
                    "<li>Compartir buenas prácticas entre el personal y los representantes electos de ambas "
                    "mutuales.</li></ul>"
                ),
                "activities": "<p>Intercambios y visitas entre las dos mutuales.</p>",
                "results": "<p>Una relación de trabajo entre dos mutuales de dos continentes.</p>",
            },
        },
        "young-education-professionals-network": {
            "fr": {
                "title": "Un réseau social pour les jeunes professionnels de l'éducation",
                "summary": (
                    "Un réseau en ligne où les jeunes enseignants et les autres jeunes professionnels de "
                    "l'éducation se rencontrent et échangent. Le pilote a démarré en septembre 2014 ; 45 personnes "
                    "l'avaient rejoint en janvier 2015."
                ),
                "context": (
                    "<p>Les jeunes qui entrent dans les métiers de l'éducation sont souvent les moins protégés et "
                    "les moins entendus dans les syndicats et les mutuelles. Le Réseau veut leur faire une "
                    "place.</p>"
                ),
                "beneficiaries_description": (
                    "Les jeunes professionnels de l'éducation ; 45 membres avaient rejoint le réseau en janvier 2015."
                ),
                "general_objective": (
                    "<p>Aider les jeunes professionnels de l'éducation à se rencontrer et à rejoindre le Réseau.</p>"
                ),
                "specific_objectives": (
                    "<ul><li>Offrir aux jeunes professionnels un lieu où partager leur expérience.</li>"
                    "<li>Les associer aux travaux du Réseau sur la santé et la protection sociale.</li></ul>"
                ),
                "activities": "<p>Le pilote d'un réseau social en ligne, ouvert en septembre 2014.</p>",
                "results": "<p>45 membres avaient rejoint le pilote en janvier 2015.</p>",
            },
            "es": {
                "title": "Una red social para jóvenes profesionales de la educación",
                "summary": (
                    "Una red en línea donde jóvenes docentes y otros jóvenes profesionales de la educación se "
                    "encuentran e intercambian. El piloto comenzó en septiembre de 2014; en enero de 2015 se habían "
                    "unido 45 personas."
                ),
                "context": (
                    "<p>Los jóvenes que se incorporan a las profesiones de la educación suelen ser los menos "
                    "protegidos y los menos escuchados en los sindicatos y las mutuales. La Red quiere darles un "
                    "lugar.</p>"
                ),
                "beneficiaries_description": (
                    "Jóvenes profesionales de la educación; en enero de 2015 se habían unido 45 miembros."
                ),
                "general_objective": (
                    "<p>Ayudar a los jóvenes profesionales de la educación a conectarse entre sí y con la Red.</p>"
                ),
                "specific_objectives": (
                    "<ul><li>Ofrecer a los jóvenes profesionales un espacio para compartir su experiencia.</li>"
                    "<li>Implicarlos en el trabajo de la Red sobre salud y protección social.</li></ul>"
                ),
                "activities": "<p>El piloto de una red social en línea, abierta en septiembre de 2014.</p>",
                "results": "<p>En enero de 2015, 45 miembros se habían unido al piloto.</p>",
            },
        },
        "occupational-health-survey-2014-2015": {
            "fr": {
                "title": "Enquête sur la santé au travail des personnels de l'éducation (2014-2015)",
                "summary": (
                    "Une enquête internationale sur la santé au travail des personnels de l'éducation, à laquelle "
                    "plus de 3 000 personnes ont répondu en Australie, aux États-Unis, au Canada, en France et en "
                    "Colombie."
                ),
                "context": (
                    "<p>Pour agir sur la santé des personnels de l'éducation, les syndicats et les mutuelles doivent "
                    "d'abord savoir comment ces personnels vivent leur travail et leur santé, et comparer les "
                    "situations d'un pays à l'autre.</p>"
                ),
                "beneficiaries_description": (
                    "Les personnels de l'éducation de cinq pays ; plus de 3 000 personnes ont répondu à l'enquête."
                ),
                "general_objective": (
                    "<p>Produire des connaissances sur la santé au travail des personnels de l'éducation.</p>"
                ),
                "specific_objectives": (
                    "<ul><li>Recueillir des réponses comparables de personnels de l'éducation de plusieurs "
                    "pays.</li>"
                    "<li>Donner aux membres du Réseau des données pour leur action sur la santé au travail.</li></ul>"
                ),
                "activities": "<p>Un questionnaire diffusé auprès des personnels de l'éducation en 2014 et 2015.</p>",
                "results": (
                    "<p>Plus de 3 000 réponses d'Australie, des États-Unis, du Canada, de France et de Colombie.</p>"
                ),
            },
            "es": {
                "title": "Encuesta sobre la salud laboral del personal de la educación (2014-2015)",
                "summary": (
                    "Una encuesta internacional sobre la salud laboral del personal de la educación, respondida por "
                    "más de 3.000 personas en Australia, Estados Unidos, Canadá, Francia y Colombia."
                ),
                "context": (
                    "<p>Para actuar sobre la salud del personal de la educación, los sindicatos y las mutuales "
                    "necesitan saber primero cómo vive ese personal su trabajo y su salud, y comparar las "
                    "situaciones entre países.</p>"
                ),
                "beneficiaries_description": (
                    "El personal de la educación de cinco países; más de 3.000 personas respondieron a la encuesta."
                ),
                "general_objective": (
                    "<p>Generar conocimiento sobre la salud laboral del personal de la educación.</p>"
                ),
                "specific_objectives": (
                    "<ul><li>Reunir respuestas comparables del personal de la educación de varios países.</li>"
                    "<li>Dar a los miembros de la Red datos para su trabajo sobre la salud en el trabajo.</li></ul>"
                ),
                "activities": "<p>Un cuestionario difundido entre el personal de la educación en 2014 y 2015.</p>",
                "results": "<p>Más de 3.000 respuestas de Australia, Estados Unidos, Canadá, Francia y Colombia.</p>",
            },
        },
        "health-factors": {
            "fr": {
                "title": "F'Acteurs Santé (Health F'Actors)",
                "summary": (
                    "F'Acteurs Santé (en anglais, Health F'Actors) a été présenté en juillet 2015 et expérimenté en "
                    "Belgique et dans l'arrondissement de Kassel, en Allemagne."
                ),
                "context": (
                    "<p>La santé à l'école dépend de nombreuses personnes : les élèves, les enseignants, les autres "
                    "personnels, les familles et les partenaires locaux. Comme son nom l'indique, F'Acteurs Santé "
                    "voit en chacun d'eux un acteur de santé.</p>"
                ),
                "beneficiaries_description": (
                    "Les écoles participant aux expériences pilotes en Belgique et dans l'arrondissement de Kassel."
                ),
                "general_objective": "<p>Faire de chaque membre de la communauté scolaire un acteur de santé.</p>",
                "specific_objectives": (
                    "<ul><li>Essayer la démarche dans deux contextes différents.</li>"
                    "<li>Partager ce qui fonctionne avec les autres membres du Réseau.</li></ul>"
                ),
                "activities": (
                    "<p>La présentation de la démarche en juillet 2015, puis des expériences pilotes en Belgique et "
                    "dans l'arrondissement de Kassel, en Allemagne.</p>"
                ),
                "results": "<p>L'expérience de deux pilotes, à la disposition des membres du Réseau.</p>",
            },
            "es": {
                "title": "F'Acteurs Santé (Health F'Actors)",
                "summary": (
                    "F'Acteurs Santé (en inglés, Health F'Actors) se presentó en julio de 2015 y se puso a prueba en "
                    "Bélgica y en el distrito de Kassel, en Alemania."
                ),
                "context": (
                    "<p>La salud en la escuela depende de muchas personas: alumnos, docentes, el resto del personal, "
                    "las familias y los socios locales. Como indica su nombre, F'Acteurs Santé («actores de salud») "
                    "ve en cada una de ellas un actor de la salud.</p>"
                ),
                "beneficiaries_description": (
                    "Las escuelas que participaron en los pilotos en Bélgica y en el distrito de Kassel."
                ),
                "general_objective": (
                    "<p>Hacer de cada miembro de la comunidad escolar un actor de la salud.</p>"
                ),
                "specific_objectives": (
                    "<ul><li>Probar el enfoque en dos contextos diferentes.</li>"
                    "<li>Compartir lo que funciona con los demás miembros de la Red.</li></ul>"
                ),
                "activities": (
                    "<p>Presentación del enfoque en julio de 2015 y, después, pilotos en Bélgica y en el distrito de "
                    "Kassel, en Alemania.</p>"
                ),
                "results": "<p>La experiencia de dos pilotos, a disposición de los miembros de la Red.</p>",
            },
        },
        "filgood": {
            "fr": {
                "title": "FilGood : une application sur le bien-être au travail",
                "summary": (
                    "Lancée en janvier 2017, FilGood est une application proposant un court questionnaire qui "
                    "permet aux personnels de l'éducation de faire le point sur leur bien-être au travail dans cinq "
                    "domaines."
                ),
                "context": (
                    "<p>Le bien-être au travail fait partie de la santé, et les personnels de l'éducation sont "
                    "souvent les derniers à prendre soin du leur. Un court questionnaire dans une application est "
                    "un premier pas facile.</p>"
                ),
                "beneficiaries_description": "Les personnels de l'éducation qui utilisent l'application.",
                "general_objective": (
                    "<p>Aider les personnels de l'éducation à prendre soin de leur bien-être au travail.</p>"
                ),
                "specific_objectives": (
                    "<ul><li>Proposer un court questionnaire sur cinq domaines du bien-être au travail.</li>"
                    "<li>Sensibiliser les personnels de l'éducation au bien-être au travail.</li></ul>"
                ),
                "activities": "<p>La conception et le lancement de l'application en janvier 2017.</p>",
                "results": (
                    "<p>Une application à la disposition des personnels de l'éducation depuis janvier 2017.</p>"
                ),
            },
            "es": {
                "title": "FilGood: una aplicación sobre el bienestar en el trabajo",
                "summary": (
                    "Lanzada en enero de 2017, FilGood es una aplicación con un breve cuestionario que permite al "
                    "personal de la educación hacer balance de su bienestar en el trabajo en cinco ámbitos."
                ),
                "context": (
                    "<p>El bienestar en el trabajo forma parte de la salud, y el personal de la educación suele ser "
                    "el último en cuidar el suyo. Un breve cuestionario en una aplicación es un primer paso "
                    "sencillo.</p>"
                ),
                "beneficiaries_description": "El personal de la educación que utiliza la aplicación.",
                "general_objective": (
                    "<p>Ayudar al personal de la educación a cuidar su bienestar en el trabajo.</p>"
                ),
                "specific_objectives": (
                    "<ul><li>Ofrecer un breve cuestionario sobre cinco ámbitos del bienestar en el trabajo.</li>"
                    "<li>Sensibilizar al personal de la educación sobre el bienestar en el trabajo.</li></ul>"
                ),
                "activities": "<p>Diseño y lanzamiento de la aplicación en enero de 2017.</p>",
                "results": (
                    "<p>Una aplicación a disposición del personal de la educación desde enero de 2017.</p>"
                ),
            },
        },
        "jeunesse-colombia": {
            "fr": {
                "title": "Jeun'ESS'e Colombie",
                "summary": (
                    "Une formation organisée en Colombie en février 2017 pour des jeunes de 18 à 22 ans, autour de "
                    "l'économie sociale et solidaire."
                ),
                "context": (
                    "<p>Les jeunes sont les personnels de l'éducation, les syndiqués et les mutualistes de demain. "
                    "Jeun'ESS'e leur fait découvrir l'économie sociale et solidaire (ESS).</p>"
                ),
                "beneficiaries_description": "Des jeunes de 18 à 22 ans en Colombie.",
                "general_objective": (
                    "<p>Donner aux jeunes les moyens de prendre part à l'économie sociale et solidaire.</p>"
                ),
                "specific_objectives": (
                    "<ul><li>Former des jeunes de 18 à 22 ans.</li>"
                    "<li>Leur faire découvrir des manières solidaires de se protéger mutuellement.</li></ul>"
                ),
                "activities": "<p>Une session de formation en février 2017.</p>",
                "results": "<p>Un groupe de jeunes Colombiens formés en février 2017.</p>",
            },
            "es": {
                "title": "Jeun'ESS'e Colombia",
                "summary": (
                    "Una formación celebrada en Colombia en febrero de 2017 para jóvenes de 18 a 22 años, basada en "
                    "la economía social y solidaria."
                ),
                "context": (
                    "<p>Los jóvenes son el personal de la educación, los afiliados sindicales y los mutualistas del "
                    "mañana. Jeun'ESS'e los acerca a la economía social y solidaria (ESS, por sus siglas en "
                    "francés).</p>"
                ),
                "beneficiaries_description": "Jóvenes de 18 a 22 años en Colombia.",
                "general_objective": (
                    "<p>Dar a los jóvenes los medios para participar en la economía social y solidaria.</p>"
                ),
                "specific_objectives": (
                    "<ul><li>Formar a jóvenes de 18 a 22 años.</li>"
                    "<li>Darles a conocer formas solidarias de protegerse mutuamente.</li></ul>"
                ),
                "activities": "<p>Una sesión de formación en febrero de 2017.</p>",
                "results": "<p>Un grupo de jóvenes colombianos formados en febrero de 2017.</p>",
            },
        },
        "sacha-haiti": {
            "fr": {
                "title": "SACHA : des écoles de Port-au-Prince, en Haïti",
                "summary": (
                    "Lancé en novembre 2018 à la suite des projets PROCEDH I et II, SACHA associe 6 écoles de "
                    "Port-au-Prince, avec 9 000 élèves et 460 personnels."
                ),
                "context": (
                    "<p>L'action du Réseau en Haïti a commencé avec deux projets, PROCEDH I et PROCEDH II. SACHA, "
                    "lancé en novembre 2018, s'appuie sur eux.</p>"
                    "<p>Un forum ouvert a été organisé en avril 2019 pour réunir les personnes concernées.</p>"
                ),
                "beneficiaries_description": "9 000 élèves et 460 personnels de 6 écoles de Port-au-Prince.",
                "general_objective": "<p>Améliorer la santé des élèves et des personnels des écoles participantes.</p>",
                "specific_objectives": (
                    "<ul><li>S'appuyer sur les acquis de PROCEDH I et II.</li>"
                    "<li>Associer les élèves, les personnels et leurs communautés dans les six écoles.</li>"
                    "<li>Partager l'expérience lors de rencontres ouvertes et collaboratives.</li></ul>"
                ),
                "activities": (
                    "<p>Un travail avec les six écoles depuis novembre 2018 et un forum ouvert en avril 2019.</p>"
                ),
                "results": "<p>Six écoles, 9 000 élèves et 460 personnels impliqués.</p>",
            },
            "es": {
                "title": "SACHA: escuelas de Puerto Príncipe, Haití",
                "summary": (
                    "Lanzado en noviembre de 2018 tras los proyectos PROCEDH I y II, SACHA reúne a 6 escuelas de "
                    "Puerto Príncipe, con 9.000 alumnos y 460 miembros del personal."
                ),
                "context": (
                    "<p>El trabajo de la Red en Haití empezó con dos proyectos, PROCEDH I y PROCEDH II. SACHA, "
                    "lanzado en noviembre de 2018, se basa en ellos.</p>"
                    "<p>En abril de 2019 se celebró un foro abierto para reunir a las personas implicadas.</p>"
                ),
                "beneficiaries_description": (
                    "9.000 alumnos y 460 miembros del personal de 6 escuelas de Puerto Príncipe."
                ),
                "general_objective": (
                    "<p>Mejorar la salud de los alumnos y del personal de las escuelas participantes.</p>"
                ),
                "specific_objectives": (
                    "<ul><li>Aprovechar lo aprendido en PROCEDH I y II.</li>"
                    "<li>Implicar a los alumnos, al personal y a sus comunidades en las seis escuelas.</li>"
                    "<li>Compartir la experiencia en encuentros abiertos y colaborativos.</li></ul>"
                ),
                "activities": (
                    "<p>Trabajo con las seis escuelas desde noviembre de 2018 y un foro abierto en abril de "
                    "2019.</p>"
                ),
                "results": "<p>Seis escuelas, 9.000 alumnos y 460 miembros del personal implicados.</p>",
            },
        },
        "focus-sante-report": {
            "fr": {
                "title": "Le rapport Focus Santé",
                "summary": (
                    "Un rapport du CSFEF sur la santé des personnels de l'éducation dans les pays francophones."
                ),
                "context": (
                    "<p>Produire des connaissances est l'un des rôles que les membres du Réseau lui ont confiés à "
                    "Nairobi en 2015. Le rapport Focus Santé y ajoute le regard des syndicats francophones de "
                    "l'éducation.</p>"
                ),
                "beneficiaries_description": (
                    "Les syndicats et les personnels de l'éducation des pays francophones."
                ),
                "general_objective": (
                    "<p>Produire des connaissances sur la santé des personnels de l'éducation.</p>"
                ),
                "specific_objectives": (
                    "<ul><li>Recueillir des informations auprès des syndicats membres du CSFEF.</li>"
                    "<li>Les publier pour les syndicats et leurs partenaires.</li></ul>"
                ),
                "activities": "<p>La collecte d'informations et la rédaction du rapport.</p>",
                "results": "<p>Le rapport Focus Santé.</p>",
            },
            "es": {
                "title": "El informe Focus Santé",
                "summary": (
                    "Un informe del CSFEF sobre la salud del personal de la educación en los países francófonos."
                ),
                "context": (
                    "<p>Generar conocimiento es una de las funciones que los miembros de la Red le pidieron en "
                    "Nairobi en 2015. El informe Focus Santé aporta la mirada de los sindicatos francófonos de la "
                    "educación.</p>"
                ),
                "beneficiaries_description": (
                    "Los sindicatos y el personal de la educación de los países francófonos."
                ),
                "general_objective": (
                    "<p>Generar conocimiento sobre la salud del personal de la educación.</p>"
                ),
                "specific_objectives": (
                    "<ul><li>Recoger información de los sindicatos miembros del CSFEF.</li>"
                    "<li>Publicarla para los sindicatos y sus socios.</li></ul>"
                ),
                "activities": "<p>Recopilación de información y redacción del informe.</p>",
                "results": "<p>El informe Focus Santé.</p>",
            },
        },
        "universal-health-coverage-campaign": {
            "fr": {
                "title": "Campagne pour la couverture santé universelle",
                "summary": (
                    "Une campagne menée par la FENECO en République démocratique du Congo pour la couverture "
                    "santé universelle."
                ),
                "context": (
                    "<p>La couverture santé universelle signifie que chacun peut recevoir les soins dont il a besoin "
                    "sans difficultés financières. Pour beaucoup de personnels de l'éducation, ce n'est pas encore "
                    "le cas.</p>"
                ),
                "beneficiaries_description": (
                    "Les personnels de l'éducation et leurs familles en République démocratique du Congo."
                ),
                "general_objective": "<p>Progresser vers la couverture santé universelle.</p>",
                "specific_objectives": (
                    "<ul><li>Sensibiliser les personnels de l'éducation à la couverture santé universelle.</li>"
                    "<li>La défendre auprès des décideurs.</li></ul>"
                ),
                "activities": "<p>Sensibilisation et plaidoyer.</p>",
                "results": "<p>Une campagne portée par une organisation de l'éducation membre du Réseau.</p>",
            },
            "es": {
                "title": "Campaña por la cobertura sanitaria universal",
                "summary": (
                    "Una campaña liderada por la FENECO en la República Democrática del Congo por la cobertura "
                    "sanitaria universal."
                ),
                "context": (
                    "<p>La cobertura sanitaria universal significa que todas las personas pueden recibir la atención "
                    "que necesitan sin pasar dificultades económicas. Para mucho personal de la educación, todavía "
                    "no es así.</p>"
                ),
                "beneficiaries_description": (
                    "El personal de la educación y sus familias en la República Democrática del Congo."
                ),
                "general_objective": "<p>Avanzar hacia la cobertura sanitaria universal.</p>",
                "specific_objectives": (
                    "<ul><li>Sensibilizar al personal de la educación sobre la cobertura sanitaria universal.</li>"
                    "<li>Defenderla ante los responsables políticos.</li></ul>"
                ),
                "activities": "<p>Sensibilización e incidencia política.</p>",
                "results": "<p>Una campaña impulsada por una organización de la educación miembro de la Red.</p>",
            },
        },
        "i-best-barometer": {
            "fr": {
                "title": "I-BEST : un baromètre international du bien-être des enseignants",
                "summary": (
                    "Un baromètre du bien-être des enseignants : 8 000 enseignants de 6 territoires ont répondu en "
                    "2021, et plus de 26 000 personnes de 13 territoires en 2023."
                ),
                "context": (
                    "<p>Des enquêtes répétées montrent comment le bien-être des enseignants évolue dans le temps et "
                    "comment il se compare d'un lieu à l'autre. I-BEST prolonge les travaux antérieurs du Réseau sur "
                    "la santé au travail des personnels de l'éducation.</p>"
                ),
                "beneficiaries_description": (
                    "Les enseignants : 8 000 dans 6 territoires lors de l'édition 2021 ; plus de 26 000 répondants "
                    "dans 13 territoires lors de l'édition 2023."
                ),
                "general_objective": (
                    "<p>Mesurer le bien-être des enseignants et le suivre dans le temps.</p>"
                ),
                "specific_objectives": (
                    "<ul><li>Interroger les enseignants du plus grand nombre possible de territoires.</li>"
                    "<li>Renouveler l'enquête pour pouvoir comparer les éditions.</li>"
                    "<li>Donner aux syndicats et aux mutuelles des données pour leur action.</li></ul>"
                ),
                "activities": "<p>Une première édition en 2021 et une deuxième, plus large, en 2023.</p>",
                "results": (
                    "<p>2021 : 8 000 enseignants dans 6 territoires. 2023 : plus de 26 000 répondants dans 13 "
                    "territoires ; les résultats ont été publiés le 10 octobre 2023.</p>"
                ),
            },
            "es": {
                "title": "I-BEST: un barómetro internacional del bienestar docente",
                "summary": (
                    "Un barómetro del bienestar docente: 8.000 docentes de 6 territorios respondieron en 2021, y más "
                    "de 26.000 personas de 13 territorios en 2023."
                ),
                "context": (
                    "<p>Las encuestas repetidas muestran cómo evoluciona el bienestar de los docentes con el tiempo "
                    "y cómo se compara entre lugares. I-BEST da continuidad al trabajo anterior de la Red sobre la "
                    "salud laboral del personal de la educación.</p>"
                ),
                "beneficiaries_description": (
                    "Los docentes: 8.000 en 6 territorios en la edición de 2021; más de 26.000 encuestados en 13 "
                    "territorios en la edición de 2023."
                ),
                "general_objective": "<p>Medir el bienestar de los docentes y seguirlo en el tiempo.</p>",
                "specific_objectives": (
                    "<ul><li>Encuestar a docentes del mayor número posible de territorios.</li>"
                    "<li>Repetir la encuesta para poder comparar las ediciones.</li>"
                    "<li>Dar a los sindicatos y a las mutuales datos para su trabajo.</li></ul>"
                ),
                "activities": "<p>Una primera edición en 2021 y una segunda, más amplia, en 2023.</p>",
                "results": (
                    "<p>2021: 8.000 docentes en 6 territorios. 2023: más de 26.000 encuestados en 13 territorios; "
                    "los resultados se publicaron el 10 de octubre de 2023.</p>"
                ),
            },
        },
    },
    "research.ResearchEntry": {
        "call-for-researchers-health-in-schools-2014": {
            "fr": {
                "title": "Appel à chercheurs : promouvoir la santé des élèves et des enseignants à l'école",
                "summary": (
                    "Le premier appel du programme de recherche-action mené par le Réseau et le CLEERESS, publié le "
                    "9 décembre 2014, sur la promotion de la santé des élèves et des enseignants à l'école."
                ),
                "research_question": (
                    "<p>Comment une école peut-elle promouvoir la santé des élèves qui y apprennent et des "
                    "enseignants qui y travaillent, et quels outils chercheurs et projets de terrain peuvent-ils "
                    "construire ensemble pour aider d'autres écoles à en faire autant ?</p>"
                ),
                "method": (
                    "<p>Recherche-action : les chercheurs retenus rejoignent les projets de terrain du Réseau et "
                    "travaillent avec les personnes qui les mènent, pour produire ensemble des outils théoriques et "
                    "méthodologiques de transformation sociale que d'autres pourront réutiliser.</p>"
                    "<p>Les chercheurs sont choisis à la suite de cet appel. <em>La date limite indiquée est "
                    "illustrative : les archives du Réseau ne donnent que la date de publication.</em></p>"
                ),
            },
            "es": {
                "title": "Convocatoria de investigadores: promover la salud de alumnos y docentes en la escuela",
                "summary": (
                    "La primera convocatoria del programa de investigación-acción de la Red y el CLEERESS, publicada "
                    "el 9 de diciembre de 2014, sobre la promoción de la salud de los alumnos y los docentes en la "
                    "escuela."
                ),
                "research_question": (
                    "<p>¿Cómo puede una escuela promover la salud de los alumnos que aprenden en ella y de los "
                    "docentes que trabajan en ella, y qué herramientas pueden construir juntos los investigadores y "
                    "los proyectos de terreno para ayudar a otras escuelas a hacer lo mismo?</p>"
                ),
                "method": (
                    "<p>Investigación-acción: los investigadores seleccionados se incorporan a los proyectos de "
                    "terreno de la Red y trabajan con las personas que los llevan a cabo, para producir juntos "
                    "herramientas teóricas y metodológicas de transformación social que otros puedan "
                    "reutilizar.</p>"
                    "<p>Los investigadores se eligen mediante esta convocatoria. <em>La fecha límite indicada es "
                    "ilustrativa: los archivos de la Red solo dan la fecha de publicación.</em></p>"
                ),
            },
        },
        "health-at-school-sacha-haiti": {
            "fr": {
                "title": "La santé à l'école avec les écoles SACHA, à Port-au-Prince",
                "summary": (
                    "Une recherche-action sur le premier thème de l'appel, la santé à l'école, aux côtés de SACHA : "
                    "six écoles de Port-au-Prince, 9 000 élèves et 460 personnels."
                ),
                "research_question": (
                    "<p>Qu'est-ce qui aide six écoles, leurs élèves et leurs personnels à faire de la santé une "
                    "part de la vie scolaire, et comment transmettre ce qu'ils apprennent à d'autres écoles ?</p>"
                ),
                "method": (
                    "<p>Des chercheurs suivent le projet SACHA sur le terrain avec son partenaire haïtien, le "
                    "CEMEA-Haïti. Ils s'appuient sur les rencontres collaboratives du projet, comme le forum ouvert "
                    "d'avril 2019, et décrivent avec les écoles les méthodes qui ont fonctionné.</p>"
                    "<p><em>Fiche illustrative pour la démonstration : elle montre comment le premier thème de "
                    "l'appel de 2014 peut rejoindre un projet de terrain du Réseau.</em></p>"
                ),
            },
            "es": {
                "title": "La salud en la escuela con las escuelas de SACHA, en Puerto Príncipe",
                "summary": (
                    "Investigación-acción sobre el primer tema de la convocatoria, la salud en la escuela, junto a "
                    "SACHA: seis escuelas de Puerto Príncipe con 9.000 alumnos y 460 miembros del personal."
                ),
                "research_question": (
                    "<p>¿Qué ayuda a seis escuelas, a sus alumnos y a su personal a hacer de la salud una parte de la "
                    "vida escolar, y cómo transmitir lo que aprenden a escuelas de otros lugares?</p>"
                ),
                "method": (
                    "<p>Los investigadores acompañan el proyecto SACHA sobre el terreno con su socio haitiano, el "
                    "CEMEA-Haïti. Se apoyan en los encuentros colaborativos del proyecto, como el foro abierto de "
                    "abril de 2019, y describen con las escuelas los métodos que funcionaron.</p>"
                    "<p><em>Ficha ilustrativa para la demostración: muestra cómo el primer tema de la convocatoria "
                    "de 2014 puede encontrarse con un proyecto de terreno de la Red.</em></p>"
                ),
            },
        },
        "i-best-teachers-well-being": {
            "fr": {
                "title": "I-BEST : mesurer le bien-être des enseignants dans le temps",
                "summary": (
                    "Deux éditions d'un baromètre international du bien-être des enseignants : 8 000 enseignants "
                    "dans 6 territoires en 2021, plus de 26 000 répondants dans 13 territoires en 2023."
                ),
                "research_question": (
                    "<p>Comment les enseignants perçoivent-ils leur bien-être au travail, comment évolue-t-il d'une "
                    "édition à l'autre et en quoi diffère-t-il d'un territoire à l'autre ?</p>"
                ),
                "method": (
                    "<p>Un questionnaire renouvelé d'une édition à l'autre, dans le plus grand nombre possible de "
                    "territoires, et une analyse que les membres peuvent réutiliser dans leur propre action.</p>"
                    "<p><em>Illustratif : la démonstration présente l'analyse du baromètre comme une "
                    "recherche-action ; les chiffres sont ceux du baromètre.</em></p>"
                ),
            },
            "es": {
                "title": "I-BEST: medir el bienestar de los docentes a lo largo del tiempo",
                "summary": (
                    "Dos ediciones de un barómetro internacional del bienestar docente: 8.000 docentes en 6 "
                    "territorios en 2021, más de 26.000 encuestados en 13 territorios en 2023."
                ),
                "research_question": (
                    "<p>¿Cómo perciben los docentes su bienestar en el trabajo, cómo cambia de una edición a otra y "
                    "en qué se diferencia entre territorios?</p>"
                ),
                "method": (
                    "<p>Un cuestionario repetido en ediciones sucesivas, en el mayor número posible de territorios, "
                    "y un análisis que los miembros pueden reutilizar en su propio trabajo.</p>"
                    "<p><em>Ilustrativo: la demostración presenta el análisis del barómetro como investigación-"
                    "acción; las cifras son las del propio barómetro.</em></p>"
                ),
            },
        },
        "occupational-health-education-staff-2014-2015": {
            "fr": {
                "title": "La santé au travail des personnels de l'éducation dans cinq pays (2014-2015)",
                "summary": (
                    "Une enquête auprès des personnels de l'éducation sur leur santé au travail, à laquelle plus de "
                    "3 000 personnes ont répondu en Australie, aux États-Unis, au Canada, en France et en Colombie."
                ),
                "research_question": (
                    "<p>Comment les personnels de l'éducation voient-ils leur santé au travail, et qu'ont en commun "
                    "les situations de pays différents ?</p>"
                ),
                "method": (
                    "<p>Un questionnaire diffusé auprès des personnels de l'éducation de cinq pays en 2014 et 2015, "
                    "puis une comparaison des réponses.</p>"
                    "<p><em>Illustratif : la démonstration présente l'enquête comme une recherche-action ; les "
                    "chiffres sont ceux de l'enquête.</em></p>"
                ),
            },
            "es": {
                "title": "La salud laboral del personal de la educación en cinco países (2014-2015)",
                "summary": (
                    "Una encuesta al personal de la educación sobre su salud en el trabajo, respondida por más de "
                    "3.000 personas en Australia, Estados Unidos, Canadá, Francia y Colombia."
                ),
                "research_question": (
                    "<p>¿Cómo ve el personal de la educación su salud en el trabajo, y qué tienen en común las "
                    "situaciones de distintos países?</p>"
                ),
                "method": (
                    "<p>Un cuestionario difundido entre el personal de la educación de cinco países en 2014 y 2015 "
                    "y, después, una comparación de las respuestas.</p>"
                    "<p><em>Ilustrativo: la demostración presenta la encuesta como investigación-acción; las cifras "
                    "son las de la propia encuesta.</em></p>"
                ),
            },
        },
    },
    "members.Organisation": {
        "nea": {
            "fr": {
                "description": (
                    "<p>La NEA est un syndicat national des personnels de l'éducation aux États-Unis. Elle "
                    "participe au Réseau avec NEA Member Benefits, qui propose des services à ses adhérents.</p>"
                ),
                "health_social_protection_work": (
                    "<p>La NEA apporte au Réseau l'expérience d'un grand syndicat qui offre à ses adhérents des "
                    "avantages au-delà de la représentation collective. Les États-Unis faisaient partie des pays "
                    "couverts par l'enquête 2014-2015 du Réseau sur la santé au travail des personnels de "
                    "l'éducation.</p>"
                ),
            },
            "es": {
                "description": (
                    "<p>La NEA es un sindicato nacional del personal de la educación de Estados Unidos. Participa "
                    "en la Red junto con NEA Member Benefits, que ofrece servicios a sus afiliados.</p>"
                ),
                "health_social_protection_work": (
                    "<p>La NEA aporta a la Red la experiencia de un gran sindicato que ofrece a sus afiliados "
                    "ventajas más allá de la representación colectiva. Estados Unidos fue uno de los países "
                    "incluidos en la encuesta 2014-2015 de la Red sobre la salud laboral del personal de la "
                    "educación.</p>"
                ),
            },
        },
        "unatu": {
            "fr": {
                "description": (
                    "<p>L'UNATU est le syndicat national des enseignants de l'Ouganda. Elle est membre du "
                    "Réseau.</p>"
                ),
                "health_social_protection_work": (
                    "<p>L'UNATU agit pour les droits et le bien-être des enseignants en Ouganda et partage avec les "
                    "autres syndicats africains du Réseau son expérience de l'amélioration de leur santé et de leur "
                    "protection sociale.</p>"
                ),
            },
            "es": {
                "description": (
                    "<p>UNATU es el sindicato nacional de docentes de Uganda. Es miembro de la Red.</p>"
                ),
                "health_social_protection_work": (
                    "<p>UNATU trabaja por los derechos y el bienestar de los docentes en Uganda y comparte con los "
                    "demás sindicatos africanos de la Red su experiencia en la mejora de su salud y su protección "
                    "social.</p>"
                ),
            },
        },
        "thf": {
            "fr": {
                "description": (
                    "<p>THF est une caisse d'assurance santé australienne destinée à la communauté éducative. Elle "
                    "est membre du Réseau.</p>"
                ),
                "health_social_protection_work": (
                    "<p>THF propose une couverture santé aux personnes qui travaillent dans l'éducation en "
                    "Australie. L'Australie faisait partie des pays couverts par l'enquête 2014-2015 du Réseau sur "
                    "la santé au travail des personnels de l'éducation.</p>"
                ),
            },
            "es": {
                "description": (
                    "<p>THF es un fondo de salud australiano para la comunidad educativa. Es miembro de la Red.</p>"
                ),
                "health_social_protection_work": (
                    "<p>THF ofrece cobertura de salud a las personas que trabajan en la educación en Australia. "
                    "Australia fue uno de los países incluidos en la encuesta 2014-2015 de la Red sobre la salud "
                    "laboral del personal de la educación.</p>"
                ),
            },
        },
        "snea-b": {
            "fr": {
                "description": (
                    "<p>Le SNEA-B est un syndicat d'enseignants du Burkina Faso et un membre du Réseau.</p>"
                ),
                "health_social_protection_work": (
                    "<p>Le SNEA-B est partenaire du plus ancien projet du Réseau : une mutuelle de santé des "
                    "personnels de l'éducation au Burkina Faso (MENA), lancée en 2009 avec la MGEN, Solidaris et "
                    "les syndicats luxembourgeois.</p>"
                ),
            },
            "es": {
                "description": (
                    "<p>El SNEA-B es un sindicato de docentes de Burkina Faso y miembro de la Red.</p>"
                ),
                "health_social_protection_work": (
                    "<p>El SNEA-B es socio del proyecto más antiguo de la Red: una mutual de salud para el personal "
                    "de la educación de Burkina Faso (MENA), iniciada en 2009 con la MGEN, Solidaris y los "
                    "sindicatos luxemburgueses.</p>"
                ),
            },
        },
        "syeco": {
            "fr": {
                "description": (
                    "<p>Le SYECO est un syndicat de l'éducation de la République démocratique du Congo qui compte 6 "
                    "320 membres. Il a rejoint le Réseau en 2020.</p>"
                ),
                "health_social_protection_work": (
                    "<p>Le SYECO travaille avec les autres membres africains du Réseau sur l'accès aux soins et à "
                    "la protection sociale des personnels de l'éducation.</p>"
                ),
            },
            "es": {
                "description": (
                    "<p>El SYECO es un sindicato de la educación de la República Democrática del Congo con 6.320 "
                    "miembros. Se unió a la Red en 2020.</p>"
                ),
                "health_social_protection_work": (
                    "<p>El SYECO trabaja con los demás miembros africanos de la Red en el acceso a la atención de "
                    "salud y a la protección social del personal de la educación.</p>"
                ),
            },
        },
        "ser": {
            "fr": {
                "description": (
                    "<p>Le SER est le syndicat des enseignants de Suisse romande. Fondé en 1864, il a plus de 150 "
                    "ans d'histoire syndicale. Il a rejoint le Réseau en 2020.</p>"
                ),
                "health_social_protection_work": (
                    "<p>Le SER veille aux conditions de travail et à la santé des enseignants et apporte une longue "
                    "expérience syndicale aux échanges du Réseau sur le bien-être au travail.</p>"
                ),
            },
            "es": {
                "description": (
                    "<p>El SER es el sindicato de docentes de la Suiza francófona. Fundado en 1864, tiene más de "
                    "150 años de historia sindical. Se unió a la Red en 2020.</p>"
                ),
                "health_social_protection_work": (
                    "<p>El SER vela por las condiciones de trabajo y la salud de los docentes y aporta una larga "
                    "experiencia sindical a los intercambios de la Red sobre el bienestar en el trabajo.</p>"
                ),
            },
        },
        "ciess": {
            "fr": {
                "description": (
                    "<p>Le CIESS est un membre colombien du Réseau, connu pour son programme « Escuelas Saludables "
                    "» (écoles en santé).</p>"
                ),
                "health_social_protection_work": (
                    "<p>Par son programme d'écoles en santé, le CIESS agit pour la santé des élèves et des "
                    "personnels des écoles colombiennes, dans l'esprit du domaine d'action « Écoles en santé » du "
                    "Réseau.</p>"
                ),
            },
            "es": {
                "description": (
                    "<p>El CIESS es un miembro colombiano de la Red, conocido por su programa «Escuelas "
                    "Saludables».</p>"
                ),
                "health_social_protection_work": (
                    "<p>Con su programa de escuelas saludables, el CIESS trabaja por la salud de los alumnos y del "
                    "personal de las escuelas colombianas, en línea con el área de acción «Escuelas saludables» de "
                    "la Red.</p>"
                ),
            },
        },
        "cmim": {
            "fr": {
                "description": (
                    "<p>La CMIM est une mutuelle marocaine. Elle a rejoint le Réseau en 2018.</p>"
                ),
                "health_social_protection_work": (
                    "<p>En tant que mutuelle, la CMIM propose une couverture santé à ses adhérents et partage son "
                    "expérience avec les autres mutuelles du Réseau, en Afrique et ailleurs.</p>"
                ),
            },
            "es": {
                "description": (
                    "<p>La CMIM es una mutual marroquí. Se unió a la Red en 2018.</p>"
                ),
                "health_social_protection_work": (
                    "<p>Como mutual, la CMIM ofrece cobertura de salud a sus afiliados y comparte su experiencia "
                    "con las demás mutuales de la Red, en África y en otros lugares.</p>"
                ),
            },
        },
        "nasuwt": {
            "fr": {
                "description": (
                    "<p>La NASUWT est un syndicat d'enseignants du Royaume-Uni et un membre du Réseau.</p>"
                ),
                "health_social_protection_work": (
                    "<p>La NASUWT agit sur les conditions de travail, la charge de travail et le bien-être des "
                    "enseignants, et partage ce travail avec des syndicats d'autres pays grâce au Réseau.</p>"
                ),
            },
            "es": {
                "description": (
                    "<p>La NASUWT es un sindicato de docentes del Reino Unido y miembro de la Red.</p>"
                ),
                "health_social_protection_work": (
                    "<p>La NASUWT trabaja sobre las condiciones laborales, la carga de trabajo y el bienestar de "
                    "los docentes, y comparte este trabajo con sindicatos de otros países a través de la Red.</p>"
                ),
            },
        },
        "unsa-education": {
            "fr": {
                "description": (
                    "<p>L'UNSA-Éducation est une fédération française de syndicats de l'éducation et un membre du "
                    "Réseau.</p>"
                ),
                "health_social_protection_work": (
                    "<p>L'UNSA-Éducation défend les conditions de travail et la protection sociale des personnels "
                    "qu'elle représente et participe aux échanges du Réseau sur la santé au travail.</p>"
                ),
            },
            "es": {
                "description": (
                    "<p>La UNSA-Éducation es una federación francesa de sindicatos de la educación y miembro de la "
                    "Red.</p>"
                ),
                "health_social_protection_work": (
                    "<p>La UNSA-Éducation defiende las condiciones de trabajo y la protección social del personal "
                    "al que representa y participa en los intercambios de la Red sobre la salud en el trabajo.</p>"
                ),
            },
        },
        "adosen": {
            "fr": {
                "description": (
                    "<p>L'ADOSEN est une association française d'éducation à la santé et un membre du Réseau.</p>"
                ),
                "health_social_protection_work": (
                    "<p>L'ADOSEN aide les écoles et les personnels de l'éducation à promouvoir la santé des élèves, "
                    "par des ressources et des activités de prévention et d'éducation à la santé.</p>"
                ),
            },
            "es": {
                "description": (
                    "<p>La ADOSEN es una asociación francesa de educación para la salud y miembro de la Red.</p>"
                ),
                "health_social_protection_work": (
                    "<p>La ADOSEN ayuda a las escuelas y al personal de la educación a promover la salud de los "
                    "alumnos, mediante recursos y actividades de prevención y educación para la salud.</p>"
                ),
            },
        },
        "csfef": {
            "fr": {
                "description": (
                    "<p>Le CSFEF rassemble des syndicats francophones de l'éducation, en Afrique et au-delà. Il est "
                    "membre du Réseau.</p>"
                ),
                "health_social_protection_work": (
                    "<p>Le CSFEF a publié le rapport Focus Santé sur la santé des personnels de l'éducation dans "
                    "les pays de ses syndicats membres.</p>"
                ),
            },
            "es": {
                "description": (
                    "<p>El CSFEF reúne a sindicatos francófonos de la educación, en África y fuera de ella. Es "
                    "miembro de la Red.</p>"
                ),
                "health_social_protection_work": (
                    "<p>El CSFEF publicó el informe Focus Santé sobre la salud del personal de la educación en los "
                    "países de sus sindicatos miembros.</p>"
                ),
            },
        },
        "fgil": {
            "fr": {
                "description": (
                    "<p>La FGIL est un syndicat d'enseignants du Luxembourg. Elle a rejoint le Réseau en 2014, en "
                    "même temps que le SEW/OGBL et la Ligue de l'Enseignement.</p>"
                ),
                "health_social_protection_work": (
                    "<p>Avec les autres membres luxembourgeois, la FGIL soutient la mutuelle des enseignants au "
                    "Burkina Faso.</p>"
                ),
            },
            "es": {
                "description": (
                    "<p>La FGIL es un sindicato de docentes de Luxemburgo. Se unió a la Red en 2014, junto con el "
                    "SEW/OGBL y la Ligue de l'Enseignement.</p>"
                ),
                "health_social_protection_work": (
                    "<p>Junto con los demás miembros luxemburgueses, la FGIL apoya la mutual de docentes de Burkina "
                    "Faso.</p>"
                ),
            },
        },
        "sew-ogbl": {
            "fr": {
                "description": (
                    "<p>Le SEW est le syndicat de l'éducation et de la science de la confédération syndicale "
                    "luxembourgeoise OGBL. Il a rejoint le Réseau en 2014.</p>"
                ),
                "health_social_protection_work": (
                    "<p>Avec les autres membres luxembourgeois, le SEW/OGBL soutient la mutuelle des enseignants au "
                    "Burkina Faso.</p>"
                ),
            },
            "es": {
                "description": (
                    "<p>El SEW es el sindicato de la educación y la ciencia de la confederación sindical "
                    "luxemburguesa OGBL. Se unió a la Red en 2014.</p>"
                ),
                "health_social_protection_work": (
                    "<p>Junto con los demás miembros luxemburgueses, el SEW/OGBL apoya la mutual de docentes de "
                    "Burkina Faso.</p>"
                ),
            },
        },
        "ligue-enseignement-luxembourg": {
            "fr": {
                "description": (
                    "<p>La Ligue de l'Enseignement est une association luxembourgeoise active dans l'éducation. "
                    "Elle a rejoint le Réseau en 2014.</p>"
                ),
                "health_social_protection_work": (
                    "<p>Avec les autres membres luxembourgeois, elle soutient la mutuelle des enseignants au "
                    "Burkina Faso.</p>"
                ),
            },
            "es": {
                "description": (
                    "<p>La Ligue de l'Enseignement es una asociación luxemburguesa activa en la educación. Se unió "
                    "a la Red en 2014.</p>"
                ),
                "health_social_protection_work": (
                    "<p>Junto con los demás miembros luxemburgueses, apoya la mutual de docentes de Burkina "
                    "Faso.</p>"
                ),
            },
        },
        "solidarite-laique": {
            "fr": {
                "description": (
                    "<p>Solidarité Laïque est une association française qui agit pour la solidarité internationale "
                    "et l'accès à l'éducation. Elle est membre du Réseau.</p>"
                ),
                "health_social_protection_work": (
                    "<p>Solidarité Laïque apporte au Réseau son expérience des projets de coopération avec des "
                    "organisations de l'éducation d'autres pays.</p>"
                ),
            },
            "es": {
                "description": (
                    "<p>Solidarité Laïque es una asociación francesa que trabaja por la solidaridad internacional y "
                    "el acceso a la educación. Es miembro de la Red.</p>"
                ),
                "health_social_protection_work": (
                    "<p>Solidarité Laïque aporta a la Red su experiencia en proyectos de cooperación con "
                    "organizaciones de la educación de otros países.</p>"
                ),
            },
        },
        "en3s": {
            "fr": {
                "description": (
                    "<p>L'EN3S est l'école nationale supérieure de Sécurité sociale, qui forme les dirigeants de la "
                    "Sécurité sociale française. Elle est membre du Réseau.</p>"
                ),
                "health_social_protection_work": (
                    "<p>L'EN3S apporte sa connaissance des systèmes de sécurité sociale et son expérience de la "
                    "formation aux travaux du Réseau sur la protection sociale pour tous.</p>"
                ),
            },
            "es": {
                "description": (
                    "<p>La EN3S es la escuela nacional superior de la Seguridad Social francesa, que forma a los "
                    "directivos del sistema de seguridad social. Es miembro de la Red.</p>"
                ),
                "health_social_protection_work": (
                    "<p>La EN3S aporta su conocimiento de los sistemas de seguridad social y su experiencia en "
                    "formación al trabajo de la Red sobre la protección social para todos.</p>"
                ),
            },
        },
        "solidaris": {
            "fr": {
                "description": (
                    "<p>Solidaris est une mutualité santé belge et un partenaire du Réseau.</p>"
                ),
                "health_social_protection_work": (
                    "<p>Solidaris assure la couverture santé de ses affiliés et est partenaire de la mutuelle des "
                    "enseignants au Burkina Faso.</p>"
                ),
            },
            "es": {
                "description": (
                    "<p>Solidaris es una mutualidad de salud belga y socia de la Red.</p>"
                ),
                "health_social_protection_work": (
                    "<p>Solidaris ofrece cobertura de salud a sus afiliados y es socia de la mutual de docentes de "
                    "Burkina Faso.</p>"
                ),
            },
        },
        "latitudes-jeunes": {
            "fr": {
                "description": (
                    "<p>Latitudes Jeunes est une organisation de jeunesse belge et un partenaire du Réseau.</p>"
                ),
                "health_social_protection_work": (
                    "<p>Latitudes Jeunes agit avec et pour les jeunes, dans l'esprit du domaine d'action « Place "
                    "aux jeunes » du Réseau.</p>"
                ),
            },
            "es": {
                "description": (
                    "<p>Latitudes Jeunes es una organización juvenil belga y socia de la Red.</p>"
                ),
                "health_social_protection_work": (
                    "<p>Latitudes Jeunes trabaja con y para los jóvenes, en línea con el área de acción «Espacio "
                    "para los jóvenes» de la Red.</p>"
                ),
            },
        },
        "cemea-haiti": {
            "fr": {
                "description": (
                    "<p>Le CEMEA-Haïti est une association d'éducation en Haïti et un partenaire du Réseau.</p>"
                ),
                "health_social_protection_work": (
                    "<p>Le CEMEA-Haïti est le partenaire du Réseau en Haïti, pays des projets PROCEDH et de SACHA, "
                    "qui travaille avec des écoles de Port-au-Prince.</p>"
                ),
            },
            "es": {
                "description": (
                    "<p>El CEMEA-Haïti es una asociación educativa de Haití y socia de la Red.</p>"
                ),
                "health_social_protection_work": (
                    "<p>El CEMEA-Haïti es el socio de la Red en Haití, el país de los proyectos PROCEDH y de SACHA, "
                    "que trabaja con escuelas de Puerto Príncipe.</p>"
                ),
            },
        },
        "mgpap": {
            "fr": {
                "description": (
                    "<p>La MGPAP est une mutuelle marocaine des agents publics et un partenaire du Réseau.</p>"
                ),
                "health_social_protection_work": (
                    "<p>La MGPAP est jumelée avec la MGEN : les deux mutuelles échangent leur expérience de la "
                    "gestion d'une couverture santé pour leurs adhérents.</p>"
                ),
            },
            "es": {
                "description": (
                    "<p>La MGPAP es una mutual marroquí de los empleados públicos y socia de la Red.</p>"
                ),
                "health_social_protection_work": (
                    "<p>La MGPAP está hermanada con la MGEN: las dos mutuales intercambian su experiencia en la "
                    "gestión de la cobertura de salud de sus afiliados.</p>"
                ),
            },
        },
        "mugef-ci": {
            "fr": {
                "description": (
                    "<p>La Mugef-CI est la mutuelle des fonctionnaires et agents de l'État de Côte d'Ivoire et un "
                    "partenaire du Réseau.</p>"
                ),
                "health_social_protection_work": (
                    "<p>La Mugef-CI est jumelée avec la MGEN : les deux mutuelles échangent leur expérience de la "
                    "gestion d'une couverture santé pour leurs adhérents.</p>"
                ),
            },
            "es": {
                "description": (
                    "<p>La Mugef-CI es la mutual de los funcionarios y empleados del Estado de Côte d'Ivoire y "
                    "socia de la Red.</p>"
                ),
                "health_social_protection_work": (
                    "<p>La Mugef-CI está hermanada con la MGEN: las dos mutuales intercambian su experiencia en la "
                    "gestión de la cobertura de salud de sus afiliados.</p>"
                ),
            },
        },
        "esper": {
            "fr": {
                "description": (
                    "<p>L'ESPER rassemble des organisations françaises de l'économie sociale et solidaire qui "
                    "agissent avec l'école. Elle est partenaire du Réseau.</p>"
                ),
                "health_social_protection_work": (
                    "<p>L'ESPER aide les jeunes et les personnels de l'éducation à découvrir l'économie sociale et "
                    "solidaire, dont les mutuelles et la protection qu'elles offrent.</p>"
                ),
            },
            "es": {
                "description": (
                    "<p>La ESPER reúne a organizaciones francesas de la economía social y solidaria que trabajan "
                    "con la escuela. Es socia de la Red.</p>"
                ),
                "health_social_protection_work": (
                    "<p>La ESPER ayuda a los jóvenes y al personal de la educación a conocer la economía social y "
                    "solidaria, incluidas las mutuales y la protección que ofrecen.</p>"
                ),
            },
        },
        "ilo": {
            "fr": {
                "description": (
                    "<p>L'Organisation internationale du Travail est l'agence des Nations unies pour le monde du "
                    "travail. Le Réseau a été fondé avec son soutien.</p>"
                ),
                "health_social_protection_work": (
                    "<p>L'OIT promeut la protection sociale de tous les travailleurs, un objectif que le Réseau "
                    "partage pour les personnels de l'éducation.</p>"
                ),
            },
            "es": {
                "description": (
                    "<p>La Organización Internacional del Trabajo es el organismo de las Naciones Unidas para el "
                    "mundo del trabajo. La Red se fundó con su apoyo.</p>"
                ),
                "health_social_protection_work": (
                    "<p>La OIT promueve la protección social de todos los trabajadores, un objetivo que la Red "
                    "comparte para el personal de la educación.</p>"
                ),
            },
        },
    },
}
