package be.buddyflow.api;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses malformed input at the door of every API ({@code /api}, {@code /engine-rest}, the webapps'
 * {@code /camunda/api}) with a 400 problem naming the field or parameter, before it reaches a parser
 * with other limits or PostgreSQL (which refuses NUL characters in text with a server error):
 * <ul>
 * <li>a NUL character in the path, a query or form parameter (name or value), the Basic credentials,
 * or a JSON string or property name;</li>
 * <li>JSON nested deeper than {@link #MAX_DEPTH}, numbers longer than {@link #MAX_NUMBER_LENGTH}
 * characters, integers beyond 64 bits, decimals beyond a double (1e999999);</li>
 * <li>on the engine APIs, a {@code sorting} list of another shape than the engine expects.</li>
 * </ul>
 * It runs before Spring Security, so a refusal carries the API headers itself.
 */
final class MalformedInputGuard extends OncePerRequestFilter {

    static final int MAX_DEPTH = 64;
    static final int MAX_NUMBER_LENGTH = 64;
    /** Bodies are inspected up to this size; larger ones are passed on to the size limits behind. */
    static final int MAX_INSPECTED_BYTES = 1024 * 1024;

    private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> SORT_ORDERS = Set.of("asc", "desc");
    /** The primitive value types the engine sorts variables by. */
    private static final Set<String> SORT_VARIABLE_TYPES = Set.of("string", "integer", "short", "long", "double",
            "date", "boolean");
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .build())
            .build();
    private static final ObjectMapper TREE = new ObjectMapper(JSON);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ProblemDetail refusal = refuseUrlOrCredentials(request);
        if (refusal != null) {
            refuse(response, refusal);
            return;
        }
        HttpServletRequest inspected = request;
        String contentType = request.getContentType();
        if (BODY_METHODS.contains(request.getMethod()) && contentType != null
                && contentType.toLowerCase(Locale.ROOT).contains("json")
                && request.getContentLengthLong() <= MAX_INSPECTED_BYTES) {
            InputStream in = request.getInputStream();
            byte[] body = in.readNBytes(MAX_INSPECTED_BYTES + 1);
            if (body.length <= MAX_INSPECTED_BYTES) {
                refusal = refuseJson(body, isEngineApi(request));
                if (refusal != null) {
                    refuse(response, refusal);
                    return;
                }
            }
            inspected = new ReplayedBodyRequest(request, body, in);
        } else if (contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            // Form posts (the webapps' login): the parameters come from the body.
            refusal = refuseParameters(request);
            if (refusal != null) {
                refuse(response, refusal);
                return;
            }
        }
        chain.doFilter(inspected, response);
    }

    private static boolean isEngineApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/engine/");
    }

    static ProblemDetail refuseUrlOrCredentials(HttpServletRequest request) {
        if (hasNul(request.getRequestURI())) {
            return Problems.forField(HttpStatus.BAD_REQUEST, "path", "must not contain a NUL character");
        }
        String query = request.getQueryString();
        if (query != null && hasNul(query)) {
            String parameter = parameterWithNul(query);
            return Problems.forField(HttpStatus.BAD_REQUEST, parameter, "must not contain a NUL character");
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String credentials = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                        StandardCharsets.UTF_8);
                if (credentials.indexOf('\0') >= 0) {
                    return Problems.forField(HttpStatus.BAD_REQUEST, "Authorization",
                            "the credentials must not contain a NUL character");
                }
            } catch (IllegalArgumentException notBase64) {
                // The authentication filters answer 401 themselves.
            }
        }
        return null;
    }

    private static ProblemDetail refuseParameters(HttpServletRequest request) {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            boolean nul = parameter.getKey().indexOf('\0') >= 0;
            for (String value : parameter.getValue()) {
                nul |= value != null && value.indexOf('\0') >= 0;
            }
            if (nul) {
                return Problems.forField(HttpStatus.BAD_REQUEST, printable(parameter.getKey()),
                        "must not contain a NUL character");
            }
        }
        return null;
    }

    /** A raw NUL or its percent-encoding, as it stands in a path or a query string. */
    private static boolean hasNul(String raw) {
        return raw.indexOf('\0') >= 0 || raw.toLowerCase(Locale.ROOT).contains("%00");
    }

    /** The (printable part of the) name of the first query parameter carrying a NUL in its name or value. */
    private static String parameterWithNul(String query) {
        for (String pair : query.split("&")) {
            if (hasNul(pair)) {
                String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
                return printable(java.net.URLDecoder.decode(name.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        return "query";
    }

    private static String printable(String name) {
        String cleaned = name.replace("\0", "").replaceAll("[^A-Za-z0-9_.\\[\\]-]", "");
        return cleaned.isEmpty() ? "query" : cleaned;
    }

    /** The problem with a JSON body, or null when it is fine (or not JSON at all: the API behind says so). */
    static ProblemDetail refuseJson(byte[] body, boolean engineApi) {
        if (body.length == 0) {
            return null;
        }
        try (JsonParser parser = JSON.createParser(body)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                switch (token) {
                    case FIELD_NAME -> {
                        if (parser.currentName().indexOf('\0') >= 0) {
                            return field(parser, "property names must not contain a NUL character");
                        }
                    }
                    case VALUE_STRING -> {
                        if (parser.getText().indexOf('\0') >= 0) {
                            return field(parser, "must not contain a NUL character");
                        }
                    }
                    case VALUE_NUMBER_INT -> {
                        String text = parser.getText();
                        if (text.length() > MAX_NUMBER_LENGTH || !fitsInLong(text)) {
                            return field(parser, "is too large a number");
                        }
                    }
                    case VALUE_NUMBER_FLOAT -> {
                        String text = parser.getText();
                        if (text.length() > MAX_NUMBER_LENGTH || Double.isInfinite(Double.parseDouble(text))) {
                            return field(parser, "is too large a number");
                        }
                    }
                    default -> {
                        // structure and other scalars are fine
                    }
                }
            }
        } catch (StreamConstraintsException tooMuch) {
            String message = String.valueOf(tooMuch.getOriginalMessage());
            return Problems.of(HttpStatus.BAD_REQUEST, message.contains("nesting")
                    ? "The body is nested deeper than " + MAX_DEPTH + " levels"
                    : "The body holds a number longer than " + MAX_NUMBER_LENGTH + " characters");
        } catch (JsonProcessingException notJson) {
            // Not valid JSON: the API behind answers 400 itself.
            return null;
        } catch (IOException | NumberFormatException unreadable) {
            return null;
        }
        return engineApi ? refuseSorting(body) : null;
    }

    /** The engine's query sorting: [{sortBy, sortOrder, parameters: {variable, type} for variable sorting}]. */
    private static ProblemDetail refuseSorting(byte[] body) {
        JsonNode sorting;
        try {
            JsonNode root = TREE.readTree(body);
            if (root == null || !root.isObject() || !root.has("sorting") || root.get("sorting").isNull()) {
                return null;
            }
            sorting = root.get("sorting");
        } catch (IOException e) {
            return null;
        }
        if (!sorting.isArray()) {
            return Problems.forField(HttpStatus.BAD_REQUEST, "sorting", "must be a list of {sortBy, sortOrder}");
        }
        for (int i = 0; i < sorting.size(); i++) {
            JsonNode entry = sorting.get(i);
            String at = "sorting[" + i + "]";
            if (!entry.isObject()) {
                return Problems.forField(HttpStatus.BAD_REQUEST, at, "must be an object {sortBy, sortOrder}");
            }
            if (!entry.path("sortBy").isTextual() || entry.get("sortBy").asText().isBlank()) {
                return Problems.forField(HttpStatus.BAD_REQUEST, at + ".sortBy", "is required");
            }
            if (!entry.path("sortOrder").isTextual() || !SORT_ORDERS.contains(entry.get("sortOrder").asText())) {
                return Problems.forField(HttpStatus.BAD_REQUEST, at + ".sortOrder", "must be asc or desc");
            }
            if (entry.get("sortBy").asText().endsWith("Variable")) {
                JsonNode parameters = entry.path("parameters");
                if (!parameters.path("variable").isTextual() || parameters.get("variable").asText().isBlank()) {
                    return Problems.forField(HttpStatus.BAD_REQUEST, at + ".parameters.variable",
                            "is required when sorting by a variable");
                }
                if (!parameters.path("type").isTextual()
                        || !SORT_VARIABLE_TYPES.contains(parameters.get("type").asText().toLowerCase(Locale.ROOT))) {
                    return Problems.forField(HttpStatus.BAD_REQUEST, at + ".parameters.type",
                            "is required when sorting by a variable (String, Integer, Long, Double, Date...)");
                }
            }
        }
        return null;
    }

    private static boolean fitsInLong(String integer) {
        try {
            new BigInteger(integer).longValueExact();
            return true;
        } catch (ArithmeticException | NumberFormatException e) {
            return false;
        }
    }

    private static ProblemDetail field(JsonParser parser, String detail) {
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        StringBuilder field = new StringBuilder();
        for (String step : pointer.split("/")) {
            if (step.isEmpty()) {
                continue;
            }
            if (step.chars().allMatch(Character::isDigit)) {
                field.append('[').append(step).append(']');
            } else {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(printable(step.replace("~1", "/").replace("~0", "~")));
            }
        }
        return Problems.forField(HttpStatus.BAD_REQUEST, field.isEmpty() ? "body" : field.toString(), detail);
    }

    /** Runs before Spring Security's header writer: the API headers (docs/security.md) come from here. */
    private static void refuse(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
        response.setHeader("Pragma", "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        response.setHeader("Referrer-Policy", "no-referrer");
        Problems.write(response, problem);
    }
}
