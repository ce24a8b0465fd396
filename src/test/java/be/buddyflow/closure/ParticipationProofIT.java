package be.buddyflow.closure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import be.buddyflow.support.Http;
import be.buddyflow.support.Http.Reply;
import be.buddyflow.support.IntegrationTest;
import be.buddyflow.support.Referrals;
import be.buddyflow.support.WebappSession;
import be.buddyflow.support.WebappSession.Download;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The proof of participation over real HTTP: for the social workers of the case's organisation only. */
@IntegrationTest
class ParticipationProofIT {

    private static final String PDF = "/api/workspace/cases/%s/participation-proof.pdf";
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CloseCase closeCase;

    @Autowired
    CaseRetention retention;

    @Test
    void sofieOfOcmwGentGetsTheProofOfAGentCase() {
        String caseId = refer("9000", "Proof");
        String volunteerId = volunteer();
        jdbc.sql("INSERT INTO buddyflow.duo (case_id, volunteer_id, started_on, first_meeting_on) VALUES (?, ?, ?, ?)")
                .params(caseId, volunteerId, LocalDate.of(2026, 5, 28), LocalDate.of(2026, 6, 2)).update();
        meeting(caseId, volunteerId, LocalDate.of(2026, 6, 2), "20.0");
        meeting(caseId, volunteerId, LocalDate.of(2026, 11, 20), "22.5");
        closeCase.close(caseId, ClosureReason.COMPLETED);

        Reply proof = Http.as("sofie", port).get("/api/cases/" + caseId + "/participation-proof", "text/html");

        assertThat(proof.status()).as(proof.toString()).isEqualTo(200);
        assertThat(proof.contentType()).startsWith("text/html");
        assertThat(proof.body()).doesNotContain("<script");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));
        assertThat(proof.body()).contains("Deelnamebewijs buddytraject", "OCMW Gent", caseId, "Lina Proof",
                "02/06/2026", "20/11/2026", "42,5", "Ja · Oui · Yes",
                String.format("%02d/%02d/%d", today.getDayOfMonth(), today.getMonthValue(), today.getYear()));
        assertThat(proof.body()).as("no special-category data, no notes, no contact details")
                .doesNotContain("Verwezen na erkenning", "Samen naar de markt", "lina@example.org", "+32 470", "1990");
    }

    @Test
    void belowFortyHoursTheProofSaysSoAndAnOpenTrajectoryIsOngoing() {
        String caseId = refer("9000", "Ongoing");
        String volunteerId = volunteer();
        jdbc.sql("INSERT INTO buddyflow.duo (case_id, volunteer_id, started_on) VALUES (?, ?, ?)")
                .params(caseId, volunteerId, LocalDate.of(2026, 10, 1)).update();
        meeting(caseId, volunteerId, LocalDate.of(2026, 10, 3), "2.0");

        Reply proof = Http.as("sofie", port).get("/api/cases/" + caseId + "/participation-proof");

        assertThat(proof.status()).isEqualTo(200);
        assertThat(proof.body()).contains("01/10/2026", "lopend · en cours · ongoing", "Nee · Non · No");
    }

    @Test
    void othersDoNotGetIt() {
        String gentCase = refer("9000", "Others");
        String leuvenCase = refer("3000", "Leuven");
        String path = "/api/cases/" + gentCase + "/participation-proof";

        Reply samir = Http.as("samir", port).get(path);
        assertThat(samir.status()).as("another organisation's social worker: 404, not 403").isEqualTo(404);
        assertThat(samir.contentType()).startsWith("application/problem+json");
        assertThat(Http.as("sofie", port).get("/api/cases/" + leuvenCase + "/participation-proof").status())
                .isEqualTo(404);
        assertThat(Http.as("sofie", port).get("/api/cases/BF-1999-000001/participation-proof").status())
                .isEqualTo(404);
        assertThat(Http.anonymous(port).get(path).status()).isEqualTo(401);
        assertThat(Http.as("victor", port).get(path).status()).as("not a social worker").isEqualTo(403);
        assertThat(Http.as("intake-system", port).get(path).status()).isEqualTo(403);
        assertThat(Http.as("cora", port).get(path).status()).isEqualTo(403);
    }

    @Test
    void sofieDownloadsThePdfFromHerTasklistSessionInHerLanguageAndTheDownloadIsAudited() throws IOException {
        String caseId = refer("9000", "Pdf");
        String volunteerId = volunteer();
        jdbc.sql("INSERT INTO buddyflow.duo (case_id, volunteer_id, started_on, first_meeting_on) VALUES (?, ?, ?, ?)")
                .params(caseId, volunteerId, LocalDate.of(2026, 5, 28), LocalDate.of(2026, 6, 2)).update();
        meeting(caseId, volunteerId, LocalDate.of(2026, 11, 20), "22.5");
        meeting(caseId, volunteerId, LocalDate.of(2026, 6, 2), "20.0");
        closeCase.close(caseId, ClosureReason.COMPLETED);
        WebappSession sofie = WebappSession.login(port, "sofie", Http.DEMO_PASSWORD, "tasklist");

        Download pdf = sofie.download(PDF.formatted(caseId), "fr-BE,fr;q=0.9,nl;q=0.8");

        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(pdf.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"deelnamebewijs-" + caseId + ".pdf\"");
        assertThat(pdf.header("Cache-Control")).contains("no-store");
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        LocalDate closedOn = jdbc.sql(
                "SELECT (closed_at AT TIME ZONE 'Europe/Brussels')::date FROM buddyflow.buddy_case WHERE id = ?")
                .param(caseId).query(LocalDate.class).single();
        assertThat(text).contains("Buddyflow", "Attestation de participation", "OCMW Gent", caseId, "Lina Pdf",
                "Pia Test", "du 02/06/2026 au " + day(closedOn), "02/06/2026", "20/11/2026", "22,5",
                "Total (2 rencontres)", "42,5 sur 40 heures", "Atteint", "le " + day(LocalDate.now(BRUSSELS)),
                "Signature");
        assertThat(text).as("no notes, no contact details").doesNotContain("Samen naar de markt", "lina@example.org",
                "+32 470");
        assertThat(jdbc.sql("""
                SELECT user_id || ' ' || action || ' ' || resource || ' ' || purpose FROM buddyflow.case_access
                WHERE case_id = ? ORDER BY id DESC LIMIT 1
                """).param(caseId).query(String.class).single())
                .isEqualTo("sofie EXPORT PARTICIPATION_PROOF PROOF_OF_PARTICIPATION");
        assertThat(Http.as("sofie", port).get("/api/cases/" + caseId + "/participation-proof", "text/html").status())
                .as("the HTTP Basic door still serves the page").isEqualTo(200);
    }

    @Test
    void inTheSessionOnlyTheCasesOwnSocialWorkersGetThePdf() {
        String gentCase = refer("9000", "Sessie");
        String path = PDF.formatted(gentCase);

        Download samir = WebappSession.login(port, "samir", Http.DEMO_PASSWORD, "tasklist").download(path, null);
        assertThat(samir.status()).as("another organisation's social worker: 404, not 403 " + samir).isEqualTo(404);
        assertThat(samir.header("Content-Type")).startsWith("application/problem+json");
        Download victor = WebappSession.login(port, "victor", Http.DEMO_PASSWORD, "tasklist").download(path, null);
        assertThat(victor.status()).as("a volunteer " + victor).isEqualTo(403);
        Download anonymous = WebappSession.anonymous(port).download(path, null);
        assertThat(anonymous.status()).as(anonymous.toString()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).as("no second login dialog").isEmpty();
        assertThat(Http.as("sofie", port).get(path).status()).as("this door takes the session, not Basic")
                .isEqualTo(401);
        WebappSession sofie = WebappSession.login(port, "sofie", Http.DEMO_PASSWORD, "tasklist");
        assertThat(sofie.download(PDF.formatted("BF-1999-000001"), null).status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM buddyflow.case_access WHERE case_id = ? AND action = 'EXPORT'")
                .param(gentCase).query(Long.class).single()).as("refusals export nothing").isZero();
    }

    @Test
    void aClosedCaseIsKeptForFiveYearsFromItsClosedDate() {
        String caseId = refer("9000", "Retention");
        closeCase.close(caseId, ClosureReason.NOT_ELIGIBLE);

        LocalDate retainUntil = retention.retain(caseId);

        LocalDate closedOn = jdbc.sql("SELECT (closed_at AT TIME ZONE 'Europe/Brussels')::date FROM buddyflow.buddy_case WHERE id = ?")
                .param(caseId).query(LocalDate.class).single();
        assertThat(retainUntil).isEqualTo(closedOn.plusYears(5));
        assertThat(jdbc.sql("SELECT retain_until FROM buddyflow.buddy_case WHERE id = ?").param(caseId)
                .query(LocalDate.class).single()).isEqualTo(retainUntil);
        assertThat(retention.retain(caseId)).as("again, the same date").isEqualTo(retainUntil);
    }

    private static String day(LocalDate date) {
        return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private String refer(String postalCode, String familyName) {
        Reply referral = Http.as("intake-system", port).postJson("/api/referrals",
                Referrals.referral("test-partner", Referrals.uniqueReference(), familyName, postalCode));
        assertThat(referral.status()).as(referral.toString()).isIn(200, 201);
        return referral.json().get("caseId").asText();
    }

    private void meeting(String caseId, String volunteerId, LocalDate on, String hours) {
        jdbc.sql("""
                INSERT INTO buddyflow.meeting_log (case_id, volunteer_id, met_on, hours, note, logged_by)
                VALUES (?, ?, ?, CAST(? AS NUMERIC), 'Samen naar de markt', 'victor')
                """)
                .params(caseId, volunteerId, on, hours).update();
    }

    private String volunteer() {
        String id = "VOL-P" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                INSERT INTO buddyflow.volunteer (id, source, external_reference, request_fingerprint, status, given_name,
                    family_name, email, postal_code, gender, age_band, availability, interests, domains, capacity)
                VALUES (?, 'proof-it', ?, repeat('0', 64), 'ACTIVE', 'Pia', 'Test', 'pia@example.org', '9000',
                    'WOMAN', 'FROM_25_TO_39', '{EVENINGS}', '{}', '{}', 1)
                """)
                .params(id, id).update();
        return id;
    }
}
