package be.buddyflow.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;

import be.buddyflow.matching.CohortProposal.Method;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The flow is checked against exhaustive search on small dense cohorts: with every candidate kept
 * it finds the best (most matched, then highest value) of all possible proposals.
 */
class OptimalityTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 60);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theFlowFindsWhatExhaustiveSearchFinds(long seed) {
        PoolGenerator generator = new PoolGenerator(seed);
        List<NewcomerProfile> newcomers = generator.newcomersNear(Profiles.GENT, 7);
        List<VolunteerCandidate> volunteers = generator.volunteersNear(Profiles.GENT, 5);
        CohortTable table = new CohortTable(new Scoring(MatchingSettings.defaults(), Profiles.TODAY), newcomers, volunteers);

        int[] greedy = GreedyCohort.solve(table);
        CohortProposal optimal = table.proposal(Method.OPTIMAL, OptimalCohort.solve(table, Integer.MAX_VALUE, greedy));

        Best best = new Search(table).best();
        assertThat(optimal.totals().matched()).isEqualTo(best.matched());
        assertThat(Math.round(optimal.totals().value() * Scoring.CENTIPOINTS_PER_POINT)).isEqualTo(best.value());
    }

    private record Best(int matched, long value) {

        boolean beats(Best other) {
            return matched != other.matched ? matched > other.matched : value > other.value;
        }
    }

    /** Every way to give each newcomer, in waiting order, a free volunteer or none. */
    private static final class Search {
        private final CohortTable table;
        private final int[] taken;
        private Best best = new Best(0, 0);

        Search(CohortTable table) {
            this.table = table;
            this.taken = new int[table.volunteerCount()];
        }

        Best best() {
            visit(0, 0, 0);
            return best;
        }

        private void visit(int newcomer, int matched, long value) {
            if (newcomer == table.newcomerCount()) {
                Best here = new Best(matched, value);
                if (here.beats(best)) {
                    best = here;
                }
                return;
            }
            visit(newcomer + 1, matched, value);
            for (int k = 0; k < table.candidateCount(newcomer); k++) {
                int v = table.candidate(newcomer, k);
                if (taken[v] < table.freeSlots(v)) {
                    long pair = table.value(newcomer, k, taken[v]);
                    taken[v]++;
                    visit(newcomer + 1, matched + 1, value + pair);
                    taken[v]--;
                }
            }
        }
    }
}
