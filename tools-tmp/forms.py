import json

def form(id, components):
    return {
        "$schema": "https://unpkg.com/@bpmn-io/form-js/dist/form.schema.json",
        "executionPlatform": "Camunda Platform",
        "executionPlatformVersion": "7.24.0",
        "exporter": {"name": "Camunda Modeler", "version": "5.40.0"},
        "schemaVersion": 16,
        "type": "default",
        "id": id,
        "components": components,
    }

def text(id, md):
    return {"type": "text", "id": "Text_" + id, "text": md}

def field(type, key, label, **extra):
    c = {"type": type, "id": "Field_" + key, "key": key, "label": label}
    c.update(extra)
    return c

def options(*pairs):
    return [{"label": l, "value": v} for v, l in pairs]

CASE_PATTERN = "BF-[0-9]{4}-[0-9]{6}"
RATINGS = options(
    ("GOING_WELL", "Loopt goed · Se passe bien · Going well"),
    ("SOME_DIFFICULTIES", "Enkele moeilijkheden · Quelques difficultés · Some difficulties"),
    ("NOT_WORKING", "Werkt niet · Ne fonctionne pas · Not working"))
REASONS = options(
    ("NO_CONNECTION", "Geen klik · Pas d'entente · No connection"),
    ("NO_TIME", "Geen tijd meer · Plus de temps · No time any more"),
    ("MOVED_AWAY", "Verhuisd · Déménagé · Moved away"),
    ("GOALS_REACHED", "Doelen bereikt · Objectifs atteints · Goals reached"),
    ("CONDUCT_OR_SAFETY", "Gedrag of veiligheid · Comportement ou sécurité · Conduct or safety"),
    ("OTHER", "Andere · Autre · Other"))
NO_SENSITIVE = ("Schrijf geen gezondheids- of andere gevoelige informatie over de nieuwkomer. "
                "· N'écrivez pas d'informations de santé ou sensibles. · Do not write health or other sensitive information.")

