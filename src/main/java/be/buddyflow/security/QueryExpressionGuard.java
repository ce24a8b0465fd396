package be.buddyflow.security;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

import be.buddyflow.api.Problems;
import be.buddyflow.api.ReplayedBodyRequest;
import be.buddyflow.api.RequestBodyLimit;
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
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Mitigates CVE-2026-109432: Camunda 7.24.0 evaluates expressions that arrive inside a task query's
 * {@code orQueries}, although ad hoc query expressions are disabled. A body sent to the engine APIs
 * (REST and the webapps' own API) by an authenticated caller is read once here; one that carries
 * {@code ${...}} or {@code #{...}} anywhere below an {@code orQueries} key is refused with 400 before
 * the engine sees it.
 * <ul>
 * <li>Anonymous callers pass untouched, body unread: the doors behind answer 401 (engine REST's
 * authentication runs before this filter; the webapps' API checks its session after it). So nobody
 * makes Buddyflow read a megabyte without logging in.</li>
 * <li>Query bodies (JSON, or anything that is not a form or multipart) are read up to
 * {@link #MAX_INSPECTED_BYTES}; larger ones get 413. Every JSON endpoint is inspected, not a list of
 * query paths: task, process-instance, history and filter queries all take {@code orQueries}, and a
 * list would miss the next one.</li>
 * <li>Multipart bodies (deployments from Camunda Modeler: {@code POST /engine-rest/deployment/create},
 * file variables) carry no query and stream through unread, up to
 * {@code buddyflow.security.max-multipart-bytes} (20 MiB); the engine lets administrators only deploy.</li>
 * <li>Form posts (the webapps' login) carry no query either and pass through.</li>
 * </ul>
 */
class QueryExpressionGuard extends OncePerRequestFilter {

    /** Engine query bodies are small documents; anything larger is not a legitimate query. */
    static final int MAX_INSPECTED_BYTES = 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final IdentityService identityService;
    private final long maxMultipartBytes;

    QueryExpressionGuard(IdentityService identityService, long maxMultipartBytes) {
        this.identityService = identityService;
        this.maxMultipartBytes = maxMultipartBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !("POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!authenticated(request)) {
            chain.doFilter(request, response);
            return;
        }
        String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (contentType.startsWith("multipart/")) {
            if (request.getContentLengthLong() > maxMultipartBytes) {
                tooLarge(response, maxMultipartBytes);
                return;
            }
            try {
                chain.doFilter(new RequestBodyLimit.LimitedRequest(request, maxMultipartBytes), response);
            } catch (RequestBodyLimit.BodyTooLargeException | ServletException e) {
                if (!(e instanceof RequestBodyLimit.BodyTooLargeException
                        || e.getCause() instanceof RequestBodyLimit.BodyTooLargeException)) {
                    throw e;
                }
                if (!response.isCommitted()) {
                    tooLarge(response, maxMultipartBytes);
                }
            }
            return;
        }
        if (contentType.startsWith("application/x-www-form-urlencoded")) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > MAX_INSPECTED_BYTES) {
            tooLarge(response, MAX_INSPECTED_BYTES);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_INSPECTED_BYTES + 1);
        if (body.length > MAX_INSPECTED_BYTES) {
            tooLarge(response, MAX_INSPECTED_BYTES);
            return;
        }
        if (carriesExpressionInOrQueries(body)) {
            Problems.write(response, Problems.forField(HttpStatus.BAD_REQUEST, "orQueries",
                    "expressions are not allowed in queries"));
            return;
        }
        chain.doFilter(new ReplayedBodyRequest(request, body), response);
    }

    /**
     * Engine REST: its authentication filter ran before this one and set the engine's current
     * authentication. The webapps' API: a login in the session (their own filter refuses the rest).
     */
    private boolean authenticated(HttpServletRequest request) {
        if (identityService.getCurrentAuthentication() != null) {
            return true;
        }
        HttpSession session = request.getSession(false);
        if (session == null || !request.getRequestURI().startsWith(request.getContextPath() + "/camunda/api/")) {
            return false;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        return authentications != null && !authentications.getAuthentications().isEmpty();
    }

    private static void tooLarge(HttpServletResponse response, long limit) throws IOException {
        Problems.write(response, Problems.of(HttpStatus.PAYLOAD_TOO_LARGE,
                "Request bodies of this kind to the engine API are limited to " + limit + " bytes"));
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
}
