package be.buddyflow.closure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The proof of participation as a plain, printable HTML page: the organisation signs it as the
 * activity contact, the newcomer hands it to their AgII counsellor (domain.md, 4th pillar).
 */
public final class ParticipationProofDocument {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ParticipationProofDocument() {
    }

    public static String html(ParticipationProof proof, LocalDate issuedOn) {
        String reached = proof.fourthPillarReached()
                ? "Ja · Oui · Yes"
                : "Nee · Non · No";
        return """
                <!DOCTYPE html>
                <html lang="nl">
                <head>
                <meta charset="utf-8">
                <title>Deelnamebewijs buddytraject %1$s</title>
                <style>
                body { font-family: sans-serif; max-width: 42em; margin: 2em auto; line-height: 1.5; }
                table { border-collapse: collapse; width: 100%%; }
                th, td { text-align: left; padding: 0.3em 0.5em; border-bottom: 1px solid #ccc; vertical-align: top; }
                th { width: 45%%; font-weight: normal; color: #444; }
                .signature { margin-top: 4em; }
                @media print { body { margin: 0; } }
                </style>
                </head>
                <body>
                <h1>Deelnamebewijs buddytraject</h1>
                <p><em>Attestation de participation à un parcours buddy · Proof of participation in a buddy trajectory</em></p>
                <p>%2$s verklaart dat de hieronder genoemde persoon deelnam aan een buddytraject, een activiteit
                van het participatie- en netwerktraject (4de pijler van het Vlaamse inburgeringstraject).</p>
                <table>
                <tr><th>Naam · Nom · Name</th><td>%3$s</td></tr>
                <tr><th>Dossier · Dossier · Case</th><td>%1$s</td></tr>
                <tr><th>Organisatie · Organisation · Organisation</th><td>%2$s</td></tr>
                <tr><th>Traject van · Parcours du · Trajectory from</th><td>%4$s</td></tr>
                <tr><th>Traject tot · Parcours jusqu'au · Trajectory until</th><td>%5$s</td></tr>
                <tr><th>Ontmoetingen · Rencontres · Meetings</th><td>%6$d%7$s</td></tr>
                <tr><th>Totaal aantal uren · Nombre total d'heures · Total hours</th><td>%8$s</td></tr>
                <tr><th>Minstens %9$s uur bereikt (4de pijler) · Au moins %9$s heures · At least %9$s hours reached</th><td>%10$s</td></tr>
                </table>
                <p class="signature">Opgemaakt op · Établi le · Issued on %11$s<br>
                Voor %2$s (naam, functie, handtekening · nom, fonction, signature · name, position, signature):</p>
                </body>
                </html>
                """.formatted(escape(proof.caseId()), escape(proof.organisationName()),
                escape(proof.givenName() + " " + proof.familyName()), date(proof.startedOn()),
                proof.endedOn() == null ? "lopend · en cours · ongoing" : date(proof.endedOn()), proof.meetingCount(),
                proof.firstLoggedOn() == null ? ""
                        : " (" + date(proof.firstLoggedOn()) + " – " + date(proof.lastMeetingOn()) + ")",
                hours(proof.hours()), FourthPillar.THRESHOLD_HOURS.toPlainString(), reached, date(issuedOn));
    }

    /** Hours as a Belgian reader writes them: 42,5. */
    static String hours(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String date(LocalDate date) {
        return DATE.format(date);
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
