package be.buddyflow.volunteers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import be.buddyflow.matching.AgeBand;
import be.buddyflow.matching.Availability;
import be.buddyflow.matching.GenderPreference;
import be.buddyflow.matching.Location;
import be.buddyflow.matching.MatchingEngine;
import be.buddyflow.matching.MatchingSettings;
import be.buddyflow.matching.NeedDomain;
import be.buddyflow.matching.NewcomerProfile;
import be.buddyflow.matching.PoolGenerator;
import be.buddyflow.matching.ScoredCandidate;
import be.buddyflow.matching.VolunteerCandidate;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole ranking path of the application, as {@code GET /api/cases/{id}/candidates} runs it: the
 * pool of 10,000 volunteers in a real PostgreSQL, narrowed in SQL (active, room left, shared
 * language, distance box, 596.2 validity), then every constraint checked and scored in Java.
 * Localities: the demo list plus generated ones up to the size of Belgium's list (2,757), spread
 * over the country's extent; or an installation's own locality file given with
 * {@code -Dbuddyflow.bench.localities=/path/to/file.csv} (the format of docs/operations.md).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class RankingFromDatabaseBenchmark {

    static final int POOL = 10_000;
    static final long SEED = 42;
    /** As many localities as Belgium has postal-code localities: the SQL distance box sees a country's worth. */
    static final int LOCALITIES = 2_757;
    static final LocalDate TODAY = PoolGenerator.TODAY;

    EmbeddedPostgres postgres;
    VolunteerPool pool;
    MatchingEngine engine;
    NewcomerProfile newcomer;

    @Setup(Level.Trial)
    public void fillPool() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).schemas("buddyflow").defaultSchema("buddyflow")
                .locations("classpath:db/migration").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        List<Localities.Row> localities = localities();
        jdbc.batchUpdate("INSERT INTO buddyflow.locality (postal_code, name, latitude, longitude) VALUES (?, ?, ?, ?)",
                localities, 500, (ps, row) -> {
                    ps.setString(1, row.postalCode());
                    ps.setString(2, row.name());
                    ps.setDouble(3, row.latitude());
                    ps.setDouble(4, row.longitude());
                });
        insertVolunteers(jdbc, new PoolGenerator(SEED).volunteers(POOL), localities);
        jdbc.execute("ANALYZE");
        pool = new VolunteerPool(JdbcClient.create(postgres.getPostgresDatabase()));
        engine = new MatchingEngine(MatchingSettings.defaults(),
                Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Europe/Brussels")).toInstant(), ZoneId.of("Europe/Brussels")));
        Location gent = localities.stream().filter(l -> l.postalCode().equals("9000")).findFirst()
                .map(l -> new Location("9000", l.latitude(), l.longitude())).orElseThrow();
        newcomer = new NewcomerProfile("CASE-BENCH", Set.of("ar", "en"), gent, GenderPreference.NONE, true, true, true,
                AgeBand.FROM_25_TO_39, EnumSet.of(Availability.EVENINGS, Availability.WEEKENDS),
                Set.of("cooking", "football", "music"), EnumSet.of(NeedDomain.HOUSING, NeedDomain.LANGUAGE),
                TODAY.minusWeeks(6));
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        postgres.close();
    }

    @Benchmark
    public List<ScoredCandidate> rankOneNewcomerFromTheDatabase() {
        List<VolunteerCandidate> narrowed = pool.candidatesFor(newcomer, engine.settings().maxDistanceKm(), TODAY);
        return engine.rank(newcomer, narrowed, 10);
    }

    private static List<Localities.Row> localities() {
        String own = System.getProperty("buddyflow.bench.localities");
        if (own != null && Files.isReadable(Path.of(own))) {
            return Localities.read(new FileSystemResource(Path.of(own)));
        }
        List<Localities.Row> rows = new ArrayList<>(Localities.read(new ClassPathResource("reference/demo-localities.csv")));
        Set<String> taken = new java.util.HashSet<>();
        rows.forEach(row -> taken.add(row.postalCode()));
        java.util.Random random = new java.util.Random(SEED);
        for (int code = 1000; rows.size() < LOCALITIES && code <= 9999; code += 3) {
            String postalCode = String.valueOf(code);
            if (taken.add(postalCode)) {
                // Belgium's extent: latitude 49.5 to 51.5, longitude 2.5 to 6.4.
                rows.add(new Localities.Row(postalCode, "Plaats " + postalCode, 49.5 + 2.0 * random.nextDouble(),
                        2.5 + 3.9 * random.nextDouble()));
            }
        }
        return rows;
    }

    /** Each generated volunteer lives at the known locality nearest to where the generator put them. */
    private static void insertVolunteers(JdbcTemplate jdbc, List<VolunteerCandidate> volunteers,
            List<Localities.Row> localities) {
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> languages = new ArrayList<>();
        for (VolunteerCandidate v : volunteers) {
            Localities.Row home = localities.stream().min(Comparator.comparingDouble(l -> new Location(l.postalCode(),
                    l.latitude(), l.longitude()).distanceKm(v.location()))).orElseThrow();
            rows.add(new Object[] {v.volunteerId(), "bench", v.volunteerId(), "0".repeat(64),
                    v.activeInPool() ? "ACTIVE" : "PAUSED", v.firstName(), "Bench", "bench@example.org",
                    home.postalCode(), v.gender().name(), v.ageBand().name(), v.hasChildren(),
                    names(v.availability()), v.interests().toArray(String[]::new), names(v.domains()), v.womenOnly(),
                    Math.max(1, Math.min(5, v.capacity())), Math.min(v.currentLoad(), Math.max(1, Math.min(5, v.capacity()))),
                    v.screeningValidUntil()});
            v.languages().forEach((code, level) -> languages.add(new Object[] {v.volunteerId(), code, level.name()}));
        }
        jdbc.batchUpdate("""
                INSERT INTO buddyflow.volunteer (id, source, external_reference, request_fingerprint, status,
                    given_name, family_name, email, postal_code, gender, age_band, has_children, availability,
                    interests, domains, women_only, capacity, current_load, screening_valid_until)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows);
        jdbc.batchUpdate("INSERT INTO buddyflow.volunteer_language (volunteer_id, language, level) VALUES (?, ?, ?)",
                languages);
    }

    private static String[] names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    public static void main(String[] args) throws Exception {
        new Runner(new OptionsBuilder().parent(new CommandLineOptions(args))
                .include(RankingFromDatabaseBenchmark.class.getName()).build()).run();
    }
}
