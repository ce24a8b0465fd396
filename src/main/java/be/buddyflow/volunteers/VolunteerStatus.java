package be.buddyflow.volunteers;

/** Where a volunteer stands (volunteer-management practice: statuses with reasons). */
public enum VolunteerStatus {
    APPLICANT,
    IN_SCREENING,
    ACTIVE,
    PAUSED,
    ARCHIVED
}
