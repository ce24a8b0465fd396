package be.buddyflow.workspace;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the case file holds, read for the case file tab; what each reader may see is CaseFileTab's. */
@Repository
class CaseFileFacts {

    private final JdbcClient jdbc;

    CaseFileFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Case> find(String caseId) {
        return jdbc.sql("""
                SELECT id, organisation_id, phase, given_name, family_name, date_of_birth, languages, postal_code,
                       municipality, phone, email, residence_status, recognition_date, reception_type, reception_name,
                       adults, children, consent_buddy_contact, created_at, closed_at
                FROM buddyflow.buddy_case WHERE id = :id
                """)
                .param("id", caseId)
                .query((rs, n) -> new Case(rs.getString("id"), rs.getString("organisation_id"), rs.getString("phase"),
                        rs.getString("given_name"), rs.getString("family_name"),
                        rs.getObject("date_of_birth", LocalDate.class),
                        List.of((String[]) rs.getArray("languages").getArray()), rs.getString("postal_code"),
                        rs.getString("municipality"), rs.getString("phone"), rs.getString("email"),
                        rs.getString("residence_status"), rs.getObject("recognition_date", LocalDate.class),
                        rs.getString("reception_type"), rs.getString("reception_name"),
                        rs.getObject("adults", Integer.class), rs.getObject("children", Integer.class),
                        rs.getBoolean("consent_buddy_contact"), rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("closed_at", OffsetDateTime.class)))
                .optional();
    }

    List<Decision> decisions(String caseId) {
        return jdbc.sql("""
                SELECT decision, reason, decided_at FROM buddyflow.case_decision WHERE case_id = :id
                ORDER BY decided_at, id
                """)
                .param("id", caseId)
                .query((rs, n) -> new Decision(rs.getString("decision"), rs.getString("reason"),
                        rs.getObject("decided_at", OffsetDateTime.class)))
                .list();
    }

    List<Duo> duos(String caseId) {
        return jdbc.sql("""
                SELECT d.started_on, d.first_meeting_on, d.ended_on, v.given_name, v.phone, v.email, v.user_id
                FROM buddyflow.duo d JOIN buddyflow.volunteer v ON v.id = d.volunteer_id
                WHERE d.case_id = :id ORDER BY d.started_on, v.id
                """)
                .param("id", caseId)
                .query((rs, n) -> new Duo(rs.getObject("started_on", LocalDate.class),
                        rs.getObject("first_meeting_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class),
                        rs.getString("given_name"), rs.getString("phone"), rs.getString("email"),
                        rs.getString("user_id")))
                .list();
    }

    List<MeetingRow> meetings(String caseId) {
        return jdbc.sql("""
                SELECT met_on, hours, domains FROM buddyflow.meeting_log WHERE case_id = :id ORDER BY met_on, id
                """)
                .param("id", caseId)
                .query((rs, n) -> new MeetingRow(rs.getObject("met_on", LocalDate.class), rs.getBigDecimal("hours"),
                        List.of((String[]) rs.getArray("domains").getArray())))
                .list();
    }

    List<Request> requests(String caseId) {
        return jdbc.sql("""
                SELECT kind, raised_for, reason, text, raised_at FROM buddyflow.duo_request WHERE case_id = :id
                ORDER BY raised_at, id
                """)
                .param("id", caseId)
                .query((rs, n) -> new Request(rs.getString("kind"), rs.getString("raised_for"), rs.getString("reason"),
                        rs.getString("text"), rs.getObject("raised_at", OffsetDateTime.class)))
                .list();
    }

    List<Consent> consentsInForce(String caseId) {
        return jdbc.sql("""
                SELECT purpose, organisation, recorded_at FROM buddyflow.consent
                WHERE case_id = :id AND withdrawn_at IS NULL ORDER BY id
                """)
                .param("id", caseId)
                .query((rs, n) -> new Consent(rs.getString("purpose"), rs.getString("organisation"),
                        rs.getObject("recorded_at", OffsetDateTime.class)))
                .list();
    }

    Optional<Screening> screening(String caseId) {
        return jdbc.sql("SELECT need_domains, gender_preference FROM buddyflow.screening WHERE case_id = :id")
                .param("id", caseId)
                .query((rs, n) -> new Screening(List.of((String[]) rs.getArray("need_domains").getArray()),
                        rs.getString("gender_preference")))
                .optional();
    }

    record Case(String id, String organisationId, String phase, String givenName, String familyName,
            LocalDate dateOfBirth, List<String> languages, String postalCode, String municipality, String phone,
            String email, String residenceStatus, LocalDate recognitionDate, String receptionType,
            String receptionName, Integer adults, Integer children, boolean consentBuddyContact,
            OffsetDateTime createdAt, OffsetDateTime closedAt) {
    }

    record Decision(String decision, String reason, OffsetDateTime decidedAt) {
    }

    record Duo(LocalDate startedOn, LocalDate firstMeetingOn, LocalDate endedOn, String volunteerFirstName,
            String volunteerPhone, String volunteerEmail, String volunteerUser) {
    }

    record MeetingRow(LocalDate metOn, BigDecimal hours, List<String> domains) {
    }

    record Request(String kind, String raisedFor, String reason, String text, OffsetDateTime raisedAt) {
    }

    record Consent(String purpose, String organisation, OffsetDateTime recordedAt) {
    }

    record Screening(List<String> needDomains, String genderPreference) {
    }
}
