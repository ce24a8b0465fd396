package be.buddyflow.duo;

import java.time.LocalDateTime;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * When the things of an active trajectory happen, all counted from its start: the end after the
 * planned duration, the mid-point evaluation halfway, and the coordinator's check-ins, twice in the
 * first month (day 14 and day 28) and then every month after the second (MENTOR standards), as long
 * as they fall before the end.
 */
public record TrajectorySchedule(LocalDateTime start, LocalDateTime end) {

    public static final int FIRST_CHECK_IN_DAY = 14;
    public static final int SECOND_CHECK_IN_DAY = 28;
    /** How long a coordinator has for a check-in once it is due. */
    public static final Period CHECK_IN_TERM = Period.ofDays(7);
    /** How long the volunteer and the social worker have for the mid-point evaluation. */
    public static final Period EVALUATION_TERM = Period.ofDays(14);

    public TrajectorySchedule {
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A trajectory ends after it starts: " + start + " / " + end);
        }
    }

    public static TrajectorySchedule plan(LocalDateTime start, Period duration) {
        LocalDateTime from = start.truncatedTo(ChronoUnit.MINUTES);
        return new TrajectorySchedule(from, from.plus(duration));
    }

    /** Halfway in days, at the start's time of day. */
    public LocalDateTime midpoint() {
        return start.plusDays(ChronoUnit.DAYS.between(start, end) / 2);
    }

    /** The n-th check-in (1-based), whether or not it falls before the end. */
    public LocalDateTime checkIn(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("Check-ins count from 1: " + number);
        }
        return switch (number) {
            case 1 -> start.plusDays(FIRST_CHECK_IN_DAY);
            case 2 -> start.plusDays(SECOND_CHECK_IN_DAY);
            default -> start.plusDays(SECOND_CHECK_IN_DAY).plusMonths(number - 2L);
        };
    }

    /** Whether the n-th check-in falls before the trajectory ends; the closure covers the last stretch. */
    public boolean hasCheckIn(int number) {
        return checkIn(number).isBefore(end);
    }
}
