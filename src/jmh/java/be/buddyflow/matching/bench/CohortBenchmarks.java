package be.buddyflow.matching.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import be.buddyflow.matching.CohortProposal;
import be.buddyflow.matching.MatchingEngine;
import be.buddyflow.matching.NewcomerProfile;
import be.buddyflow.matching.PoolGenerator;
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

/** A cohort of 1,000 newcomers against 10,000 volunteers; one proposal per call, as a coordinator waits for it. */
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@State(Scope.Benchmark)
public class CohortBenchmarks {

    static final int COHORT = 1_000;

    MatchingEngine engine;
    List<NewcomerProfile> newcomers;
    List<VolunteerCandidate> volunteers;

    @Setup
    public void generate() {
        engine = MatchingBenchmarks.engine();
        PoolGenerator generator = new PoolGenerator(MatchingBenchmarks.SEED);
        newcomers = generator.newcomers(COHORT);
        volunteers = generator.volunteers(MatchingBenchmarks.POOL);
    }

    @Benchmark
    public CohortProposal proposeCohortOf1000NewcomersAnd10000Volunteers() {
        return engine.proposeCohort(newcomers, volunteers);
    }

    @Benchmark
    public CohortProposal proposeCohortGreedyOf1000NewcomersAnd10000Volunteers() {
        return engine.proposeCohortGreedy(newcomers, volunteers);
    }
}
