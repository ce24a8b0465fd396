package be.buddyflow.closure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Sets until when a closed case file is kept: the closed date plus the configured period. */
@Service
public class CaseRetention {

    /** Dates of Belgian cases are Belgian dates, whatever the server's zone. */
    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final JdbcClient jdbc;
    private final RetentionSettings settings;

    CaseRetention(JdbcClient jdbc, RetentionSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /**
     * Derived from the stored closed date, so running it again gives the same date.
     *
     * @return the date until which the case file is kept
     */
    public LocalDate retain(String caseId) {
        OffsetDateTime closedAt = jdbc.sql("SELECT closed_at FROM buddyflow.buddy_case WHERE id = :id AND status = 'CLOSED'")
                .param("id", caseId)
                .query(OffsetDateTime.class)
                .optional()
                .orElseThrow(() -> new IllegalStateException("Case " + caseId + " is not closed: no retention to set"));
        LocalDate retainUntil = closedAt.atZoneSameInstant(BRUSSELS).toLocalDate().plus(settings.caseFile());
        jdbc.sql("UPDATE buddyflow.buddy_case SET retain_until = :retainUntil WHERE id = :id")
                .param("retainUntil", retainUntil).param("id", caseId)
                .update();
        return retainUntil;
    }
}
