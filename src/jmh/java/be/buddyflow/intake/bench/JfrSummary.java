package be.buddyflow.intake.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a referral's time goes, from a Flight Recorder file of a load run (docs/benchmarks.md,
 * "Referral intake under load"): the same events {@code jfr print --events jdk.ExecutionSample}
 * shows, aggregated. Only the JDK, run as a single source file by {@code bench/referral-load.sh}:
 *
 * <pre>java src/jmh/java/be/buddyflow/intake/bench/JfrSummary.java target/load/referral-16.jfr</pre>
 *
 * Three views of the request threads (Tomcat's {@code http-nio-*-exec-*}): on-CPU samples by the
 * nearest component on the stack (a JDK frame counts for the library that called it), on-CPU samples
 * that include a notable step (inclusive, so the rows overlap), and the threads' samples in native
 * code, where a request thread waiting for PostgreSQL shows as a socket read under the JDBC driver.
 */
public final class JfrSummary {

    /** Leaf-to-root, the first frame of one of these packages names the component. */
    private static final Map<String, String> COMPONENTS = new LinkedHashMap<>();

    static {
        COMPONENTS.put("be.buddyflow.", "Buddyflow");
        COMPONENTS.put("org.postgresql.", "JDBC driver (org.postgresql)");
        COMPONENTS.put("com.zaxxer.hikari.", "HikariCP");
        COMPONENTS.put("org.apache.ibatis.", "MyBatis (engine persistence)");
        COMPONENTS.put("org.camunda.bpm.engine.impl.juel.", "Camunda (JUEL expressions)");
        COMPONENTS.put("org.camunda.bpm.engine.impl.history.", "Camunda (history)");
        COMPONENTS.put("org.camunda.bpm.engine.impl.db.", "Camunda (db entity manager)");
        COMPONENTS.put("org.camunda.bpm.engine.impl.digest.", "Camunda (password digest)");
        COMPONENTS.put("org.camunda.bpm.engine.impl.identity.", "Camunda (identity)");
        COMPONENTS.put("org.camunda.bpm.engine.impl.persistence.", "Camunda (entity managers)");
        COMPONENTS.put("org.camunda.bpm.engine.impl.pvm.", "Camunda (PVM execution)");
        COMPONENTS.put("org.camunda.bpm.engine.impl.bpmn.", "Camunda (BPMN behaviour)");
        COMPONENTS.put("org.camunda.bpm.engine.impl.jobexecutor.", "Camunda (job executor)");
        COMPONENTS.put("org.camunda.spin.", "Camunda Spin");
        COMPONENTS.put("org.camunda.", "Camunda (other)");
        COMPONENTS.put("com.fasterxml.jackson.", "Jackson");
        COMPONENTS.put("org.hibernate.validator.", "Bean Validation (Hibernate Validator)");
        COMPONENTS.put("org.springframework.security.", "Spring Security");
        COMPONENTS.put("org.springframework.jdbc.", "Spring JDBC");
        COMPONENTS.put("org.springframework.transaction.", "Spring transactions");
        COMPONENTS.put("org.springframework.web.", "Spring MVC");
        COMPONENTS.put("org.springframework.", "Spring (other)");
        COMPONENTS.put("org.apache.catalina.", "Tomcat");
        COMPONENTS.put("org.apache.coyote.", "Tomcat");
        COMPONENTS.put("org.apache.tomcat.", "Tomcat");
        COMPONENTS.put("ch.qos.logback.", "Logging");
        COMPONENTS.put("org.slf4j.", "Logging");
    }

    /** Notable steps of a referral, matched anywhere on the stack. */
    private static final Map<String, Predicate<String>> STEPS = new LinkedHashMap<>();

    static {
        STEPS.put("authentication (Basic: EngineIdentityAuthenticationProvider)",
                f -> f.startsWith("be.buddyflow.security.EngineIdentityAuthenticationProvider.authenticate"));
        STEPS.put("  of which the password check (IdentityService.checkPassword)",
                f -> f.contains("IdentityServiceImpl.checkPassword"));
        STEPS.put("  of which the password hash (digest)", f -> f.startsWith("org.camunda.bpm.engine.impl.digest."));
        STEPS.put("  of which the group query", f -> f.contains("GroupQueryImpl") || f.contains("createGroupQuery"));
        STEPS.put("JSON request reading (Jackson)", f -> f.contains("AbstractJackson2HttpMessageConverter.read"));
        STEPS.put("validation (@Valid)", f -> f.startsWith("org.hibernate.validator."));
        STEPS.put("ReceiveReferral.receive (the transaction)", f -> f.startsWith("be.buddyflow.intake.ReceiveReferral.receive"));
        STEPS.put("  case file insert and reads (CaseFileRepository)", f -> f.startsWith("be.buddyflow.casefile.CaseFileRepository."));
        STEPS.put("  consents (ConsentLedger)", f -> f.startsWith("be.buddyflow.casefile.ConsentLedger."));
        STEPS.put("  request fingerprint", f -> f.startsWith("be.buddyflow.api.RequestFingerprint."));
        STEPS.put("  trajectory start (RuntimeService.startProcessInstanceByKey)",
                f -> f.startsWith("be.buddyflow.trajectory.Trajectories.start"));
        STEPS.put("    engine flush (DbEntityManager.flush: the INSERTs)",
                f -> f.startsWith("org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager.flush"));
        STEPS.put("    history events (HistoryEventProducer/Handler)",
                f -> f.startsWith("org.camunda.bpm.engine.impl.history."));
        STEPS.put("    variables serialisation (typed values)",
                f -> f.startsWith("org.camunda.bpm.engine.impl.variable.") || f.startsWith("org.camunda.bpm.engine.impl.core.variable."));
        STEPS.put("    expressions (JUEL)", f -> f.startsWith("org.camunda.bpm.engine.impl.juel."));
        STEPS.put("    authorization checks", f -> f.contains("AuthorizationManager"));
        STEPS.put("  transaction commit", f -> f.contains("AbstractPlatformTransactionManager.commit"));
        STEPS.put("JDBC driver (any)", f -> f.startsWith("org.postgresql."));
        STEPS.put("logging", f -> f.startsWith("ch.qos.logback.") || f.startsWith("org.slf4j."));
    }

    private JfrSummary() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        Map<String, Long> byThread = new TreeMap<>();
        Map<String, Long> byComponent = new TreeMap<>();
        Map<String, Long> byStep = new LinkedHashMap<>();
        STEPS.keySet().forEach(k -> byStep.put(k, 0L));
        Map<String, Long> leaves = new TreeMap<>();
        Map<String, Long> nativeByKind = new TreeMap<>();
        long requestSamples = 0;
        long allSamples = 0;
        long requestNative = 0;
        List<double[]> cpu = new ArrayList<>();

        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            String type = event.getEventType().getName();
            if (type.equals("jdk.CPULoad")) {
                cpu.add(new double[] {event.getFloat("jvmUser"), event.getFloat("jvmSystem"), event.getFloat("machineTotal")});
                continue;
            }
            boolean execution = type.equals("jdk.ExecutionSample");
            if (!execution && !type.equals("jdk.NativeMethodSample")) {
                continue;
            }
            String thread = event.getThread("sampledThread") == null ? "?" : event.getThread("sampledThread").getJavaName();
            boolean request = thread != null && thread.matches("http-nio-.*-exec-\\d+");
            List<String> frames = frames(event.getStackTrace());
            if (!execution) {
                if (request) {
                    requestNative++;
                    nativeByKind.merge(nativeKind(frames), 1L, Long::sum);
                }
                continue;
            }
            allSamples++;
            byThread.merge(threadGroup(thread), 1L, Long::sum);
            if (!request) {
                continue;
            }
            requestSamples++;
            byComponent.merge(component(frames), 1L, Long::sum);
            if (!frames.isEmpty()) {
                leaves.merge(frames.get(0), 1L, Long::sum);
            }
            for (Map.Entry<String, Predicate<String>> step : STEPS.entrySet()) {
                if (frames.stream().anyMatch(step.getValue())) {
                    byStep.merge(step.getKey(), 1L, Long::sum);
                }
            }
        }

        System.out.printf(Locale.ROOT, "%s: %d on-CPU samples (jdk.ExecutionSample), %d of request threads%n",
                file.getFileName(), allSamples, requestSamples);
        if (!cpu.isEmpty()) {
            double user = cpu.stream().mapToDouble(c -> c[0]).average().orElse(0);
            double system = cpu.stream().mapToDouble(c -> c[1]).average().orElse(0);
            double machine = cpu.stream().mapToDouble(c -> c[2]).average().orElse(0);
            System.out.printf(Locale.ROOT,
                    "CPU (jdk.CPULoad, mean of %d): this JVM %.0f%% user + %.0f%% system, whole machine %.0f%% (of all cores)%n",
                    cpu.size(), 100 * user, 100 * system, 100 * machine);
        }
        print("On-CPU samples by thread", byThread, allSamples, top);
        print("Request threads, on-CPU, by nearest component (self time, JDK frames counted for their caller)",
                byComponent, requestSamples, top);
        System.out.println();
        System.out.println("Request threads, on-CPU samples that include a step (inclusive; rows overlap)");
        long requests = requestSamples;
        byStep.forEach((step, n) -> System.out.printf(Locale.ROOT, "  %5.1f%%  %6d  %s%n", pct(n, requests), n, step));
        print("Request threads, hottest leaf frames", leaves, requestSamples, top);
        print("Request threads, samples in native code (jdk.NativeMethodSample: waiting, not using CPU)",
                nativeByKind, requestNative, top);
    }

    private static List<String> frames(RecordedStackTrace stack) {
        List<String> frames = new ArrayList<>();
        if (stack == null) {
            return frames;
        }
        for (RecordedFrame frame : stack.getFrames()) {
            if (frame.getMethod() == null) {
                continue;
            }
            frames.add(frame.getMethod().getType().getName() + "." + frame.getMethod().getName());
        }
        return frames;
    }

    private static String component(List<String> frames) {
        for (String frame : frames) {
            for (Map.Entry<String, String> c : COMPONENTS.entrySet()) {
                if (frame.startsWith(c.getKey())) {
                    return c.getValue();
                }
            }
        }
        return frames.isEmpty() ? "(no stack)" : "JDK only: " + frames.get(frames.size() - 1);
    }

    private static String nativeKind(List<String> frames) {
        boolean socketRead = frames.stream().anyMatch(f -> f.contains("SocketInputStream.socketRead") || f.contains("NioSocketImpl.read")
                || f.contains("SocketDispatcher.read"));
        if (socketRead && frames.stream().anyMatch(f -> f.startsWith("org.postgresql."))) {
            return "socket read in the JDBC driver (waiting for PostgreSQL)";
        }
        if (socketRead) {
            return "socket read (other)";
        }
        if (frames.stream().anyMatch(f -> f.startsWith("org.apache.tomcat.") || f.startsWith("org.apache.coyote."))) {
            return "Tomcat (waiting for the next request on the connection)";
        }
        return frames.isEmpty() ? "(no stack)" : frames.get(0);
    }

    private static String threadGroup(String thread) {
        if (thread == null) {
            return "?";
        }
        return thread.replaceAll("\\d+", "N");
    }

    private static void print(String title, Map<String, Long> counts, long total, int top) {
        System.out.println();
        System.out.println(title);
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %5.1f%%  %6d  %s%n", pct(e.getValue(), total),
                        e.getValue(), e.getKey()));
    }

    private static double pct(long n, long total) {
        return total == 0 ? 0 : 100.0 * n / total;
    }
}
