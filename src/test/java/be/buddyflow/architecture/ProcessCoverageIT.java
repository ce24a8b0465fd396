package be.buddyflow.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * Coverage per model, over all process test classes together: a model may be walked partly by its own
 * test and partly by its caller's. Runs after the unit tests (failsafe), reads the reports that
 * process-test-coverage wrote under target/process-test-coverage, prints one line per model of
 * bpmn/ and fails below {@link #MINIMUM}. Stubs that tests deploy under a real model's key are not
 * counted: only elements of the model file itself are.
 */
class ProcessCoverageIT {

    static final double MINIMUM = 0.9;

    private static final Path REPORTS = Path.of("target/process-test-coverage");
    private static final Pattern ELEMENT_ID = Pattern.compile(
            "<bpmn:(?!process|definitions|message|signal|error|escalation|documentation|extensionElements|"
                    + "incoming|outgoing|conditionExpression|textAnnotation|text|association|collaboration|"
                    + "participant|lane|laneSet|flowNodeRef|timerEventDefinition|messageEventDefinition|"
                    + "signalEventDefinition|errorEventDefinition|terminateEventDefinition|escalationEventDefinition|"
                    + "timeCycle|timeDate|timeDuration|multiInstanceLoopCharacteristics|loopCardinality|"
                    + "completionCondition)(\\w+)[^>]*?\\sid=\"([^\"]+)\"");

    @Test
    void everyModelIsCoveredByTheProcessTests() throws IOException {
        assumeTrue(Files.isDirectory(REPORTS), "no process test reports: run the unit tests first (mvn verify)");
        Map<String, Set<String>> covered = new HashMap<>();
        try (Stream<Path> reports = Files.walk(REPORTS)) {
            for (Path report : reports.filter(p -> p.getFileName().toString().equals("report.json")).toList()) {
                JsonNode json = new ObjectMapper().readTree(report.toFile());
                json.get("suites").forEach(suite -> suite.get("runs").forEach(run -> run.get("events").forEach(event ->
                        covered.computeIfAbsent(event.get("modelKey").asText(), k -> new HashSet<>())
                                .add(event.get("definitionKey").asText()))));
            }
        }
        Map<String, Double> coverage = new TreeMap<>();
        try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
            for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                String key = model.getFileName().toString().replace(".bpmn", "");
                Set<String> elements = elements(Files.readString(model));
                Set<String> walked = new HashSet<>(covered.getOrDefault(key, Set.of()));
                walked.retainAll(elements);
                coverage.put(key, (double) walked.size() / elements.size());
            }
        }
        StringBuilder table = new StringBuilder("Process coverage per model (flow nodes and sequence flows):\n");
        coverage.forEach((key, ratio) -> table.append(String.format("  %-22s %5.1f %%%n", key, ratio * 100)));
        System.out.println(table);
        Files.writeString(REPORTS.resolve("models.txt"), table);
        List<String> below = coverage.entrySet().stream().filter(e -> e.getValue() < MINIMUM)
                .map(Map.Entry::getKey).toList();
        assertThat(below).as(table.toString()).isEmpty();
    }

    /** Ids of the flow nodes and sequence flows of a model (what process-test-coverage counts). */
    private static Set<String> elements(String xml) {
        Set<String> ids = new HashSet<>();
        Matcher m = ELEMENT_ID.matcher(xml);
        while (m.find()) {
            ids.add(m.group(2));
        }
        return ids;
    }
}
