package be.buddyflow.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused administrator into the plain message an operator needs, not a stack trace. */
class InsecureAdministratorFailureAnalyzer extends AbstractFailureAnalyzer<InsecureAdministratorException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InsecureAdministratorException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set BUDDYFLOW_ADMIN_USER and BUDDYFLOW_ADMIN_PASSWORD (at least 12 characters with upper and "
                        + "lower case, a digit and a symbol, not containing the user id). See docs/operations.md.",
                cause);
    }
}
