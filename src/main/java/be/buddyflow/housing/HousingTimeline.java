package be.buddyflow.housing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The deadlines of the move from collective reception (Fedasil instruction of 10 April 2020, OCMW
 * practice), as moments in Belgian time: a task is due at the end of office hours of its last day,
 * and its warning goes out at the start of office hours {@code buddyflow.housing.warning-working-days}
 * working days before.
 */
@Component
public class HousingTimeline {

    public static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");
    static final LocalTime END_OF_OFFICE_HOURS = LocalTime.of(17, 0);
    static final LocalTime START_OF_OFFICE_HOURS = LocalTime.of(9, 0);

    /** Conversation with the social worker by the 3rd working day after recognition. */
    public static final int CONVERSATION_WORKING_DAYS = 3;
    /** The newcomer chooses within 3 working days of the conversation. */
    public static final int CHOICE_WORKING_DAYS = 3;
    public static final int INITIAL_STAY_MONTHS = 2;
    /** +1 month, then exceptionally one more: never beyond 4 months. */
    public static final int MAXIMUM_STAY_MONTHS = 4;
    /** Apply for a rental deposit (OCMW guarantee, Woningfonds loan) within 3 months of signing the lease. */
    public static final int RENTAL_DEPOSIT_MONTHS = 3;

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final WorkingDays workingDays;
    private final int warningWorkingDays;
    private final int stayDecisionWorkingDays;

    HousingTimeline(WorkingDays workingDays,
            @Value("${buddyflow.housing.warning-working-days:1}") int warningWorkingDays,
            @Value("${buddyflow.housing.stay-decision-working-days:10}") int stayDecisionWorkingDays) {
        if (warningWorkingDays < 1 || stayDecisionWorkingDays < 1) {
            throw new IllegalStateException("buddyflow.housing: warning and stay decision need at least one working day");
        }
        this.workingDays = workingDays;
        this.warningWorkingDays = warningWorkingDays;
        this.stayDecisionWorkingDays = stayDecisionWorkingDays;
    }

    public static HousingTimeline of(WorkingDays workingDays, int warningWorkingDays, int stayDecisionWorkingDays) {
        return new HousingTimeline(workingDays, warningWorkingDays, stayDecisionWorkingDays);
    }

    public Deadline conversation(LocalDate recognitionDate) {
        return dueOn(workingDays.plus(recognitionDate, CONVERSATION_WORKING_DAYS));
    }

    public Deadline choice(LocalDate conversationHeldOn) {
        return dueOn(workingDays.plus(conversationHeldOn, CHOICE_WORKING_DAYS));
    }

    /**
     * A stay of {@code months} from {@code startsOn}: the social worker decides on an extension from
     * {@code stay-decision-working-days} before its end, and by the last working day before it.
     */
    public Stay stay(LocalDate startsOn, int months) {
        LocalDate endsOn = startsOn.plusMonths(months);
        return new Stay(endsOn, at(workingDays.plus(endsOn, -stayDecisionWorkingDays), START_OF_OFFICE_HOURS),
                dueOn(workingDays.plus(endsOn, -1)));
    }

    public Deadline rentalDeposit(LocalDate leaseSignedOn) {
        LocalDate last = leaseSignedOn.plusMonths(RENTAL_DEPOSIT_MONTHS);
        // Applications reach the OCMW on a working day: a deadline on a closed day moves back.
        return dueOn(workingDays.isWorkingDay(last) ? last : workingDays.plus(last, -1));
    }

    /** The move is due by the end of office hours of the moving day. */
    public String moveDue(LocalDate moveDate) {
        return at(moveDate, END_OF_OFFICE_HOURS);
    }

    /** Whether a stay of this many months can take one more month. */
    public static boolean canExtend(int months) {
        return months < MAXIMUM_STAY_MONTHS;
    }

    /** The month beyond 2 + 1 is granted only exceptionally, with a reason. */
    public static boolean isExceptional(int months) {
        return months > INITIAL_STAY_MONTHS + 1;
    }

    private Deadline dueOn(LocalDate day) {
        return new Deadline(at(day, END_OF_OFFICE_HOURS),
                at(workingDays.plus(day, -warningWorkingDays), START_OF_OFFICE_HOURS));
    }

    private static String at(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, BELGIUM).format(ISO);
    }

    /** ISO 8601 moments with offset, as timers and due dates of the engine take them. */
    public record Deadline(String dueAt, String warnAt) {
    }

    /** @param decideFrom when the extension decision task appears; {@code decision} its deadline */
    public record Stay(LocalDate endsOn, String decideFrom, Deadline decision) {
    }
}
