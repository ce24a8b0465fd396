package be.buddyflow.volunteers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import be.buddyflow.matching.VolunteerCandidate;
import be.buddyflow.support.Http;
import be.buddyflow.support.IntegrationTest;
import be.buddyflow.support.Referrals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A closed trajectory gives the volunteer's place back to the pool, once, on PostgreSQL. */
@IntegrationTest
class ReleaseVolunteerIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MatchProposals proposals;

    @Autowired
    VolunteerPool pool;

    @Autowired
    ReleaseVolunteer releaseVolunteer;

    @Test
    void aFullVolunteerIsMatchableAgainOnceTheDuoEnds() {
        String caseId = referGentCase();
        String volunteerId = activeVolunteerWithOnePlace();
        assertThat(proposals.formDuo(caseId, volunteerId, LocalDate.of(2026, 6, 1))).isTrue();
        assertThat(availableIds()).as("a duo takes the only place").doesNotContain(volunteerId);

        boolean released = releaseVolunteer.release(caseId, volunteerId, "COMPLETED", LocalDate.of(2026, 12, 1));

        assertThat(released).isTrue();
        assertThat(availableIds()).as("back in the pool").contains(volunteerId);
        assertThat(jdbc.sql("SELECT status || ' ' || current_load FROM buddyflow.volunteer WHERE id = ?")
                .param(volunteerId).query(String.class).single()).isEqualTo("ACTIVE 0");
        assertThat(jdbc.sql("SELECT ended_on || ' ' || end_reason FROM buddyflow.duo WHERE case_id = ? AND volunteer_id = ?")
                .params(caseId, volunteerId).query(String.class).single()).isEqualTo("2026-12-01 COMPLETED");
    }

    @Test
    void releasingAgainChangesNothing() {
        String caseId = referGentCase();
        String volunteerId = activeVolunteerWithOnePlace();
        proposals.formDuo(caseId, volunteerId, LocalDate.of(2026, 6, 1));
        String otherCase = referGentCase();
        jdbc.sql("UPDATE buddyflow.volunteer SET capacity = 2 WHERE id = ?").param(volunteerId).update();
        proposals.formDuo(otherCase, volunteerId, LocalDate.of(2026, 7, 1));
        releaseVolunteer.release(caseId, volunteerId, "ENDED_EARLY", LocalDate.of(2026, 9, 1));

        boolean again = releaseVolunteer.release(caseId, volunteerId, "COMPLETED", LocalDate.of(2026, 12, 1));

        assertThat(again).as("a retried job").isFalse();
        assertThat(jdbc.sql("SELECT current_load FROM buddyflow.volunteer WHERE id = ?").param(volunteerId)
                .query(Integer.class).single()).as("the other duo keeps its place").isOne();
        assertThat(jdbc.sql("SELECT end_reason FROM buddyflow.duo WHERE case_id = ?").param(caseId)
                .query(String.class).single()).as("the first end stands").isEqualTo("ENDED_EARLY");
        assertThat(releaseVolunteer.release(referGentCase(), volunteerId, "COMPLETED", LocalDate.of(2026, 12, 1)))
                .as("a case without a duo with this volunteer").isFalse();
    }

    @Test
    void aPausedVolunteerStaysOutOfThePoolAfterRelease() {
        String caseId = referGentCase();
        String volunteerId = activeVolunteerWithOnePlace();
        proposals.formDuo(caseId, volunteerId, LocalDate.of(2026, 6, 1));
        pool.recordSupervision(volunteerId, LocalDate.of(2026, 8, 1), VolunteerStatus.PAUSED);

        releaseVolunteer.release(caseId, volunteerId, "MOVED_AWAY", LocalDate.of(2026, 9, 1));

        assertThat(availableIds()).as("the coordinator's pause stands").doesNotContain(volunteerId);
        assertThat(jdbc.sql("SELECT status || ' ' || current_load FROM buddyflow.volunteer WHERE id = ?")
                .param(volunteerId).query(String.class).single()).isEqualTo("PAUSED 0");
    }

    private java.util.List<String> availableIds() {
        return pool.available().stream().map(VolunteerCandidate::volunteerId).toList();
    }

    private String referGentCase() {
        return Http.as("intake-system", port).postJson("/api/referrals",
                Referrals.gent(Referrals.uniqueReference(), "Release")).json().get("caseId").asText();
    }

    private String activeVolunteerWithOnePlace() {
        String id = "VOL-R" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                INSERT INTO buddyflow.volunteer (id, source, external_reference, request_fingerprint, status, given_name,
                    family_name, email, postal_code, gender, age_band, availability, interests, domains, capacity)
                VALUES (:id, 'release-it', :id, repeat('0', 64), 'ACTIVE', 'Rik', 'Test', 'rik@example.org', '9000',
                    'MAN', 'FROM_25_TO_39', '{EVENINGS}', '{}', '{}', 1)
                """)
                .param("id", id)
                .update();
        jdbc.sql("INSERT INTO buddyflow.volunteer_language (volunteer_id, language, level) VALUES (?, 'nl', 'NATIVE')")
                .param(id).update();
        return id;
    }
}
