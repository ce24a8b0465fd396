package be.buddyflow.erasure;

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

    EraseCase(EraseCaseFile caseFile, CaseInstances instances) {
        this.caseFile = caseFile;
        this.instances = instances;
    }

    /** @param erasureInstance the approving instance, which stays as the record of the erasure */
    @Transactional
    public void erase(String caseId, String approvedBy, String erasureInstance) {
        if (!caseFile.anonymise(caseId, approvedBy)) {
            throw new IllegalStateException("No case " + caseId + " to erase");
        }
        int removed = instances.erase(caseId, erasureInstance);
        LOG.info("case {} erased on approval of {}: case file anonymised, {} process instances removed",
                caseId, approvedBy, removed);
    }
}
