package be.buddyflow.closure;

import be.buddyflow.casefile.CaseFileRepository;
import org.springframework.stereotype.Service;

@Service
public class CloseCase {

    private final CaseFileRepository caseFiles;

    CloseCase(CaseFileRepository caseFiles) {
        this.caseFiles = caseFiles;
    }

    public void close(String caseId, ClosureReason reason) {
        caseFiles.close(caseId, reason.name());
    }
}
