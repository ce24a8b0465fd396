package be.buddyflow.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.buddyflow.support.Http;
import be.buddyflow.support.Http.Reply;
import be.buddyflow.support.IntegrationTest;
import be.buddyflow.support.Tasks;
import be.buddyflow.support.Trajectory;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A newcomer goes through a whole trajectory, leaving identifying and free-text values in forms,
 * notes and evaluations; after the erasure (asked by sofie, approved by mona) a scan of every column
 * of every table, ours and the engine's, finds none of them, while the anonymous case stays.
 */
@IntegrationTest
class ErasureIT {

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    JdbcClient jdbc;

    @Test
    void afterACompleteTrajectoryAndItsErasureNoTableHoldsThePersonsValues() {
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String givenName = "Zainab" + tag;
        String familyName = "Qarawi" + tag;
        String phone = "+32 470 " + tag.substring(0, 3).replaceAll("[^0-9]", "7") + " 99 11";
        String email = "z" + tag + "@example.org";
        String referralNote = "Verwezen door buurthuis " + tag;
        String meetingNote = "Samen naar de markt " + tag;
        String socialWorkerComment = "Goede vooruitgang " + tag;
        String volunteerComment = "Fijne tijd met haar " + tag;
        String concern = "Zorg over de woning " + tag;
        String reference = "REF-ERASE-" + tag;

        Trajectory trajectory = new Trajectory(port, runtimeService, managementService, jdbc);
        trajectory.victorHasRoom();
        Reply referral = Http.as("intake-system", port).postJson("/api/referrals", """
                {"source": "erasure-test", "externalReference": "%s",
                 "newcomer": {"givenName": "%s", "familyName": "%s", "dateOfBirth": "1987-03-14",
                              "languages": ["ar", "nl"], "postalCode": "9000", "municipality": "Gent",
                              "phone": "%s", "email": "%s"},
                 "residenceStatus": "RECOGNISED_REFUGEE", "recognitionDate": "2026-11-20",
                 "receptionPlace": {"type": "INDIVIDUAL", "name": "Huis %s"},
                 "household": {"adults": 1, "children": 0},
                 "consent": {"services": true, "buddyContact": true, "reporting": true, "legalBasis": "PUBLIC_TASK"},
                 "notes": "%s"}
                """.formatted(reference, givenName, familyName, phone, email, tag, referralNote));
        assertThat(referral.status()).as(referral.toString()).isEqualTo(201);
        String caseId = referral.json().get("caseId").asText();

        // The whole trajectory, with free text wherever a user can type it.
        trajectory.toActive(caseId);
        Tasks.complete(port, "victor", caseId, "UserTask_LogMeeting", Map.of("metOn", LocalDate.now().toString(),
                "meetingHours", 3, "domainLanguage", true, "meetingNote", meetingNote));
        Reply raised = Http.as("victor", port).postJson("/engine-rest/process-definition/key/duo-concern/submit-form",
                Tasks.variablesBody(Map.of("caseId", caseId, "concernText", concern)));
        assertThat(raised.status()).as(raised.toString()).isEqualTo(200);
        Tasks.complete(port, "sofie", caseId, "UserTask_FollowUpConcern", Map.of("concernAction", "NO_ACTION_NEEDED"));
        trajectory.trajectoryEnds(caseId);
        Tasks.complete(port, "sofie", caseId, "UserTask_SocialWorkerFinalEvaluation",
                Map.of("socialWorkerRating", "4", "goalsReached", "YES", "socialWorkerComment", socialWorkerComment));
        Tasks.complete(port, "victor", caseId, "UserTask_VolunteerFinalEvaluation",
                Map.of("volunteerRating", "5", "wouldBuddyAgain", "YES", "volunteerComment", volunteerComment));
        List<String> values = List.of(givenName, familyName, phone, email, referralNote, meetingNote,
                socialWorkerComment, volunteerComment, concern, reference, "1987-03-14", "Huis " + tag);
        assertThat(tablesHolding(values)).as("the values are there before the erasure").isNotEmpty();

        // Four eyes: sofie asks, she cannot approve, mona does.
        Reply requested = Http.as("sofie", port).postJson("/api/cases/" + caseId + "/erasure-requests",
                "{\"reason\": \"NEWCOMER_REQUEST\"}");
        assertThat(requested.status()).as(requested.toString()).isEqualTo(202);
        assertThat(Http.as("samir", port).postJson("/api/cases/" + caseId + "/erasure-requests",
                "{\"reason\": \"NEWCOMER_REQUEST\"}").status()).as("another organisation").isEqualTo(404);
        assertThat(Http.as("sofie", port).postJson("/api/cases/" + caseId + "/erasure-requests",
                "{\"reason\": \"NEWCOMER_REQUEST\"}").status()).as("already pending").isEqualTo(409);
        String approval = Tasks.single(port, "mona", caseId, "UserTask_ApproveErasure");
        Reply ownApproval = Http.as("sofie", port).postJson("/engine-rest/task/" + approval + "/complete",
                Tasks.variablesBody(Map.of("erasureDecision", "APPROVED")));
        assertThat(ownApproval.status()).as("sofie may not even see the approval").isIn(403, 404);
        Tasks.complete(port, "mona", caseId, "UserTask_ApproveErasure", Map.of("erasureDecision", "APPROVED"));
        await("erased").atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT erased_at IS NOT NULL FROM buddyflow.buddy_case WHERE id = ?").param(caseId)
                .query(Boolean.class).single());

