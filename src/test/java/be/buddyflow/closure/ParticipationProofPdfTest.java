package be.buddyflow.closure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import be.buddyflow.api.Language;
import be.buddyflow.closure.ParticipationProof.LoggedMeeting;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF proof, read back with PDFBox the way a counsellor's viewer reads it. */
class ParticipationProofPdfTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 12, 3);

    @Test
    void aClosedTrajectoryInDutchListsEveryMeetingAndReachesTheFourthPillar() throws IOException {
        ParticipationProof proof = proof(LocalDate.of(2026, 6, 2), LocalDate.of(2026, 11, 30),
                meeting(2026, 6, 2, "20.0"), meeting(2026, 11, 20, "22.5"));

        try (PDDocument pdf = Loader.loadPDF(ParticipationProofPdf.render(proof, ISSUED, Language.DUTCH))) {
            PDRectangle page = pdf.getPage(0).getMediaBox();
            assertThat(page.getWidth()).as("A4 width in points").isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
            assertThat(page.getHeight()).as("A4 height in points").isCloseTo(842f, org.assertj.core.data.Offset.offset(1f));
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Deelnamebewijs buddytraject BF-2026-000042");
            String text = text(pdf);
            assertThat(text).contains("Buddyflow", "Deelnamebewijs buddytraject", "OCMW Gent", "BF-2026-000042",
                    "Lina Haile", "Pia Peeters", "van 02/06/2026 tot 30/11/2026", "02/06/2026", "20/11/2026", "20",
                    "22,5", "Totaal (2 ontmoetingen)", "42,5 van 40 uur", "Bereikt: de 40 uur van de 4de pijler",
                    "op 03/12/2026", "Handtekening", "Functie", "Naam");
            assertThat(text).doesNotContain("42.5", "Nog niet bereikt");
        }
    }

    @Test
    void anOngoingTrajectoryInFrenchRunsToTheLastMeetingAndSaysWhatIsMissing() throws IOException {
        ParticipationProof proof = proof(LocalDate.of(2026, 10, 1), null, meeting(2026, 10, 3, "2.5"),
                meeting(2026, 10, 1, "1.0"));

        String text = text(ParticipationProofPdf.render(proof, ISSUED, Locale.FRENCH));

        assertThat(text).contains("Attestation de participation", "Numéro de dossier", "Primo-arrivant",
                "du 01/10/2026 au 03/10/2026 (parcours en cours", "3,5 sur 40 heures",
                "Pas encore atteint : il manque 36,5 h pour les 40 heures", "Total (2 rencontres)", "Fait à", "le 03/12/2026",
                "Signature");
        assertThat(text.indexOf("01/10/2026", text.indexOf("Rencontres")))
                .as("meetings oldest first").isLessThan(text.indexOf("03/10/2026", text.indexOf("Rencontres")));
        assertThat(text).doesNotContain("Deelnamebewijs", "Proof of participation");
    }

    @Test
    void inEnglishHoursHaveADecimalPointAndAMeetingLoggedBeforeTheRegisteredFirstOneWidensThePeriod()
            throws IOException {
        // Logged before the refusal existed: the period still covers every listed meeting.
        ParticipationProof proof = proof(LocalDate.of(2026, 6, 10), LocalDate.of(2026, 9, 1),
                meeting(2026, 6, 5, "1.5"), meeting(2026, 8, 20, "40.0"));

        String text = text(ParticipationProofPdf.render(proof, ISSUED, Locale.ENGLISH));

        assertThat(text).contains("Proof of participation in a buddy trajectory", "Case number", "Newcomer",
                "from 05/06/2026 to 01/09/2026", "41.5 of 40 hours", "Reached: the 40 hours", "Issued at",
                "on 03/12/2026");
        assertThat(text).doesNotContain("41,5");
    }

    @Test
    void withoutMeetingsTheProofSaysSoAndAnotherLanguageFallsBackToDutch() throws IOException {
        ParticipationProof proof = new ParticipationProof("BF-2026-000043", "Rahel", "Tesfay", "OCMW Leuven",
                List.of(), LocalDate.of(2026, 5, 1), null, LocalDate.of(2026, 6, 1), List.of());

        String text = text(ParticipationProofPdf.render(proof, ISSUED, Locale.GERMAN));

        assertThat(text).contains("Deelnamebewijs buddytraject", "OCMW Leuven", "nog geen ontmoeting",
                "geen buddy gekoppeld", "Er zijn nog geen ontmoetingen geregistreerd", "0 van 40 uur",
                "er ontbreken 40 uur");
    }

    @Test
    void aLongLogGoesInTwoColumnsAndTheSignatureStaysOnTheSamePage() throws IOException {
        LoggedMeeting[] meetings = new LoggedMeeting[20];
        for (int i = 0; i < meetings.length; i++) {
            meetings[i] = new LoggedMeeting(LocalDate.of(2026, 6, 2).plusWeeks(i), new BigDecimal("2.0"));
        }
        ParticipationProof proof = proof(LocalDate.of(2026, 6, 2), LocalDate.of(2026, 11, 30), meetings);

        try (PDDocument pdf = Loader.loadPDF(ParticipationProofPdf.render(proof, ISSUED, Language.DUTCH))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            String text = text(pdf);
            assertThat(text).contains("02/06/2026", "13/10/2026", "Totaal (20 ontmoetingen)", "40 van 40 uur",
                    "Bereikt", "Handtekening");
        }
    }

    @Test
    void thePeriodNeverEndsBeforeItsLastMeeting() {
        ParticipationProof proof = proof(LocalDate.of(2026, 6, 2), LocalDate.of(2026, 7, 1),
                meeting(2026, 7, 15, "1.0"));

        assertThat(proof.periodFrom()).isEqualTo(LocalDate.of(2026, 6, 2));
        assertThat(proof.periodUntil()).isEqualTo(LocalDate.of(2026, 7, 15));
        assertThat(proof.hours()).isEqualByComparingTo("1.0");
    }

    private static ParticipationProof proof(LocalDate firstMeetingOn, LocalDate endedOn, LoggedMeeting... meetings) {
        return new ParticipationProof("BF-2026-000042", "Lina", "Haile", "OCMW Gent", List.of("Pia Peeters"),
                LocalDate.of(2026, 5, 28), firstMeetingOn, endedOn, List.of(meetings));
    }

    private static LoggedMeeting meeting(int year, int month, int day, String hours) {
        return new LoggedMeeting(LocalDate.of(year, month, day), new BigDecimal(hours));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return text(document);
        }
    }

    private static String text(PDDocument document) throws IOException {
        // One line per line of the page; spaces normalised so that wrapped sentences still match.
        return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
}
