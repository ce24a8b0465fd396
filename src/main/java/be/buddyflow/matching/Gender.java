package be.buddyflow.matching;

/** A volunteer's gender as they state it; used only for a newcomer's explicit preference. */
public enum Gender {
    WOMAN,
    MAN,
    NON_BINARY,
    UNDISCLOSED
}
