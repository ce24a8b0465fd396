package be.buddyflow.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.LongSummaryStatistics;

import be.buddyflow.matching.CohortProposal.Totals;
import be.buddyflow.matching.MatchingEngine.Comparison;
import org.junit.jupiter.api.Test;

/**
 * What the optimal proposal gains over greedy one-by-one matching on one generated cohort, and
 * what the ageing bonus does to who is left waiting; the printed numbers are the ones in
 * docs/matching.md ("Optimal versus greedy", "Fairness").
 */
class OptimalVersusGreedyTest {

    static final long SEED = 20250303L;
    static final int NEWCOMERS = 800;
    static final int VOLUNTEERS = 1_600;

    private static final PoolGenerator GENERATOR = new PoolGenerator(SEED);
    private static final List<NewcomerProfile> WAITING_LIST = GENERATOR.newcomers(NEWCOMERS);
    private static final List<VolunteerCandidate> POOL = GENERATOR.volunteers(VOLUNTEERS);

    @Test
    void theOptimumMatchesMoreNewcomersWithMoreTotalScoreThanGreedy() {
        Comparison both = Profiles.engine().compareCohort(WAITING_LIST, POOL);

        Totals optimal = both.optimal().totals();
        Totals greedy = both.greedy().totals();
        System.out.printf("""
                Optimal versus greedy, seed %d, %d newcomers, %d volunteers, default settings:
                  matched        greedy %d, optimal %d (%+d)
                  total score    greedy %.2f, optimal %.2f (%+.2f, %+.1f%%)
                  score + bonus  greedy %.2f, optimal %.2f (%+.2f)
                  mean score per matched pair  greedy %.2f, optimal %.2f
                %n""", SEED, NEWCOMERS, VOLUNTEERS,
                greedy.matched(), optimal.matched(), optimal.matched() - greedy.matched(),
                greedy.score(), optimal.score(), optimal.score() - greedy.score(),
                100 * (optimal.score() - greedy.score()) / greedy.score(),
                greedy.value(), optimal.value(), optimal.value() - greedy.value(),
                greedy.score() / greedy.matched(), optimal.score() / optimal.matched());
        assertThat(optimal.matched()).isGreaterThanOrEqualTo(greedy.matched());
        assertThat(optimal.value()).isGreaterThanOrEqualTo(greedy.value());
    }

    /** Without a bonus the optimum leaves long waiters behind; the default bonus brings that back to greedy's. */
    @Test
    void theAgeingBonusKeepsLongWaitersFromBeingLeftBehind() {
        System.out.printf("Ageing bonus, same cohort (unmatched newcomers' waiting in weeks):%n");
        System.out.printf("  %-22s %-8s %8s %10s %14s %14s%n", "points/week, cap", "method", "matched", "score",
                "mean waiting", "longest");
        long longestWithoutBonus = 0;
        long longestWithDefault = 0;
        long longestGreedy = 0;
        for (double[] bonus : new double[][] {{0, 0}, {1, 20}, {2, 40}, {3, 90}}) {
            MatchingSettings settings = MatchingSettings.defaults().withAgeingBonus(bonus[0], bonus[1]);
            Comparison both = Profiles.engine(settings).compareCohort(WAITING_LIST, POOL);
            for (CohortProposal proposal : List.of(both.optimal(), both.greedy())) {
                LongSummaryStatistics waited = proposal.unmatched().stream()
                        .mapToLong(u -> ChronoUnit.WEEKS.between(u.newcomer().waitingSince(), Profiles.TODAY))
                        .summaryStatistics();
                System.out.printf("  %-22s %-8s %8d %10.2f %14.1f %14d%n", "%.0f, %.0f".formatted(bonus[0], bonus[1]),
                        proposal.method(), proposal.totals().matched(), proposal.totals().score(), waited.getAverage(),
                        waited.getMax());
            }
            longestGreedy = longestWeeks(both.greedy());
            if (bonus[0] == 0) {
                longestWithoutBonus = longestWeeks(both.optimal());
            }
            if (settings.equals(MatchingSettings.defaults())) {
                longestWithDefault = longestWeeks(both.optimal());
            }
        }
        System.out.println();
        assertThat(longestWithDefault).isLessThanOrEqualTo(longestWithoutBonus);
        assertThat(longestWithDefault).isLessThanOrEqualTo(longestGreedy);
    }

    private static long longestWeeks(CohortProposal proposal) {
        return proposal.unmatched().stream()
                .mapToLong(u -> ChronoUnit.WEEKS.between(u.newcomer().waitingSince(), Profiles.TODAY)).max().orElse(0);
    }
}
