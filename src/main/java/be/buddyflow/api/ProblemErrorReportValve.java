package be.buddyflow.api;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Errors Tomcat answers itself, before any filter runs (a path with an encoded NUL or another
 * invalid URI): a problem document instead of Tomcat's HTML page.
 */
public final class ProblemErrorReportValve extends ErrorReportValve {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus httpStatus = HttpStatus.resolve(status);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "https://buddyflow.be/problems/"
                + (httpStatus == null ? "error" : httpStatus.getReasonPhrase().toLowerCase().replace(' ', '-')));
        body.put("title", httpStatus == null ? "Error" : httpStatus.getReasonPhrase());
        body.put("status", status);
        String detail = status == 400 ? "The request's address is not valid (for example, it holds a NUL character)"
                : status >= 500 ? "Something went wrong on our side" : "The request cannot be handled";
        body.put("detail", detail);
        body.put("message", detail);
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Cache-Control", ApiResponses.NO_STORE);
            response.setHeader("X-Content-Type-Options", "nosniff");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(body));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response is already on its way
        }
    }
}
