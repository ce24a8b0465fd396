package be.buddyflow.security.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import be.buddyflow.support.ModelVariables;
import org.junit.jupiter.api.Test;

/**
 * The variables that route a case (who gets its tasks) are exactly those UserCommandGuard never lets
 * a person write, and no form offers them as a field a person could fill in.
 */
class ProtectedVariablesTest {

    private static final Pattern ROUTING_EXPRESSION = Pattern.compile(
            "camunda:(?:candidateGroups|candidateUsers|assignee)=\"\\$\\{([A-Za-z_][A-Za-z0-9_]*)}\"");
    private static final Pattern START_FORM = Pattern.compile("<bpmn:startEvent[^>]*camunda:formRef=\"([^\"]+)\"");

    @Test
    void everyVariableThatChoosesWhoWorksATaskIsProtected() throws IOException {
        Set<String> routing = new TreeSet<>();
        for (String model : models()) {
            Matcher matcher = ROUTING_EXPRESSION.matcher(model);
            while (matcher.find()) {
                routing.add(matcher.group(1));
            }
        }
        assertThat(routing).isNotEmpty();
        assertThat(UserCommandGuard.Protected.ROUTING).containsAll(routing);
        assertThat(ModelVariables.all()).containsAll(UserCommandGuard.Protected.ROUTING);
    }

    @Test
    void noFormLetsAPersonFillInARoutingVariable() throws IOException {
        Set<String> startForms = new TreeSet<>();
        for (String model : models()) {
            Matcher matcher = START_FORM.matcher(model);
            while (matcher.find()) {
                startForms.add(matcher.group(1));
            }
        }
        assertThat(startForms).contains("housing-start", "enter-intake");
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path form : forms.toList()) {
                String id = form.getFileName().toString().replace(".form", "");
                Set<String> editable = ModelVariables.editableKeys(id);
                UserSubmission.Kind kind = startForms.contains(id) ? UserSubmission.Kind.START
                        : UserSubmission.Kind.COMPLETE_TASK;
                assertThat(editable).as(id).noneMatch(key -> UserCommandGuard.Protected.isProtected(key, kind));
            }
        }
    }

    private static Iterable<String> models() throws IOException {
        try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
            return models.filter(p -> p.toString().endsWith(".bpmn")).map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
