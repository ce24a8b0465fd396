package be.buddyflow.audit;

import java.time.OffsetDateTime;
import java.util.List;

import be.buddyflow.audit.CaseAccess.Action;
import be.buddyflow.audit.CaseAccess.Channel;
import be.buddyflow.audit.CaseAccess.Purpose;
import be.buddyflow.audit.CaseAccess.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The access audit of case files (table {@code case_access}, append-only in the database). Every
 * read, write and export of a case's data records who, when, which case, which part, why and how.
 * <p>
 * A record joins the caller's transaction: a write that rolls back leaves no audit row, and an audit
 * row that cannot be written fails the access. Inside a read-only transaction (a read with nothing
 * else to write) the row gets its own transaction, so reads are audited all the same.
 */
@Service
public class AuditLog {

    public static final int MAX_PAGE_SIZE = 200;

    private final JdbcClient jdbc;
    private final CurrentAccessor currentAccessor;
    private final TransactionTemplate ownTransaction;

    AuditLog(JdbcClient jdbc, CurrentAccessor currentAccessor, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.currentAccessor = currentAccessor;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public void read(String caseId, Resource resource, Purpose purpose) {
        record(currentAccessor.current(), caseId, Action.READ, resource, purpose);
    }

    public void write(String caseId, Resource resource, Purpose purpose) {
        record(currentAccessor.current(), caseId, Action.WRITE, resource, purpose);
    }

    public void export(String caseId, Resource resource, Purpose purpose) {
        record(currentAccessor.current(), caseId, Action.EXPORT, resource, purpose);
    }

    /** For callers that know better than the thread who acts (none yet besides tests). */
    public void record(Accessor accessor, String caseId, Action action, Resource resource, Purpose purpose) {
        if (caseId == null || caseId.isBlank()) {
            throw new IllegalArgumentException("An audited access needs the case id");
        }
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            ownTransaction.executeWithoutResult(status -> insert(accessor, caseId, action, resource, purpose));
        } else {
            insert(accessor, caseId, action, resource, purpose);
        }
    }

    /** The accesses to one case, newest first. */
    public AccessPage byCase(String caseId, int page, int size) {
        return query("case_id", caseId, page, size);
    }

    /** What one user (or {@code system}) accessed, newest first. */
    public AccessPage byUser(String userId, int page, int size) {
        return query("user_id", userId, page, size);
    }

    private void insert(Accessor accessor, String caseId, Action action, Resource resource, Purpose purpose) {
        jdbc.sql("""
                INSERT INTO buddyflow.case_access (user_id, case_id, action, resource, purpose, channel)
                VALUES (:userId, :caseId, :action, :resource, :purpose, :channel)
                """)
                .param("userId", accessor.userId())
                .param("caseId", caseId)
                .param("action", action.name())
                .param("resource", resource.name())
                .param("purpose", purpose.name())
                .param("channel", accessor.channel().name())
                .update();
    }

    /** {@code column} is one of two constants above, never caller input. */
    private AccessPage query(String column, String value, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page >= 0 and size 1.." + MAX_PAGE_SIZE);
        }
        long total = jdbc.sql("SELECT count(*) FROM buddyflow.case_access WHERE " + column + " = :value")
                .param("value", value)
                .query(Long.class)
                .single();
        List<CaseAccess> items = jdbc.sql("""
                SELECT id, at, user_id, case_id, action, resource, purpose, channel FROM buddyflow.case_access
                WHERE %s = :value ORDER BY id DESC LIMIT :limit OFFSET :offset
                """.formatted(column))
                .param("value", value)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> new CaseAccess(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class),
                        rs.getString("user_id"), rs.getString("case_id"), Action.valueOf(rs.getString("action")),
                        Resource.valueOf(rs.getString("resource")), Purpose.valueOf(rs.getString("purpose")),
                        Channel.valueOf(rs.getString("channel"))))
                .list();
        return new AccessPage(items, page, size, total);
    }

    /** One page of accesses, newest first, with the total to page through. */
    public record AccessPage(List<CaseAccess> items, int page, int size, long total) {
    }
}
