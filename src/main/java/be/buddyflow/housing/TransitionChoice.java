package be.buddyflow.housing;

/** What the newcomer chose within three working days of the transition conversation (Fedasil, 10 April 2020). */
public enum TransitionChoice {
    /** Transition in individual reception (LOI/ILA): two months, +1, exceptionally up to four. */
    INDIVIDUAL_RECEPTION,
    /** Leave the reception network now, with food cheques covering two months. */
    LEAVE_EARLY
}
