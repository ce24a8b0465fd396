package be.buddyflow.trajectory;

import java.time.Duration;
import java.time.Period;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Defaults of the active trajectory (application.yaml, {@code buddyflow.trajectory.*}); a case may
 * bring its own values. Parsed at start-up so that a wrong setting stops the application.
 */
@Component
public class ActiveTrajectorySettings {

    private final String duration;
    private final String meetingInterval;
    private final String meetingFollowUpAfter;

    public ActiveTrajectorySettings(@Value("${buddyflow.trajectory.duration:P6M}") String duration,
            @Value("${buddyflow.trajectory.meeting-interval:P14D}") String meetingInterval,
            @Value("${buddyflow.trajectory.meeting-follow-up-after:P7D}") String meetingFollowUpAfter) {
        this.duration = Period.parse(duration).toString();
        this.meetingInterval = days(meetingInterval);
        this.meetingFollowUpAfter = days(meetingFollowUpAfter);
    }

    /** A period (P6M): months are calendar months. */
    public String duration() {
        return duration;
    }

    /** A duration (P14D) for the engine's timers, which repeat it as a cycle. */
    public String meetingInterval() {
        return meetingInterval;
    }

    public String meetingFollowUpAfter() {
        return meetingFollowUpAfter;
    }

    private static String days(String value) {
        Duration parsed = Duration.parse(value);
        if (parsed.isNegative() || parsed.isZero()) {
            throw new IllegalArgumentException("Expected a positive duration: " + value);
        }
        return value;
    }
}
