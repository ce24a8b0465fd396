package be.buddyflow.duo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.Period;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class TrajectoryScheduleTest {

    private static final LocalDateTime START = LocalDateTime.of(2027, 1, 31, 18, 45, 12);

    @Test
    void endAndMidpointFollowTheDurationInCalendarTerms() {
        TrajectorySchedule schedule = TrajectorySchedule.plan(START, Period.ofMonths(6));

        assertThat(schedule.start()).isEqualTo(LocalDateTime.of(2027, 1, 31, 18, 45));
        assertThat(schedule.end()).isEqualTo(LocalDateTime.of(2027, 7, 31, 18, 45));
        assertThat(schedule.midpoint()).isEqualTo(LocalDateTime.of(2027, 5, 1, 18, 45));
    }

    @Test
    void checkInsAreOnDay14And28ThenMonthlyAndOnlyBeforeTheEnd() {
        TrajectorySchedule schedule = TrajectorySchedule.plan(START, Period.ofMonths(3));

        assertThat(schedule.checkIn(1)).isEqualTo(LocalDateTime.of(2027, 2, 14, 18, 45));
        assertThat(schedule.checkIn(2)).isEqualTo(LocalDateTime.of(2027, 2, 28, 18, 45));
        assertThat(schedule.checkIn(3)).isEqualTo(LocalDateTime.of(2027, 3, 28, 18, 45));
        assertThat(IntStream.rangeClosed(1, 10).filter(schedule::hasCheckIn).count()).isEqualTo(4);
    }

    @Test
    void aShortTrajectoryHasNoCheckInAfterItsEnd() {
        TrajectorySchedule schedule = TrajectorySchedule.plan(START, Period.ofDays(10));

        assertThat(schedule.hasCheckIn(1)).isFalse();
        assertThatThrownBy(() -> schedule.checkIn(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrajectorySchedule.plan(START, Period.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
