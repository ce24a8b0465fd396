package be.buddyflow.volunteers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import be.buddyflow.support.Http;
import be.buddyflow.support.Http.Reply;
import be.buddyflow.support.IntegrationTest;
import be.buddyflow.support.Referrals;
import be.buddyflow.support.Tasks;
import be.buddyflow.support.Volunteers;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** From a website's application to an active volunteer, through the coordinator's tasks. */
@IntegrationTest
class VolunteerApplicationIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void applicationRunsThroughOnboardingToAnActiveVolunteer() {
        String reference = Referrals.uniqueReference();
        Reply applied = Http.as("intake-system", port).postJson("/api/volunteers/applications",
                Volunteers.application(reference, "Roya"));
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        String volunteerId = applied.json().get("volunteerId").asText();
        assertThat(applied.json().get("status").asText()).isEqualTo("APPLICANT");
        assertThat(Http.as("intake-system", port).postJson("/api/volunteers/applications",
                Volunteers.application(reference, "Roya")).status()).isEqualTo(200);

        assertThat(tasksOf("sofie", volunteerId)).isEmpty();
        assertThat(tasksOf("victor", volunteerId)).isEmpty();
        completeAs("cora", volunteerId, "UserTask_ConductIntakeInterview",
                Map.of("interviewOutcome", "CONTINUE", "contactWithMinors", true, "capacity", 2));
        assertThat(status(volunteerId)).isEqualTo("IN_SCREENING");
        completeAs("cora", volunteerId, "UserTask_CheckCriminalRecord", Map.of("screeningOutcome", "VALID",
                "screeningCheckedOn", "2026-11-20", "screeningValidUntil", "2029-11-20"));
        completeAs("cora", volunteerId, "UserTask_ConfirmTraining",
                Map.of("trainingOutcome", "CONTINUE", "trainingCompletedOn", "2026-11-25"));
        completeAs("cora", volunteerId, "UserTask_RegisterAgreement",
                Map.of("agreementOutcome", "CONTINUE", "agreementSignedOn", "2026-11-26"));

        assertThat(status(volunteerId)).isEqualTo("ACTIVE");
        assertThat(jdbc.sql("SELECT screening_checked_by FROM buddyflow.volunteer WHERE id = ?").param(volunteerId)
                .query(String.class).single()).isEqualTo("cora");

        // A Dari-speaking family in Gent: the new volunteer speaks Dari and her 596.2 check is valid.
        Reply referral = Http.as("intake-system", port).postJson("/api/referrals",
                Referrals.gent(Referrals.uniqueReference(), "Family").replace("[\"ar\", \"nl\"]", "[\"fa\"]"));
        String caseId = referral.json().get("caseId").asText();
        Reply candidates = Http.as("cora", port).get("/api/cases/" + caseId + "/candidates?limit=50");
        assertThat(candidates.status()).as(candidates.toString()).isEqualTo(200);
        JsonNode mine = null;
        for (JsonNode candidate : candidates.json()) {
            assertThat(candidate.get("sharedLanguages").toString()).contains("fa");
            if (candidate.get("volunteerId").asText().equals(volunteerId)) {
                mine = candidate;
            }
        }
        assertThat(mine).as("the new volunteer among " + candidates.body()).isNotNull();
        assertThat(mine.get("firstName").asText()).isEqualTo("Roya");
        double sum = 0;
        for (JsonNode part : mine.get("parts")) {
            assertThat(part.get("explanation").asText()).contains(" · ");
            sum += part.get("contribution").asDouble();
        }
        assertThat(sum).isCloseTo(mine.get("score").asDouble(), org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void onlyCoordinatorsSeeCandidates() {
        assertThat(Http.as("victor", port).get("/api/cases/BF-2026-000001/candidates").status()).isEqualTo(403);
        assertThat(Http.as("intake-system", port).get("/api/cases/BF-2026-000001/candidates").status()).isEqualTo(403);
        assertThat(Http.as("cora", port).get("/api/cases/BF-1999-999999/candidates").status()).isEqualTo(404);
        assertThat(Http.as("cora", port).get("/api/cases/BF-1999-999999/candidates?limit=0").status()).isEqualTo(400);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no e-mail             | "email": "volunteer@example.org", | "email": "",                | email
            unknown language level| "level": "GOOD"                   | "level": "EXPERT"           | languages[1].level
            capacity too high     | "capacity": 2                     | "capacity": 9               | capacity
            no availability       | ["EVENINGS", "WEEKENDS"]          | []                          | availability
            unknown domain        | "LANGUAGE"]                       | "COOKING"]                  | domains[1]
            """)
    void invalidApplicationIsRefusedNamingTheField(String what, String valid, String invalid, String field) {
        String reference = Referrals.uniqueReference();
        String body = Volunteers.application(reference, "Bad").replace(valid, invalid);
        assertThat(body).as(what).contains(invalid);

        Reply reply = Http.as("intake-system", port).postJson("/api/volunteers/applications", body);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.json().get("errors").findValuesAsText("field")).as(reply.body()).anyMatch(
                f -> f.equals(field) || f.startsWith(field));
        assertThat(jdbc.sql("SELECT count(*) FROM buddyflow.volunteer WHERE external_reference = ?").param(reference)
                .query(Long.class).single()).isZero();
    }

    @Test
    void unknownPostalCodeIsA422() {
        Reply reply = Http.as("intake-system", port).postJson("/api/volunteers/applications",
                Volunteers.application(Referrals.uniqueReference(), "Far").replace("\"9000\"", "\"8000\""));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("errors").get(0).get("field").asText()).isEqualTo("postalCode");
    }

    @Test
    void onlyPartnerSystemsMayApply() {
        assertThat(Http.as("cora", port).postJson("/api/volunteers/applications", "{}").status()).isEqualTo(403);
        assertThat(Http.anonymous(port).postJson("/api/volunteers/applications", "{}").status()).isEqualTo(401);
    }

    private String status(String volunteerId) {
        return jdbc.sql("SELECT status FROM buddyflow.volunteer WHERE id = ?").param(volunteerId)
                .query(String.class).single();
    }

    private JsonNode tasksOf(String user, String volunteerId) {
        return Tasks.of(port, user, volunteerId);
    }

    private void completeAs(String user, String volunteerId, String taskDefinitionKey, Map<String, Object> variables) {
        Tasks.complete(port, user, volunteerId, taskDefinitionKey, variables);
    }
}
