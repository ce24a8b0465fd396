package be.buddyflow.security;

import be.buddyflow.api.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 as problem bodies, with the Basic challenge that tells clients how to log in. */
final class ProblemAuthenticationHandlers {

    private ProblemAuthenticationHandlers() {
    }

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"buddyflow\"");
            Problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED,
                    "Authentication required: HTTP Basic with a Buddyflow user"));
        };
    }

    /** For the webapps' session: no Basic challenge, or the browser would ask for a second login. */
    static AuthenticationEntryPoint unauthorizedSession() {
        return (request, response, exception) -> Problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED,
                be.buddyflow.api.Language.sentence("i18n/problems", "problem.401",
                        be.buddyflow.api.Language.of(request))));
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, exception) -> Problems.write(response, Problems.of(HttpStatus.FORBIDDEN,
                "Your account has no role that allows this request"));
    }
}
