package be.buddyflow.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** docs/data-protection.md states how long each model's history is kept: the same as the models say. */
class RetentionDocumentationTest {

    private static final Pattern DOCUMENTED = Pattern.compile("^\\| `([a-z-]+)`(?: \\(DMN\\))? \\| (\\d+) \\|",
            Pattern.MULTILINE);
    private static final Pattern IN_MODEL = Pattern.compile("historyTimeToLive=\"(\\d+)\"");

    @Test
    void documentedHistoryTimeToLiveEqualsTheModels() throws IOException {
        Map<String, String> models = new TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.(bpmn|dmn)$")).toList()) {
                Matcher ttl = IN_MODEL.matcher(Files.readString(file));
                assertThat(ttl.find()).as(file + " has a history time-to-live").isTrue();
                models.put(file.getFileName().toString().replaceAll("\\.(bpmn|dmn)$", ""), ttl.group(1));
            }
        }
        String doc = Files.readString(Path.of("docs/data-protection.md"));
        Map<String, String> documented = new TreeMap<>();
        Matcher row = DOCUMENTED.matcher(doc.substring(doc.indexOf("## Retention"), doc.indexOf("## Erasure")));
        while (row.find()) {
            documented.put(row.group(1), row.group(2));
        }
        assertThat(documented).isEqualTo(models);
    }
}
