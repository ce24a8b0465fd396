package be.buddyflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import be.buddyflow.support.ApplicationProcess;
import be.buddyflow.support.Http;
import be.buddyflow.support.ProductionDatabase;
import be.buddyflow.support.Http.Reply;
import be.buddyflow.support.Referrals;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * kill -9 under load: the production profile on a PostgreSQL server takes a steady stream of
 * referrals from four partner threads, is killed without warning, and restarts on the same
 * database. Every referral that got a 2xx is there with its trajectory, nothing is half-started,
 * a resend of everything creates no duplicate, and the waiting tasks can be worked on. Every third
 * case also leaves the programme at once, so the stream holds asynchronous closure jobs: the jobs
 * the kill leaves behind (queued, or locked by the dead node) are counted, and each one runs to
 * success after the restart.
 */
class CrashRecoveryIT {

    static final String PARTNER = "partner";
    static final String PARTNER_PASSWORD = "Zx-Secret-7741";

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
    void everyAcknowledgedReferralSurvivesAKillAndNothingIsDoubled() throws Exception {
        int port = ApplicationProcess.freePort();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Set<String> sent = ConcurrentHashMap.newKeySet();
        // Case id of every referral that was asked to leave the programme, and those answered 202.
        Set<String> leaving = ConcurrentHashMap.newKeySet();
        Set<String> leftAcknowledged = ConcurrentHashMap.newKeySet();

        try (ApplicationProcess node = ApplicationProcess.start(port, environment(), organisation())) {
            node.awaitHealthy(Duration.ofSeconds(90));
            createPartner(port);

            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService partners = Executors.newFixedThreadPool(4);
            for (int p = 0; p < 4; p++) {
                int partnerNumber = p;
                partners.submit(() -> {
                    for (int i = 0; running.get(); i++) {
                        String reference = "CRASH-" + partnerNumber + "-" + i;
                        sent.add(reference);
                        try {
                            Reply reply = Http.as(PARTNER, PARTNER_PASSWORD, port).postJson("/api/referrals",
                                    Referrals.gent(reference, "Crash" + reference));
                            if (reply.status() / 100 == 2) {
                                acknowledged.add(reference);
                                if (i % 3 == 0) {
                                    String caseId = reply.json().get("caseId").asText();
                                    leaving.add(caseId);
                                    if (leave(port, caseId).status() == 202) {
                                        leftAcknowledged.add(caseId);
                                    }
                                }
                            }
                        } catch (RuntimeException connectionLost) {
                            // The node died under this request: no answer, no promise.
                        }
                    }
                });
            }
            Instant until = Instant.now().plusSeconds(4);
            while (Instant.now().isBefore(until) || acknowledged.size() < 20) {
                Thread.sleep(100);
            }
            node.kill();
            running.set(false);
            partners.shutdown();
            assertThat(partners.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acknowledged).as("referrals acknowledged before the kill").hasSizeGreaterThanOrEqualTo(20);

        // The node is dead and the database still: what the kill left in the job table.
        List<Map<String, Object>> jobsAtKill = database.jdbc().sql("""
                SELECT id_, type_, handler_type_, lock_owner_ IS NOT NULL AS locked, process_instance_id_
                FROM act_ru_job
                """).query().listOfRows();
        List<String> processJobsAtKill = jobsAtKill.stream().filter(job -> job.get("process_instance_id_") != null)
                .map(job -> (String) job.get("id_")).toList();
        long lockedAtKill = jobsAtKill.stream().filter(job -> Boolean.TRUE.equals(job.get("locked"))).count();
        System.out.printf("crash-recovery: %d jobs after kill -9 %s, %d of them locked by the dead node%n",
                jobsAtKill.size(), jobTypes(jobsAtKill), lockedAtKill);

        try (ApplicationProcess restarted = ApplicationProcess.start(port, environment(), organisation())) {
            restarted.awaitHealthy(Duration.ofSeconds(90));
            JdbcClient db = database.jdbc();

            List<String> stored = db.sql("SELECT external_reference FROM buddyflow.buddy_case WHERE source = 'test-partner'")
                    .query(String.class).list();
            assertThat(stored).as("every acknowledged referral is stored").containsAll(acknowledged);
            System.out.printf("crash-recovery: sent %d referrals, %d acknowledged before kill -9, %d stored after restart%n",
                    sent.size(), acknowledged.size(), stored.size());
            long trajectories = db.sql("""
                    SELECT count(DISTINCT business_key_) FROM act_hi_procinst WHERE proc_def_key_ = 'buddy-trajectory'
                    """).query(Long.class).single();
            assertThat(trajectories).as("one trajectory per stored case, none half-started").isEqualTo(stored.size());
            long leftBeforeKill = left(db);
            assertThat(leftBeforeKill).as("every acknowledged departure is stored")
                    .isGreaterThanOrEqualTo(leftAcknowledged.size());
            long waitingReviews = db.sql("""
                    SELECT count(*) FROM act_ru_task WHERE task_def_key_ = 'UserTask_ReviewIntake'
                    """).query(Long.class).single();
            assertThat(waitingReviews).as("every trajectory waits in its intake review, or has left")
                    .isEqualTo(stored.size() - leftBeforeKill);

            // Every job the kill left behind runs, once its lock (if any) expires, and succeeds.
            await("jobs left by the kill").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> succeeded(db, processJobsAtKill) == processJobsAtKill.size());

            List<Integer> resent = new ArrayList<>();
            for (String reference : sent) {
                resent.add(Http.as(PARTNER, PARTNER_PASSWORD, restarted.port()).postJson("/api/referrals",
                        Referrals.gent(reference, "Crash" + reference)).status());
            }
            assertThat(resent).as("a resend after the crash: the old case (200) or a first arrival (201)")
                    .containsOnly(200, 201);
            assertThat(db.sql("SELECT count(*) FROM buddyflow.buddy_case WHERE source = 'test-partner'")
                    .query(Long.class).single()).as("no duplicate case").isEqualTo(sent.size());
            // Departures in flight at the kill are resent too: the event id makes a repeat harmless.
            for (String caseId : leaving) {
                assertThat(leave(restarted.port(), caseId).status()).isIn(200, 202);
            }
            assertThat(left(db)).isEqualTo(leaving.size());
            await("every departure closed").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> db.sql("""
                            SELECT count(*) FROM buddyflow.buddy_case WHERE source = 'test-partner' AND status = 'CLOSED'
                            """).query(Long.class).single() == leaving.size()
                            && db.sql("SELECT count(*) FROM act_ru_job WHERE process_instance_id_ IS NOT NULL")
                                    .query(Long.class).single() == 0);
            assertThat(db.sql("SELECT count(*) FROM act_ru_task WHERE task_def_key_ = 'UserTask_ReviewIntake'")
                    .query(Long.class).single()).isEqualTo(sent.size() - leaving.size());
            assertThat(db.sql("SELECT count(*) FROM act_ru_incident").query(Long.class).single()).isZero();
            // Process jobs only: the engine's history-cleanup job lives on and succeeds under one id every run.
            assertThat(db.sql("""
                    SELECT job_id_ || ' ' || job_def_type_ || ' ' || count(*) FROM act_hi_job_log
                    WHERE job_state_ = 2 AND process_instance_id_ IS NOT NULL
                    GROUP BY job_id_, job_def_type_ HAVING count(*) > 1
                    """).query(String.class).list()).as("no process job succeeded twice").isEmpty();
            assertThat(db.sql("""
                    SELECT count(*) FROM act_hi_procinst
                    WHERE proc_def_key_ = 'trajectory-closure' AND state_ = 'COMPLETED'
                    """).query(Long.class).single()).as("one closure per departure, each completed")
                    .isEqualTo(leaving.size());
            System.out.printf("crash-recovery: %d of %d process jobs left by the kill succeeded after restart; "
                    + "%d departures (%d acknowledged before the kill) all closed, 0 jobs left, 0 incidents%n",
                    succeeded(db, processJobsAtKill), processJobsAtKill.size(), leaving.size(), leftAcknowledged.size());
        }
    }

    private static Reply leave(int port, String caseId) {
        return Http.as(PARTNER, PARTNER_PASSWORD, port).postJson("/api/cases/" + caseId + "/events/left-programme",
                "{\"eventId\": \"left-" + caseId + "\", \"reason\": \"MOVED_AWAY\"}");
    }

    private static long left(JdbcClient db) {
        return db.sql("""
                SELECT count(*) FROM buddyflow.case_event e JOIN buddyflow.buddy_case c ON c.id = e.case_id
                WHERE c.source = 'test-partner' AND e.event_type = 'LEFT_PROGRAMME'
                """).query(Long.class).single();
    }

    /** How many of these jobs have a successful execution in the job log. */
    private static long succeeded(JdbcClient db, List<String> jobIds) {
        if (jobIds.isEmpty()) {
            return 0;
        }
        return db.sql("SELECT count(DISTINCT job_id_) FROM act_hi_job_log WHERE job_state_ = 2 AND job_id_ IN (:ids)")
                .param("ids", jobIds).query(Long.class).single();
    }

    private static Map<String, Long> jobTypes(List<Map<String, Object>> jobs) {
        return jobs.stream().collect(Collectors.groupingBy(job -> job.get("type_") + "/" + job.get("handler_type_")
                + (Boolean.TRUE.equals(job.get("locked")) ? " locked" : " queued"), TreeMap::new, Collectors.counting()));
    }

    private static Map<String, String> environment() {
        return database.environment();
    }

    private static String[] organisation() {
        // A job locked by the killed node is free again after this; production keeps the 5-minute default.
        return new String[] {"--camunda.bpm.job-execution.lock-time-in-millis=15000",
                "--buddyflow.organisations[0].id=ocmw-gent",
                "--buddyflow.organisations[0].name=OCMW Gent", "--buddyflow.organisations[0].postal-codes[0]=9000"};
    }

    /** A partner system's technical account, created as an operator would in Admin. */
    private static void createPartner(int port) {
        Http admin = Http.as(ProductionDatabase.ADMIN, ProductionDatabase.ADMIN_PASSWORD, port);
        Reply user = admin.postJson("/engine-rest/user/create", """
                {"profile": {"id": "%s", "firstName": "Partner", "lastName": "System", "email": "p@example.org"},
                 "credentials": {"password": "%s"}}
                """.formatted(PARTNER, PARTNER_PASSWORD));
        assertThat(user.status()).as(user.toString()).isEqualTo(204);
        Reply member = admin.put("/engine-rest/group/integration/members/" + PARTNER);
        assertThat(member.status()).as(member.toString()).isEqualTo(204);
    }
}
