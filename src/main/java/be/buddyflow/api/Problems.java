package be.buddyflow.api;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * RFC 9457 problem bodies, for the places that answer before Spring MVC does (security filters) and
 * for the exception handlers. Field errors go into {@code errors}: [{field, detail}].
 */
public final class Problems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://buddyflow.be/problems/" + slug(status)));
        return problem;
    }

    public static ProblemDetail forField(HttpStatus status, String field, String detail) {
        return withFieldErrors(of(status, field + ": " + detail), List.of(new FieldProblem(field, detail)));
    }

    public static ProblemDetail withFieldErrors(ProblemDetail problem, List<FieldProblem> errors) {
        problem.setProperty("errors", errors.stream()
                .map(e -> Map.of("field", e.field(), "detail", e.detail()))
                .toList());
        return problem;
    }

    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        JSON.writeValue(response.getOutputStream(), body);
    }

    private static String slug(HttpStatus status) {
        return status.getReasonPhrase().toLowerCase().replace(' ', '-');
    }

    public record FieldProblem(String field, String detail) {
    }
}
