package be.buddyflow.intake.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives {@code POST /api/referrals} of a running Buddyflow with N closed-loop clients (each sends
 * its next referral as soon as the previous one is answered) as a partner account, and reports
 * referral starts per second and latency percentiles (docs/benchmarks.md, "Referral intake under
 * load"). Only the JDK: {@code bench/referral-load.sh} runs it as a single source file, and the
 * {@code benchmark} profile compiles it with the other benchmarks. Never part of {@code mvn verify}.
 *
 * <pre>
 * java src/jmh/java/be/buddyflow/intake/bench/ReferralLoad.java \
 *   --url http://127.0.0.1:18180 --user load-partner --password ... --clients 1,4,16 --warmup 15 --measure 30
 * </pre>
 *
 * Every referral is new (a unique external reference), valid, and for postal code 9000, so the
 * server must have an organisation serving it. A request counts for a client count when it both
 * started and ended inside the measured window; its latency is the client-side time from send to
 * the last byte of the answer.
 */
public final class ReferralLoad {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final HttpClient http;
    private final URI endpoint;
    private final String authorization;
    private final String source;

    private ReferralLoad(URI base, String user, String password, String source) {
        // HTTP/1.1 as partner systems send it; the JDK default (HTTP/2) would try an h2c upgrade first.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.endpoint = base.resolve("/api/referrals");
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.source = source;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        ReferralLoad load = new ReferralLoad(URI.create(options.getOrDefault("url", "http://127.0.0.1:8080")),
                require(options, "user"), require(options, "password"), options.getOrDefault("source", "load-partner"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "15"));
        int measure = Integer.parseInt(options.getOrDefault("measure", "30"));
        int[] clientCounts = Arrays.stream(options.getOrDefault("clients", "1,4,16").split(","))
                .map(String::strip).mapToInt(Integer::parseInt).toArray();

        System.out.printf(Locale.ROOT, "referral load: %s, warm-up %d s, measured %d s per client count, run %s%n",
                load.endpoint, warmup, measure, RUN);
        System.out.println("clients  referrals/s  p50 ms  p95 ms  p99 ms  max ms  ok(201)  errors");
        List<Result> results = new ArrayList<>();
        for (int clients : clientCounts) {
            Result result = load.run(clients, Duration.ofSeconds(warmup), Duration.ofSeconds(measure));
            results.add(result);
            System.out.println(result.row());
        }
        for (Result result : results) {
            // One machine-readable line per client count for bench/referral-load.sh.
            System.out.println(result.machineLine());
        }
    }

    private Result run(int clients, Duration warmup, Duration measure) throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long measureUntil = measureFrom + measure.toNanos();
        List<Sample>[] samples = newSampleLists(clients);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            List<Sample> mine = samples[c];
            pool.execute(() -> {
                try {
                    while (System.nanoTime() < measureUntil) {
                        mine.add(send());
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        return Result.of(clients, measure, measureFrom, measureUntil, samples);
    }

    private Sample send() {
        long sequence = SEQUENCE.incrementAndGet();
        // A family name of its own per referral: repeating one would make the intake's duplicate
        // check find earlier load referrals and add a variable, which real referrals rarely do.
        String body = referral(source, "LOAD-" + RUN + "-" + sequence, "Load" + RUN + "x" + sequence);
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        long sent = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Sample(sent, System.nanoTime(), String.valueOf(response.statusCode()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Sample(sent, System.nanoTime(), "interrupted");
        } catch (Exception e) {
            return new Sample(sent, System.nanoTime(), e.getClass().getSimpleName());
        }
    }

    /** The body of src/test/java/be/buddyflow/support/Referrals.java: complete and valid, postal code 9000. */
    static String referral(String source, String externalReference, String familyName) {
        return """
                {"source": "%s", "externalReference": "%s",
                 "newcomer": {"givenName": "Lina", "familyName": "%s", "dateOfBirth": "1990-01-01",
                              "languages": ["ar", "nl"], "postalCode": "9000", "municipality": "Gent",
                              "phone": "+32 470 12 34 56", "email": "lina@example.org"},
                 "residenceStatus": "RECOGNISED_REFUGEE", "recognitionDate": "2026-11-20",
                 "receptionPlace": {"type": "COLLECTIVE", "name": "Opvangcentrum"},
                 "household": {"adults": 1, "children": 2},
                 "consent": {"services": true, "buddyContact": true, "reporting": false, "legalBasis": "PUBLIC_TASK"},
                 "notes": "Verwezen na erkenning"}
                """.formatted(source, externalReference, familyName);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Sample>[] newSampleLists(int clients) {
        List<Sample>[] lists = new List[clients];
        for (int i = 0; i < clients; i++) {
            lists[i] = new ArrayList<>();
        }
        return lists;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new TreeMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got " + String.join(" ", args));
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    private static String require(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    record Sample(long sent, long answered, String outcome) {
    }

    record Result(int clients, double perSecond, double p50, double p95, double p99, double max, long created,
            long total, Map<String, Long> errors) {

        static Result of(int clients, Duration measure, long from, long until, List<Sample>[] samples) {
            Map<String, Long> errors = new TreeMap<>();
            List<Long> createdLatencies = new ArrayList<>();
            long total = 0;
            for (List<Sample> list : samples) {
                for (Sample s : list) {
                    if (s.sent() < from || s.answered() > until) {
                        continue;
                    }
                    total++;
                    if (s.outcome().equals("201")) {
                        createdLatencies.add(s.answered() - s.sent());
                    } else {
                        errors.merge(s.outcome(), 1L, Long::sum);
                    }
                }
            }
            long[] sorted = createdLatencies.stream().mapToLong(Long::longValue).sorted().toArray();
            double seconds = measure.toNanos() / 1e9;
            return new Result(clients, sorted.length / seconds, millis(percentile(sorted, 0.50)),
                    millis(percentile(sorted, 0.95)), millis(percentile(sorted, 0.99)),
                    millis(sorted.length == 0 ? 0 : sorted[sorted.length - 1]), sorted.length, total, errors);
        }

        /** Nearest rank: the smallest latency that at least this share of the requests did not exceed. */
        private static long percentile(long[] sorted, double share) {
            if (sorted.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(share * sorted.length);
            return sorted[Math.max(0, rank - 1)];
        }

        private static double millis(long nanos) {
            return nanos / 1e6;
        }

        long errorCount() {
            return total - created;
        }

        String row() {
            return String.format(Locale.ROOT, "%7d  %11.1f  %6.1f  %6.1f  %6.1f  %6.1f  %7d  %d %s", clients, perSecond,
                    p50, p95, p99, max, created, errorCount(), errors.isEmpty() ? "" : errors);
        }

        String machineLine() {
            return String.format(Locale.ROOT,
                    "RESULT clients=%d rps=%.1f p50=%.1f p95=%.1f p99=%.1f max=%.1f created=%d errors=%d",
                    clients, perSecond, p50, p95, p99, max, created, errorCount());
        }
    }
}
