"""The demo news, events and research-action, as plain Python data.

Built from the public facts in ../shared/demo-facts.md and written in our own words, like content.py. Where the
facts stop, the text stays general; where a sentence has to go further (a day the facts do not give, a place,
a future event), it says that the detail is illustrative. Conventions:
- event times are the local clock time at the event's place (`_at` attaches the time zone; the loader stores
  UTC and keeps the zone's name for display). Times of day are plausible, not recorded facts;
- an article is dated on the day of the fact it reports (or the day after an event); where the facts give only
  a month or a year, the day is illustrative and the article says so;
- pictures are generated (see pictures.py) and described as illustrations, never passed off as photographs.

Organisations, projects, toolbox resources and kits are given by slug (see content.py and toolbox_content.py).
"""

import datetime
from zoneinfo import ZoneInfo

from network_site.demo.content import (
    AFRICA,
    EDUCATION_FOR_SOCIAL_PROTECTION,
    EDUCATION_PERSONNEL,
    GOVERNANCE,
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
from news.models import EventKind
from research.models import ResearchStatus

PARIS = "Europe/Paris"
BRUSSELS = "Europe/Brussels"
TORONTO = "America/Toronto"
NAIROBI = "Africa/Nairobi"
BANGKOK = "Asia/Bangkok"
PORT_AU_PRINCE = "America/Port-au-Prince"

MOBILISATION_KIT = "mobilisation-kit-2015"
OTTAWA_OPEN_FORUM = "ottawa-open-forum-2015"
PHOTO_CREDIT = "Illustration generated for the demo"


def _next_webinar_day(hour, minute):
    """The second Wednesday of next month, Paris time: the demo always has an upcoming event. It moves once a
    month, so load_demo then reports it as updated; within a month a second run changes nothing."""
    today = datetime.date.today()
    first = (today.replace(day=1) + datetime.timedelta(days=32)).replace(day=1)
    second_wednesday = first + datetime.timedelta(days=(2 - first.weekday()) % 7 + 7)
    return datetime.datetime.combine(second_wednesday, datetime.time(hour, minute), tzinfo=ZoneInfo(PARIS))


def _at(zone, year, month, day, hour=0, minute=0):
    """A moment given as the clock showed it at `zone` (an IANA time zone name)."""
    return datetime.datetime(year, month, day, hour, minute, tzinfo=ZoneInfo(zone))


# --- Events ----------------------------------------------------------------------------------------------------
# Keys are Event fields (start_at and end_at in the event's own zone, which becomes its time_zone), with
# organisations, projects and resources given by slug. Omitted fields take their blank value.
EVENTS = [
    {
        "slug": "launch-conference-paris-2009",
        "title": "Launch conference of the Network, Paris",
        "kind": EventKind.CONGRESS,
        "summary": (
            "Two days in Paris, on 14 and 15 May 2009, to launch the Education and Solidarity Network, founded by "
            "MGEN, Education International and AIM with the support of the ILO."
        ),
        "start_at": _at(PARIS, 2009, 5, 14, 9, 0),
        "end_at": _at(PARIS, 2009, 5, 15, 17, 0),
        "city": "Paris",
        "country": "FR",
        "description": (
            "<p>The Network was born at a conference in Paris in May 2009. Its three founders, a French teachers' "
            "mutual (MGEN), the global federation of education unions (Education International) and the "
            "international association of mutual benefit societies (AIM), brought unions and mutual societies "
            "together around one idea: the people who work in education need health cover and social protection, "
            "and they can build it together.</p>"
            "<p>The International Labour Organization supported the launch.</p>"
        ),
        "outcomes": (
            "<p>The Network was launched. By its first Board, in Brussels on 4 December 2009, it had 15 "
            "members.</p>"
        ),
        "organisations": ["mgen", "education-international", "aim", "ilo"],
        "published_at": _at(PARIS, 2009, 4, 1, 9, 0),
    },
    {
        "slug": "resnet-presentation-2015",
        "title": "Research-action presented to Education International's research coordinators (RESNET)",
        "kind": EventKind.CONGRESS,
        "summary": (
            "On 3 March 2015 the Network presented its research-action programme with CLEERESS to RESNET, "
            "Education International's network of research coordinators."
        ),
        "start_at": _at(BRUSSELS, 2015, 3, 3, 10, 0),
        "end_at": _at(BRUSSELS, 2015, 3, 3, 12, 0),
        "city": "Brussels",
        "country": "BE",
        "description": (
            "<p>Three months after its call for researchers with CLEERESS, the Network explained its "
            "research-action programme to Education International's research coordinators.</p>"
            "<p>The idea is to bring researchers into the Network's field projects, so that researchers and the "
            "people on the ground produce together theoretical and methodological tools that others can reuse. "
            "The first theme is the promotion of pupils' and teachers' health in schools.</p>"
            "<p><em>The place and times shown are illustrative: the Network's records give the date only.</em></p>"
        ),
        "programme": (
            "<ul><li>The Network and its projects in a few words.</li>"
            "<li>Research-action with CLEERESS: aims, the call of December 2014 and its first theme.</li>"
            "<li>Questions from the research coordinators.</li></ul>"
        ),
        "outcomes": (
            "<p>Education unions' research coordinators heard about the programme from the start and could pass "
            "the call on to researchers they work with.</p>"
        ),
        "organisations": ["education-international", "cleeress"],
        "published_at": _at(PARIS, 2015, 2, 16, 9, 0),
    },
    {
        "slug": "ei-africa-regional-conference-nairobi-2015",
        "title": "Education International Africa regional conference, Nairobi 2015",
        "kind": EventKind.CONGRESS,
        "summary": (
            "At Education International's 2015 Africa regional conference in Nairobi, members of the Network and "
            "African education unions asked the Network to take on three roles in health and social protection."
        ),
        "start_at": _at(NAIROBI, 2015, 4, 14, 9, 0),
        "end_at": _at(NAIROBI, 2015, 4, 16, 17, 0),
        "city": "Nairobi",
        "country": "KE",
        "description": (
            "<p>Education unions from across Africa met in Nairobi for their regional conference. Several of the "
            "Network's members were there too, and together they discussed what the Network should do for the "
            "health and social protection of education staff.</p>"
            "<p><em>The dates shown are illustrative: the Network's records give the year, 2015, and the "
            "place, not the days.</em></p>"
        ),
        "outcomes": (
            "<p>Members and African unions asked the Network to be the organisation that, on health and social "
            "protection:</p>"
            "<ul><li>generates knowledge;</li>"
            "<li>shares experiences and good practices;</li>"
            "<li>raises awareness, trains and supports the people who act.</li></ul>"
            "<p>These three roles have guided the Network's work since, from its toolbox to its research-action "
            "with CLEERESS.</p>"
        ),
        "organisations": ["education-international"],
        "published_at": _at(PARIS, 2015, 3, 2, 9, 0),
    },
    {
        "slug": OTTAWA_OPEN_FORUM,
        "title": "Open Forum and General Assembly day, Ottawa 2015",
        "kind": EventKind.OPEN_FORUM,
        "summary": (
            "On 20 July 2015, the day before Education International's 7th World Congress, the Network's members "
            "spent their General Assembly day in Ottawa working together in an Open Forum: health at school in the "
            "morning, youth and solidarity in the afternoon."
        ),
        "start_at": _at(TORONTO, 2015, 7, 20, 9, 0),
        "end_at": _at(TORONTO, 2015, 7, 20, 17, 30),
        "city": "Ottawa",
        "country": "CA",
        "description": (
            "<p>Instead of a day of speeches from a stage, the General Assembly day in Ottawa put the participants "
            "in charge of the conversation. Three collaborative formats followed one another: Open Space "
            "Technology, World Café and Pro Action Café. The Network calls the whole day its Open Forum.</p>"
            "<p>It remains the Network's reference example of collective intelligence: workshops that raise "
            "awareness, get people moving and help them share experiences and good practices, which the Network "
            "now offers to run at its members' own meetings.</p>"
            "<p><em>The gallery shows illustrations generated for the demo, not photographs of the day.</em></p>"
        ),
        "programme": (
            "<h3>Two themes</h3>"
            "<ul><li><strong>Morning:</strong> health at school.</li>"
            "<li><strong>Afternoon:</strong> youth and solidarity.</li></ul>"
            "<h3>Three formats</h3>"
            "<ul><li><strong>Open Space Technology:</strong> participants write the agenda themselves, proposing "
            "the topics they want to work on and choosing the groups they join.</li>"
            "<li><strong>World Café:</strong> small tables and several rounds of conversation; people change "
            "tables between rounds and carry ideas from one to the next.</li>"
            "<li><strong>Pro Action Café:</strong> participants bring a project or a question, and guests at "
            "their table help them turn it into next steps.</li></ul>"
        ),
        "outcomes": (
            "<p>The Network cites the Open Forum as a good example of the collaborative workshops it wants to run "
            "at its members' meetings. The guide <em>Running an Open Forum</em> in the toolbox explains how to use "
            "the three formats; it was part of the mobilisation kit handed out at the World Congress that began "
            "the next day.</p>"
        ),
        "resources": ["running-an-open-forum", "poster-three-mission-areas"],
        "published_at": _at(TORONTO, 2015, 6, 15, 9, 0),
    },
    {
        "slug": "ei-7th-world-congress-ottawa-2015",
        "title": "Education International 7th World Congress, Ottawa",
        "kind": EventKind.CONGRESS,
        "summary": (
            "Education International's 7th World Congress, \"Unite for Quality Education\", met in Ottawa from "
            "21 to 26 July 2015. The Network handed out its mobilisation kit to the participants."
        ),
        "start_at": _at(TORONTO, 2015, 7, 21, 9, 0),
        "end_at": _at(TORONTO, 2015, 7, 26, 13, 0),
        "city": "Ottawa",
        "country": "CA",
        "description": (
            "<p>Every few years Education International, one of the Network's founders, gathers its member unions "
            "from around the world in a World Congress. The 7th, held in Ottawa under the banner \"Unite for "
            "Quality Education\", opened the day after the Network's Open Forum.</p>"
            "<p>The Network used the occasion to give participants a mobilisation kit: a box of resources for "
            "action on health and social protection in the education community.</p>"
        ),
        "programme": (
            "<p>The congress programme was set by Education International. For the Network, the week was a chance "
            "to hand out the mobilisation kit and to meet education unions from every continent.</p>"
        ),
        "outcomes": (
            "<p>Participants took the kit home. Every resource in it can be downloaded from the toolbox, one by "
            "one or as a ZIP file per language.</p>"
        ),
        "organisations": ["education-international"],
        "resources": [
            "poster-three-mission-areas",
            "running-an-open-forum",
            "occupational-health-survey-2014-2015-sheet",
            "mutuelle-enseignants-burkina-faso",
            "health-factors-project-sheet",
        ],
        "published_at": _at(TORONTO, 2015, 6, 15, 9, 0),
    },
    {
        "slug": "general-assembly-paris-2016",
        "title": "General Assembly, Paris 2016",
        "kind": EventKind.GENERAL_ASSEMBLY,
        "summary": "The Network's members met in Paris on 5 July 2016 for their General Assembly.",
        "start_at": _at(PARIS, 2016, 7, 5, 9, 30),
        "end_at": _at(PARIS, 2016, 7, 5, 17, 0),
        "city": "Paris",
        "country": "FR",
        "description": (
            "<p>The General Assembly is the yearly meeting where the member organisations of the Network take "
            "stock of the work done together and decide on what comes next. In 2016 it met in Paris.</p>"
        ),
        "published_at": _at(PARIS, 2016, 6, 1, 9, 0),
    },
    {
        "slug": "general-assembly-antwerp-2017",
        "title": "General Assembly, Antwerp 2017",
        "kind": EventKind.GENERAL_ASSEMBLY,
        "summary": "The Network's General Assembly met in Antwerp, Belgium, on 30 June 2017.",
        "start_at": _at(BRUSSELS, 2017, 6, 30, 9, 30),
        "end_at": _at(BRUSSELS, 2017, 6, 30, 17, 0),
        "city": "Antwerp",
        "country": "BE",
        "description": (
            "<p>In 2017 the members of the Network held their General Assembly in Antwerp. The year had seen the "
            "launch of the FilGood app in January and a training for young people in Colombia in February.</p>"
        ),
        "projects": ["filgood", "jeunesse-colombia"],
        "published_at": _at(PARIS, 2017, 5, 29, 9, 0),
    },
    {
        "slug": "general-assembly-paris-2018",
        "title": "General Assembly, Paris 2018",
        "kind": EventKind.GENERAL_ASSEMBLY,
        "summary": "Meeting in Paris on 9 July 2018, the General Assembly welcomed seven new members.",
        "start_at": _at(PARIS, 2018, 7, 9, 9, 30),
        "end_at": _at(PARIS, 2018, 7, 9, 17, 0),
        "city": "Paris",
        "country": "FR",
        "description": (
            "<p>The 2018 General Assembly was held in Paris. It welcomed seven new member organisations; the "
            "Network counted 37 members that year.</p>"
        ),
        "outcomes": (
            "<p>Seven new members. CMIM, a Moroccan mutual society, is one of the organisations that joined the "
            "Network in 2018.</p>"
        ),
        "organisations": ["cmim"],
        "published_at": _at(PARIS, 2018, 6, 1, 9, 0),
    },
    {
        "slug": "open-forum-port-au-prince-2019",
        "title": "SACHA open forum, Port-au-Prince",
        "kind": EventKind.OPEN_FORUM,
        "summary": (
            "An open forum held in April 2019 in Port-au-Prince, Haiti, to bring together the people involved in "
            "SACHA, the Network's project with six schools."
        ),
        "start_at": _at(PORT_AU_PRINCE, 2019, 4, 11, 9, 0),
        "end_at": _at(PORT_AU_PRINCE, 2019, 4, 11, 16, 0),
        "city": "Port-au-Prince",
        "country": "HT",
        "description": (
            "<p>Five months after SACHA began, the project used the Network's collaborative formats in Haiti: an "
            "open forum where the people involved in the six schools could share their experience and ideas.</p>"
            "<p><em>The day shown is illustrative: the Network's records give the month, April 2019.</em></p>"
        ),
        "organisations": ["cemea-haiti"],
        "projects": ["sacha-haiti"],
        "resources": ["sacha-haiti-project-sheet", "running-an-open-forum"],
        "published_at": _at(PORT_AU_PRINCE, 2019, 3, 1, 9, 0),
    },
    {
        "slug": "general-assembly-bangkok-2019",
        "title": "General Assembly and 10th anniversary, Bangkok 2019",
        "kind": EventKind.GENERAL_ASSEMBLY,
        "summary": (
            "The Network marked its 10th anniversary at its General Assembly in Bangkok, Thailand, on "
            "20 July 2019."
        ),
        "start_at": _at(BANGKOK, 2019, 7, 20, 9, 0),
        "end_at": _at(BANGKOK, 2019, 7, 20, 17, 0),
        "city": "Bangkok",
        "country": "TH",
        "description": (
            "<p>Ten years after its launch conference in Paris in May 2009, the Network held its General "
            "Assembly in Bangkok. It had grown from 15 members at its first Board to a network of education "
            "unions, mutual societies, associations and research centres on several continents.</p>"
        ),
        "published_at": _at(PARIS, 2019, 6, 3, 9, 0),
    },
    {
        "slug": "general-assembly-online-2020",
        "title": "General Assembly online, 2020",
        "kind": EventKind.GENERAL_ASSEMBLY,
        "summary": "In 2020 the Network's General Assembly met online for the first time.",
        "start_at": _at(PARIS, 2020, 7, 7, 14, 0),
        "end_at": _at(PARIS, 2020, 7, 7, 16, 30),
        "is_online": True,
        "description": (
            "<p>In 2020 the members of the Network held their General Assembly online. The year also saw two new "
            "members join: SYECO, an education union in the Democratic Republic of the Congo, and SER, the union "
            "of teachers in French-speaking Switzerland.</p>"
            "<p><em>The date and times shown are illustrative: the Network's records give the year.</em></p>"
        ),
        "organisations": ["syeco", "ser"],
        "published_at": _at(PARIS, 2020, 6, 2, 9, 0),
    },
    {
        "slug": "general-assembly-online-2021",
        "title": "General Assembly and webinar online, 2021",
        "kind": EventKind.GENERAL_ASSEMBLY,
        "summary": (
            "The General Assembly of 13 July 2021 met online and came with a webinar in English, Spanish and "
            "French."
        ),
        "start_at": _at(PARIS, 2021, 7, 13, 14, 0),
        "end_at": _at(PARIS, 2021, 7, 13, 17, 0),
        "is_online": True,
        "description": (
            "<p>For the second year running the General Assembly met online. A webinar was held with it, in the "
            "Network's three languages, so that members from every region could follow in their own.</p>"
        ),
        "programme": (
            "<ul><li>General Assembly of the member organisations.</li>"
            "<li>Webinar in English, Spanish and French.</li></ul>"
        ),
        "published_at": _at(PARIS, 2021, 6, 1, 9, 0),
    },
    {
        "slug": "webinar-teachers-well-being",
        "title": "Webinar: from the I-BEST barometer to action on teachers' well-being",
        "kind": EventKind.WEBINAR,
        "summary": (
            "Illustrative future event for the demo: an online webinar on what unions and mutual societies can do "
            "with the results of the I-BEST barometer of teachers' well-being."
        ),
        "start_at": _next_webinar_day(14, 0),
        "end_at": _next_webinar_day(15, 30),
        "is_online": True,
        "description": (
            "<p><em>Illustrative future event for the demo: it shows how an upcoming event appears on the site "
            "and in the calendar feed.</em></p>"
            "<p>The 2023 edition of I-BEST gathered more than 26,000 respondents in 13 territories, after 8,000 "
            "teachers in 6 territories in 2021. This webinar would look at how members can turn such results "
            "into action for the health of education staff.</p>"
        ),
        "programme": (
            "<ul><li>The two editions of I-BEST in a few figures.</li>"
            "<li>Examples of action from members.</li>"
            "<li>Questions and discussion, in English, Spanish and French.</li></ul>"
        ),
        "projects": ["i-best-barometer"],
        "resources": ["i-best-2023-results", "i-best-2021-results", "filgood-app"],
        "published_at": _at(PARIS, 2026, 9, 1, 9, 0),
    },
]

# Gallery of the Ottawa Open Forum: (scene from pictures.GALLERY_SCENES, caption), in order. The pictures are
# drawn for the demo; captions say which part of the day each one stands for.
EVENT_GALLERIES = {
    OTTAWA_OPEN_FORUM: [
        ("opening-circle", "Opening of the Open Forum: everyone together in one large circle."),
        ("agenda-wall", "Open Space Technology: participants post the topics they want to work on."),
        ("sticky-notes", "Health at school, the morning's theme: questions and ideas on the wall."),
        ("round-tables", "World Café: small tables, several rounds of conversation."),
        ("round-tables", "World Café: between rounds, people change tables and carry ideas with them."),
        ("sticky-notes", "Ideas on health at school, grouped by theme."),
        ("plenary", "Back together to share what came out of the groups."),
        ("agenda-wall", "The agenda wall, filled in by the participants."),
        ("small-groups", "Pro Action Café: each table helps its host turn a project into next steps."),
        ("round-tables", "Youth and solidarity, the afternoon's theme: conversations at the tables."),
        ("small-groups", "Pro Action Café: a new round with new guests at each table."),
        ("sticky-notes", "Youth and solidarity: proposals noted by the participants."),
        ("plenary", "Closing session of the General Assembly day."),
        ("opening-circle", "Closing circle: one word from each participant."),
    ],
}


# --- News ------------------------------------------------------------------------------------------------------
# Keys are Article fields, with organisations, projects and resources given by slug, plus "kit" (link the kit and
# attach every resource of it) and "illustration" or "scene" (the generated main image: a motif of
# pictures.ILLUSTRATION_ALT or a scene of pictures.GALLERY_SCENES).
ARTICLES = [
    {
        "slug": "call-for-researchers-health-in-schools",
        "title": "A call for researchers on health in schools",
        "summary": (
            "With the CLEERESS research cluster, the Network is inviting researchers to join its research-action "
            "programme. The first theme: promoting the health of pupils and teachers in schools."
        ),
        "body": (
            "<p>The Network and CLEERESS, a cluster of education, teaching and research in the social and "
            "solidarity economy, have published a call for researchers.</p>"
            "<p>Research-action, as the Network understands it, means researchers working inside field projects "
            "with the people who run them. Together they produce theoretical and methodological tools for social "
            "change, written so that others can pick them up and use them.</p>"
            "<p>The first theme is the promotion of pupils' and teachers' health in schools, one of the Network's "
            "three mission areas.</p>"
            "<p>The call is described on the research-action page.</p>"
        ),
        "published_at": _at(PARIS, 2014, 12, 9, 10, 0),
        "tags": [SCHOOL_HEALTH, HEALTH_PREVENTION, THE_NETWORK],
        "mission_areas": [HEALTHY_SCHOOLS],
        "organisations": ["cleeress"],
    },
    {
        "slug": "research-action-presented-to-resnet",
        "title": "Research-action presented to education unions' research coordinators",
        "summary": (
            "On 3 March 2015 the Network presented its research-action programme to RESNET, the network of "
            "Education International's research coordinators."
        ),
        "body": (
            "<p>RESNET is the network of Education International's research coordinators. On 3 March 2015 the "
            "Network presented its research-action programme to them.</p>"
            "<p>The presentation covered the partnership with CLEERESS, the call for researchers published in "
            "December 2014, and the first theme: the health of pupils and teachers at school.</p>"
            "<p>Research coordinators are well placed to pass the call on to researchers they work with.</p>"
        ),
        "published_at": _at(BRUSSELS, 2015, 3, 3, 17, 0),
        "tags": [THE_NETWORK, EDUCATION_PERSONNEL, SCHOOL_HEALTH],
        "mission_areas": [HEALTHY_SCHOOLS],
        "organisations": ["education-international", "cleeress"],
    },
    {
        "slug": "ottawa-open-forum",
        "title": "Ottawa: a General Assembly day run as an Open Forum",
        "summary": (
            "On 20 July 2015 the Network's members spent their General Assembly day in Ottawa in an Open Forum, "
            "working on health at school in the morning and on youth and solidarity in the afternoon."
        ),
        "body": (
            "<p>The day before Education International's 7th World Congress, the Network's members met in Ottawa "
            "for a General Assembly day unlike the usual ones. There was no succession of speeches: participants "
            "set the agenda and did most of the talking.</p>"
            "<h2>Three formats in one day</h2>"
            "<p>Open Space Technology let people propose the topics they cared about and form groups around "
            "them. The World Café moved them from table to table for several rounds of conversation. The Pro "
            "Action Café helped participants turn a project of their own into concrete next steps with the help "
            "of others.</p>"
            "<h2>Two themes</h2>"
            "<p>The morning was about health at school, the afternoon about youth and solidarity, two of the "
            "Network's three mission areas.</p>"
            "<p>The Network now draws on this experience to run collaborative workshops at its members' "
            "meetings. The guide to the three formats is in the toolbox, and the event page has a gallery of "
            "illustrations of the day.</p>"
        ),
        "published_at": _at(TORONTO, 2015, 7, 21, 8, 0),
        "tags": [THE_NETWORK, SCHOOL_HEALTH, YOUTH_ENGAGEMENT, GOVERNANCE],
        "mission_areas": [HEALTHY_SCHOOLS, YOUNG_PEOPLE],
        "resources": ["running-an-open-forum"],
        "scene": "round-tables",
    },
    {
        "slug": "mobilisation-kit-7th-world-congress",
        "title": "A mobilisation kit for the 7th World Congress of Education International",
        "summary": (
            "At Education International's 7th World Congress in Ottawa, the Network gave participants a box of "
            "resources for action on health and social protection. Every resource can be downloaded."
        ),
        "body": (
            "<p>Participants in Education International's 7th World Congress, held in Ottawa from 21 to 26 July "
            "2015, went home with a mobilisation kit from the Network: a box of resources for taking action, "
            "wherever they work, on health and social protection in the education community.</p>"
            "<p>Nothing in the kit stays in the box. Each sheet, guide and poster can be downloaded from the "
            "toolbox, on its own or with the rest of the kit as one file per language.</p>"
            "<h2>Why a kit</h2>"
            "<p>Earlier in 2015, at Education International's Africa regional conference in Nairobi, members of "
            "the Network and African education unions asked the Network to generate knowledge, to share "
            "experiences and good practices, and to raise awareness, train and support the people who act. The "
            "kit and the toolbox it comes from serve the second of these roles: the toolbox presents the "
            "Network's members and projects, and the actions of its members and partners, in one uniform "
            "format.</p>"
        ),
        "published_at": _at(PARIS, 2015, 9, 17, 10, 0),
        "tags": [THE_NETWORK, SOCIAL_PROTECTION_TAG, HEALTH_PREVENTION],
        "mission_areas": [HEALTHY_SCHOOLS, SOCIAL_PROTECTION, YOUNG_PEOPLE],
        "organisations": ["education-international"],
        "kit": "mobilisation-kit-2015",
        "is_featured": True,
        "illustration": "circles",
    },
    {
        "slug": "general-assembly-paris-2016",
        "title": "The General Assembly meets in Paris",
        "summary": "The Network's member organisations held their General Assembly in Paris on 5 July 2016.",
        "body": (
            "<p>On 5 July 2016 the members of the Network met in Paris for their General Assembly, a year after "
            "the Open Forum in Ottawa.</p>"
            "<p>The General Assembly is where members review the work done together and agree on the next "
            "steps for the Network's three mission areas: healthy schools, social protection for all, and room "
            "for young people.</p>"
        ),
        "published_at": _at(PARIS, 2016, 7, 6, 10, 0),
        "tags": [THE_NETWORK, GOVERNANCE],
    },
    {
        "slug": "filgood-app-launched",
        "title": "FilGood: an app to take stock of well-being at work",
        "summary": (
            "The Network has launched FilGood, an app with a short questionnaire on five areas of well-being at "
            "work for people in education."
        ),
        "body": (
            "<p>Looking after others is the daily work of education staff; looking after themselves often comes "
            "last. FilGood, launched in January 2017, offers a simple first step.</p>"
            "<p>The app asks a short set of questions covering five areas of well-being at work, so that users "
            "can see where they stand.</p>"
            "<p>FilGood is part of the Network's work on healthy schools, which begins with the health of the "
            "adults who work in them.</p>"
            "<p><em>The day of publication shown is illustrative: the launch is recorded as January 2017.</em></p>"
        ),
        "published_at": _at(PARIS, 2017, 1, 16, 10, 0),
        "tags": [OCCUPATIONAL_HEALTH, MENTAL_HEALTH, EDUCATION_PERSONNEL],
        "mission_areas": [HEALTHY_SCHOOLS],
        "projects": ["filgood"],
        "resources": ["filgood-app"],
    },
    {
        "slug": "jeunesse-colombia-training",
        "title": "Jeun'ESS'e: young Colombians trained in the social and solidarity economy",
        "summary": (
            "In February 2017 young people aged 18 to 22 took part in a Jeun'ESS'e training in Colombia."
        ),
        "body": (
            "<p>Jeun'ESS'e brings young people into contact with the social and solidarity economy (ESS in "
            "French), including the mutual and cooperative ways of protecting one another.</p>"
            "<p>In February 2017 a training in Colombia brought together young people aged 18 to 22. The "
            "training material, in Spanish, is in the toolbox.</p>"
            "<p><em>The day of publication shown is illustrative: the training is recorded as February "
            "2017.</em></p>"
        ),
        "published_at": _at(PARIS, 2017, 2, 27, 10, 0),
        "tags": [YOUTH_ENGAGEMENT, LATIN_AMERICA, EDUCATION_FOR_SOCIAL_PROTECTION],
        "mission_areas": [YOUNG_PEOPLE],
        "projects": ["jeunesse-colombia"],
        "resources": ["formacion-jeunesse-febrero-2017"],
    },
    {
        "slug": "general-assembly-antwerp-2017",
        "title": "Antwerp hosts the 2017 General Assembly",
        "summary": "The Network's General Assembly met in Antwerp, Belgium, on 30 June 2017.",
        "body": (
            "<p>The members of the Network gathered in Antwerp on 30 June 2017 for their General Assembly.</p>"
            "<p>The first half of the year had brought two new initiatives: the FilGood app on well-being at "
            "work, launched in January, and the Jeun'ESS'e training for young people in Colombia in "
            "February.</p>"
        ),
        "published_at": _at(BRUSSELS, 2017, 7, 3, 10, 0),
        "tags": [THE_NETWORK, GOVERNANCE],
        "projects": ["filgood", "jeunesse-colombia"],
    },
    {
        "slug": "seven-new-members-2018",
        "title": "Seven new members join the Network",
        "summary": (
            "Meeting in Paris on 9 July 2018, the General Assembly welcomed seven new members. The Network now "
            "has 37."
        ),
        "body": (
            "<p>The General Assembly held in Paris on 9 July 2018 welcomed seven new member organisations, and "
            "the Network counted 37 members that year.</p>"
            "<p>Among the organisations that joined in 2018 is CMIM, a mutual society in Morocco. Its "
            "presentation sheet is in the toolbox.</p>"
            "<p>The Network started with 15 members at its first Board in December 2009. Each new member brings "
            "its own experience of health and social protection to share with the others.</p>"
        ),
        "published_at": _at(PARIS, 2018, 7, 10, 10, 0),
        "tags": [THE_NETWORK, GOVERNANCE, MUTUAL_INSURANCE],
        "mission_areas": [SOCIAL_PROTECTION],
        "organisations": ["cmim"],
        "resources": ["cmim-presentation"],
    },
    {
        "slug": "sacha-launched-in-haiti",
        "title": "SACHA: a new project for health in six schools of Port-au-Prince",
        "summary": (
            "Building on PROCEDH I and II, the Network has launched SACHA in Haiti: 6 schools in Port-au-Prince, "
            "9,000 pupils and 460 staff."
        ),
        "body": (
            "<p>The Network's work in Haiti continues. After two projects, PROCEDH I and PROCEDH II, a new one "
            "started in November 2018: SACHA.</p>"
            "<p>SACHA involves six schools in Port-au-Prince, with 9,000 pupils and 460 staff. Its partner in "
            "Haiti is CEMEA-Haïti.</p>"
            "<p>The project sheet in the toolbox follows the uniform format of the Network's projects: context, "
            "lead organisation, partners, funder, beneficiaries, general and specific objectives.</p>"
            "<p><em>The day of publication shown is illustrative: the launch is recorded as November "
            "2018.</em></p>"
        ),
        "published_at": _at(PARIS, 2018, 11, 20, 10, 0),
        "tags": [SCHOOL_HEALTH, HEALTH_PREVENTION, LATIN_AMERICA],
        "mission_areas": [HEALTHY_SCHOOLS],
        "organisations": ["cemea-haiti"],
        "projects": ["sacha-haiti"],
        "resources": ["sacha-haiti-project-sheet"],
        "illustration": "bands",
    },
    {
        "slug": "ten-years-bangkok-2019",
        "title": "Ten years of the Network, celebrated in Bangkok",
        "summary": (
            "The General Assembly held in Bangkok on 20 July 2019 marked the Network's 10th anniversary."
        ),
        "body": (
            "<p>The Network was launched in Paris on 14 and 15 May 2009 by MGEN, Education International and AIM, "
            "with the support of the ILO. Ten years later its members met in Bangkok, Thailand, for a General "
            "Assembly that celebrated the anniversary.</p>"
            "<h2>From 15 to 37 members</h2>"
            "<p>At its first Board in Brussels in December 2009 the Network had 15 members; in 2018 it had 37: "
            "education unions, mutual societies, cooperatives, youth associations, research centres and "
            "universities.</p>"
            "<h2>Ten years of projects</h2>"
            "<p>A teachers' mutual in Burkina Faso, twinnings between mutual societies, an international survey "
            "of the occupational health of education staff, FilGood, and the SACHA project in Haiti are some of "
            "the milestones of the decade.</p>"
        ),
        "published_at": _at(BANGKOK, 2019, 7, 22, 10, 0),
        "tags": [THE_NETWORK, GOVERNANCE],
        "mission_areas": [HEALTHY_SCHOOLS, SOCIAL_PROTECTION, YOUNG_PEOPLE],
        "organisations": ["mgen", "education-international", "aim"],
        "projects": ["teachers-mutual-burkina-faso", "sacha-haiti"],
        "is_featured": True,
        "illustration": "sunrise",
    },
    {
        "slug": "new-members-2020-syeco-ser",
        "title": "Two new members in 2020: SYECO and SER",
        "summary": (
            "SYECO, an education union in the Democratic Republic of the Congo, and SER, the union of teachers in "
            "French-speaking Switzerland, joined the Network in 2020."
        ),
        "body": (
            "<p>Two education unions joined the Network in 2020.</p>"
            "<p><strong>SYECO</strong> is an education union in the Democratic Republic of the Congo with 6,320 "
            "members.</p>"
            "<p><strong>SER</strong>, the Syndicat des Enseignants Romands, represents teachers in French-speaking "
            "Switzerland. It was founded in 1864.</p>"
            "<p>Both present themselves in the toolbox.</p>"
            "<p><em>The day of publication shown is illustrative: the facts give the year of joining.</em></p>"
        ),
        "published_at": _at(PARIS, 2020, 9, 15, 10, 0),
        "tags": [THE_NETWORK, EDUCATION_PERSONNEL, AFRICA],
        "organisations": ["syeco", "ser"],
        "resources": ["syeco-presentation", "ser-presentation"],
    },
    {
        "slug": "general-assembly-online-2021",
        "title": "An online General Assembly, with a webinar in three languages",
        "summary": (
            "On 13 July 2021 the Network held its General Assembly online, together with a webinar in English, "
            "Spanish and French."
        ),
        "body": (
            "<p>After a first online General Assembly in 2020, the members of the Network met online again on "
            "13 July 2021.</p>"
            "<p>A webinar accompanied the Assembly, in English, Spanish and French, the three languages of the "
            "Network, so that members from every region could take part in their own language.</p>"
        ),
        "published_at": _at(PARIS, 2021, 7, 14, 10, 0),
        "tags": [THE_NETWORK, GOVERNANCE],
    },
    {
        "slug": "i-best-2021-first-edition",
        "title": "I-BEST: first barometer of teachers' well-being",
        "summary": (
            "8,000 teachers in 6 territories answered the first edition of I-BEST, the Network's barometer of "
            "teachers' well-being."
        ),
        "body": (
            "<p>I-BEST is an international barometer of teachers' well-being. Its first edition, in 2021, "
            "gathered the answers of 8,000 teachers in 6 territories.</p>"
            "<p>The barometer follows on from the Network's survey of 2014–15 on the occupational health of "
            "education staff, which had more than 3,000 respondents in five countries. Its purpose is to be "
            "repeated, so that changes over time can be seen and territories compared.</p>"
            "<p><em>The day of publication shown is illustrative: the facts give the year of the edition.</em></p>"
        ),
        "published_at": _at(PARIS, 2021, 11, 15, 10, 0),
        "tags": [OCCUPATIONAL_HEALTH, MENTAL_HEALTH, EDUCATION_PERSONNEL],
        "mission_areas": [HEALTHY_SCHOOLS],
        "projects": ["i-best-barometer", "occupational-health-survey-2014-2015"],
        "resources": ["i-best-2021-results", "i-best-barometer-project-sheet"],
    },
    {
        "slug": "i-best-2023-results",
        "title": "I-BEST 2023: more than 26,000 voices on teachers' well-being",
        "summary": (
            "The results of the second I-BEST barometer are out: more than 26,000 respondents in 13 territories, "
            "released on 10 October 2023."
        ),
        "body": (
            "<p>The second edition of I-BEST, the international barometer of teachers' well-being, released its "
            "results on 10 October 2023.</p>"
            "<h2>A much larger edition</h2>"
            "<p>More than 26,000 people answered in 13 territories, against 8,000 teachers in 6 territories for "
            "the first edition in 2021: more than three times as many respondents in more than twice as many "
            "territories.</p>"
            "<h2>What it is for</h2>"
            "<p>With two editions, the barometer starts to show how well-being changes over time, and larger "
            "samples make comparisons between territories more meaningful. Unions and mutual societies can use "
            "the results in their own work on the health of education staff.</p>"
            "<p>The results of both editions are attached below.</p>"
        ),
        "published_at": _at(PARIS, 2023, 10, 10, 10, 0),
        "tags": [OCCUPATIONAL_HEALTH, MENTAL_HEALTH, EDUCATION_PERSONNEL],
        "mission_areas": [HEALTHY_SCHOOLS],
        "projects": ["i-best-barometer"],
        "resources": ["i-best-2023-results", "i-best-2021-results", "i-best-barometer-project-sheet"],
        "is_featured": True,
        "illustration": "bands",
    },
]


# --- Research-action -------------------------------------------------------------------------------------------
# Keys are ResearchEntry fields, with partner institutions, projects and outputs given by slug, plus
# "researchers": (name, institution, role) in order. Researchers are named by role, never by an invented name.
CLEERESS_RESEARCHER = "Researcher, CLEERESS cluster"

RESEARCH_ENTRIES = [
    {
        "slug": "call-for-researchers-health-in-schools-2014",
        "title": "Call for researchers: promoting pupil and teacher health in schools",
        "summary": (
            "The first call of the research-action programme run by the Network and CLEERESS, published on "
            "9 December 2014, on promoting the health of pupils and teachers in schools."
        ),
        "research_question": (
            "<p>How can a school promote the health of the pupils who learn in it and of the teachers who work "
            "in it, and which tools can researchers and field projects build together to help other schools "
            "do the same?</p>"
        ),
        "method": (
            "<p>Research-action: selected researchers join the Network's field projects and work with the people "
            "who run them, so that together they produce theoretical and methodological tools for social change "
            "that others can reuse.</p>"
            "<p>Researchers are chosen through this call. <em>The deadline shown is illustrative: the Network's "
            "records give the date of publication only.</em></p>"
        ),
        "research_status": ResearchStatus.CALL_OPEN,
        "start_date": datetime.date(2014, 12, 9),
        "deadline": _at(PARIS, 2015, 2, 15, 23, 59),
        "how_to_apply": (
            "Researchers in education, health or the social sciences can apply, alone or as a team. Send a "
            "two-page project note and a short CV to the Network's secretariat, "
            "contact@education-solidarite.org, before the deadline, with \"Call for researchers\" as the subject."
        ),
        "how_to_apply_fr": (
            "Les chercheuses et chercheurs en éducation, en santé ou en sciences sociales peuvent candidater, "
            "seuls ou en équipe. Envoyez une note de projet de deux pages et un court CV au secrétariat du Réseau, "
            "contact@education-solidarite.org, avant la date limite, avec pour objet « Appel à chercheurs »."
        ),
        "how_to_apply_es": (
            "Pueden presentar su candidatura investigadoras e investigadores en educación, salud o ciencias "
            "sociales, solos o en equipo. Envíen una nota de proyecto de dos páginas y un breve CV a la "
            "secretaría de la Red, contact@education-solidarite.org, antes de la fecha límite, con el asunto "
            "«Convocatoria de investigadores»."
        ),
        "partner_institutions": ["cleeress"],
        "mission_areas": [HEALTHY_SCHOOLS],
        "published_at": _at(PARIS, 2014, 12, 9, 10, 0),
    },
    {
        "slug": "health-at-school-sacha-haiti",
        "title": "Health at school with the SACHA schools, Port-au-Prince",
        "summary": (
            "Research-action on the call's first theme, health at school, alongside SACHA: six schools in "
            "Port-au-Prince with 9,000 pupils and 460 staff."
        ),
        "research_question": (
            "<p>What helps six schools, their pupils and their staff to make health part of school life, and "
            "how can what they learn be passed on to schools elsewhere?</p>"
        ),
        "method": (
            "<p>Researchers follow the SACHA project in the field with its Haitian partner, CEMEA-Haïti. They "
            "draw on the project's collaborative meetings, such as the open forum of April 2019, and write up "
            "with the schools the methods that worked.</p>"
            "<p><em>Illustrative entry for the demo: it shows how the first theme of the 2014 call can meet a "
            "field project of the Network.</em></p>"
        ),
        "research_status": ResearchStatus.FIELDWORK,
        "start_date": datetime.date(2019, 4, 1),
        "partner_institutions": ["cleeress", "cemea-haiti"],
        "projects": ["sacha-haiti"],
        "mission_areas": [HEALTHY_SCHOOLS],
        "researchers": [
            (CLEERESS_RESEARCHER, "CLEERESS", "Lead researcher"),
            ("Field team, CEMEA-Haïti", "CEMEA-Haïti", "Fieldwork with the six schools"),
        ],
        "published_at": _at(PARIS, 2019, 5, 6, 10, 0),
    },
    {
        "slug": "i-best-teachers-well-being",
        "title": "I-BEST: measuring teachers' well-being over time",
        "summary": (
            "Two editions of an international barometer of teachers' well-being: 8,000 teachers in 6 territories "
            "in 2021, more than 26,000 respondents in 13 territories in 2023."
        ),
        "research_question": (
            "<p>How do teachers feel about their well-being at work, how does it change from one edition to the "
            "next, and how does it differ between territories?</p>"
        ),
        "method": (
            "<p>A questionnaire repeated in successive editions, in as many territories as possible, and an "
            "analysis that members can reuse in their own work.</p>"
            "<p><em>Illustrative: the demo presents the analysis of the barometer as research-action; the "
            "figures are the barometer's own.</em></p>"
        ),
        "research_status": ResearchStatus.PUBLISHED,
        "start_date": datetime.date(2021, 1, 1),
        "end_date": datetime.date(2023, 10, 10),
        "partner_institutions": ["cleeress"],
        "projects": ["i-best-barometer"],
        "mission_areas": [HEALTHY_SCHOOLS],
        "outputs": ["i-best-2021-results", "i-best-2023-results", "i-best-barometer-project-sheet"],
        "researchers": [
            (CLEERESS_RESEARCHER, "CLEERESS", "Analysis of the results"),
            ("Survey team, Network secretariat", "Education and Solidarity Network", "Questionnaire and data"),
        ],
        "published_at": _at(PARIS, 2023, 10, 10, 10, 0),
    },
    {
        "slug": "occupational-health-education-staff-2014-2015",
        "title": "The occupational health of education staff in five countries (2014–15)",
        "summary": (
            "A survey of education staff on their health at work, answered by more than 3,000 people in "
            "Australia, the United States, Canada, France and Colombia."
        ),
        "research_question": (
            "<p>How do education staff see their health at work, and what do situations in different countries "
            "have in common?</p>"
        ),
        "method": (
            "<p>A questionnaire circulated to education staff in five countries in 2014 and 2015, then a "
            "comparison of the answers.</p>"
            "<p><em>Illustrative: the demo presents the survey as research-action; the figures are the "
            "survey's own.</em></p>"
        ),
        "research_status": ResearchStatus.PUBLISHED,
        "start_date": datetime.date(2014, 1, 1),
        "partner_institutions": ["cleeress"],
        "projects": ["occupational-health-survey-2014-2015"],
        "mission_areas": [HEALTHY_SCHOOLS],
        "outputs": ["occupational-health-survey-2014-2015-sheet"],
        "researchers": [
            (CLEERESS_RESEARCHER, "CLEERESS", "Comparison of the answers"),
            ("Survey team, Network secretariat", "Education and Solidarity Network", "Questionnaire"),
        ],
        "published_at": _at(PARIS, 2016, 1, 15, 10, 0),
    },
]
