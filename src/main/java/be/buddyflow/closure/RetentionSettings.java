package be.buddyflow.closure;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code buddyflow.retention}: how long a closed case file is kept before it may be erased. domain.md
 * asks for a retention decision but names no period; five years is our default (docs/processes.md, "Afsluiting").
 */
@ConfigurationProperties("buddyflow.retention")
public record RetentionSettings(@DefaultValue("P5Y") Period caseFile) {

    public RetentionSettings {
        if (caseFile.isNegative() || caseFile.isZero()) {
            throw new IllegalStateException("buddyflow.retention.case-file must be a positive period, not " + caseFile);
        }
    }
}
