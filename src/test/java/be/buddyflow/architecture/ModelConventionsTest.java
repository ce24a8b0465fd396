package be.buddyflow.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.stereotype.Component;

/**
 * What Camunda Modeler users and the next engineer rely on: models that open with their diagram,
 * named ids, delegates and forms that exist, forms in Dutch first.
 */
class ModelConventionsTest {

    private static final Pattern ID = Pattern.compile(
            "(StartEvent|EndEvent|UserTask|ServiceTask|SendTask|ReceiveTask|BusinessRuleTask|CallActivity|SubProcess"
                    + "|Gateway|SequenceFlow|BoundaryEvent|IntermediateCatchEvent|IntermediateThrowEvent|Message"
                    + "|Error|Signal|Escalation|Timer|TextAnnotation|Association|DataObject)_[A-Z][A-Za-z0-9]+"
                    // Event definitions are never named by code; Modeler's generated ids are fine there.
                    + "|[A-Za-z]+EventDefinition_[A-Za-z0-9]+");
    private static final Pattern DELEGATE_EXPRESSION = Pattern.compile("\\$\\{([a-z][A-Za-z0-9]*Delegate)}");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> models() throws IOException {
        return Files.list(Path.of("bpmn")).filter(p -> p.toString().endsWith(".bpmn")).sorted();
    }

    static Stream<Path> forms() throws IOException {
        return Files.list(Path.of("forms")).filter(p -> p.toString().endsWith(".form")).sorted();
    }

    @ParameterizedTest
    @MethodSource("models")
    void modelOpensInCamundaModelerForPlatform7(Path file) throws IOException {
        String xml = Files.readString(file);
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());

        assertThat(xml).contains("modeler:executionPlatform=\"Camunda Platform\"")
                .contains("modeler:executionPlatformVersion=\"7.24.0\"");
        assertThat(model.getModelElementsByType(BpmnDiagram.class)).isNotEmpty();
        Process process = single(model.getModelElementsByType(Process.class));
        assertThat(file.getFileName().toString()).isEqualTo(process.getId() + ".bpmn");
        assertThat(process.getCamundaHistoryTimeToLiveString()).as("history time-to-live").isNotBlank();
        assertThat(process.isExecutable()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("models")
    void idsAreMeaningfulAndTypePrefixed(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Process process = single(model.getModelElementsByType(Process.class));

        List<String> badIds = model.getModelElementsByType(BaseElement.class).stream()
                .filter(e -> e.getParentElement() != null && !(e instanceof Process))
                .filter(e -> isInside(e, process))
                .map(BaseElement::getId)
                .filter(id -> id != null && !ID.matcher(id).matches())
                .toList();
        assertThat(badIds).as("ids in " + file).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyDelegateExpressionNamesADelegateBean(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Set<String> beans = delegateBeanNames();

        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            assertThat(task.getCamundaClass()).as(task.getId() + " uses camunda:class").isNull();
            assertThat(task.getCamundaExpression()).as(task.getId() + " uses an expression").isNull();
            var matcher = DELEGATE_EXPRESSION.matcher(String.valueOf(task.getCamundaDelegateExpression()));
            assertThat(matcher.matches()).as(task.getId() + ": " + task.getCamundaDelegateExpression()).isTrue();
            assertThat(beans).as(task.getId()).contains(matcher.group(1));
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyUserTaskHasACamundaFormFromTheFormsFolder(Path file) throws IOException {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Set<String> formIds = formIds();

        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            assertThat(task.getCamundaFormRef()).as(task.getId()).isNotBlank();
            assertThat(formIds).as(task.getId()).contains(task.getCamundaFormRef());
            assertThat(task.getCamundaFormRefBinding()).as(task.getId()).isEqualTo("deployment");
            assertThat(task.getCamundaCandidateGroups()).as(task.getId() + " candidate groups").isNotBlank();
        }
    }

    @ParameterizedTest
    @MethodSource("forms")
    void formsAreNamedAfterTheirIdAndLabelledDutchFrenchEnglish(Path file) throws IOException {
        JsonNode form = JSON.readTree(file.toFile());

        assertThat(file.getFileName().toString()).isEqualTo(form.get("id").asText() + ".form");
        assertThat(form.get("executionPlatform").asText()).isEqualTo("Camunda Platform");
        assertThat(form.get("schemaVersion").asInt()).isLessThanOrEqualTo(16);
        for (JsonNode component : form.get("components")) {
            if (component.has("key")) {
                String label = component.has("label") ? component.get("label").asText()
                        : component.path("dateLabel").asText();
                assertThat(label).as(file + " " + component.get("key")).matches(".+ · .+");
            }
            for (JsonNode value : component.path("values")) {
                assertThat(value.get("label").asText()).as(file + " option " + value.get("value")).contains(" · ");
            }
        }
    }

    @Test
    void formsLiveOnlyInTheFormsFolder() throws IOException {
        try (Stream<Path> stray = Files.walk(Path.of("src")).filter(p -> p.toString().endsWith(".form"))) {
            assertThat(stray).isEmpty();
        }
    }

    private static Set<String> delegateBeanNames() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(JavaDelegate.class));
        return scanner.findCandidateComponents("be.buddyflow").stream()
                .map(definition -> {
                    try {
                        return Class.forName(definition.getBeanClassName());
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .filter(type -> type.isAnnotationPresent(Component.class))
                .map(type -> Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1))
                .collect(Collectors.toSet());
    }

    private static Set<String> formIds() throws IOException {
        try (Stream<Path> files = forms()) {
            return files.map(f -> {
                try {
                    return JSON.readTree(f.toFile()).get("id").asText();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).collect(Collectors.toSet());
        }
    }

    private static boolean isInside(org.camunda.bpm.model.xml.instance.ModelElementInstance element, Process process) {
        for (var e = element.getParentElement(); e != null; e = e.getParentElement()) {
            if (e == process) {
                return true;
            }
        }
        return false;
    }

    private static <T> T single(Collection<T> elements) {
        assertThat(elements).hasSize(1);
        return elements.iterator().next();
    }
}
