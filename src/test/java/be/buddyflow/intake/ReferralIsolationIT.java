package be.buddyflow.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import be.buddyflow.support.Http;
import be.buddyflow.support.Http.Reply;
import be.buddyflow.support.IntegrationTest;
import be.buddyflow.support.PartnerAccounts;
import be.buddyflow.support.Referrals;
import be.buddyflow.support.Volunteers;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 11, finding 3: a referral key belongs to the partner account that sends it. Two partner
 * accounts (the demo {@code intake-system} and a second one created as an operator would) send the
 * same source and external reference over real HTTP: each gets its own case, neither is refused or
 * answered with the other's case, and neither can read or report on the other's case, which answers
 * exactly like an unknown one.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferralIsolationIT {

    static final String PARTNER_A = "intake-system";
    static final String PARTNER_B = "partner-isolation";
    // Meets the password policy (on in the demo profile too): not the id, first or last name.
    static final String PARTNER_B_PASSWORD = "Kanaal-Acht-Sluis-4!";
    static final String UNKNOWN_CASE = "BF-1999-999999";

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HistoryService historyService;

    @BeforeAll
    void createSecondPartner() {
        PartnerAccounts.ensure(port, PARTNER_B, PARTNER_B_PASSWORD, "Isolatie");
    }

    /** Volunteer applications carry a partner's key too: the same isolation holds for them. */
    @Test
    void aVolunteerApplicationKeyBelongsToThePartnerThatSentIt() {
        String reference = "VOL-REF-" + System.nanoTime();
        Http partnerA = Http.as("intake-system", port);
        Http partnerB = Http.as(PARTNER_B, PARTNER_B_PASSWORD, port);
        Reply first = partnerA.postJson("/api/volunteers/applications", Volunteers.application(reference, "Anna"));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        // Other content under the same source and reference from another account: an application of its own.
        Reply other = partnerB.postJson("/api/volunteers/applications", Volunteers.application(reference, "Bert"));
        assertThat(other.status()).as(other.toString()).isEqualTo(201);
        assertThat(other.json().get("volunteerId").asText()).isNotEqualTo(first.json().get("volunteerId").asText());
        Reply retryB = partnerB.postJson("/api/volunteers/applications", Volunteers.application(reference, "Bert"));
        assertThat(retryB.status()).isEqualTo(200);
        assertThat(retryB.json().get("volunteerId").asText()).isEqualTo(other.json().get("volunteerId").asText());
        Reply retryA = partnerA.postJson("/api/volunteers/applications", Volunteers.application(reference, "Anna"));
        assertThat(retryA.json().get("volunteerId").asText()).isEqualTo(first.json().get("volunteerId").asText());
    }

    @Test
    void theSameReferralFromASecondPartnerOpensACaseOfItsOwn() {
        String body = Referrals.referral("shared-source", Referrals.uniqueReference(), "Isolated", "9000");

        Reply a = partnerA().postJson("/api/referrals", body);
        Reply b = partnerB().postJson("/api/referrals", body);

        assertThat(a.status()).as(a.toString()).isEqualTo(201);
        assertThat(b.status()).as("not A's case (200): " + b).isEqualTo(201);
        String caseA = a.json().get("caseId").asText();
        String caseB = b.json().get("caseId").asText();
        assertThat(caseB).isNotEqualTo(caseA);
        assertThat(b.location()).isEqualTo("/api/cases/" + caseB);
        assertThat(b.body()).doesNotContain(caseA);
        assertThat(trajectoriesOf(caseA)).isOne();
        assertThat(trajectoriesOf(caseB)).isOne();

        // Retries stay with each partner's own case.
        Reply againB = partnerB().postJson("/api/referrals", body);
        Reply againA = partnerA().postJson("/api/referrals", body);
        assertThat(againB.status()).isEqualTo(200);
        assertThat(againB.json().get("caseId").asText()).isEqualTo(caseB);
        assertThat(againA.status()).isEqualTo(200);
        assertThat(againA.json().get("caseId").asText()).isEqualTo(caseA);
    }

    @Test
    void otherContentUnderAnotherPartnersReferenceIsNoConflict() {
        String reference = Referrals.uniqueReference();
        String caseA = partnerA().postJson("/api/referrals", Referrals.referral("shared-source", reference, "First", "9000"))
                .json().get("caseId").asText();

        Reply b = partnerB().postJson("/api/referrals", Referrals.referral("shared-source", reference, "Other", "9000"));

        assertThat(b.status()).as("a 409 would tell B that A used the reference: " + b).isEqualTo(201);
        assertThat(b.body()).doesNotContain(caseA);
        String caseB = b.json().get("caseId").asText();

        // B's own conflict names only B's own case.
        Reply conflict = partnerB().postJson("/api/referrals",
                Referrals.referral("shared-source", reference, "Third", "9000"));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.body()).contains(caseB).doesNotContain(caseA);
    }

    @Test
    void aPartnerCannotTakeAReferenceBeforeTheRealPartnerSendsIt() {
        String reference = Referrals.uniqueReference();
        String squatted = partnerB().postJson("/api/referrals",
                Referrals.referral("fedasil", reference, "Squatter", "9000")).json().get("caseId").asText();

        Reply real = partnerA().postJson("/api/referrals", Referrals.referral("fedasil", reference, "Real", "9000"));

        assertThat(real.status()).as(real.toString()).isEqualTo(201);
        assertThat(real.json().get("caseId").asText()).isNotEqualTo(squatted);
        assertThat(jdbc.sql("SELECT family_name FROM buddyflow.buddy_case WHERE id = ?")
                .param(real.json().get("caseId").asText()).query(String.class).single()).isEqualTo("Real");
    }

    @Test
    void aReferenceAnotherPartnerUsedIsAnsweredLikeAFreshOne() {
        String used = Referrals.uniqueReference();
        assertThat(partnerA().postJson("/api/referrals", Referrals.referral("shared-source", used, "Used", "9000"))
                .status()).isEqualTo(201);

        Raw toUsed = raw(PARTNER_B, PARTNER_B_PASSWORD, "POST", "/api/referrals",
                Referrals.referral("shared-source", used, "Probe", "9000"));
        Raw toFresh = raw(PARTNER_B, PARTNER_B_PASSWORD, "POST", "/api/referrals",
                Referrals.referral("shared-source", Referrals.uniqueReference(), "Probe", "9000"));

        assertThat(toUsed.status()).isEqualTo(201).isEqualTo(toFresh.status());
        assertThat(toUsed.headerNames()).isEqualTo(toFresh.headerNames());
        assertThat(toUsed.maskedBody()).isEqualTo(toFresh.maskedBody());
    }

    @Test
    void concurrentReferralsOfTwoPartnersUnderOneKeyOpenOneCaseEach() throws Exception {
        String reference = Referrals.uniqueReference();
        String body = Referrals.referral("shared-source", reference, "Racing", "9000");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Reply>> calls = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                calls.add(() -> partnerA().postJson("/api/referrals", body));
                calls.add(() -> partnerB().postJson("/api/referrals", body));
            }
            List<Reply> replies = pool.invokeAll(calls).stream().map(ReferralIsolationIT::get).toList();

            assertThat(replies).extracting(Reply::status).containsOnly(200, 201);
            assertThat(replies).filteredOn(r -> r.status() == 201).hasSize(2);
            assertThat(replies).extracting(r -> r.json().get("caseId").asText()).containsOnly(
                    jdbc.sql("SELECT id FROM buddyflow.buddy_case WHERE external_reference = ? ORDER BY id")
                            .param(reference).query(String.class).list().toArray(String[]::new));
            assertThat(jdbc.sql("""
                    SELECT referred_by FROM buddyflow.buddy_case WHERE external_reference = ? ORDER BY referred_by""")
                    .param(reference).query(String.class).list()).containsExactly(PARTNER_A, PARTNER_B);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anotherPartnersCaseAnswersExactlyLikeAnUnknownCase() {
        String caseA = partnerA().postJson("/api/referrals",
                Referrals.referral("shared-source", Referrals.uniqueReference(), "Hidden", "9000")).json()
                .get("caseId").asText();
        assertThat(partnerA().get("/api/cases/" + caseA).status()).isEqualTo(200);

        assertSameAnswer(raw(PARTNER_B, PARTNER_B_PASSWORD, "GET", "/api/cases/" + caseA, null), caseA,
                raw(PARTNER_B, PARTNER_B_PASSWORD, "GET", "/api/cases/" + UNKNOWN_CASE, null));

        String recognition = """
                {"eventId": "EV-%s", "recognitionDate": "%s"}""".formatted(System.nanoTime(), LocalDate.now());
        assertSameAnswer(
                raw(PARTNER_B, PARTNER_B_PASSWORD, "POST", "/api/cases/" + caseA + "/events/recognition-granted",
                        recognition), caseA,
                raw(PARTNER_B, PARTNER_B_PASSWORD, "POST", "/api/cases/" + UNKNOWN_CASE + "/events/recognition-granted",
                        recognition));
        String leave = """
                {"eventId": "EV-%s", "reason": "MOVED_AWAY"}""".formatted(System.nanoTime());
        assertSameAnswer(
                raw(PARTNER_B, PARTNER_B_PASSWORD, "POST", "/api/cases/" + caseA + "/events/left-programme", leave),
                caseA,
                raw(PARTNER_B, PARTNER_B_PASSWORD, "POST", "/api/cases/" + UNKNOWN_CASE + "/events/left-programme", leave));

        // Nothing B sent reached A's case.
        assertThat(jdbc.sql("SELECT count(*) FROM buddyflow.case_event WHERE case_id = ?").param(caseA)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT status || '/' || coalesce(recognition_date::text, '-') FROM buddyflow.buddy_case WHERE id = ?")
                .param(caseA).query(String.class).single()).isEqualTo("OPEN/2026-11-20");
        assertThat(jdbc.sql("SELECT count(*) FROM buddyflow.case_access WHERE case_id = ? AND user_id = ?")
                .param(caseA).param(PARTNER_B).query(Long.class).single()).isZero();
    }

    private static void assertSameAnswer(Raw foreign, String foreignCaseId, Raw unknown) {
        assertThat(foreign.status()).as(foreign.body()).isEqualTo(404).isEqualTo(unknown.status());
        assertThat(foreign.headerNames()).isEqualTo(unknown.headerNames());
        assertThat(foreign.body().replace(foreignCaseId, "{caseId}"))
                .isEqualTo(unknown.body().replace(UNKNOWN_CASE, "{caseId}"));
    }

    private Http partnerA() {
        return Http.as(PARTNER_A, port);
    }

    private Http partnerB() {
        return Http.as(PARTNER_B, PARTNER_B_PASSWORD, port);
    }

    private long trajectoriesOf(String caseId) {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey("buddy-trajectory")
                .processInstanceBusinessKey(caseId).count();
    }

    /** Every header, for comparing two answers as a prober would (Http.Reply keeps only a few). */
    private Raw raw(String user, String password, String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Raw(response.statusCode(), new TreeSet<>(response.headers().map().keySet()), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Raw(int status, Set<String> headerNames, String body) {
        /** The body with case ids replaced, for comparing the shape of two answers. */
        String maskedBody() {
            return body.replaceAll("BF-\\d{4}-\\d{6}", "{caseId}");
        }
    }

    private static Reply get(Future<Reply> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
