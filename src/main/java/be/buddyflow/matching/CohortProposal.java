package be.buddyflow.matching;

import java.util.List;

/**
 * A proposal for a waiting list, for the coordinator to review before anything is sent. Newcomers
 * appear in waiting order (longest first), assigned or not.
 */
public record CohortProposal(Method method, List<Assignment> assignments, List<Unmatched> unmatched, Totals totals) {

    public CohortProposal(Method method, List<Assignment> assignments, List<Unmatched> unmatched) {
        this(method, assignments, unmatched, Totals.of(assignments, unmatched));
    }

    public CohortProposal {
        assignments = List.copyOf(assignments);
        unmatched = List.copyOf(unmatched);
    }

    public enum Method {
        /** Most newcomers matched, then the highest total of score plus ageing bonus (min-cost flow). */
        OPTIMAL,
        /** Longest waiting first, each takes its best remaining volunteer: the baseline. */
        GREEDY
    }

    /** @param ageingBonus points this newcomer's waiting added to the objective (not to the shown score) */
    public record Assignment(NewcomerProfile newcomer, ScoredCandidate candidate, double ageingBonus) {

        public String caseId() {
            return newcomer.caseId();
        }

        public String volunteerId() {
            return candidate.volunteerId();
        }

        /** What the proposal maximises for this pair: score plus ageing bonus. */
        public double value() {
            return Scoring.points(centipoints(candidate.score()) + centipoints(ageingBonus));
        }
    }

    public record Unmatched(NewcomerProfile newcomer, UnmatchedReason reason) {

        public String caseId() {
            return newcomer.caseId();
        }
    }

    public enum UnmatchedReason {
        /** No volunteer in the pool meets every hard constraint: widen the pool, not the proposal. */
        NO_FEASIBLE_CANDIDATE("Geen geschikte vrijwilliger · Aucun bénévole possible · No feasible volunteer"),
        /** Feasible volunteers exist, but their free places went to other newcomers of this cohort. */
        CAPACITY_TAKEN("Plaatsen al toegewezen · Places déjà attribuées · Places taken by others");

        private final String label;

        UnmatchedReason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Sums over the proposal; summed in hundredths of a point so that two proposals compare exactly. */
    public record Totals(int matched, int unmatched, double score, double ageingBonus, double value) {

        static Totals of(List<Assignment> assignments, List<Unmatched> unmatched) {
            long score = 0;
            long bonus = 0;
            for (Assignment assignment : assignments) {
                score += centipoints(assignment.candidate().score());
                bonus += centipoints(assignment.ageingBonus());
            }
            return new Totals(assignments.size(), unmatched.size(), Scoring.points(score), Scoring.points(bonus),
                    Scoring.points(score + bonus));
        }
    }

    private static long centipoints(double points) {
        return Math.round(points * Scoring.CENTIPOINTS_PER_POINT);
    }
}
