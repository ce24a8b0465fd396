package be.buddyflow.security;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

import be.buddyflow.api.Problems;
import com.fasterxml.jackson.core.JsonProcessingException;
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
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Mitigates CVE-2026-109432: Camunda 7.24.0 evaluates expressions that arrive inside a task query's
 * {@code orQueries}, although ad hoc query expressions are disabled. Every JSON body sent to the
 * engine APIs (REST and the webapps' own API) is read once here; one that carries {@code ${...}} or
 * {@code #{...}} anywhere below an {@code orQueries} key is refused with 400 before the engine sees it.
 */
class QueryExpressionGuard extends OncePerRequestFilter {

    /** Engine bodies are small query documents; anything larger is not a legitimate query. */
    static final int MAX_INSPECTED_BYTES = 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !("POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_INSPECTED_BYTES + 1);
        if (body.length > MAX_INSPECTED_BYTES) {
            Problems.write(response, Problems.of(HttpStatus.PAYLOAD_TOO_LARGE,
                    "Request bodies to the engine API are limited to " + MAX_INSPECTED_BYTES + " bytes"));
            return;
        }
        if (carriesExpressionInOrQueries(body)) {
            Problems.write(response, Problems.forField(HttpStatus.BAD_REQUEST, "orQueries",
                    "expressions are not allowed in queries"));
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    static boolean carriesExpressionInOrQueries(byte[] body) {
        if (body.length == 0) {
            return false;
        }
        try {
            return containsOrQueriesWithExpression(JSON.readTree(body), false);
        } catch (JsonProcessingException notJson) {
            // Not JSON: the engine's JSON endpoints refuse it themselves.
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean containsOrQueriesWithExpression(JsonNode node, boolean insideOrQueries) {
        if (node == null) {
            return false;
        }
        if (node.isTextual()) {
            return insideOrQueries && isExpression(node.textValue());
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                boolean inside = insideOrQueries || "orQueries".equalsIgnoreCase(field.getKey());
                if ((inside && isExpression(field.getKey()))
                        || containsOrQueriesWithExpression(field.getValue(), inside)) {
                    return true;
                }
            }
            return false;
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                if (containsOrQueriesWithExpression(element, insideOrQueries)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isExpression(String text) {
        return text.contains("${") || text.contains("#{");
    }

    /** Hands the body, already read, to the rest of the chain (VariableFilterGuard reads it too). */
    static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("Synchronous reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body),
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
