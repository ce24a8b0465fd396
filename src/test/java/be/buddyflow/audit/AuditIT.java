package be.buddyflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import be.buddyflow.audit.CaseAccess.Action;
import be.buddyflow.audit.CaseAccess.Channel;
import be.buddyflow.audit.CaseAccess.Purpose;
import be.buddyflow.audit.CaseAccess.Resource;
import be.buddyflow.support.Http;
import be.buddyflow.support.Http.Reply;
import be.buddyflow.support.IntegrationTest;
import be.buddyflow.support.Referrals;
import be.buddyflow.support.Tasks;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The access audit over real HTTP: what a referral and an intake review leave behind, and who may read it. */
@IntegrationTest
class AuditIT {

    private static final String AUDIT = "/api/audit/case-access";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog auditLog;

    @ParameterizedTest
    @CsvSource({
            "userId, sofie%0D%0A2026-12-01T10:00:00Z%20INFO%20case-access%20audit%20read:%20by=admin",
            "userId, sofie%0Aforged",
            "caseId, BF-2026-000001%0D",
            "caseId, BF-2026-000001%1B%5B2J",
            "userId, sofie%E2%80%A8forged",
            "caseId, BF-2026-0000010000000",
            "userId, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void queryParametersThatCouldForgeALogLineAreRefusedNamingTheField(String field, String value) {
        Reply reply = Http.as("dora", port).get(AUDIT + "?" + field + "=" + value);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("errors").get(0).get("field").asText()).isEqualTo(field);
    }

    @Test
    void aReferralAnIntakeReviewAndAProofDownloadAreAuditedAndQueryableByCaseAndByUser() {
        String caseId = refer();
        Tasks.complete(port, "sofie", caseId, "UserTask_ReviewIntake", Map.of("intakeDecision", "ACCEPTED"));
        Reply proof = Http.as("sofie", port).get("/api/cases/" + caseId + "/participation-proof", "text/html");
        assertThat(proof.status()).as(proof.toString()).isEqualTo(200);

        Reply byCase = Http.as("mona", port).get(AUDIT + "?caseId=" + caseId);

        assertThat(byCase.status()).as(byCase.toString()).isEqualTo(200);
        assertThat(byCase.contentType()).startsWith("application/json");
        List<String> rows = rows(byCase.json());
        assertThat(rows).contains(
                "intake-system WRITE CASE_FILE REFERRAL API",
                "intake-system WRITE CONSENT REFERRAL API",
                "intake-system READ INTAKE_SUMMARY INTAKE_REVIEW API",
                "sofie READ INTAKE_SUMMARY INTAKE_REVIEW ENGINE",
                "sofie WRITE CASE_STATUS INTAKE_REVIEW ENGINE",
                "sofie EXPORT PARTICIPATION_PROOF PROOF_OF_PARTICIPATION API");
        assertThat(rows.get(0)).as("newest first").isEqualTo("sofie EXPORT PARTICIPATION_PROOF PROOF_OF_PARTICIPATION API");
        assertThat(byCase.json().get("total").asLong()).isEqualTo(rows.size());
        byCase.json().get("items").forEach(item -> assertThat(item.get("caseId").asText()).isEqualTo(caseId));

        Reply bySofie = Http.as("dora", port).get(AUDIT + "?userId=sofie&size=200");
        assertThat(bySofie.status()).as(bySofie.toString()).isEqualTo(200);
        List<String> sofies = new ArrayList<>();
        bySofie.json().get("items").forEach(item -> {
            assertThat(item.get("userId").asText()).isEqualTo("sofie");
            if (item.get("caseId").asText().equals(caseId)) {
                sofies.add(item.get("action").asText() + " " + item.get("resource").asText());
            }
        });
        assertThat(sofies).containsExactly("EXPORT PARTICIPATION_PROOF", "WRITE CASE_STATUS", "WRITE CASE_STATUS",
                "READ INTAKE_SUMMARY");

        Reply doraByCase = Http.as("dora", port).get(AUDIT + "?caseId=" + caseId + "&page=0&size=2");
        assertThat(doraByCase.status()).isEqualTo(200);
        assertThat(doraByCase.json().get("items")).hasSize(2);
        assertThat(doraByCase.json().get("total").asLong()).isEqualTo(rows.size());
    }

    @Test
    void theScreeningIsAuditedAsTheSocialWorkerWhoRecordedIt() {
        String caseId = refer();

        Tasks.toMatching(port, caseId);

        assertThat(rows(Http.as("dora", port).get(AUDIT + "?caseId=" + caseId + "&size=200").json())).contains(
                "sofie WRITE SCREENING SCREENING ENGINE",
                "sofie READ INTAKE_SUMMARY SCREENING ENGINE",
                "sofie WRITE CASE_STATUS SCREENING ENGINE");
    }

