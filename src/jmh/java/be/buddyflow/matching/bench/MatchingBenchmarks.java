package be.buddyflow.matching.bench;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import be.buddyflow.matching.CohortProposal;
import be.buddyflow.matching.CohortProposal.Totals;
import be.buddyflow.matching.Location;
import be.buddyflow.matching.MatchingEngine;
import be.buddyflow.matching.MatchingEngine.Comparison;
import be.buddyflow.matching.MatchingSettings;
import be.buddyflow.matching.PoolGenerator;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The Java side of matching (docs/benchmarks.md). The SQL pre-filter of the volunteers feature is
 * not measured here: the engine gets 10,000 generated volunteers as they are and checks every hard
 * constraint on each, which is more work than it gets after the database has filtered.
 */
public final class MatchingBenchmarks {

    static final long SEED = 20250303L;
    static final int POOL = 10_000;
    static final Location GENT = new Location("9000", 51.0543, 3.7174);

    private MatchingBenchmarks() {
    }

    static MatchingEngine engine() {
        return new MatchingEngine(MatchingSettings.defaults(),
                Clock.fixed(PoolGenerator.TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    /** Runs the benchmarks (JMH command-line options work, e.g. a name pattern), then compares quality. */
    public static void main(String[] args) throws RunnerException, Exception {
        new Runner(new OptionsBuilder().parent(new CommandLineOptions(args))
                .include(RankingBenchmarks.class.getName())
                .include(CohortBenchmarks.class.getName())
                .build()).run();
        printOptimalVersusGreedy();
    }

    private static void printOptimalVersusGreedy() {
        CohortBenchmarks data = new CohortBenchmarks();
        data.generate();
        long started = System.nanoTime();
        Comparison both = data.engine.compareCohort(data.newcomers, data.volunteers);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        Totals optimal = both.optimal().totals();
        Totals greedy = both.greedy().totals();
        System.out.printf("""

                Optimal versus greedy on the benchmark cohort (seed %d, %d newcomers, %d volunteers, one cold run %d ms):
                  matched        greedy %d, optimal %d (%+d)
                  total score    greedy %.2f, optimal %.2f (%+.2f, %+.1f%%)
                  score + bonus  greedy %.2f, optimal %.2f (%+.2f)
                  unmatched: no feasible volunteer %d; places taken greedy %d, optimal %d
                """, SEED, CohortBenchmarks.COHORT, POOL, millis,
                greedy.matched(), optimal.matched(), optimal.matched() - greedy.matched(),
                greedy.score(), optimal.score(), optimal.score() - greedy.score(),
                100 * (optimal.score() - greedy.score()) / greedy.score(),
                greedy.value(), optimal.value(), optimal.value() - greedy.value(),
                count(both.optimal(), CohortProposal.UnmatchedReason.NO_FEASIBLE_CANDIDATE),
                count(both.greedy(), CohortProposal.UnmatchedReason.CAPACITY_TAKEN),
                count(both.optimal(), CohortProposal.UnmatchedReason.CAPACITY_TAKEN));
    }

    private static long count(CohortProposal proposal, CohortProposal.UnmatchedReason reason) {
        return proposal.unmatched().stream().filter(u -> u.reason() == reason).count();
    }
}
