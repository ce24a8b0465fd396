package be.buddyflow.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What every API answer carries, whoever wrote it (docs/security.md):
 * <ul>
 * <li>{@code Cache-Control: no-store} on {@code /api}, {@code /engine-rest} and {@code /camunda/api}
 * (engine REST and Camunda's webapp filters set {@code no-cache}, which lets a browser or proxy keep
 * personal data on disk);</li>
 * <li>on the engine APIs ({@code /engine-rest}, {@code /camunda/api/engine}), errors as RFC 9457
 * problems instead of the engine's {@code {type, message}}, whose messages name internal ids, users
 * and exception types. The status is kept, except that failures caused by the input (a number out of
 * range, a body Jackson refuses) become 400 and unknown ids 404; the detail is generic, except a 400's
 * own message when it names no id and no exception (our delegates' form refusals, the engine's
 * "Cannot set query parameter 'sortBy'..."). The detail is also sent as {@code message}, which the
 * webapps show in their notifications.</li>
 * </ul>
 */
final class ApiResponses extends OncePerRequestFilter {

    static final String NO_STORE = "no-cache, no-store, max-age=0, must-revalidate";

    private static final Logger log = LoggerFactory.getLogger(ApiResponses.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Engine 500s whose cause is the request: Jackson refusing a value, a number that does not fit. */
    private static final Set<String> INPUT_FAILURES = Set.of("InputCoercionException", "StreamConstraintsException",
            "JsonParseException", "JsonMappingException", "MismatchedInputException", "InvalidFormatException",
            "StreamReadException", "JsonEOFException", "NumberFormatException", "InvalidTypeIdException",
            "UnrecognizedPropertyException", "ValueInstantiationException");
    private static final Pattern NOT_FOUND = Pattern.compile(
            "(doesn't exist|does not exist|Cannot find|No matching|not found)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ARGUMENT_CHECK = Pattern.compile(
            "(\\bis null\\b|\\bis empty\\b|must specify|You must|must be set|must not be|cannot be (null|empty|used)"
                    + "|\\bEither\\b|not valid|[Ii]nvalid|not supported|[Uu]nsupported|Only one of)");
    private static final Set<String> ENGINE_TYPES = Set.of("ProcessEngineException", "NullValueException",
            "BadUserRequestException", "NotValidException", "RestException", "InvalidRequestException");
    private static final Pattern UUID_LIKE = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern INTERNALS = Pattern.compile(
            "(\\b[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.[A-Z]\\w*|\\w*Exception\\b|\\bat \\[Source|reference chain"
                    + "|\\n\\s*at |\\bnull\\b|:\\d+:[0-9a-fA-F-]{8,})");
    /** "Cannot complete task 3f2a...: ", "Cannot instantiate process definition key:1:3f2a...: " */
    private static final Pattern ENGINE_PREFIX = Pattern.compile("^Cannot [^:]*?(\\s\\S*?)?: ");
    private static final String PROBLEMS = "i18n/problems";
    /**
     * The sentences security.engine.UserCommandGuard refuses with, in every language: a 403 that
     * carries one of them was written for the reader (no id, no permission) and is kept as it is.
     * Engine REST gives its 403s no type of ours, so the sentence is what tells them apart.
     */
    static final Set<String> OWN_REFUSALS = ownRefusals();
    private static final Pattern PARAMETER = Pattern.compile("(?:query )?parameter '([A-Za-z0-9_.]+)'");
    private static final Pattern JSON_FIELD = Pattern.compile("\\[\"([A-Za-z0-9_]+)\"\\]");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.contains("/static/")) {
            // The webapps' plugin scripts under /camunda/api/{app}/plugin/{id}/static: cacheable assets.
            chain.doFilter(request, response);
            return;
        }
        boolean engine = path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/engine/");
        Answer answer = new Answer(response, engine, Language.of(request));
        response.setHeader("Cache-Control", NO_STORE);
        try {
            chain.doFilter(request, answer);
        } finally {
            answer.finish();
        }
    }

    /** The problem that replaces an engine error body (null: keep it, it is one of our problems already). */
    static ProblemDetail rewrite(int status, String contentType, byte[] body, Locale language) {
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("problem+json")) {
            return null;
        }
        String type = null;
        String message = null;
        try {
            JsonNode json = body.length == 0 ? null : JSON.readTree(body);
            if (json != null && json.isObject()) {
                type = json.path("type").asText(null);
                message = json.path("message").asText(null);
            }
        } catch (IOException notJson) {
            // an HTML or text error page: nothing of it is kept
        }
        int answered = status;
        if (status == 500 && type != null && INPUT_FAILURES.contains(type)) {
            answered = 400;
        } else if (status == 500 && message != null && NOT_FOUND.matcher(message).find()
                && ("NullValueException".equals(type) || "RestException".equals(type)
                        || "NotFoundException".equals(type) || "BadUserRequestException".equals(type))) {
            answered = 404;
        } else if (status == 500 && message != null && ARGUMENT_CHECK.matcher(message).find()
                && ENGINE_TYPES.contains(type)) {
            // The engine checks a request's arguments with the same exception it uses for everything
            // else; its wording tells which it was ("ENGINE-13050 You must specify at least one of ...").
            answered = 400;
        }
        HttpStatus httpStatus = HttpStatus.resolve(answered);
        if (httpStatus == null) {
            httpStatus = answered >= 500 ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
        }
        String field = message == null ? null : field(message);
        if (answered == 400 && message != null) {
            String own = ENGINE_PREFIX.matcher(message.trim()).replaceFirst("");
            if (!own.isBlank() && isSafe(own) && !INPUT_FAILURES.contains(type)) {
                return field == null ? Problems.of(httpStatus, own)
                        : Problems.withFieldErrors(Problems.of(httpStatus, own),
                                List.of(new Problems.FieldProblem(field, own)));
            }
            String detail = field == null ? Language.sentence(PROBLEMS, "problem.400", language)
                    : Language.sentence(PROBLEMS, "problem.field", language);
            return field == null ? Problems.of(httpStatus, detail) : Problems.forField(httpStatus, field, detail);
        }
        if (answered >= 500) {
            String incident = UUID.randomUUID().toString();
            log.warn("Engine API failure, incident {}: {} {}: {}", incident, status, type, message);
            ProblemDetail problem = Problems.of(httpStatus, Language.sentence(PROBLEMS, "problem.500", language, incident));
            problem.setProperty("incident", incident);
            return problem;
        }
        if (answered == 403 && message != null
                && OWN_REFUSALS.contains(ENGINE_PREFIX.matcher(message.trim()).replaceFirst(""))) {
            // The engine-side guard's own refusal, already written for the reader in her language.
            return Problems.of(httpStatus, ENGINE_PREFIX.matcher(message.trim()).replaceFirst(""));
        }
        return Problems.of(httpStatus, generic(answered, language));
    }

    private static Set<String> ownRefusals() {
        Set<String> sentences = new java.util.HashSet<>();
        for (Locale language : Language.SUPPORTED) {
            for (String key : List.of("refusal.not-allowed", "refusal.variable-filter")) {
                sentences.add(Language.sentence("i18n/refusals", key, language));
            }
        }
        return Set.copyOf(sentences);
    }

    private static String generic(int status, Locale language) {
        String key = switch (status) {
            case 400, 401, 403, 404, 405, 406, 409, 413, 415 -> "problem." + status;
            default -> "problem.other";
        };
        return Language.sentence(PROBLEMS, key, language);
    }

    /** No ids, class names, stack frames or Jackson locations: a message for the user. */
    static boolean isSafe(String message) {
        return message.length() <= 500 && !UUID_LIKE.matcher(message).find() && !INTERNALS.matcher(message).find();
    }

    private static String field(String message) {
        Matcher parameter = PARAMETER.matcher(message);
        if (parameter.find()) {
            return parameter.group(1);
        }
        Matcher json = JSON_FIELD.matcher(message);
        String last = null;
        while (json.find()) {
            last = last == null ? json.group(1) : last + "." + json.group(1);
        }
        return last;
    }

    /** Our own problems (the guards'), with the {@code message} the webapps show. */
    static byte[] withMessage(byte[] problem) {
        try {
            JsonNode json = JSON.readTree(problem);
            if (json instanceof com.fasterxml.jackson.databind.node.ObjectNode object && !object.has("message")
                    && object.hasNonNull("detail")) {
                object.put("message", object.get("detail").asText());
                return JSON.writeValueAsBytes(object);
            }
        } catch (IOException notJson) {
            // left as it is
        }
        return problem;
    }

    /** Forces no-store; on the engine APIs, holds an error body back until it is rewritten. */
    private static final class Answer extends HttpServletResponseWrapper {

        private final boolean engine;
        private ByteArrayOutputStream held;
        private ServletOutputStream stream;
        private PrintWriter writer;
        private boolean errorSent;
        private final Locale language;

        Answer(HttpServletResponse response, boolean engine, Locale language) {
            super(response);
            this.engine = engine;
            this.language = language;
        }

        private boolean holding() {
            if (held == null && engine && getStatus() >= 400 && !isCommitted()) {
                held = new ByteArrayOutputStream();
            }
            return held != null;
        }

        @Override
        public void setHeader(String name, String value) {
            if ("Cache-Control".equalsIgnoreCase(name)) {
                super.setHeader(name, NO_STORE);
            } else if (!("Content-Length".equalsIgnoreCase(name) && engine && getStatus() >= 400)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if ("Cache-Control".equalsIgnoreCase(name)) {
                super.setHeader(name, NO_STORE);
            } else if (!("Content-Length".equalsIgnoreCase(name) && engine && getStatus() >= 400)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setContentLength(int len) {
            if (!(engine && getStatus() >= 400)) {
                super.setContentLength(len);
            }
        }

        @Override
        public void setContentLengthLong(long len) {
            if (!(engine && getStatus() >= 400)) {
                super.setContentLengthLong(len);
            }
        }

        @Override
        public void sendError(int sc) throws IOException {
            sendError(sc, null);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            if (engine && !isCommitted()) {
                // No error dispatch to Spring Boot's /error page: the problem is written in finish().
                setStatus(sc);
                errorSent = true;
                held = new ByteArrayOutputStream();
            } else {
                super.sendError(sc, msg);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (!engine) {
                return super.getOutputStream();
            }
            if (stream == null) {
                ServletOutputStream real = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        if (holding()) {
                            held.write(b);
                        } else {
                            real.write(b);
                        }
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        if (holding()) {
                            held.write(b, off, len);
                        } else {
                            real.write(b, off, len);
                        }
                    }

                    @Override
                    public void flush() throws IOException {
                        if (!holding()) {
                            real.flush();
                        }
                    }

                    @Override
                    public boolean isReady() {
                        return real.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        real.setWriteListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (!engine) {
                return super.getWriter();
            }
            if (writer == null) {
                String encoding = getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(),
                        encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (!(engine && getStatus() >= 400)) {
                super.flushBuffer();
            }
        }

        void finish() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (!engine || getStatus() < 400 || isCommitted()) {
                return;
            }
            byte[] body = held == null ? new byte[0] : held.toByteArray();
            ProblemDetail problem = rewrite(getStatus(), errorSent ? null : getContentType(), body, language);
            HttpServletResponse real = (HttpServletResponse) getResponse();
            // Jersey sets the length of the engine's body before its status: the new body has its own.
            real.setContentLengthLong(-1);
            if (problem == null) {
                real.getOutputStream().write(withMessage(body));
                return;
            }
            problem.setProperty("message", problem.getDetail());
            real.resetBuffer();
            Problems.write(real, problem);
        }
    }
}
