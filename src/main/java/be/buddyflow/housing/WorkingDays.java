package be.buddyflow.housing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The business calendar of Belgian social services: Monday to Friday, minus the ten legal public
 * holidays (three of them follow Easter) and the organisation's own closing days
 * ({@code buddyflow.housing.closing-days}, ISO dates, e.g. the days between Christmas and New Year).
 * Fedasil counts its transition deadlines in these working days.
 */
@Component
public class WorkingDays {

    private static final List<MonthDay> FIXED_HOLIDAYS = List.of(
            MonthDay.of(1, 1),    // Nieuwjaar
            MonthDay.of(5, 1),    // Dag van de Arbeid
            MonthDay.of(7, 21),   // Nationale feestdag
            MonthDay.of(8, 15),   // O.-L.-V.-Hemelvaart
            MonthDay.of(11, 1),   // Allerheiligen
            MonthDay.of(11, 11),  // Wapenstilstand
            MonthDay.of(12, 25)); // Kerstmis

    private final Set<LocalDate> closingDays;

    WorkingDays(@Value("${buddyflow.housing.closing-days:}") List<String> closingDays) {
        // Parsed here so that a mistyped date stops start-up instead of shifting a deadline later.
        this.closingDays = closingDays.stream().map(String::strip).filter(day -> !day.isEmpty())
                .map(LocalDate::parse).collect(Collectors.toUnmodifiableSet());
    }

    public static WorkingDays withClosingDays(LocalDate... closingDays) {
        return new WorkingDays(Arrays.stream(closingDays).map(LocalDate::toString).toList());
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !isPublicHoliday(day) && !closingDays.contains(day);
    }

    /** The n-th working day after {@code day} (n > 0), or before it (n < 0); {@code day} itself never counts. */
    public LocalDate plus(LocalDate day, int workingDays) {
        int step = workingDays < 0 ? -1 : 1;
        LocalDate result = day;
        for (int left = Math.abs(workingDays); left > 0; ) {
            result = result.plusDays(step);
            if (isWorkingDay(result)) {
                left--;
            }
        }
        return result;
    }

    public static boolean isPublicHoliday(LocalDate day) {
        return publicHolidays(day.getYear()).contains(day);
    }

    /** The Belgian legal public holidays of a year. */
    public static Set<LocalDate> publicHolidays(int year) {
        Set<LocalDate> days = new TreeSet<>();
        FIXED_HOLIDAYS.forEach(monthDay -> days.add(monthDay.atYear(year)));
        LocalDate easter = easterSunday(year);
        days.add(easter.plusDays(1));   // Paasmaandag
        days.add(easter.plusDays(39));  // O.-H.-Hemelvaart
        days.add(easter.plusDays(50));  // Pinkstermaandag
        return days;
    }

    /** Gregorian Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, dayOfMonth);
    }
}
