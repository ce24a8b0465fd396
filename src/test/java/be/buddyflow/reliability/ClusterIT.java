package be.buddyflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import be.buddyflow.support.ApplicationProcess;
import be.buddyflow.support.Http;
import be.buddyflow.support.ProductionDatabase;
import be.buddyflow.support.Http.Reply;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two nodes of the production profile on one PostgreSQL server, each with its job executor. A
 * burst of asynchronous work ("Duo vormen" of 60 matchings) is done exactly once (the duo table's
 * primary key and the volunteers' load prove it), and both nodes take part (the job log names the
 * node that ran each job).
 */
class ClusterIT {

    static final int BURST = 60;

    static ProductionDatabase database;

    @BeforeAll
    static void startServer() {
        database = ProductionDatabase.start();
    }

    @AfterAll
    static void stopServer() throws IOException {
        database.close();
    }

    @Test
    void aBurstOfAsyncWorkRunsExactlyOnceAcrossBothNodes() throws Exception {
        // One node first: two nodes creating the schema of an empty database at once would collide
        // (docs/operations.md, "Clustering": start one node, then the others).
        try (ApplicationProcess a = ApplicationProcess.start(environment(),
                "--camunda.bpm.generic-properties.properties.hostname=node-a")) {
            a.awaitHealthy(Duration.ofSeconds(120));
            try (ApplicationProcess b = ApplicationProcess.start(environment(),
                    "--camunda.bpm.generic-properties.properties.hostname=node-b")) {
                b.awaitHealthy(Duration.ofSeconds(120));
                runBurst(a, b);
            }
        }
    }

    private void runBurst(ApplicationProcess a, ApplicationProcess b) {
        JdbcClient db = database.jdbc();
        seedCasesAndVolunteers(db);

        // The burst arrives through both nodes, as behind a load balancer.
        List<Http> nodes = List.of(Http.as(ProductionDatabase.ADMIN, ProductionDatabase.ADMIN_PASSWORD, a.port()), Http.as(ProductionDatabase.ADMIN, ProductionDatabase.ADMIN_PASSWORD, b.port()));
        for (int i = 0; i < BURST; i++) {
            Reply started = nodes.get(i % 2).postJson("/engine-rest/process-definition/key/trajectory-matching/start", """
                    {"businessKey": "%1$s",
                     "variables": {"caseId": {"value": "%1$s"}, "proposedVolunteerId": {"value": "%2$s"},
                                   "proposedVolunteerUser": {"value": null, "type": "String"},
                                   "caseTeam": {"value": "ocmw-gent"}, "acceptanceDeadline": {"value": "P3D"},
                                   "waitingListRetry": {"value": "P7D"}, "waitingListEscalation": {"value": "P30D"}},
                     "startInstructions": [{"type": "startBeforeActivity", "activityId": "ServiceTask_FormDuo"}]}
                    """.formatted(caseId(i), volunteerId(i)));
            assertThat(started.status()).as(started.toString()).isEqualTo(200);
        }

        Awaitility.await("all duos formed").atMost(Duration.ofSeconds(90)).until(() ->
                db.sql("SELECT count(*) FROM buddyflow.duo").query(Long.class).single() >= BURST);
        assertThat(db.sql("""
                SELECT count(*) FROM act_ru_job WHERE process_def_key_ = 'trajectory-matching'
                  AND handler_type_ = 'async-continuation'
                """).query(Long.class).single()).as("no job left or failing").isZero();

        assertThat(db.sql("SELECT count(*) FROM buddyflow.duo").query(Long.class).single())
                .as("one duo per job, never two").isEqualTo(BURST);
        assertThat(db.sql("SELECT sum(current_load) FROM buddyflow.volunteer").query(Long.class).single())
                .as("each volunteer's place taken once per duo").isEqualTo(BURST);
        List<Map<String, Object>> perNode = db.sql("""
                SELECT hostname_ AS node, count(*) AS jobs FROM act_hi_job_log
                WHERE act_id_ = 'ServiceTask_FormDuo' AND job_state_ = 2 GROUP BY hostname_
                """).query().listOfRows();
        System.out.println("cluster: successful FormDuo jobs per node " + perNode);
        assertThat(perNode).extracting(row -> row.get("node")).as("both nodes took work")
                .containsExactlyInAnyOrder("node-a", "node-b");
        assertThat(perNode.stream().mapToLong(row -> ((Number) row.get("jobs")).longValue()).sum())
                .as("exactly one successful execution per job").isEqualTo(BURST);
    }

    /** Cases and volunteers the burst works on, written as the application would have. */
    private static void seedCasesAndVolunteers(JdbcClient db) {
        for (int i = 0; i < BURST; i++) {
            db.sql("""
                    INSERT INTO buddyflow.buddy_case (id, source, external_reference, request_fingerprint,
                        organisation_id, status, phase, given_name, family_name, languages, postal_code,
                        residence_status, reception_type, consent_services, legal_basis, referred_by)
                    VALUES (:id, 'cluster', :id, repeat('0', 64), 'ocmw-gent', 'OPEN', 'MATCHING', 'N', 'N',
                        ARRAY['nl'], '9000', 'RECOGNISED_REFUGEE', 'INDIVIDUAL', TRUE, 'CONSENT', 'cluster')
                    """).param("id", caseId(i)).update();
        }
        for (int v = 0; v < BURST / 3; v++) {
            db.sql("""
                    INSERT INTO buddyflow.volunteer (id, source, external_reference, request_fingerprint, status,
                        given_name, family_name, email, postal_code, gender, age_band, availability, interests,
                        domains, capacity)
                    VALUES (:id, 'cluster', :id, repeat('0', 64), 'ACTIVE', 'V', 'V', 'v@example.org', '9000',
                        'WOMAN', 'FROM_25_TO_39', ARRAY['EVENINGS'], ARRAY[]::varchar[], ARRAY['LANGUAGE'], 3)
                    """).param("id", "VOL-C" + v).update();
        }
    }

    private static String caseId(int i) {
        return "BF-CL-%04d".formatted(i);
    }

    /** Three cases per volunteer, the volunteer's capacity. */
    private static String volunteerId(int i) {
        return "VOL-C" + (i / 3);
    }

    private static Map<String, String> environment() {
        return database.environment();
    }
}
