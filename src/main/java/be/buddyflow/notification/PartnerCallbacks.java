package be.buddyflow.notification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import be.buddyflow.casefile.CaseFileRepository;
import be.buddyflow.casefile.CaseSummary;
import be.buddyflow.logging.LogSafe;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Tells the referring system that its case changed (docs/api/callbacks.md): a small JSON with the
 * case's status, phase and closure reason, read from the case file, never personal data. At-least-once:
 * the caller retries until the partner answers 2xx, and the {@code Idempotency-Key} header lets the
 * partner drop a second delivery of the same change.
 */
@Service("partnerCallbacks")
public class PartnerCallbacks {

    public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";
    private static final Logger LOG = LoggerFactory.getLogger(PartnerCallbacks.class);

    private final PartnerCallbackSettings settings;
    private final CaseFileRepository caseFiles;
    private final ObjectMapper json;
    private final HttpClient http;

    PartnerCallbacks(PartnerCallbackSettings settings, CaseFileRepository caseFiles, ObjectMapper json) {
        this.settings = settings;
        this.caseFiles = caseFiles;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The retry cycle of the model's callback step: {@code ${partnerCallbacks.retryCycle}}. */
    public String getRetryCycle() {
        return settings.callbackRetryCycle();
    }

    /**
     * Posts the case's current state to its source's callback URL, if the source has one.
     *
     * @return whether a partner was called (and confirmed)
     * @throws PartnerCallbackFailed on a non-2xx answer, a timeout or no connection
     */
    public boolean caseChanged(String caseId, String idempotencyKey) {
        CaseSummary c = caseFiles.findSummary(caseId)
                .orElseThrow(() -> new IllegalStateException("No case " + caseId));
        URI callback = settings.callbacks().get(c.source());
        if (callback == null) {
            return false;
        }
        HttpRequest request = HttpRequest.newBuilder(callback)
                .timeout(settings.requestTimeout())
                .header("Content-Type", "application/json")
                .header(IDEMPOTENCY_KEY_HEADER, idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(body(c)))
                .build();
        HttpResponse<Void> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new PartnerCallbackFailed("Callback to " + LogSafe.of(c.source()) + " for " + caseId + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PartnerCallbackFailed("Callback to " + LogSafe.of(c.source()) + " for " + caseId + " interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new PartnerCallbackFailed("Callback to " + LogSafe.of(c.source()) + " for " + caseId + " answered "
                    + response.statusCode());
        }
        LOG.info("Callback to {} for {} delivered ({})", LogSafe.of(c.source()), caseId, response.statusCode());
        return true;
    }

    private String body(CaseSummary c) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("caseId", c.caseId());
        body.put("externalReference", c.externalReference());
        body.put("status", c.status().name());
        body.put("phase", c.phase().name());
        body.put("closureReason", c.closureReason());
        body.put("occurredAt", c.closedAt() != null ? c.closedAt().toInstant().toString() : null);
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
