package be.buddyflow.security;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import be.buddyflow.api.Problems;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes a side channel around {@code enforceSpecificVariablePermission}: the engine checks variable
 * permissions when variables are read, not when instances are filtered by them. A manager, who may
 * list process instances but read none of their variables, could otherwise ask "which instance of
 * case X has newcomerGender = WOMAN" (or needsProfessionalSupport = true) in Cockpit or over REST, and
 * learn the value from whether the case comes back (found by AccessMatrixIT).
 *
 * <p>So a query for process instances, executions or historic tasks that filters on variable values
 * is refused with 403 unless the caller may read the variables of every process definition's instances
 * and history (administrators). Task queries and variable queries are left alone: their results are
 * already limited to what the caller may read (a candidate holds {@code READ_VARIABLE} on the task),
 * and Tasklist's search by process variable relies on them.
 *
 * <p>A request without an authenticated caller goes on unchanged: engine REST and the webapps'
 * APIs answer it with 401 themselves.
 */
class VariableFilterGuard extends OncePerRequestFilter {

    /** Instance-listing queries of engine REST, the webapps' engine API and Cockpit's own plugin API. */
    static final Pattern INSTANCE_QUERY = Pattern.compile(
            ".*/(process-instance|execution|history/process-instance|history/task|case-instance|case-execution"
                    + "|history/case-instance)(/count)?/?$");

    /** Query fields (parameters and JSON keys) that filter on variable values. */
    static final Set<String> VARIABLE_FILTERS = Set.of("variables", "processVariables", "taskVariables",
            "caseInstanceVariables");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProcessEngine processEngine;

    VariableFilterGuard(ProcessEngine processEngine) {
        this.processEngine = processEngine;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !INSTANCE_QUERY.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest forwarded = request;
        boolean filtersOnVariables = filtersOnVariables(request.getQueryString());
        if ("POST".equals(request.getMethod())) {
            byte[] body = request.getInputStream().readAllBytes();
            forwarded = new QueryExpressionGuard.CachedBodyRequest(request, body);
            filtersOnVariables |= bodyFiltersOnVariables(body);
        }
        // Without a caller the request goes on: both doors refuse the unauthenticated themselves (401).
        Optional<Caller> caller = filtersOnVariables ? caller(request) : Optional.empty();
        if (caller.isPresent() && !mayReadAllVariables(caller.get())) {
            Problems.write(response, Problems.forField(HttpStatus.FORBIDDEN, "variables",
                    "filtering instances by variable values needs permission to read those variables"));
            return;
        }
        chain.doFilter(forwarded, response);
    }

    static boolean filtersOnVariables(String queryString) {
        if (queryString == null) {
            return false;
        }
        for (String pair : queryString.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && equals < pair.length() - 1 && VARIABLE_FILTERS.contains(pair.substring(0, equals))) {
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
            // Not JSON: the engine's JSON endpoints refuse it themselves.
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
                if (VARIABLE_FILTERS.contains(field.getKey()) && !value.isNull() && !value.isEmpty()) {
                    return true;
                }
                // orQueries and other nested queries.
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
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        if (authentications != null && authentications.getAuthenticationForProcessEngine(processEngine.getName())
                instanceof UserAuthentication user) {
            return Optional.of(new Caller(user.getIdentityId(), user.getGroupIds()));
        }
        return Optional.empty();
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
