package be.buddyflow.casefile;

/** What a newcomer consents to, each on its own (domain.md, data protection). */
public enum ConsentPurpose {
    /** Help by the organisation's social workers: the reason the case exists. */
    SERVICES,
    /** Being contacted by a volunteer buddy. */
    BUDDY_CONTACT,
    /** Being counted in reports. */
    REPORTING,
    /** The case shared with a named partner organisation. */
    SHARING
}
