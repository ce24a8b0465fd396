package be.buddyflow.security.engine;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a Camunda Form (form-js schema, {@code forms/*.form}) lets a person submit: the keys of its
 * fields, which of them the person may change, and the rules the form shows in the browser (type,
 * options, required, length, pattern, bounds). The browser checks those rules too, but anybody can
 * send a completion without the browser; here they are checked again where the engine takes the
 * values.
 */
final class DeclaredForm {

    /** A task or start event without a form: a person may submit nothing. */
    static final DeclaredForm NONE = new DeclaredForm(Map.of());

    private static final ObjectMapper JSON = new ObjectMapper();
    /** {@code value: "1"} inside a FEEL context: the key {@code value}, then a string literal. */
    private static final Pattern OPTION_VALUE_LITERAL =
            Pattern.compile("(?<![\\w.])value\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");

    private final Map<String, Field> fields;

    private DeclaredForm(Map<String, Field> fields) {
        this.fields = Map.copyOf(fields);
    }

    static DeclaredForm parse(InputStream schema) throws IOException {
        Map<String, Field> fields = new LinkedHashMap<>();
        collect(JSON.readTree(schema).path("components"), fields);
        return new DeclaredForm(fields);
    }

    private static void collect(JsonNode components, Map<String, Field> fields) {
        for (JsonNode component : components) {
            String key = component.path("key").asText(null);
            String type = component.path("type").asText("");
            if (key != null && !key.isBlank() && !"button".equals(type)) {
                fields.put(key, Field.of(key, type, component));
            }
            // Groups and dynamic lists nest their own components.
            collect(component.path("components"), fields);
        }
    }

    Optional<Field> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    Collection<Field> fields() {
        return fields.values();
    }

    /** The keys a person may change through this form. */
    Set<String> editableKeys() {
        return fields.values().stream().filter(Field::editable).map(Field::key)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** A field of the form and its rules. {@code options} is empty where the form offers free input. */
    record Field(String key, String type, String label, boolean editable, boolean conditional, boolean required,
            Integer minLength, Integer maxLength, String pattern, BigDecimal min, BigDecimal max, boolean email,
            String subtype, List<String> options) {

        static Field of(String key, String type, JsonNode component) {
            JsonNode validate = component.path("validate");
            List<String> options = new ArrayList<>();
            component.path("values").forEach(option -> options.add(option.path("value").asText()));
            if (component.hasNonNull("valuesExpression")) {
                options.addAll(expressionOptions(component.get("valuesExpression").asText()));
            }
            boolean editable = !component.path("readonly").asBoolean(false)
                    && !component.path("disabled").asBoolean(false)
                    // Text, images and the like show something; they take no input.
                    && INPUT_TYPES.contains(type);
            return new Field(key, type, component.path("label").asText(key), editable,
                    component.has("conditional"), validate.path("required").asBoolean(false),
                    validate.has("minLength") ? validate.get("minLength").asInt() : null,
                    validate.has("maxLength") ? validate.get("maxLength").asInt() : null,
                    validate.hasNonNull("pattern") ? validate.get("pattern").asText() : null,
                    validate.has("min") ? validate.get("min").decimalValue() : null,
                    validate.has("max") ? validate.get("max").decimalValue() : null,
                    "email".equals(validate.path("validationType").asText()),
                    component.path("subtype").asText(null), List.copyOf(options));
        }

        /**
         * The option values a FEEL {@code valuesExpression} can give: the string literals it names as
         * {@code value: "…"}, as in {@code =[{label: candidateLabel1, value: "1"}, …][item.label != null]}.
         * The labels may come from the task's variables; the values stay in the deployed form. Values an
         * expression computes are not read, so a field whose options are all computed accepts nothing
         * (the rule fails closed). form-js ignores a {@code valuesExpression} beside static
         * {@code values}; this reading adds its literals all the same, which only widens the rule where the
         * form itself is wrong.
         */
        static List<String> expressionOptions(String expression) {
            List<String> values = new ArrayList<>();
            java.util.regex.Matcher literal = OPTION_VALUE_LITERAL.matcher(expression);
            while (literal.find()) {
                values.add(literal.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
            }
            return values;
        }

        /**
         * The rule this value breaks, if any. {@code null} and the empty string mean "not filled in":
         * only {@link #required} speaks about them, and only for fields always on screen (a field hidden
         * by a condition is not sent by the browser).
         */
        Optional<Refusal> check(Object value) {
            if (value == null || "".equals(value)) {
                return required && !conditional ? Optional.of(Refusal.REQUIRED) : Optional.empty();
            }
            return switch (type) {
                case "checkbox" -> value instanceof Boolean ? Optional.empty() : Optional.of(Refusal.NOT_A_YES_NO);
                case "number" -> checkNumber(value);
                case "radio", "select" -> value instanceof String text && options.contains(text)
                        ? Optional.empty() : Optional.of(Refusal.NOT_AN_OPTION);
                case "datetime" -> checkDate(value);
                case "checklist", "taglist" -> value instanceof Collection<?> chosen
                        && chosen.stream().allMatch(c -> c instanceof String text && (options.isEmpty() || options.contains(text)))
                        ? Optional.empty() : Optional.of(Refusal.NOT_AN_OPTION);
                default -> value instanceof String text ? checkText(text) : Optional.of(Refusal.NOT_TEXT);
            };
        }

        private Optional<Refusal> checkNumber(Object value) {
            if (!(value instanceof Number number)) {
                return Optional.of(Refusal.NOT_A_NUMBER);
            }
            BigDecimal decimal;
            try {
                decimal = new BigDecimal(number.toString());
            } catch (NumberFormatException notFinite) {
                return Optional.of(Refusal.NOT_A_NUMBER);
            }
            if ((min != null && decimal.compareTo(min) < 0) || (max != null && decimal.compareTo(max) > 0)) {
                return Optional.of(Refusal.OUT_OF_RANGE);
            }
            return Optional.empty();
        }

        private Optional<Refusal> checkDate(Object value) {
            if (!(value instanceof String text)) {
                return Optional.of(Refusal.NOT_A_DATE);
            }
            if (subtype == null || "date".equals(subtype)) {
                try {
                    LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    return Optional.of(Refusal.NOT_A_DATE);
                }
            }
            return text.length() > 40 ? Optional.of(Refusal.NOT_A_DATE) : Optional.empty();
        }

        private Optional<Refusal> checkText(String text) {
            if (maxLength != null && text.length() > maxLength) {
                return Optional.of(Refusal.TOO_LONG);
            }
            if (minLength != null && text.length() < minLength) {
                return Optional.of(Refusal.TOO_SHORT);
            }
            if (pattern != null && !matches(pattern, text)) {
                return Optional.of(Refusal.WRONG_FORMAT);
            }
            if (email && !EMAIL.matcher(text).matches()) {
                return Optional.of(Refusal.WRONG_FORMAT);
            }
            return Optional.empty();
        }

        /** form-js tests the pattern against the whole value, as JavaScript's RegExp would. */
        private static boolean matches(String pattern, String text) {
            try {
                return Pattern.compile(pattern).matcher(text).matches();
            } catch (PatternSyntaxException notJava) {
                // A pattern Java cannot read is a form defect, not the person's: let the value pass.
                return true;
            }
        }
    }

    private static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "checkbox",
            "checklist", "radio", "select", "datetime", "taglist");

    /** Why a submitted value was refused; each has a sentence in {@code i18n/refusals*.properties}. */
    enum Refusal {
        UNDECLARED, READ_ONLY, REQUIRED, NOT_A_YES_NO, NOT_A_NUMBER, OUT_OF_RANGE, NOT_AN_OPTION, NOT_A_DATE,
        NOT_TEXT, TOO_LONG, TOO_SHORT, WRONG_FORMAT, NOT_A_VALUE;

        String messageKey() {
            return "refusal." + name().toLowerCase().replace('_', '-');
        }
    }
}
