package be.buddyflow.duo;

/**
 * A duo that has not ended: the case, its volunteer, the volunteer's Tasklist account (null when
 * they have none) and the organisation that works the case.
 */
public record ActiveDuo(String caseId, String volunteerId, String volunteerUser, String organisationId) {
}
