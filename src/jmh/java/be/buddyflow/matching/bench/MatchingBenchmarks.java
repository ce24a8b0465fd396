package be.buddyflow.matching.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import be.buddyflow.matching.AgeBand;
import be.buddyflow.matching.Availability;
import be.buddyflow.matching.CohortProposal;
import be.buddyflow.matching.CohortProposal.Totals;
import be.buddyflow.matching.GenderPreference;
import be.buddyflow.matching.Location;
import be.buddyflow.matching.MatchingEngine;
import be.buddyflow.matching.MatchingEngine.Comparison;
import be.buddyflow.matching.MatchingSettings;
import be.buddyflow.matching.NeedDomain;
import be.buddyflow.matching.NewcomerProfile;
import be.buddyflow.matching.PoolGenerator;
import be.buddyflow.matching.ScoredCandidate;
import be.buddyflow.matching.VolunteerCandidate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The Java side of matching (docs/benchmarks.md). The SQL pre-filter of the volunteers feature is
 * not measured here: the engine gets 10,000 generated volunteers as they are and checks every hard
 * constraint on each, which is more work than it gets after the database has filtered.
 */
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class MatchingBenchmarks {

    static final long SEED = 20250303L;
    static final int POOL = 10_000;
    static final int COHORT = 1_000;
    static final Location GENT = new Location("9000", 51.0543, 3.7174);

    static MatchingEngine engine() {
        return new MatchingEngine(MatchingSettings.defaults(),
                Clock.fixed(PoolGenerator.TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    /** An Arabic- and English-speaking family in Gent, with children: the screening rule applies too. */
    static NewcomerProfile familyInGent() {
        return new NewcomerProfile("CASE-BENCH", Set.of("ar", "en"), GENT, GenderPreference.NONE, true, true, true,
                AgeBand.FROM_25_TO_39, EnumSet.of(Availability.EVENINGS, Availability.WEEKENDS),
                Set.of("cooking", "football", "music"), EnumSet.of(NeedDomain.HOUSING, NeedDomain.LANGUAGE),
                LocalDate.of(2025, 1, 6));
    }

    @State(Scope.Benchmark)
    public static class Ranking {
        MatchingEngine engine;
        NewcomerProfile newcomer;
        /** Spread over Gent, Antwerpen, Brussel and Leuven as the generator spreads them. */
        List<VolunteerCandidate> acrossBelgium;
        /** All within a few km of the newcomer: what is left after the SQL distance box, at its worst. */
        List<VolunteerCandidate> allNearby;

        @Setup
        public void generate() {
            engine = engine();
            newcomer = familyInGent();
            acrossBelgium = new PoolGenerator(SEED).volunteers(POOL);
            allNearby = new PoolGenerator(SEED).volunteersNear(GENT, POOL);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 5, time = 1)
    @Measurement(iterations = 10, time = 1)
    public List<ScoredCandidate> rankOneNewcomerAgainst10000VolunteersAcrossBelgium(Ranking state) {
        return state.engine.rank(state.newcomer, state.acrossBelgium, 10);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 5, time = 1)
    @Measurement(iterations = 10, time = 1)
    public List<ScoredCandidate> rankOneNewcomerAgainst10000VolunteersAllNearby(Ranking state) {
        return state.engine.rank(state.newcomer, state.allNearby, 10);
    }

    @State(Scope.Benchmark)
    public static class Cohort {
        MatchingEngine engine;
        List<NewcomerProfile> newcomers;
        List<VolunteerCandidate> volunteers;

        @Setup
        public void generate() {
            engine = engine();
            PoolGenerator generator = new PoolGenerator(SEED);
            newcomers = generator.newcomers(COHORT);
            volunteers = generator.volunteers(POOL);
        }
    }

    /** One proposal per call, timed call by call: a coordinator waits for exactly this. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3)
    @Measurement(iterations = 10)
    public CohortProposal proposeCohortOf1000NewcomersAnd10000Volunteers(Cohort state) {
        return state.engine.proposeCohort(state.newcomers, state.volunteers);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3)
    @Measurement(iterations = 10)
    public CohortProposal proposeCohortGreedyOf1000NewcomersAnd10000Volunteers(Cohort state) {
        return state.engine.proposeCohortGreedy(state.newcomers, state.volunteers);
    }

    /** Runs the benchmarks (JMH command-line options work, e.g. a name pattern), then compares quality. */
    public static void main(String[] args) throws RunnerException, Exception {
        new Runner(new OptionsBuilder().parent(new CommandLineOptions(args))
                .include(MatchingBenchmarks.class.getName()).build()).run();
        printOptimalVersusGreedy();
    }

    private static void printOptimalVersusGreedy() {
        Cohort data = new Cohort();
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
                """, SEED, COHORT, POOL, millis,
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
