package be.buddyflow.matching;

import java.util.Arrays;

/**
 * The baseline a coordinator would do by hand: longest waiting first, each newcomer takes the best
 * volunteer that still has a place. Fast and fair in order, but an early choice can take the only
 * volunteer a later newcomer could have had.
 */
final class GreedyCohort {

    private GreedyCohort() {
    }

    static int[] solve(CohortTable table) {
        int[] volunteerOf = new int[table.newcomerCount()];
        Arrays.fill(volunteerOf, CohortTable.NONE);
        int[] taken = new int[table.volunteerCount()];
        for (int i = 0; i < table.newcomerCount(); i++) {
            int best = CohortTable.NONE;
            int bestValue = Integer.MIN_VALUE;
            // Candidates ascend by volunteer id, so a strict > keeps the lowest id on a tie.
            for (int k = 0; k < table.candidateCount(i); k++) {
                int v = table.candidate(i, k);
                if (taken[v] < table.freeSlots(v) && table.value(i, k, taken[v]) > bestValue) {
                    best = v;
                    bestValue = table.value(i, k, taken[v]);
                }
            }
            if (best != CohortTable.NONE) {
                volunteerOf[i] = best;
                taken[best]++;
            }
        }
        return volunteerOf;
    }
}
