package be.buddyflow.duo;

/** Whose view an evaluation gives, or who raised a request about a duo. */
public enum Perspective {
    VOLUNTEER,
    /** The newcomer, through the social worker of the case. */
    NEWCOMER
}
