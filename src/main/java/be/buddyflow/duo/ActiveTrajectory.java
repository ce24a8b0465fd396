package be.buddyflow.duo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import be.buddyflow.casefile.CaseFileRepository;
import be.buddyflow.casefile.CasePhase;
import be.buddyflow.matching.NeedDomain;
import be.buddyflow.notification.Notifications;
import be.buddyflow.volunteers.ReleaseVolunteer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/** The steps of an active buddy trajectory as they touch our tables: plan, log, remind, evaluate, end. */
@Service
public class ActiveTrajectory {

    static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");
    static final BigDecimal MIN_HOURS = new BigDecimal("0.5");
    static final BigDecimal MAX_HOURS = new BigDecimal("24");
    public static final int NOTE_MAX_LENGTH = 500;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final CaseFileRepository caseFiles;
    private final DuoRecords records;
    private final ReleaseVolunteer releaseVolunteer;
    private final Notifications notifications;
    private final Clock clock;

    /** The application has no shared Clock bean yet; tests hand one in through the other constructor. */
    @Autowired
    ActiveTrajectory(CaseFileRepository caseFiles, DuoRecords records, ReleaseVolunteer releaseVolunteer,
            Notifications notifications, ObjectProvider<Clock> clock) {
        this(caseFiles, records, releaseVolunteer, notifications, clock.getIfAvailable(() -> Clock.system(BELGIUM)));
    }

    public ActiveTrajectory(CaseFileRepository caseFiles, DuoRecords records, ReleaseVolunteer releaseVolunteer,
            Notifications notifications, Clock clock) {
        this.caseFiles = caseFiles;
        this.records = records;
        this.releaseVolunteer = releaseVolunteer;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** The case enters the active phase; its dates count from now. */
    public TrajectorySchedule start(String caseId, Period duration) {
        caseFiles.moveToPhase(caseId, CasePhase.ACTIVE);
        return TrajectorySchedule.plan(LocalDateTime.now(clock), duration);
    }

    public void logMeeting(String caseId, String volunteerId, LocalDate metOn, BigDecimal hours,
            Set<NeedDomain> domains, String note, String loggedBy) {
        if (metOn == null || metOn.isAfter(LocalDate.now(clock))) {
            throw DuoRefusal.meeting("meeting.future");
        }
        // The proof of participation runs from the first meeting: a meeting before it would contradict it.
        records.firstMeetingOn(caseId, volunteerId).filter(metOn::isBefore).ifPresent(first -> {
            throw DuoRefusal.meeting("meeting.beforeFirstMeeting", DAY.format(first));
        });
        if (hours == null || hours.compareTo(MIN_HOURS) < 0 || hours.compareTo(MAX_HOURS) > 0
                || hours.stripTrailingZeros().scale() > 1) {
            throw DuoRefusal.meeting("meeting.hours");
        }
        String trimmed = note == null || note.isBlank() ? null : note.strip();
        if (trimmed != null && trimmed.length() > NOTE_MAX_LENGTH) {
            throw DuoRefusal.meeting("meeting.note");
        }
        records.logMeeting(new Meeting(caseId, volunteerId, metOn, hours, Set.copyOf(domains), trimmed, loggedBy));
    }

    /** No meeting logged within the interval: a reminder through the outbox, if the volunteer has an account. */
    public void remindVolunteer(String caseId, String volunteerUser) {
        if (volunteerUser != null) {
            notifications.send(volunteerUser, Notifications.Template.MEETING_LOG_REMINDER, caseId);
        }
    }

    public void recordEvaluation(String caseId, String volunteerId, Perspective perspective, EvaluationRating rating,
            String recordedBy) {
        records.recordEvaluation(caseId, volunteerId, perspective, rating, recordedBy);
    }

    /** The duo ends and the volunteer's place is free; a retried job frees nothing twice. */
    public void complete(String caseId, String volunteerId) {
        releaseVolunteer.release(caseId, volunteerId, DuoEndReason.COMPLETED.name(), LocalDate.now(clock));
    }

    public void endEarly(String caseId, String volunteerId) {
        releaseVolunteer.release(caseId, volunteerId, DuoEndReason.ENDED_EARLY.name(), LocalDate.now(clock));
    }
}
