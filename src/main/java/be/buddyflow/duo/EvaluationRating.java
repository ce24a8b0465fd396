package be.buddyflow.duo;

/** How a duo is going, as the volunteer or the newcomer (through the social worker) sees it. */
public enum EvaluationRating {
    GOING_WELL,
    SOME_DIFFICULTIES,
    NOT_WORKING
}
