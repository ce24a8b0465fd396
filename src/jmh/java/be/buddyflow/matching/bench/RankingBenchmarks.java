package be.buddyflow.matching.bench;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import be.buddyflow.matching.AgeBand;
import be.buddyflow.matching.Availability;
import be.buddyflow.matching.GenderPreference;
import be.buddyflow.matching.MatchingEngine;
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

/** Ranking one newcomer against 10,000 volunteers, sampled call by call for the median. */
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@State(Scope.Benchmark)
public class RankingBenchmarks {

    MatchingEngine engine;
    NewcomerProfile newcomer;
    /** Spread over Gent, Antwerpen, Brussel and Leuven as the generator spreads them. */
    List<VolunteerCandidate> acrossBelgium;
    /** All within a few km of the newcomer: what is left after the SQL distance box, at its worst. */
    List<VolunteerCandidate> allNearby;

    @Setup
    public void generate() {
        engine = MatchingBenchmarks.engine();
        newcomer = familyInGent();
        acrossBelgium = new PoolGenerator(MatchingBenchmarks.SEED).volunteers(MatchingBenchmarks.POOL);
        allNearby = new PoolGenerator(MatchingBenchmarks.SEED).volunteersNear(MatchingBenchmarks.GENT,
                MatchingBenchmarks.POOL);
    }

    /** An Arabic- and English-speaking family in Gent, with children: the screening rule applies too. */
    static NewcomerProfile familyInGent() {
        return new NewcomerProfile("CASE-BENCH", Set.of("ar", "en"), MatchingBenchmarks.GENT, GenderPreference.NONE,
                true, true, true, AgeBand.FROM_25_TO_39, EnumSet.of(Availability.EVENINGS, Availability.WEEKENDS),
                Set.of("cooking", "football", "music"), EnumSet.of(NeedDomain.HOUSING, NeedDomain.LANGUAGE),
                LocalDate.of(2025, 1, 6));
    }

    @Benchmark
    public List<ScoredCandidate> rankOneNewcomerAgainst10000VolunteersAcrossBelgium() {
        return engine.rank(newcomer, acrossBelgium, 10);
    }

    @Benchmark
    public List<ScoredCandidate> rankOneNewcomerAgainst10000VolunteersAllNearby() {
        return engine.rank(newcomer, allNearby, 10);
    }
}
