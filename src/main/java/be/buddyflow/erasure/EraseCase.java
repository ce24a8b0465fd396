package be.buddyflow.erasure;

import be.buddyflow.audit.Accessor;
import be.buddyflow.audit.AuditLog;
import be.buddyflow.audit.CaseAccess.Action;
import be.buddyflow.audit.CaseAccess.Channel;
import be.buddyflow.audit.CaseAccess.Purpose;
import be.buddyflow.audit.CaseAccess.Resource;
import be.buddyflow.casefile.EraseCaseFile;
import be.buddyflow.trajectory.CaseInstances;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases a person from Buddyflow after a four-eyes approval: the case file is anonymised and every
 * process instance of the case leaves the engine's runtime and history, in one transaction. What
 * stays: the anonymous case row, the audit trail, and the erasure request itself (ids and codes).
 */
@Service
public class EraseCase {

    private static final Logger LOG = LoggerFactory.getLogger(EraseCase.class);

    private final EraseCaseFile caseFile;
    private final CaseInstances instances;
    private final AuditLog audit;

    EraseCase(EraseCaseFile caseFile, CaseInstances instances, AuditLog audit) {
        this.caseFile = caseFile;
        this.instances = instances;
        this.audit = audit;
    }

    /** @param erasureInstance the approving instance, which stays as the record of the erasure */
    @Transactional
    public void erase(String caseId, String approvedBy, String erasureInstance) {
        if (!caseFile.anonymise(caseId, approvedBy)) {
            throw new IllegalStateException("No case " + caseId + " to erase");
        }
        int removed = instances.erase(caseId, erasureInstance);
        // Runs as a job, but on the approver's decision: the audit names them. Audit rows survive the erasure.
        audit.record(new Accessor(approvedBy, Channel.JOB), caseId, Action.WRITE, Resource.CASE_FILE, Purpose.ERASURE);
        LOG.info("case {} erased on approval of {}: case file anonymised, {} process instances removed",
                caseId, approvedBy, removed);
    }
}
