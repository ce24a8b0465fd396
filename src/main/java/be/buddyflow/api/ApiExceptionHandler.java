package be.buddyflow.api;

import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of our API as an RFC 9457 problem that names the field at fault. Unexpected failures
 * are logged with an id and answered 500 without internals.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problems.FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new Problems.FieldProblem(fieldName(e), e.getDefaultMessage()))
                .sorted(java.util.Comparator.comparing(Problems.FieldProblem::field))
                .toList();
        String detail = errors.stream().map(e -> e.field() + ": " + e.detail()).collect(Collectors.joining("; "));
        return problem(Problems.withFieldErrors(Problems.of(HttpStatus.BAD_REQUEST, detail), errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable root = NestedExceptionUtils.getMostSpecificCause(ex);
        if (root instanceof RequestBodyLimit.BodyTooLargeException tooLarge) {
            return problem(Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge.getMessage()));
        }
        Throwable cause = firstJsonProblem(ex);
        if (cause instanceof JsonParseException) {
            return problem(Problems.of(HttpStatus.BAD_REQUEST, "The body is not valid JSON"));
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            String detail = cause instanceof InvalidFormatException invalid
                    ? "'" + invalid.getValue() + "' is not a valid " + describe(invalid.getTargetType())
                    : cause instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                            ? "expected " + describe(mismatch.getTargetType())
                            : "has a value of the wrong type";
            return problem(Problems.forField(HttpStatus.BAD_REQUEST, field, detail));
        }
        return problem(Problems.of(HttpStatus.BAD_REQUEST, "The body is missing or cannot be read as a referral"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex) {
        String incident = java.util.UUID.randomUUID().toString();
        log.error("Unexpected API failure, incident {}", incident, ex);
        ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; nothing was saved. Quote incident " + incident);
        problem.setProperty("incident", incident);
        return problem(problem);
    }

    /** Spring's own handlers (405, 406, 415...) answer problem+json too, whatever the Accept header. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        HttpHeaders problemHeaders = new HttpHeaders();
        problemHeaders.addAll(headers);
        problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(body, problemHeaders, statusCode);
    }

    /** The Jackson exception that knows the field; its own cause (a DateTimeException, say) does not. */
    private static Throwable firstJsonProblem(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof com.fasterxml.jackson.core.JacksonException) {
                return t;
            }
        }
        return null;
    }

    private static ResponseEntity<Object> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String fieldName(FieldError error) {
        // "newcomer.languages[0]" stays as the client wrote it.
        return error.getField();
    }

    private static String path(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            }
        }
        return path.toString();
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "value; expected one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (type == java.time.LocalDate.class) {
            return "date (YYYY-MM-DD)";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "number";
        }
        if (type == Boolean.class) {
            return "boolean (true or false)";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "list";
        }
        if (type == String.class) {
            return "text";
        }
        return "object";
    }
}