forms = {}
forms["log-meeting"] = form("log-meeting", [
    text("Intro", "## Ontmoeting loggen\n\nNoteer elke ontmoeting met je buddy: de datum, hoe lang, en waarover het ging. Na het loggen staat er meteen een nieuwe taak klaar voor de volgende ontmoeting.\n\n*FR : Notez chaque rencontre avec votre buddy. · EN: Log each meeting with your buddy.*"),
    field("textfield", "caseId", "Dossier · Dossier · Case", readonly=True),
    {"type": "datetime", "id": "Field_metOn", "key": "metOn", "subtype": "date",
     "dateLabel": "Ontmoet op · Rencontre le · Met on", "validate": {"required": True}},
    field("number", "meetingHours", "Uren · Heures · Hours", decimalDigits=1, increment="0.5",
          validate={"required": True, "min": 0.5, "max": 24}),
    text("Domains", "**Waarover ging het? · De quoi avez-vous parlé ? · What was it about?**"),
    field("checkbox", "domainSocialNetwork", "Sociaal netwerk · Réseau social · Social network"),
    field("checkbox", "domainHousing", "Wonen · Logement · Housing"),
    field("checkbox", "domainWork", "Werk · Travail · Work"),
    field("checkbox", "domainLanguage", "Taal · Langue · Language"),
    field("checkbox", "domainAdministration", "Administratie · Administration · Administration"),
    field("textarea", "meetingNote", "Korte notitie · Courte note · Short note",
          description=NO_SENSITIVE, validate={"maxLength": 500}),
])
forms["follow-up-missing-log"] = form("follow-up-missing-log", [
    text("Intro", "## Ontbrekende ontmoetingen opvolgen\n\nDe vrijwilliger logde binnen de termijn geen ontmoeting en kreeg al een herinnering. Neem contact op met de vrijwilliger.\n\n*FR : Aucune rencontre notée malgré un rappel. · EN: No meeting logged despite a reminder.*"),
    field("textfield", "lastMeetingOn", "Laatste gelogde ontmoeting · Dernière rencontre notée · Last meeting logged", readonly=True),
    field("select", "missingLogAction", "Actie · Action · Action", validate={"required": True}, values=options(
        ("MEETINGS_NOT_LOGGED", "Ze ontmoeten elkaar, logt later · Ils se voient, notera plus tard · They meet, will log later"),
        ("DUO_PAUSED", "Duo even gepauzeerd · Duo en pause · Duo paused for a while"),
        ("DUO_STALLED", "Duo loopt vast: stopzetting bespreken · Duo bloqué · Duo stalled: discuss ending"),
        ("NO_CONTACT", "Vrijwilliger niet bereikt · Bénévole injoignable · Volunteer not reached"))),
])
forms["duo-check-in"] = form("duo-check-in", [
    text("Intro", "## Check-in met duo doen\n\nVraag hoe het duo loopt: twee keer in de eerste maand, daarna maandelijks.\n\n*FR : Faites le point avec le duo. · EN: Check in with the duo.*"),
    field("select", "checkInContact", "Contact · Contact · Contact", validate={"required": True}, values=options(
        ("MET_DUO", "Duo samen gesproken · Duo rencontré ensemble · Met the duo together"),
        ("SPOKE_VOLUNTEER", "Vrijwilliger gesproken · Parlé au bénévole · Spoke to the volunteer"),
        ("NO_CONTACT", "Geen contact gekregen · Pas de contact · No contact"))),
    field("radio", "checkInRating", "Hoe loopt het duo? · Comment va le duo ? · How is the duo going?",
          validate={"required": True}, values=RATINGS),
])
forms["evaluate-midpoint-volunteer"] = form("evaluate-midpoint-volunteer", [
    text("Intro", "## Tussentijdse evaluatie\n\nJullie zijn halverwege het traject. Hoe loopt het duo volgens jou? Twijfels of zorgen? Bespreek ze met je coördinator of meld een zorg.\n\n*FR : Évaluation à mi-parcours. · EN: Mid-point evaluation.*"),
    field("radio", "volunteerRating", "Hoe loopt het duo? · Comment va le duo ? · How is the duo going?",
          validate={"required": True}, values=RATINGS),
])
forms["evaluate-midpoint-newcomer"] = form("evaluate-midpoint-newcomer", [
    text("Intro", "## Tussentijdse evaluatie met nieuwkomer\n\nVraag de nieuwkomer halverwege hoe het contact met de buddy loopt.\n\n*FR : Évaluation à mi-parcours avec le primo-arrivant. · EN: Mid-point evaluation with the newcomer.*"),
    field("radio", "newcomerRating", "Hoe ervaart de nieuwkomer het duo? · Comment le primo-arrivant vit-il le duo ? · How does the newcomer find the duo?",
          validate={"required": True}, values=RATINGS),
])
forms["assess-duo-end"] = form("assess-duo-end", [
    text("Intro", "## Beëindiging duo beoordelen\n\nDe vrijwilliger of de sociaal werker (voor de nieuwkomer) vraagt het duo te beëindigen. De activiteiten van het duo zijn gestopt. Bespreek het met beiden en beslis: een nieuwe buddy zoeken, of het traject afsluiten.\n\n*FR : Fin anticipée du duo : nouveau buddy ou clôture. · EN: Early end of the duo: new buddy or closure.*"),
    field("select", "endRequestedFor", "Gevraagd door · Demandé par · Requested by", readonly=True, values=options(
        ("VOLUNTEER", "Vrijwilliger · Bénévole · Volunteer"),
        ("NEWCOMER", "Sociaal werker voor de nieuwkomer · Travailleur social pour le primo-arrivant · Social worker for the newcomer"))),
    field("select", "endRequestReason", "Reden · Raison · Reason", readonly=True, values=REASONS),
    field("radio", "endDecision", "Beslissing · Décision · Decision", validate={"required": True}, values=options(
        ("REMATCH", "Nieuwe buddy zoeken · Chercher un nouveau buddy · Find a new buddy"),
        ("CLOSE", "Traject afsluiten · Clôturer le trajet · Close the trajectory"))),
])
forms["follow-up-concern"] = form("follow-up-concern", [
    text("Intro", "## Zorg van buddy opvolgen\n\nDe buddy van deze nieuwkomer meldde een zorg. De tekst staat in het dossier (melding hieronder), niet in deze taak. Neem contact op met de buddy en, waar nodig, met de nieuwkomer of een professionele dienst.\n\n*FR : Le buddy a signalé une préoccupation. · EN: The buddy raised a concern.*"),
    field("textfield", "concernId", "Melding · Signalement · Report", readonly=True),
    field("select", "concernAction", "Opvolging · Suivi · Follow-up", validate={"required": True}, values=options(
        ("CONTACTED_VOLUNTEER", "Buddy gecontacteerd · Buddy contacté · Contacted the buddy"),
        ("REFERRED_TO_PROFESSIONAL", "Doorverwezen naar een dienst · Orienté vers un service · Referred to a service"),
        ("DISCUSSED_WITH_NEWCOMER", "Besproken met de nieuwkomer · Discuté avec le primo-arrivant · Discussed with the newcomer"),
        ("NO_ACTION_NEEDED", "Geen actie nodig · Aucune action requise · No action needed"))),
])
forms["raise-concern"] = form("raise-concern", [
    text("Intro", "## Zorg melden\n\nMaak je je zorgen over je buddy of over jullie duo? Een sociaal werker neemt contact met je op. Je melding wordt bewaard in het dossier, niet in de takenlijst.\n\n*FR : Signaler une préoccupation ; un travailleur social vous contactera. · EN: Raise a concern; a social worker will contact you.*"),
    field("textfield", "caseId", "Dossiernummer (leeg als je één buddy hebt) · Numéro de dossier (vide si un seul buddy) · Case number (empty if you have one buddy)",
          validate={"pattern": CASE_PATTERN}),
    field("textarea", "concernText", "Je zorg · Votre préoccupation · Your concern",
          validate={"required": True, "maxLength": 1000}),
])
forms["request-duo-end"] = form("request-duo-end", [
    text("Intro", "## Duo stopzetten\n\nVraag om het duo vroeger te beëindigen. Een coördinator bespreekt het en beslist over een nieuwe buddy of het afsluiten van het traject. Sociaal werkers vullen het dossiernummer in.\n\n*FR : Demander la fin anticipée du duo. · EN: Ask to end the duo early.*"),
    field("textfield", "caseId", "Dossiernummer (leeg als je vrijwilliger bent met één buddy) · Numéro de dossier · Case number",
          validate={"pattern": CASE_PATTERN}),
    field("select", "endRequestReason", "Reden · Raison · Reason", validate={"required": True}, values=REASONS),
    field("textarea", "endRequestNote", "Toelichting · Précision · Note", description=NO_SENSITIVE,
          validate={"maxLength": 1000}),
])
for id, f in forms.items():
    with open(f"forms/{id}.form", "w") as out:
        json.dump(f, out, indent=2, ensure_ascii=False)
        out.write("\n")
