package be.buddyflow.volunteers.process;

import static be.buddyflow.trajectory.ProcessVariable.bool;
import static be.buddyflow.trajectory.ProcessVariable.integer;
import static be.buddyflow.trajectory.ProcessVariable.string;

import be.buddyflow.trajectory.ProcessVariable;

/**
 * {@code bpmn/volunteer-onboarding.bpmn}: its key, task ids and variables. Business key = volunteer id.
 * Outcome variables take CONTINUE or STOP; a STOP comes with {@link #ARCHIVE_REASON}.
 */
public final class VolunteerOnboardingProcess {

    public static final String KEY = "volunteer-onboarding";

    public static final String USER_TASK_CONDUCT_INTAKE_INTERVIEW = "UserTask_ConductIntakeInterview";
    public static final String USER_TASK_CHECK_CRIMINAL_RECORD = "UserTask_CheckCriminalRecord";
    public static final String USER_TASK_CONFIRM_TRAINING = "UserTask_ConfirmTraining";
    public static final String USER_TASK_REGISTER_AGREEMENT = "UserTask_RegisterAgreement";
    public static final String USER_TASK_HOLD_SUPERVISION = "UserTask_HoldSupervision";

    public static final String CONTINUE = "CONTINUE";
    public static final String STOP = "STOP";

    public static final ProcessVariable<String> VOLUNTEER_ID = string("volunteerId");
    /** First name, languages and area, shown in the coordinator's forms; no contact details. */
    public static final ProcessVariable<String> VOLUNTEER_NAME = string("volunteerName");
    public static final ProcessVariable<String> VOLUNTEER_LANGUAGES = string("volunteerLanguages");
    public static final ProcessVariable<String> VOLUNTEER_AREA = string("volunteerArea");
    /** ISO 8601 duration between supervisions (buddyflow.volunteers.supervision-interval). */
    public static final ProcessVariable<String> SUPERVISION_INTERVAL = string("supervisionInterval");

    public static final ProcessVariable<String> INTERVIEW_OUTCOME = string("interviewOutcome");
    public static final ProcessVariable<Boolean> CONTACT_WITH_MINORS = bool("contactWithMinors");
    public static final ProcessVariable<Integer> CAPACITY = integer("capacity");

    /** VALID, or STOP when the extract is missing or not acceptable. */
    public static final ProcessVariable<String> SCREENING_OUTCOME = string("screeningOutcome");
    public static final ProcessVariable<String> SCREENING_CHECKED_ON = string("screeningCheckedOn");
    public static final ProcessVariable<String> SCREENING_VALID_UNTIL = string("screeningValidUntil");

    public static final ProcessVariable<String> TRAINING_OUTCOME = string("trainingOutcome");
    public static final ProcessVariable<String> TRAINING_COMPLETED_ON = string("trainingCompletedOn");

    public static final ProcessVariable<String> AGREEMENT_OUTCOME = string("agreementOutcome");
    public static final ProcessVariable<String> AGREEMENT_SIGNED_ON = string("agreementSignedOn");

    /** ACTIVE, PAUSED or ARCHIVED (one of {@code volunteers.VolunteerStatus}). */
    public static final ProcessVariable<String> SUPERVISION_OUTCOME = string("supervisionOutcome");
    public static final ProcessVariable<String> SUPERVISION_HELD_ON = string("supervisionHeldOn");

    /** One of {@code volunteers.ArchiveReason}. */
    public static final ProcessVariable<String> ARCHIVE_REASON = string("archiveReason");

    private VolunteerOnboardingProcess() {
    }
}
