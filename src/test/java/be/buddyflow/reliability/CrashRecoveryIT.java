package be.buddyflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

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
 * a resend of everything creates no duplicate, and the waiting tasks can be worked on.
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
            long waitingReviews = db.sql("""
                    SELECT count(*) FROM act_ru_task WHERE task_def_key_ = 'UserTask_ReviewIntake'
                    """).query(Long.class).single();
            assertThat(waitingReviews).as("every trajectory waits in its intake review").isEqualTo(stored.size());

            List<Integer> resent = new ArrayList<>();
            for (String reference : sent) {
                resent.add(Http.as(PARTNER, PARTNER_PASSWORD, restarted.port()).postJson("/api/referrals",
                        Referrals.gent(reference, "Crash" + reference)).status());
            }
            assertThat(resent).as("a resend after the crash: the old case (200) or a first arrival (201)")
                    .containsOnly(200, 201);
            assertThat(db.sql("SELECT count(*) FROM buddyflow.buddy_case WHERE source = 'test-partner'")
                    .query(Long.class).single()).as("no duplicate case").isEqualTo(sent.size());
            assertThat(db.sql("SELECT count(*) FROM act_ru_task WHERE task_def_key_ = 'UserTask_ReviewIntake'")
                    .query(Long.class).single()).isEqualTo(sent.size());
        }
    }

    private static Map<String, String> environment() {
        return database.environment();
    }

    private static String[] organisation() {
        return new String[] {"--buddyflow.organisations[0].id=ocmw-gent",
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
