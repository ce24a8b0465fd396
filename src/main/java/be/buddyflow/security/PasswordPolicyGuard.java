package be.buddyflow.security;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import be.buddyflow.api.Problems;
import be.buddyflow.api.ReplayedBodyRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine refuses a password that breaks its policy with a bare ProcessEngineException, which
 * engine REST and the Admin webapp's API answer with 500 (and log as a server error). This filter
 * checks the same policy first on the two calls that set a password, user creation and the
 * credentials update, and answers 400 with the violated rules. The engine's own check stays behind it.
 */
class PasswordPolicyGuard extends OncePerRequestFilter {

    static final Pattern CREATE = Pattern.compile(".*/user/create/?");
    static final Pattern CREDENTIALS = Pattern.compile(".*/user/([^/]+)/credentials/?");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final IdentityService identityService;

    PasswordPolicyGuard(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !(("POST".equals(request.getMethod()) && CREATE.matcher(path).matches())
                || ("PUT".equals(request.getMethod()) && CREDENTIALS.matcher(path).matches()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (identityService.getPasswordPolicy() == null) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(QueryExpressionGuard.MAX_INSPECTED_BYTES);
        String violation = violation(request.getRequestURI(), body);
        if (violation != null) {
            Problems.write(response, Problems.forField(HttpStatus.BAD_REQUEST, "password", violation));
            return;
        }
        chain.doFilter(new ReplayedBodyRequest(request, body), response);
    }

    private String violation(String path, byte[] body) {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
        if (json == null) {
            return null;
        }
        Matcher credentials = CREDENTIALS.matcher(path);
        User user;
        JsonNode password;
        if (credentials.matches()) {
            // Judged against the id alone: looking the user up would answer anonymous callers
            // differently for existing and unknown users. The engine still checks her names itself.
            user = identityService.newUser(java.net.URLDecoder.decode(credentials.group(1),
                    java.nio.charset.StandardCharsets.UTF_8));
            password = json.get("password");
        } else {
            JsonNode profile = json.path("profile");
            user = identityService.newUser(profile.path("id").asText(""));
            user.setFirstName(profile.path("firstName").asText(null));
            user.setLastName(profile.path("lastName").asText(null));
            user.setEmail(profile.path("email").asText(null));
            password = json.path("credentials").get("password");
        }
        if (password == null || !password.isTextual()) {
            // No password to judge: the engine answers for itself.
            return null;
        }
        PasswordPolicyResult result = identityService.checkPasswordAgainstPolicy(password.textValue(), user);
        if (result.isValid()) {
            return null;
        }
        return "does not meet the password policy: " + result.getViolatedRules().stream()
                .map(rule -> rule.getPlaceholder() + (rule.getParameters() == null ? "" : " " + rule.getParameters()))
                .collect(Collectors.joining(", "));
    }
}
