package be.buddyflow.security;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import be.buddyflow.api.Problems;
import be.buddyflow.api.ReplayedBodyRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The variable-filter rule for Cockpit's own plugin API ({@code /camunda/api/cockpit/...}). Every
 * other query reaches the engine's command executor, where UserCommandGuard (security.engine) looks
 * at the query object itself; Cockpit's plugin queries (its process instance list, with "add
 * criteria: variable") run through Cockpit's own MyBatis session and never pass there.
 *
 * <p>So this filter takes the request as Cockpit's resources will read it: parameter names and
 * values decoded by the servlet container (query string and form body), and the JSON body parsed
 * (escapes in keys decoded); any parameter or key, at any depth, whose name ends in "variables"
 * (ignoring case) with a non-empty value is a variable filter. Those are refused with 403 unless
 * the caller may read the variables of every process definition's instances and history
 * (administrators). The filter is mapped on the container's normalised path, so no spelling of the
 * path escapes it.
 *
 * <p>A request without an authenticated caller goes on unchanged: the plugin API answers it with 401.
 */
class VariableFilterGuard extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProcessEngine processEngine;

    VariableFilterGuard(ProcessEngine processEngine) {
        this.processEngine = processEngine;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest forwarded = request;
        boolean filtersOnVariables = false;
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).contains("json")) {
            byte[] body = request.getInputStream().readAllBytes();
            forwarded = new ReplayedBodyRequest(request, body);
            filtersOnVariables = bodyFiltersOnVariables(body);
        }
        filtersOnVariables |= parametersFilterOnVariables(forwarded.getParameterMap());
        // Without a caller the request goes on: the plugin API refuses the unauthenticated itself (401).
        Optional<Caller> caller = filtersOnVariables ? caller(request) : Optional.empty();
        if (caller.isPresent() && !mayReadAllVariables(caller.get())) {
            Problems.write(response, Problems.forField(HttpStatus.FORBIDDEN, "variables",
                    "filtering instances by variable values needs permission to read those variables"));
            return;
        }
        chain.doFilter(forwarded, response);
    }

    static boolean isVariableFilter(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith("variables");
    }

    static boolean parametersFilterOnVariables(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (isVariableFilter(parameter.getKey()) && parameter.getValue() != null
                    && java.util.Arrays.stream(parameter.getValue()).anyMatch(v -> v != null && !v.isBlank())) {
                return true;
            }
        }
        return false;
    }

    static boolean bodyFiltersOnVariables(byte[] body) {
        if (body.length == 0) {
            return false;
        }
        try {
            return containsVariableFilter(JSON.readTree(body));
        } catch (IOException notJson) {
            // Not JSON: Cockpit's JSON resources refuse it themselves.
            return false;
        }
    }

    private static boolean containsVariableFilter(JsonNode node) {
        if (node == null) {
            return false;
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = field.getValue();
                if (isVariableFilter(field.getKey()) && !value.isNull() && !value.isEmpty()) {
                    return true;
                }
                if (containsVariableFilter(value)) {
                    return true;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                if (containsVariableFilter(element)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The caller as the engine knows them: engine REST sets the engine's current authentication before
     * this filter runs; the webapps keep theirs in the session and set it only further down the chain
     * (their filters are mapped after ours), so for them it is read from the session.
     */
    private Optional<Caller> caller(HttpServletRequest request) {
        // The only engine API for the caller returns an impl type (see ArchitectureTest); it stays here.
        var current = processEngine.getIdentityService().getCurrentAuthentication();
        if (current != null && current.getUserId() != null) {
            return Optional.of(new Caller(current.getUserId(), current.getGroupIds()));
        }
        return WebappSessionAuthentication.sessionUser(request, processEngine)
                .map(user -> new Caller(user.getIdentityId(), user.getGroupIds()));
    }

    private boolean mayReadAllVariables(Caller caller) {
        AuthorizationService authorizations = processEngine.getAuthorizationService();
        return authorizations.isUserAuthorized(caller.userId(), caller.groups(),
                ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE, Resources.PROCESS_DEFINITION, Grant.ANY)
                && authorizations.isUserAuthorized(caller.userId(), caller.groups(),
                ProcessDefinitionPermissions.READ_HISTORY_VARIABLE, Resources.PROCESS_DEFINITION, Grant.ANY);
    }

    private record Caller(String userId, List<String> groups) {
        Caller {
            groups = groups == null ? List.of() : List.copyOf(groups);
        }
    }
}
