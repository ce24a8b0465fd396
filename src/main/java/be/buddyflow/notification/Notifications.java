package be.buddyflow.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The outbox of messages to people outside Tasklist: reminders to a volunteer, thanks at closure.
 * Writing to it joins the caller's transaction, so a message exists exactly when the step that
 * caused it committed; delivery (mail relay) reads unsent rows and stamps them.
 */
@Service
public class Notifications {

    private final JdbcClient jdbc;

    Notifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void send(String recipientUser, Template template, String caseId) {
        jdbc.sql("INSERT INTO buddyflow.notification (recipient_user, template, case_id) VALUES (:user, :template, :caseId)")
                .param("user", recipientUser).param("template", template.name()).param("caseId", caseId)
                .update();
    }

    /** How many messages of this template went to this person for this case; for tests and reports. */
    public int count(String recipientUser, Template template, String caseId) {
        return jdbc.sql("""
                SELECT count(*) FROM buddyflow.notification
                WHERE recipient_user = :user AND template = :template AND case_id = :caseId
                """)
                .param("user", recipientUser).param("template", template.name()).param("caseId", caseId)
                .query(Integer.class).single();
    }

    /** What a message says is rendered at delivery from its template, in the recipient's language. */
    public enum Template {
        /** No meeting logged within the expected interval. */
        MEETING_LOG_REMINDER,
        /** The trajectory closed: thanks, with the hours given. */
        VOLUNTEER_THANKS,
        /** A housing transition deadline is near. */
        HOUSING_DEADLINE_APPROACHING
    }
}
