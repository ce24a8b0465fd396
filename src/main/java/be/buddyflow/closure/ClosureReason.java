package be.buddyflow.closure;

/** Why a case closed (domain.md, "Closure"). */
public enum ClosureReason {
    COMPLETED,
    ENDED_EARLY,
    MOVED_AWAY,
    NOT_ELIGIBLE,
    REFERRED_ELSEWHERE
}