        assertThat(tablesHolding(values)).as("columns still holding the person's values").isEmpty();
        assertThat(jdbc.sql("SELECT status || ' ' || closure_reason || ' ' || erased_by FROM buddyflow.buddy_case WHERE id = ?")
                .param(caseId).query(String.class).single()).as("the anonymous case stays")
                .isEqualTo("CLOSED COMPLETED mona");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseId).count()).isZero();
        // The audit still shows who did what with the case, the erasure included.
        List<String> audit = jdbc.sql("""
                SELECT user_id || ' ' || action || ' ' || resource || ' ' || purpose FROM buddyflow.case_access
                WHERE case_id = ? ORDER BY id""").param(caseId).query(String.class).list();
        assertThat(audit).contains("intake-system WRITE CASE_FILE REFERRAL", "mona WRITE CASE_FILE ERASURE")
                .anyMatch(row -> row.startsWith("sofie ")).anyMatch(row -> row.startsWith("victor "));
        Reply byCase = Http.as("dora", port).get("/api/audit/case-access?caseId=" + caseId);
        assertThat(byCase.status()).as(byCase.toString()).isEqualTo(200);
        assertThat(byCase.body()).contains("ERASURE");
    }

    @Test
    void aRequestNeedsAKnownReasonAndASocialWorkerOfTheCase() {
        String caseId = Http.as("intake-system", port).postJson("/api/referrals",
                be.buddyflow.support.Referrals.gent(be.buddyflow.support.Referrals.uniqueReference(), "Reason"))
                .json().get("caseId").asText();
        String path = "/api/cases/" + caseId + "/erasure-requests";

        Reply noReason = Http.as("sofie", port).postJson(path, "{}");
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
        assertThat(noReason.contentType()).startsWith("application/problem+json");
        assertThat(Http.as("sofie", port).postJson(path, "{\"reason\": \"BORED\"}").status()).isEqualTo(400);
        assertThat(Http.as("mona", port).postJson(path, "{\"reason\": \"NEWCOMER_REQUEST\"}").status())
                .as("managers approve, they do not ask").isEqualTo(403);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("case-erasure")
                .processInstanceBusinessKey(caseId).count()).as("nothing started").isZero();
    }

    /**
     * "schema.table.column: value" for every text or binary column anywhere holding one of the values:
     * one pass over each table, then a closer look only where something matched.
     */
    private List<String> tablesHolding(List<String> values) {
        List<Map<String, Object>> columns = jdbc.sql("""
                SELECT c.table_schema, c.table_name, c.column_name, c.data_type FROM information_schema.columns c
                JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                WHERE c.table_schema NOT IN ('pg_catalog', 'information_schema') AND t.table_type = 'BASE TABLE'
                  AND c.data_type IN ('character varying', 'text', 'character', 'bytea', 'ARRAY', 'json', 'jsonb')
                ORDER BY c.table_schema, c.table_name
                """).query().listOfRows();
        Map<String, List<String>> textOfTable = new java.util.LinkedHashMap<>();
        for (Map<String, Object> column : columns) {
            String table = "\"" + column.get("table_schema") + "\".\"" + column.get("table_name") + "\"";
            String name = "\"" + column.get("column_name") + "\"";
            String text = "bytea".equals(column.get("data_type")) ? "encode(" + name + ", 'escape')" : name + "::text";
            textOfTable.computeIfAbsent(table, t -> new ArrayList<>()).add(text);
        }
        String[] patterns = values.stream().map(v -> "%" + v + "%").toArray(String[]::new);
        List<String> found = new ArrayList<>();
        textOfTable.forEach((table, texts) -> {
            long rows = jdbc.sql("SELECT count(*) FROM " + table + " WHERE concat_ws('|', " + String.join(", ", texts)
                    + ") ILIKE ANY (:patterns)").param("patterns", patterns).query(Long.class).single();
            if (rows > 0) {
                for (String text : texts) {
                    for (String value : values) {
                        if (jdbc.sql("SELECT count(*) FROM " + table + " WHERE " + text + " ILIKE :p")
                                .param("p", "%" + value + "%").query(Long.class).single() > 0) {
                            found.add(table + " " + text + ": " + value);
                        }
                    }
                }
            }
        });
        return found;
    }
}
