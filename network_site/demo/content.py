"""The demo content, as plain Python data.

Built from the public facts in ../shared/demo-facts.md and written in our own words. Where the facts stop, the
text stays generic rather than inventing figures, names or dates. Conventions:
- cities, founding and joining years, and member counts only where the facts (or a well-known headquarters)
  give them; otherwise left blank;
- where the facts give only a month or a year, a date is the first day of that month or year;
- logos and project pictures are generated (see pictures.py), never real artwork.
"""

import datetime

from members.models import Membership, OrganisationKind
from projects.models import ProjectStatus

CONTACT_EMAIL = "contact@education-solidarite.org"
CONTACT = f"Network secretariat\n{CONTACT_EMAIL}"

# Mission area slugs, created by network_site migration 0002.
HEALTHY_SCHOOLS = "healthy-schools"
SOCIAL_PROTECTION = "social-protection-for-all"
YOUNG_PEOPLE = "room-for-young-people"

# Tags, from the Network's own list of topics.
EDUCATION_PERSONNEL = "Education personnel"
YOUTH_ENGAGEMENT = "Youth engagement"
OCCUPATIONAL_HEALTH = "Occupational health"
SCHOOL_HEALTH = "School health"
MUTUAL_INSURANCE = "Mutual insurance"
MENTAL_HEALTH = "Mental health"
SOCIAL_PROTECTION_TAG = "Social protection"
GOVERNANCE = "Governance"
THE_NETWORK = "The Network"
AFRICA = "Africa"
LATIN_AMERICA = "Latin America and Caribbean"
HEALTH_PREVENTION = "Health prevention and education"
EDUCATION_FOR_SOCIAL_PROTECTION = "Education for social protection"

UNION = OrganisationKind.EDUCATION_UNION
MUTUAL = OrganisationKind.MUTUAL
ASSOCIATION = OrganisationKind.ASSOCIATION
RESEARCH = OrganisationKind.RESEARCH
OTHER = OrganisationKind.OTHER
FOUNDER = Membership.FOUNDER
MEMBER = Membership.MEMBER
PARTNER = Membership.PARTNER

