package be.buddyflow.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every variable name the models use, read from the files in {@code bpmn/} and {@code forms/} as
 * they are in the repository: form field keys, names in expressions, call activities' in and out
 * mappings, input and output parameters, result variables, decision inputs. The security tests try
 * each one, so that a new variable is covered the day it is modelled.
 */
public final class ModelVariables {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w\"'])([A-Za-z_][A-Za-z0-9_]*)(?!\\s*\\()");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "(?:source|target|camunda:resultVariable|camunda:elementVariable|camunda:collection|camunda:variables)=\"([A-Za-z_][A-Za-z0-9_]*)\"");
    private static final Pattern PARAMETER = Pattern.compile(
            "<camunda:(?:inputParameter|outputParameter) name=\"([A-Za-z_][A-Za-z0-9_]*)\"");
    private static final Pattern DMN_INPUT = Pattern.compile("<inputExpression[^>]*>\\s*<text>([A-Za-z_][A-Za-z0-9_]*)</text>");
    private static final Pattern DECLARED = Pattern.compile("(?:string|bool|integer|number)\\(\"([A-Za-z_][A-Za-z0-9_]*)\"\\)");
    /** Words of the expression language and the engine's own objects: not variables. */
    private static final Set<String> NOT_VARIABLES = Set.of("true", "false", "null", "empty", "not", "and", "or",
            "eq", "ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof", "execution", "task", "all",
            "dateTime", "authenticatedUserId");

    private ModelVariables() {
    }

    /** Sorted, so that a failure names the same variable first on every run. */
    public static Set<String> all() {
        Set<String> names = new TreeSet<>();
        names.addAll(inModels());
        names.addAll(inForms());
        names.addAll(declaredInCode());
        return names;
    }

    /** Variables the delegates write, declared once per process as {@code ProcessVariable}s. */
    public static Set<String> declaredInCode() {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith("Process.java")).toList()) {
                Matcher declared = DECLARED.matcher(read(source));
                while (declared.find()) {
                    names.add(declared.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    public static Set<String> inModels() {
        Set<String> names = new TreeSet<>();
        for (Path model : files("bpmn", ".bpmn", ".dmn")) {
            String xml = read(model);
            Matcher expressions = EXPRESSION.matcher(xml);
            while (expressions.find()) {
                Matcher identifiers = IDENTIFIER.matcher(expressions.group(1));
                while (identifiers.find()) {
                    names.add(identifiers.group(1));
                }
            }
            for (Pattern pattern : new Pattern[] {ATTRIBUTE, PARAMETER, DMN_INPUT}) {
                Matcher matcher = pattern.matcher(xml);
                while (matcher.find()) {
                    names.add(matcher.group(1));
                }
            }
        }
        names.removeAll(NOT_VARIABLES);
        // Beans named in delegateExpression and listeners are not variables.
        names.removeIf(name -> name.endsWith("Delegate") || name.endsWith("Listener"));
        return names;
    }

    public static Set<String> inForms() {
        Set<String> keys = new TreeSet<>();
        for (Path form : files("forms", ".form")) {
            try {
                collectKeys(JSON.readTree(form.toFile()).path("components"), keys);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return keys;
    }

    /** The keys of one form, and whether a person may change each (not read-only, not disabled). */
    public static Set<String> editableKeys(String formId) {
        Set<String> keys = new TreeSet<>();
        try {
            collectEditable(JSON.readTree(Path.of("forms", formId + ".form").toFile()).path("components"), keys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    private static void collectKeys(JsonNode components, Set<String> keys) {
        for (JsonNode component : components) {
            if (component.hasNonNull("key")) {
                keys.add(component.get("key").asText());
            }
            collectKeys(component.path("components"), keys);
        }
    }

    private static void collectEditable(JsonNode components, Set<String> keys) {
        for (JsonNode component : components) {
            if (component.hasNonNull("key") && !component.path("readonly").asBoolean(false)
                    && !component.path("disabled").asBoolean(false)) {
                keys.add(component.get("key").asText());
            }
            collectEditable(component.path("components"), keys);
        }
    }

    private static Iterable<Path> files(String folder, String... suffixes) {
        try (Stream<Path> paths = Files.list(Path.of(folder))) {
            return paths.filter(p -> Stream.of(suffixes).anyMatch(s -> p.toString().endsWith(s))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
