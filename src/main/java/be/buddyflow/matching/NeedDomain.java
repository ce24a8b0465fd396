package be.buddyflow.matching;

/** Life domains a buddy can help with (domain.md, "Screening"). Psychosocial needs go to professionals. */
public enum NeedDomain {
    SOCIAL_NETWORK,
    HOUSING,
    WORK,
    LANGUAGE,
    ADMINISTRATION
}
