package be.buddyflow.matching;

/** A newcomer's wish about the buddy's gender: a preference, never a diagnosis (domain.md). */
public enum GenderPreference {
    NONE,
    WOMAN_ONLY,
    MAN_ONLY
}