    @Test
    void aPartnerStatusRequestIsAReadOfTheCaseStatus() {
        String caseId = refer();

        assertThat(Http.as("intake-system", port).get("/api/cases/" + caseId).status()).isEqualTo(200);

        assertThat(auditLog.byCase(caseId, 0, 1).items()).singleElement()
                .satisfies(access -> {
                    assertThat(access.userId()).isEqualTo("intake-system");
                    assertThat(access.action()).isEqualTo(Action.READ);
                    assertThat(access.resource()).isEqualTo(Resource.CASE_STATUS);
                    assertThat(access.purpose()).isEqualTo(Purpose.PARTNER_UPDATE);
                    assertThat(access.channel()).isEqualTo(Channel.API);
                });
    }

    @Test
    void aReadInAReadOnlyTransactionIsAuditedAllTheSame() {
        String caseId = refer();

        Reply candidates = Http.as("cora", port).get("/api/cases/" + caseId + "/candidates");

        assertThat(candidates.status()).as(candidates.toString()).isEqualTo(200);
        assertThat(rows(Http.as("mona", port).get(AUDIT + "?caseId=" + caseId).json()))
                .contains("cora READ CANDIDATES MATCHING API");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sofie", "victor", "intake-system", "cora"})
    void othersMayNotReadTheAudit(String user) {
        Reply reply = Http.as(user, port).get(AUDIT + "?userId=" + user);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void withoutCredentialsTheAnswerIs401() {
        assertThat(Http.anonymous(port).get(AUDIT + "?userId=sofie").status()).isEqualTo(401);
    }

    @Test
    void exactlyOneOfCaseAndUserIsAsked() {
        Reply neither = Http.as("dora", port).get(AUDIT);
        Reply both = Http.as("dora", port).get(AUDIT + "?caseId=BF-2026-000001&userId=sofie");
        Reply tooLarge = Http.as("dora", port).get(AUDIT + "?userId=sofie&size=1000");

        for (Reply reply : List.of(neither, both, tooLarge)) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAuditRows() {
        String caseId = refer();
        long before = count(caseId);

        assertThatThrownBy(() -> jdbc.sql("UPDATE buddyflow.case_access SET user_id = 'nobody' WHERE case_id = ?")
                .param(caseId).update())
                .isInstanceOf(DataIntegrityViolationException.class).hasStackTraceContaining("case_access is append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM buddyflow.case_access WHERE case_id = ?").param(caseId).update())
                .isInstanceOf(DataIntegrityViolationException.class).hasStackTraceContaining("case_access is append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE buddyflow.case_access").update())
                .isInstanceOf(DataIntegrityViolationException.class).hasStackTraceContaining("case_access is append-only");

        assertThat(jdbc.sql("SELECT buddyflow.purge_case_access(timestamptz '2000-01-01')").query(Long.class).single())
                .as("the operator's purge removes only rows older than the cutoff").isZero();
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM buddyflow.case_access WHERE case_id = ?").param(caseId).update())
                .as("the purge leaves the protection on").isInstanceOf(DataAccessException.class);
        assertThat(count(caseId)).isEqualTo(before).isPositive();
    }

    @Test
    void rowsDoNotDependOnTheCaseExisting() {
        String erased = "BF-1999-" + (100000 + new java.util.Random().nextInt(900000));

        auditLog.record(new Accessor("dora", Channel.API), erased, Action.READ, Resource.CASE_FILE, Purpose.CLOSURE);

        assertThat(count(erased)).as("no foreign key: the audit outlives the erasure of its case").isOne();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM information_schema.table_constraints
                WHERE table_schema = 'buddyflow' AND table_name = 'case_access' AND constraint_type = 'FOREIGN KEY'
                """).query(Long.class).single()).isZero();
    }

    private String refer() {
        Reply created = Http.as("intake-system", port).postJson("/api/referrals",
                Referrals.gent(Referrals.uniqueReference(), "Audit"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("caseId").asText();
    }

    private long count(String caseId) {
        return jdbc.sql("SELECT count(*) FROM buddyflow.case_access WHERE case_id = ?").param(caseId)
                .query(Long.class).single();
    }

    private static List<String> rows(JsonNode page) {
        List<String> rows = new ArrayList<>();
        page.get("items").forEach(item -> rows.add(item.get("userId").asText() + " " + item.get("action").asText() + " "
                + item.get("resource").asText() + " " + item.get("purpose").asText() + " "
                + item.get("channel").asText()));
        return rows;
    }
}
