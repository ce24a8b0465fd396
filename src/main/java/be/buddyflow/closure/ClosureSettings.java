package be.buddyflow.closure;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code buddyflow.closure}: the time the volunteer and the social worker get for their final
 * evaluation. domain.md sets no deadline; 14 days is our default.
 */
@ConfigurationProperties("buddyflow.closure")
public record ClosureSettings(@DefaultValue("P14D") Period evaluationDeadline) {
}