# Keys are Organisation fields, plus "monogram" (the letters on the generated logo) where the default
# (a short acronym, else the initials of the name) reads badly. Omitted fields take their blank value.
ORGANISATIONS = [
    # Founders
    {
        "slug": "mgen",
        "name": "Mutuelle générale de l'Éducation nationale",
        "acronym": "MGEN",
        "kind": MUTUAL,
        "membership": FOUNDER,
        "country": "FR",
        "city": "Paris",
        "joined_year": 2009,
        "is_featured": True,
        "description": (
            "<p>MGEN is a French mutual health society created by and for people who work in education. "
            "Its members run it and share the cost of each other's health care.</p>"
            "<p>It is one of the three founders of the Network, with Education International and AIM.</p>"
        ),
        "health_social_protection_work": (
            "<p>MGEN provides health cover and prevention to its members. Within the Network it supports the "
            "teachers' mutual in Burkina Faso and is twinned with two mutual societies in Africa: MGPAP in "
            "Morocco and Mugef-CI in Côte d'Ivoire.</p>"
        ),
    },
    {
        "slug": "education-international",
        "name": "Education International",
        "acronym": "EI",
        "kind": UNION,
        "membership": FOUNDER,
        "country": "BE",
        "city": "Brussels",
        "joined_year": 2009,
        "is_featured": True,
        "description": (
            "<p>Education International is the global federation of teachers' and education workers' unions. "
            "It speaks for education staff at international level and brings its member unions together in "
            "world congresses and regional conferences.</p>"
            "<p>It is one of the three founders of the Network.</p>"
        ),
        "health_social_protection_work": (
            "<p>EI brings the health and social protection of education staff to its member unions. At its 7th "
            "World Congress in Ottawa in July 2015 the Network handed out its mobilisation kit, and at the 2015 "
            "Africa regional conference in Nairobi unions asked the Network to generate knowledge, share good "
            "practices and support the people who act on these issues.</p>"
        ),
    },
    {
        "slug": "aim",
        "name": "International Association of Mutual Benefit Societies",
        "acronym": "AIM",
        "kind": ASSOCIATION,
        "membership": FOUNDER,
        "country": "BE",
        "city": "Brussels",
        "joined_year": 2009,
        "is_featured": True,
        "description": (
            "<p>AIM brings together mutual benefit societies and health insurers that are not run for profit. "
            "It is one of the three founders of the Network.</p>"
        ),
        "health_social_protection_work": (
            "<p>AIM speaks for the mutual model of health cover, in which members share risks and have a say in "
            "how their society is run. It brings this experience to the Network's work on social protection "
            "for all.</p>"
        ),
    },
    # Members
    {
        "slug": "csq",
        "name": "Centrale des syndicats du Québec",
        "acronym": "CSQ",
        "kind": UNION,
        "country": "CA",
        "city": "Montréal",
        "is_featured": True,
        "description": (
            "<p>The CSQ is a Québec trade union organisation whose members include a large number of people "
            "working in education. It is a member of the Network.</p>"
        ),
        "health_social_protection_work": (
            "<p>The CSQ works on the working conditions and health of its members and shares its experience "
            "with unions in other countries through the Network. Canada was one of the countries covered by "
            "the Network's 2014–15 survey on the occupational health of education staff.</p>"
        ),
    },
    {
        "slug": "nea",
        "name": "National Education Association",
        "acronym": "NEA",
        "kind": UNION,
        "country": "US",
        "city": "Washington, D.C.",
        "description": (
            "<p>The NEA is a national union of education staff in the United States. It takes part in the "
            "Network together with NEA Member Benefits, which offers services to its members.</p>"
        ),
        "health_social_protection_work": (
            "<p>The NEA brings to the Network the experience of a large union that offers its members benefits "
            "beyond collective representation. The United States was one of the countries covered by the "
            "Network's 2014–15 survey on the occupational health of education staff.</p>"
        ),
    },
    {
        "slug": "unatu",
        "name": "Uganda National Teachers' Union",
        "acronym": "UNATU",
        "kind": UNION,
        "country": "UG",
        "city": "Kampala",
        "is_featured": True,
        "description": (
            "<p>UNATU is the national teachers' union of Uganda. It is a member of the Network.</p>"
        ),
        "health_social_protection_work": (
            "<p>UNATU works for the rights and well-being of teachers in Uganda and shares with other African "
            "unions in the Network its experience of improving their health and social protection.</p>"
        ),
    },
    {
        "slug": "thf",
        "name": "Teachers Health Fund",
        "acronym": "THF",
        "kind": MUTUAL,
        "country": "AU",
        "description": (
            "<p>THF is an Australian health fund for the education community. It is a member of the Network.</p>"
        ),
        "health_social_protection_work": (
            "<p>THF offers health cover to people working in education in Australia. Australia was one of the "
            "countries covered by the Network's 2014–15 survey on the occupational health of education "
            "staff.</p>"
        ),
    },
    {
        "slug": "snea-b",
        "name": "Syndicat national des enseignants africains du Burkina",
        "acronym": "SNEA-B",
        "kind": UNION,
        "country": "BF",
        "is_featured": True,
        "description": (
            "<p>SNEA-B is a teachers' union in Burkina Faso and a member of the Network.</p>"
        ),
        "health_social_protection_work": (
            "<p>SNEA-B is a partner of the Network's longest-running project: a mutual health society for "
            "education staff in Burkina Faso (MENA), started in 2009 with MGEN, Solidaris and the Luxembourg "
            "unions.</p>"
        ),
    },
    {
        "slug": "feneco",
        "name": "FENECO",
        "kind": OTHER,
        "country": "CD",
        "description": (
            "<p>FENECO is a member of the Network in the Democratic Republic of the Congo, one of the countries "
            "where the Network's members were active in 2014.</p>"
        ),
        "health_social_protection_work": (
            "<p>FENECO leads a campaign for universal health coverage, so that education staff and their "
            "families can get care without falling into poverty.</p>"
        ),
    },
    {
        "slug": "syeco",
        "name": "SYECO",
        "kind": UNION,
        "country": "CD",
        "joined_year": 2020,
        "people_represented": 6320,
        "is_featured": True,
        "description": (
            "<p>SYECO is an education union in the Democratic Republic of the Congo with 6,320 members. It "
            "joined the Network in 2020.</p>"
        ),
        "health_social_protection_work": (
            "<p>SYECO works with the Network's other African members on access to health care and social "
            "protection for education staff.</p>"
        ),
    },
    {
        "slug": "ser",
        "name": "Syndicat des enseignants romands",
        "acronym": "SER",
        "kind": UNION,
        "country": "CH",
        "founded_year": 1864,
        "joined_year": 2020,
        "description": (
            "<p>The SER is the union of teachers in French-speaking Switzerland. Founded in 1864, it has more "
            "than 150 years of union history. It joined the Network in 2020.</p>"
        ),
        "health_social_protection_work": (
            "<p>The SER cares for the working conditions and health of teachers and brings a long experience "
            "of union work to the Network's exchanges on well-being at work.</p>"
        ),
    },
    {
        "slug": "gestarsalud",
        "name": "Gestarsalud",
        "kind": ASSOCIATION,
        "country": "CO",
        "monogram": "GS",
        "is_featured": True,
        "description": (
            "<p>Gestarsalud is a Colombian association of mutual health insurers and a member of the "
            "Network.</p>"
        ),
        "health_social_protection_work": (
            "<p>Its members provide health cover based on solidarity. Gestarsalud brings the experience of "
            "Latin American mutual insurers to the Network's work on social protection for all.</p>"
        ),
    },
    {
        "slug": "ciess",
        "name": "CIESS",
        "kind": OTHER,
        "country": "CO",
        "description": (
            "<p>CIESS is a Colombian member of the Network, known for its \"Escuelas Saludables\" (healthy "
            "schools) programme.</p>"
        ),
        "health_social_protection_work": (
            "<p>Through its healthy schools programme, CIESS works on the health of pupils and staff in "
            "Colombian schools, in line with the Network's healthy schools mission area.</p>"
        ),
    },
    {
        "slug": "cmim",
        "name": "Caisse mutualiste interprofessionnelle marocaine",
        "acronym": "CMIM",
        "kind": MUTUAL,
        "country": "MA",
        "joined_year": 2018,
        "description": (
            "<p>CMIM is a Moroccan mutual society. It joined the Network in 2018.</p>"
        ),
        "health_social_protection_work": (
            "<p>As a mutual society, CMIM offers health cover to its members and shares its experience with the "
            "other mutual societies of the Network, in Africa and elsewhere.</p>"
        ),
    },
    {
        "slug": "nasuwt",
        "name": "National Association of Schoolmasters Union of Women Teachers",
        "acronym": "NASUWT",
        "kind": UNION,
        "country": "GB",
        "city": "Birmingham",
        "description": (
            "<p>NASUWT is a teachers' union in the United Kingdom and a member of the Network.</p>"
        ),
        "health_social_protection_work": (
            "<p>NASUWT works on teachers' working conditions, workload and well-being, and shares this work "
            "with unions in other countries through the Network.</p>"
        ),
    },
    {
        "slug": "unsa-education",
        "name": "UNSA-Éducation",
        "kind": UNION,
        "country": "FR",
        "monogram": "UNSA",
        "description": (
            "<p>UNSA-Éducation is a French federation of education unions and a member of the Network.</p>"
        ),
        "health_social_protection_work": (
            "<p>UNSA-Éducation defends the working conditions and social protection of the staff it represents "
            "and takes part in the Network's exchanges on health at work.</p>"
        ),
    },
    {
        "slug": "adosen",
        "name": "ADOSEN",
        "kind": ASSOCIATION,
        "country": "FR",
        "description": (
            "<p>ADOSEN is a French association for health education and a member of the Network.</p>"
        ),
        "health_social_protection_work": (
            "<p>ADOSEN helps schools and education staff to promote health among pupils, through resources "
            "and activities in health prevention and education.</p>"
        ),
    },
    {
        "slug": "csfef",
        "name": "Comité syndical francophone de l'éducation et de la formation",
        "acronym": "CSFEF",
        "kind": UNION,
        "description": (
            "<p>The CSFEF brings together French-speaking education unions, in Africa and beyond. It is a member "
            "of the Network.</p>"
        ),
        "health_social_protection_work": (
            "<p>The CSFEF published the Focus Santé report on the health of education staff in its member "
            "unions' countries.</p>"
        ),
    },
    {
        "slug": "fgil",
        "name": "Fédération générale des instituteurs luxembourgeois",
        "acronym": "FGIL",
        "kind": UNION,
        "country": "LU",
        "joined_year": 2014,
        "description": (
            "<p>The FGIL is a union of teachers in Luxembourg. It joined the Network in 2014, together with "
            "SEW/OGBL and the Ligue de l'Enseignement.</p>"
        ),
        "health_social_protection_work": (
            "<p>With the other Luxembourg members, the FGIL supports the teachers' mutual in Burkina Faso.</p>"
        ),
    },
    {
        "slug": "sew-ogbl",
        "name": "Syndikat Erziehung und Wissenschaft (OGBL)",
        "acronym": "SEW/OGBL",
        "kind": UNION,
        "country": "LU",
        "joined_year": 2014,
        "monogram": "SEW",
        "description": (
            "<p>SEW is the education and science union of the Luxembourg trade union confederation OGBL. It "
            "joined the Network in 2014.</p>"
        ),
        "health_social_protection_work": (
            "<p>With the other Luxembourg members, SEW/OGBL supports the teachers' mutual in Burkina Faso.</p>"
        ),
    },
    {
        "slug": "ligue-enseignement-luxembourg",
        "name": "Ligue de l'Enseignement (Luxembourg)",
        "kind": ASSOCIATION,
        "country": "LU",
        "joined_year": 2014,
        "monogram": "LE",
        "description": (
            "<p>The Ligue de l'Enseignement is a Luxembourg association active in education. It joined the "
            "Network in 2014.</p>"
        ),
        "health_social_protection_work": (
            "<p>With the other Luxembourg members, it supports the teachers' mutual in Burkina Faso.</p>"
        ),
    },
    {
        "slug": "solidarite-laique",
        "name": "Solidarité Laïque",
        "kind": ASSOCIATION,
        "country": "FR",
        "monogram": "SL",
        "description": (
            "<p>Solidarité Laïque is a French association working for international solidarity and access to "
            "education. It is a member of the Network.</p>"
        ),
        "health_social_protection_work": (
            "<p>Solidarité Laïque brings to the Network its experience of cooperation projects with education "
            "organisations in other countries.</p>"
        ),
    },
    {
        "slug": "en3s",
        "name": "École nationale supérieure de Sécurité sociale",
        "acronym": "EN3S",
        "kind": RESEARCH,
        "country": "FR",
        "city": "Saint-Étienne",
        "description": (
            "<p>The EN3S is the French national school of social security, which trains the managers of the "
            "social security system. It is a member of the Network.</p>"
        ),
        "health_social_protection_work": (
            "<p>The EN3S brings its knowledge of social security systems and its training experience to the "
            "Network's work on social protection for all.</p>"
        ),
    },
    # Partners
    {
        "slug": "solidaris",
        "name": "Solidaris",
        "kind": MUTUAL,
        "membership": PARTNER,
        "country": "BE",
        "monogram": "S",
        "description": (
            "<p>Solidaris is a Belgian mutual health society and a partner of the Network.</p>"
        ),
        "health_social_protection_work": (
            "<p>Solidaris provides health cover to its members and is a partner of the teachers' mutual in "
            "Burkina Faso.</p>"
        ),
    },
    {
        "slug": "latitudes-jeunes",
        "name": "Latitudes Jeunes",
        "kind": ASSOCIATION,
        "membership": PARTNER,
        "country": "BE",
        "monogram": "LJ",
        "description": (
            "<p>Latitudes Jeunes is a Belgian youth organisation and a partner of the Network.</p>"
        ),
        "health_social_protection_work": (
            "<p>Latitudes Jeunes works with and for young people, in line with the Network's \"room for young "
            "people\" mission area.</p>"
        ),
    },
    {
        "slug": "cemea-haiti",
        "name": "CEMEA-Haïti",
        "kind": ASSOCIATION,
        "membership": PARTNER,
        "country": "HT",
        "monogram": "CEMEA",
        "description": (
            "<p>CEMEA-Haïti is an education association in Haiti and a partner of the Network.</p>"
        ),
        "health_social_protection_work": (
            "<p>CEMEA-Haïti is a partner of the Network in Haiti, the country of the PROCEDH projects and of "
            "SACHA, which works with schools in Port-au-Prince.</p>"
        ),
    },
    {
        "slug": "mgpap",
        "name": "Mutuelle générale du personnel des administrations publiques",
        "acronym": "MGPAP",
        "kind": MUTUAL,
        "membership": PARTNER,
        "country": "MA",
        "description": (
            "<p>MGPAP is a Moroccan mutual society for public employees and a partner of the Network.</p>"
        ),
        "health_social_protection_work": (
            "<p>MGPAP is twinned with MGEN: the two mutual societies exchange experience on how to run health "
            "cover for their members.</p>"
        ),
    },
    {
        "slug": "mugef-ci",
        "name": "Mutuelle générale des fonctionnaires et agents de l'État de Côte d'Ivoire",
        "acronym": "Mugef-CI",
        "kind": MUTUAL,
        "membership": PARTNER,
        "country": "CI",
        "monogram": "MCI",
        "description": (
            "<p>Mugef-CI is the mutual society of public servants in Côte d'Ivoire and a partner of the "
            "Network.</p>"
        ),
        "health_social_protection_work": (
            "<p>Mugef-CI is twinned with MGEN: the two mutual societies exchange experience on how to run health "
            "cover for their members.</p>"
        ),
    },
    {
        "slug": "esper",
        "name": "L'Économie sociale partenaire de l'École de la République",
        "acronym": "ESPER",
        "kind": ASSOCIATION,
        "membership": PARTNER,
        "country": "FR",
        "description": (
            "<p>ESPER brings together French organisations of the social and solidarity economy that work with "
            "schools. It is a partner of the Network.</p>"
        ),
        "health_social_protection_work": (
            "<p>ESPER helps young people and education staff learn about the social and solidarity economy, "
            "including mutual societies and the protection they offer.</p>"
        ),
    },
    {
        "slug": "cleeress",
        "name": "Cluster Education Enseignement Recherche en Economie Sociale et Solidaire",
        "acronym": "CLEERESS",
        "kind": RESEARCH,
        "membership": PARTNER,
        "country": "FR",
        "monogram": "CL",
        "description": (
            "<p>CLEERESS is a cluster of education, teaching and research in the social and solidarity economy. "
            "It is the Network's partner for research-action.</p>"
        ),
        "health_social_protection_work": (
            "<p>With CLEERESS the Network published a call for researchers in December 2014, on a first theme: "
            "promoting the health of pupils and teachers in schools. The aim is that researchers produce, with "
            "the people in the field, tools for social transformation that others can use.</p>"
        ),
    },
    {
        "slug": "ilo",
        "name": "International Labour Organization",
        "acronym": "ILO",
        "kind": OTHER,
        "membership": PARTNER,
        "country": "CH",
        "city": "Geneva",
        "description": (
            "<p>The International Labour Organization is the United Nations agency for the world of work. The "
            "Network was founded with its support.</p>"
        ),
        "health_social_protection_work": (
            "<p>The ILO promotes social protection for all workers, a goal the Network shares for education "
            "staff.</p>"
        ),
    },
]


