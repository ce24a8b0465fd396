package be.buddyflow.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private final WorkingDays calendar = WorkingDays.withClosingDays();

    @Test
    void belgianPublicHolidaysOf2026IncludeTheThreeThatFollowEaster() {
        assertThat(WorkingDays.publicHolidays(2026)).containsExactly(
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 4, 6),    // Paasmaandag (Easter Sunday 5 April)
                LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 14),   // O.-H.-Hemelvaart, 39 days after Easter
                LocalDate.of(2026, 5, 25),   // Pinkstermaandag, 50 days after Easter
                LocalDate.of(2026, 7, 21),
                LocalDate.of(2026, 8, 15),
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 11),
                LocalDate.of(2026, 12, 25));
    }

    @Test
    void easterFollowsTheGregorianComputus() {
        assertThat(WorkingDays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(WorkingDays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(WorkingDays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(WorkingDays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
        assertThat(WorkingDays.publicHolidays(2025)).contains(LocalDate.of(2025, 4, 21), LocalDate.of(2025, 5, 29),
                LocalDate.of(2025, 6, 9));
    }

    @Test
    void weekendsHolidaysAndClosingDaysAreNoWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 3))).as("Good Friday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 4))).as("Saturday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 5))).as("Easter Sunday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 6))).as("Easter Monday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 5, 14))).as("Ascension").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 5, 25))).as("Whit Monday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 24))).isTrue();
        assertThat(WorkingDays.withClosingDays(LocalDate.of(2026, 12, 24)).isWorkingDay(LocalDate.of(2026, 12, 24)))
                .as("closing day of the organisation").isFalse();
    }

    @Test
    void countingSkipsEveryDayThatIsNotAWorkingDay() {
        // Recognised on Thursday before Easter: Friday 1, (weekend, Easter Monday), Tuesday 2, Wednesday 3.
        assertThat(calendar.plus(LocalDate.of(2026, 4, 2), 3)).isEqualTo(LocalDate.of(2026, 4, 8));
        // Ascension Thursday and the weekend are skipped: Friday 15, Monday 18, Tuesday 19 May.
        assertThat(calendar.plus(LocalDate.of(2026, 5, 13), 3)).isEqualTo(LocalDate.of(2026, 5, 19));
        assertThat(calendar.plus(LocalDate.of(2026, 5, 22), 1)).as("over Whit Monday").isEqualTo(LocalDate.of(2026, 5, 26));
        assertThat(calendar.plus(LocalDate.of(2026, 4, 7), -1)).as("back over Easter Monday").isEqualTo(LocalDate.of(2026, 4, 3));
        assertThat(calendar.plus(LocalDate.of(2026, 4, 4), 0)).isEqualTo(LocalDate.of(2026, 4, 4));
        assertThat(WorkingDays.withClosingDays(LocalDate.of(2026, 4, 7)).plus(LocalDate.of(2026, 4, 2), 3))
                .isEqualTo(LocalDate.of(2026, 4, 9));
    }

    @Test
    void closingDaysComeFromConfigurationAsIsoDates() {
        WorkingDays configured = new WorkingDays(List.of(" 2026-12-24", "2026-12-31 ", ""));
        assertThat(configured.isWorkingDay(LocalDate.of(2026, 12, 31))).isFalse();
        assertThatThrownBy(() -> new WorkingDays(List.of("24/12/2026"))).isInstanceOf(RuntimeException.class);
    }

    @Test
    void timelineGivesDueDatesAndWarningsInBelgianTime() {
        HousingTimeline timeline = HousingTimeline.of(calendar, 1, 10);
        assertThat(timeline.conversation(LocalDate.of(2026, 4, 2)))
                .isEqualTo(new HousingTimeline.Deadline("2026-04-08T17:00:00+02:00", "2026-04-07T09:00:00+02:00"));
        assertThat(timeline.choice(LocalDate.of(2026, 12, 23)).dueAt()).as("over Christmas, winter time")
                .isEqualTo("2026-12-29T17:00:00+01:00");
        HousingTimeline.Stay stay = timeline.stay(LocalDate.of(2026, 4, 15), 2);
        assertThat(stay.endsOn()).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(stay.decideFrom()).isEqualTo("2026-06-01T09:00:00+02:00");
        assertThat(stay.decision().dueAt()).isEqualTo("2026-06-12T17:00:00+02:00");
        assertThat(timeline.rentalDeposit(LocalDate.of(2026, 5, 16)).dueAt()).as("15 August is a holiday, 16 a Sunday")
                .isEqualTo("2026-08-14T17:00:00+02:00");
        assertThat(HousingTimeline.canExtend(3)).isTrue();
        assertThat(HousingTimeline.canExtend(4)).isFalse();
        assertThat(HousingTimeline.isExceptional(3)).isFalse();
        assertThat(HousingTimeline.isExceptional(4)).isTrue();
        assertThatThrownBy(() -> HousingTimeline.of(calendar, 0, 10)).isInstanceOf(IllegalStateException.class);
    }
}