# Keys are Project fields, with organisations and mission areas given by slug, plus "illustration" (a motif
# from pictures.ILLUSTRATION_ALT) for the projects that get a generated picture.
PROJECTS = [
    {
        "slug": "teachers-mutual-burkina-faso",
        "title": "A teachers' mutual in Burkina Faso (MENA)",
        "summary": (
            "Since 2009 the Network has supported education staff in Burkina Faso in building a mutual health "
            "society of their own, MENA, with the union SNEA-B and partners from France, Belgium and Luxembourg."
        ),
        "context": (
            "<p>Where health cover is weak, an illness in the family can cost a teacher a large part of their "
            "income. A mutual society, run by its members, is one way to share that risk.</p>"
            "<p>Burkina Faso was one of the first countries where the Network's members decided to act "
            "together, in the year the Network was founded.</p>"
        ),
        "partners": ["snea-b", "mgen", "solidaris", "fgil", "sew-ogbl", "ligue-enseignement-luxembourg"],
        "countries": ["BF"],
        "mission_areas": [SOCIAL_PROTECTION],
        "tags": [MUTUAL_INSURANCE, SOCIAL_PROTECTION_TAG, EDUCATION_PERSONNEL, AFRICA],
        "project_status": ProjectStatus.ONGOING,
        "start_date": datetime.date(2009, 1, 1),
        "beneficiaries_description": "Education staff in Burkina Faso and their families.",
        "general_objective": (
            "<p>Give education staff in Burkina Faso access to health cover through a mutual society that they "
            "run themselves.</p>"
        ),
        "specific_objectives": (
            "<ul><li>Support the union's members in setting up the mutual and its governance.</li>"
            "<li>Share the know-how of experienced mutual societies in running health cover.</li>"
            "<li>Make the mutual known to education staff and encourage them to join it.</li></ul>"
        ),
        "activities": (
            "<p>Exchanges between the union and the mutual societies and unions that support the project, "
            "training for the people who run the mutual, and information for education staff.</p>"
        ),
        "results": (
            "<p>The project brought a national union and partners from three European countries together around "
            "a mutual for the education community. It is the Network's longest-running project.</p>"
        ),
        "illustration": "sunrise",
        "is_featured": True,
    },
    {
        "slug": "one-euro-solidaire",
        "title": "\"1 euro solidaire\"",
        "summary": (
            "A pilot launched in 2009 to try out new ways of financing the social protection of teachers."
        ),
        "context": (
            "<p>Building social protection for teachers takes money as well as goodwill. In many countries "
            "neither the state nor the teachers alone can pay for it.</p>"
            "<p>\"1 euro solidaire\" was one of the Network's first initiatives, in the year it was founded.</p>"
        ),
        "mission_areas": [SOCIAL_PROTECTION],
        "tags": [SOCIAL_PROTECTION_TAG, MUTUAL_INSURANCE],
        "project_status": ProjectStatus.COMPLETED,
        "start_date": datetime.date(2009, 1, 1),
        "beneficiaries_description": "Teachers in countries where social protection is still being built.",
        "general_objective": "<p>Find new ways to finance the social protection of teachers.</p>",
        "specific_objectives": (
            "<ul><li>Test, on a small scale, a solidarity-based way of raising funds.</li>"
            "<li>Learn from the pilot before any wider use.</li></ul>"
        ),
        "activities": "<p>A pilot run with the Network's members.</p>",
        "results": "<p>The lessons of the pilot fed the Network's later work on financing social protection.</p>",
    },
    {
        "slug": "twinning-mgen-mgpap",
        "title": "Twinning between MGEN and MGPAP (Morocco)",
        "summary": (
            "Two mutual societies, in France and in Morocco, twinned to exchange experience on running health "
            "cover for their members."
        ),
        "context": (
            "<p>Twinnings pair two member or partner organisations of the Network so that they learn from each "
            "other over time.</p>"
        ),
        "partners": ["mgen", "mgpap"],
        "countries": ["FR", "MA"],
        "mission_areas": [SOCIAL_PROTECTION],
        "tags": [MUTUAL_INSURANCE, SOCIAL_PROTECTION_TAG, AFRICA],
        "project_status": ProjectStatus.ONGOING,
        "beneficiaries_description": "Members of the two mutual societies.",
        "general_objective": "<p>Strengthen both mutual societies through a lasting exchange of experience.</p>",
        "specific_objectives": (
            "<ul><li>Compare how each society runs its health cover and serves its members.</li>"
            "<li>Share good practices between the two societies' staff and elected members.</li></ul>"
        ),
        "activities": "<p>Exchanges and visits between the two mutual societies.</p>",
        "results": "<p>A working relationship between two mutual societies on two continents.</p>",
    },
    {
        "slug": "twinning-mgen-mugef-ci",
        "title": "Twinning between MGEN and Mugef-CI (Côte d'Ivoire)",
        "summary": (
            "Two mutual societies, in France and in Côte d'Ivoire, twinned to exchange experience on running "
            "health cover for their members."
        ),
        "context": (
            "<p>Twinnings pair two member or partner organisations of the Network so that they learn from each "
            "other over time.</p>"
        ),
        "partners": ["mgen", "mugef-ci"],
        "countries": ["FR", "CI"],
        "mission_areas": [SOCIAL_PROTECTION],
        "tags": [MUTUAL_INSURANCE, SOCIAL_PROTECTION_TAG, AFRICA],
        "project_status": ProjectStatus.ONGOING,
        "beneficiaries_description": "Members of the two mutual societies.",
        "general_objective": "<p>Strengthen both mutual societies through a lasting exchange of experience.</p>",
        "specific_objectives": (
            "<ul><li>Compare how each society runs its health cover and serves its members.</li>"
            "<li>Share good practices between the two societies' staff and elected members.</li></ul>"
        ),
        "activities": "<p>Exchanges and visits between the two mutual societies.</p>",
        "results": "<p>A working relationship between two mutual societies on two continents.</p>",
    },
    {
        "slug": "young-education-professionals-network",
        "title": "A social network for young education professionals",
        "summary": (
            "An online network where young teachers and other young education professionals meet and share. "
            "The pilot started in September 2014; 45 people had joined by January 2015."
        ),
        "context": (
            "<p>Young people entering the education professions are often the least protected and the least "
            "heard in unions and mutual societies. The Network wants to give them room.</p>"
        ),
        "countries": [],
        "mission_areas": [YOUNG_PEOPLE],
        "tags": [YOUTH_ENGAGEMENT, EDUCATION_PERSONNEL],
        "project_status": ProjectStatus.COMPLETED,
        "start_date": datetime.date(2014, 9, 1),
        "beneficiaries_description": "Young education professionals; 45 members had joined by January 2015.",
        "beneficiaries_count": 45,
        "general_objective": (
            "<p>Help young education professionals to connect with each other and with the Network.</p>"
        ),
        "specific_objectives": (
            "<ul><li>Offer young professionals a place to share their experience.</li>"
            "<li>Involve them in the Network's work on health and social protection.</li></ul>"
        ),
        "activities": "<p>A pilot of an online social network, opened in September 2014.</p>",
        "results": "<p>45 members had joined the pilot by January 2015.</p>",
        "illustration": "circles",
        "is_featured": True,
    },
    {
        "slug": "occupational-health-survey-2014-2015",
        "title": "Survey on the occupational health of education staff (2014–15)",
        "summary": (
            "An international survey on the health of education staff at work, answered by more than 3,000 "
            "people in Australia, the United States, Canada, France and Colombia."
        ),
        "context": (
            "<p>To act on the health of education staff, unions and mutual societies first need to know how "
            "staff feel about their work and their health, and to compare situations across countries.</p>"
        ),
        "countries": ["AU", "US", "CA", "FR", "CO"],
        "mission_areas": [HEALTHY_SCHOOLS],
        "tags": [OCCUPATIONAL_HEALTH, EDUCATION_PERSONNEL],
        "project_status": ProjectStatus.COMPLETED,
        "start_date": datetime.date(2014, 1, 1),
        "beneficiaries_description": (
            "Education staff in five countries; more than 3,000 people answered the survey."
        ),
        "general_objective": "<p>Generate knowledge on the occupational health of education staff.</p>",
        "specific_objectives": (
            "<ul><li>Gather comparable answers from education staff in several countries.</li>"
            "<li>Give the Network's members evidence for their work on health at work.</li></ul>"
        ),
        "activities": "<p>A questionnaire circulated to education staff in 2014 and 2015.</p>",
        "results": "<p>More than 3,000 responses from Australia, the United States, Canada, France and Colombia.</p>",
        "is_featured": True,
    },
    {
        "slug": "health-factors",
        "title": "Health F'Actors (F'Acteurs Santé)",
        "summary": (
            "Health F'Actors (in French, F'Acteurs Santé) was presented in July 2015 and piloted in Belgium "
            "and in the Kassel district, Germany."
        ),
        "context": (
            "<p>Health at school depends on many people: pupils, teachers, other staff, families and local "
            "partners. As its name says, Health F'Actors sees each of them as an actor of health.</p>"
        ),
        "countries": ["BE", "DE"],
        "mission_areas": [HEALTHY_SCHOOLS],
        "tags": [SCHOOL_HEALTH, HEALTH_PREVENTION],
        "project_status": ProjectStatus.COMPLETED,
        "start_date": datetime.date(2015, 7, 1),
        "beneficiaries_description": "Schools taking part in the pilots in Belgium and in the Kassel district.",
        "general_objective": "<p>Make everyone in the school community an actor of health.</p>",
        "specific_objectives": (
            "<ul><li>Try the approach in two different settings.</li>"
            "<li>Share what works with the Network's other members.</li></ul>"
        ),
        "activities": (
            "<p>Presentation of the approach in July 2015, then pilots in Belgium and in the Kassel district, "
            "Germany.</p>"
        ),
        "results": "<p>Experience from two pilots, available to the Network's members.</p>",
        "illustration": "bands",
    },
    {
        "slug": "filgood",
        "title": "FilGood: an app on well-being at work",
        "summary": (
            "Launched in January 2017, FilGood is an app with a short questionnaire that lets education staff "
            "take stock of their well-being at work in five areas."
        ),
        "context": (
            "<p>Well-being at work is part of health, and education staff are often the last to look after "
            "their own. A short questionnaire in an app is an easy first step.</p>"
        ),
        "countries": [],
        "mission_areas": [HEALTHY_SCHOOLS],
        "tags": [OCCUPATIONAL_HEALTH, MENTAL_HEALTH, EDUCATION_PERSONNEL],
        "project_status": ProjectStatus.ONGOING,
        "start_date": datetime.date(2017, 1, 1),
        "beneficiaries_description": "Education staff who use the app.",
        "general_objective": "<p>Help education staff to take care of their well-being at work.</p>",
        "specific_objectives": (
            "<ul><li>Offer a short questionnaire on five areas of well-being at work.</li>"
            "<li>Raise awareness of well-being at work among education staff.</li></ul>"
        ),
        "activities": "<p>Design and launch of the app in January 2017.</p>",
        "results": "<p>An app available to education staff since January 2017.</p>",
        "is_featured": True,
    },
    {
        "slug": "jeunesse-colombia",
        "title": "Jeun'ESS'e Colombia",
        "summary": (
            "A training held in Colombia in February 2017 for young people aged 18 to 22, drawing on the social "
            "and solidarity economy."
        ),
        "context": (
            "<p>Young people are the education staff, union members and mutual members of tomorrow. Jeun'ESS'e "
            "brings them into contact with the social and solidarity economy (ESS in French).</p>"
        ),
        "countries": ["CO"],
        "mission_areas": [YOUNG_PEOPLE],
        "tags": [YOUTH_ENGAGEMENT, LATIN_AMERICA, EDUCATION_FOR_SOCIAL_PROTECTION],
        "project_status": ProjectStatus.COMPLETED,
        "start_date": datetime.date(2017, 2, 1),
        "beneficiaries_description": "Young people aged 18 to 22 in Colombia.",
        "general_objective": "<p>Give young people the means to take part in the social and solidarity economy.</p>",
        "specific_objectives": (
            "<ul><li>Train young people aged 18 to 22.</li>"
            "<li>Introduce them to solidarity-based ways of protecting each other.</li></ul>"
        ),
        "activities": "<p>A training session in February 2017.</p>",
        "results": "<p>A group of young Colombians trained in February 2017.</p>",
        "illustration": "sunrise",
    },
    {
        "slug": "sacha-haiti",
        "title": "SACHA: schools in Port-au-Prince, Haiti",
        "summary": (
            "Launched in November 2018 after the PROCEDH I and II projects, SACHA involves 6 schools in "
            "Port-au-Prince, with 9,000 pupils and 460 staff."
        ),
        "context": (
            "<p>The Network's work in Haiti began with two projects, PROCEDH I and PROCEDH II. SACHA, launched "
            "in November 2018, builds on them.</p>"
            "<p>An open forum was held in April 2019 to bring the people involved together.</p>"
        ),
        "partners": ["cemea-haiti"],
        "countries": ["HT"],
        "mission_areas": [HEALTHY_SCHOOLS],
        "tags": [SCHOOL_HEALTH, HEALTH_PREVENTION, LATIN_AMERICA],
        "project_status": ProjectStatus.ONGOING,
        "start_date": datetime.date(2018, 11, 1),
        "beneficiaries_description": "9,000 pupils and 460 staff in 6 schools in Port-au-Prince.",
        "beneficiaries_count": 9460,
        "general_objective": "<p>Improve the health of pupils and staff in the schools taking part.</p>",
        "specific_objectives": (
            "<ul><li>Build on what was learnt in PROCEDH I and II.</li>"
            "<li>Involve pupils, staff and their communities in the six schools.</li>"
            "<li>Share the experience through open, collaborative meetings.</li></ul>"
        ),
        "activities": (
            "<p>Work with the six schools since November 2018, and an open forum in April 2019.</p>"
        ),
        "results": "<p>Six schools, 9,000 pupils and 460 staff involved.</p>",
        "illustration": "bands",
        "is_featured": True,
    },
    {
        "slug": "focus-sante-report",
        "title": "Focus Santé report",
        "summary": "A report by the CSFEF on the health of education staff in French-speaking countries.",
        "context": (
            "<p>Knowledge is one of the roles the Network's members asked of it in Nairobi in 2015. The Focus "
            "Santé report adds the view of French-speaking education unions.</p>"
        ),
        "lead": "csfef",
        "mission_areas": [HEALTHY_SCHOOLS],
        "tags": [EDUCATION_PERSONNEL, OCCUPATIONAL_HEALTH],
        "project_status": ProjectStatus.COMPLETED,
        "beneficiaries_description": "Education unions and staff in French-speaking countries.",
        "general_objective": "<p>Generate knowledge on the health of education staff.</p>",
        "specific_objectives": (
            "<ul><li>Gather information from the CSFEF's member unions.</li>"
            "<li>Publish it for unions and their partners.</li></ul>"
        ),
        "activities": "<p>Collection of information and writing of the report.</p>",
        "results": "<p>The Focus Santé report.</p>",
    },
    {
        "slug": "universal-health-coverage-campaign",
        "title": "Campaign for universal health coverage",
        "summary": (
            "A campaign led by FENECO in the Democratic Republic of the Congo for universal health coverage."
        ),
        "context": (
            "<p>Universal health coverage means that everyone can get the care they need without financial "
            "hardship. For many education staff that is not yet the case.</p>"
        ),
        "lead": "feneco",
        "countries": ["CD"],
        "mission_areas": [SOCIAL_PROTECTION],
        "tags": [SOCIAL_PROTECTION_TAG, EDUCATION_FOR_SOCIAL_PROTECTION, AFRICA],
        "project_status": ProjectStatus.ONGOING,
        "beneficiaries_description": "Education staff and their families in the Democratic Republic of the Congo.",
        "general_objective": "<p>Move towards universal health coverage.</p>",
        "specific_objectives": (
            "<ul><li>Raise awareness of universal health coverage among education staff.</li>"
            "<li>Make the case for it to decision-makers.</li></ul>"
        ),
        "activities": "<p>Awareness-raising and advocacy.</p>",
        "results": "<p>A campaign carried by an education organisation of the Network.</p>",
    },
    {
        "slug": "i-best-barometer",
        "title": "I-BEST: an international barometer of teachers' well-being",
        "summary": (
            "A barometer of teachers' well-being: 8,000 teachers in 6 territories answered in 2021, and more than "
            "26,000 people in 13 territories in 2023."
        ),
        "context": (
            "<p>Repeated surveys show how teachers' well-being changes over time and how it compares between "
            "places. I-BEST follows on from the Network's earlier work on the occupational health of education "
            "staff.</p>"
        ),
        "mission_areas": [HEALTHY_SCHOOLS],
        "tags": [OCCUPATIONAL_HEALTH, MENTAL_HEALTH, EDUCATION_PERSONNEL],
        "project_status": ProjectStatus.ONGOING,
        "start_date": datetime.date(2021, 1, 1),
        "beneficiaries_description": (
            "Teachers: 8,000 in 6 territories in the 2021 edition; more than 26,000 respondents in 13 territories "
            "in the 2023 edition."
        ),
        "general_objective": "<p>Measure teachers' well-being and follow it over time.</p>",
        "specific_objectives": (
            "<ul><li>Survey teachers in as many territories as possible.</li>"
            "<li>Repeat the survey so that editions can be compared.</li>"
            "<li>Give unions and mutual societies evidence for their work.</li></ul>"
        ),
        "activities": "<p>A first edition in 2021 and a second, larger edition in 2023.</p>",
        "results": (
            "<p>2021: 8,000 teachers in 6 territories. 2023: more than 26,000 respondents in 13 territories; "
            "the results were released on 10 October 2023.</p>"
        ),
        "illustration": "circles",
        "is_featured": True,
    },
]


NETWORK_PAGES = [
    {
        "slug": "who-we-are",
        "order": 1,
        "title": "Who we are",
        "summary": (
            "An international network of education unions, mutual health societies and other organisations "
            "working for the health and social protection of the education community."
        ),
        "body": (
            "<p>The Education and Solidarity Network (in French, Réseau Éducation et Solidarité) brings together "
            "organisations that care about the health and social protection of the people who work in "
            "education: teachers, other education staff and, through them, pupils and their families.</p>"
            "<h2>Our members</h2>"
            "<ul><li>education unions;</li><li>mutual health societies;</li><li>cooperatives;</li>"
            "<li>youth associations;</li><li>research centres and universities.</li></ul>"
            "<p>The Network was founded in 2009 by MGEN, Education International and AIM, with the support of "
            "the International Labour Organization. It now has members on five continents.</p>"
            "<h2>Our languages</h2>"
            "<p>The Network works in French, English and Spanish.</p>"
        ),
    },
    {
        "slug": "our-mission",
        "order": 2,
        "title": "Our mission",
        "summary": "Healthy schools, social protection for all, and room for young people.",
        "body": (
            "<p>The Network's work is organised in three mission areas.</p>"
            "<h2>Healthy schools</h2>"
            "<p>Schools where pupils and staff can learn and work in good health: prevention, health education "
            "and good working conditions.</p>"
            "<h2>Social protection for all</h2>"
            "<p>Health cover and protection against life's risks for education staff and their families, in "
            "every country.</p>"
            "<h2>Room for young people</h2>"
            "<p>Young teachers and young people taking their place in unions, mutual societies and the "
            "Network's projects.</p>"
            "<h2>What our members ask of us</h2>"
            "<p>In 2015, members of the Network and African education unions meeting at Education "
            "International's regional conference in Nairobi asked the Network to take on three roles in health "
            "and social protection:</p>"
            "<ul><li>generating knowledge;</li><li>sharing experiences and good practices;</li>"
            "<li>raising awareness, training and supporting stakeholders.</li></ul>"
            "<p>To do so the Network shares its members' projects and resources in a toolbox, runs "
            "research-action with CLEERESS, and organises collaborative workshops such as the Open Forum held "
            "in Ottawa in July 2015.</p>"
        ),
    },
    {
        "slug": "governance",
        "order": 3,
        "title": "Governance",
        "summary": "How the Network is run: its founders, its General Assembly and its Board.",
        "body": (
            "<h2>Founders</h2>"
            "<p>The Network was founded by MGEN, Education International and AIM (the International "
            "Association of Mutual Benefit Societies), with the support of the International Labour "
            "Organization.</p>"
            "<h2>General Assembly</h2>"
            "<p>The General Assembly brings together all the members of the Network. It usually meets once a "
            "year, in a member's country or online, to review the work done and agree on the priorities for "
            "the coming year.</p>"
            "<h2>Board</h2>"
            "<p>The Board steers the Network's work between General Assemblies. Its first meeting was held in "
            "Brussels in December 2009.</p>"
        ),
    },
    {
        "slug": "history",
        "order": 4,
        "title": "History",
        "summary": "From a launch conference in Paris in 2009 to 37 members in 2018, on five continents.",
        "body": (
            "<h2>2009: the launch</h2>"
            "<p>The Network was launched at a conference in Paris on 14 and 15 May 2009, on the initiative of "
            "MGEN, Education International and AIM, with the support of the ILO. Its first Board met in "
            "Brussels on 4 December 2009, with 15 members.</p>"
            "<h2>2014–2015: knowledge and collective intelligence</h2>"
            "<ul><li>9 December 2014: call for researchers for the research-action run with CLEERESS.</li>"
            "<li>3 March 2015: the research-action is presented to Education International's research "
            "coordinators (RESNET).</li>"
            "<li>2015: at Education International's Africa regional conference in Nairobi, members ask the "
            "Network to generate knowledge, share good practices and support stakeholders.</li>"
            "<li>20 July 2015, Ottawa: General Assembly and Open Forum, on health at school in the morning and "
            "youth and solidarity in the afternoon.</li>"
            "<li>21–26 July 2015, Ottawa: Education International's 7th World Congress, where the Network hands "
            "out its mobilisation kit.</li></ul>"
            "<h2>General Assemblies</h2>"
            "<ul><li>Paris, 5 July 2016</li><li>Antwerp, 30 June 2017</li>"
            "<li>Paris, 9 July 2018: seven new members join; the Network has 37 members that year.</li>"
            "<li>Bangkok, 20 July 2019: the Network's 10th anniversary.</li>"
            "<li>Online, 2020</li>"
            "<li>Online, 13 July 2021, with a webinar in English, Spanish and French.</li></ul>"
            "<h2>Today</h2>"
            "<p>The Network has members on five continents, presented in the member directory.</p>"
        ),
    },
    {
        "slug": "join-us",
        "order": 5,
        "title": "Join us",
        "summary": "Who can join the Network and how to apply.",
        "body": (
            "<h2>Who can join</h2>"
            "<p>The Network is open to organisations that work for the health and social protection of the "
            "education community:</p>"
            "<ul><li>education unions;</li><li>mutual societies;</li><li>cooperatives;</li>"
            "<li>associations, including youth associations;</li><li>research centres and universities.</li></ul>"
            "<h2>What members do</h2>"
            "<p>Members share their projects and resources, take part in the General Assembly and in the "
            "Network's projects, and can ask other members for experience and support.</p>"
            "<h2>How to apply</h2>"
            f"<p>Write to the Network at <a href=\"mailto:{CONTACT_EMAIL}\">{CONTACT_EMAIL}</a> with a short "
            "presentation of your organisation and of what it does for the health and social protection of "
            "education staff. The Network's governing bodies will then consider your application.</p>"
        ),
    },
    {
        "slug": "legal-notice",
        "order": 6,
        "title": "Legal notice and privacy",
        "summary": "Who publishes this site, what it stores about visitors, and who owns its content.",
        "body": (
            "<h2>Publisher</h2>"
            "<p>This site is published by the Education and Solidarity Network. Contact: "
            f"<a href=\"mailto:{CONTACT_EMAIL}\">{CONTACT_EMAIL}</a>.</p>"
            "<h2>Personal data</h2>"
            "<p>The site stores no personal data about its visitors beyond what the web server logs need in "
            "order to run the site and keep it secure. These logs are not used for any other purpose.</p>"
            "<h2>Cookies</h2>"
            "<p>The site uses no tracking cookies and no advertising or audience-measurement services. Only "
            "the staff who sign in to edit the site receive the cookies that signing in requires.</p>"
            "<h2>Content</h2>"
            "<p>The content of this site belongs to the Network and its members, unless a licence shown with "
            "an item says otherwise.</p>"
            "<p>For any question about this notice, write to "
            f"<a href=\"mailto:{CONTACT_EMAIL}\">{CONTACT_EMAIL}</a>.</p>"
        ),
    },
]
