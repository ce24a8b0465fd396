package be.buddyflow.casefile;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/cases/{caseId}/events/{type}}. {@code eventId} is the partner's own
 * id of the event: the same id again is a replay and changes nothing.
 *
 * @param recognitionDate for recognition-granted: when protection was granted
 * @param leaseSignedOn   for housing-found: when the lease was signed (the rental deposit is due within 3 months)
 * @param moveDate        for move-date-set; optional for housing-found
 * @param reason          for left-programme: MOVED_AWAY or ENDED_EARLY
 */
public record CaseEvent(
        @NotBlank @Size(max = 100) String eventId,
        @PastOrPresent OffsetDateTime occurredAt,
        @PastOrPresent LocalDate recognitionDate,
        @PastOrPresent LocalDate leaseSignedOn,
        LocalDate moveDate,
        LeaveReason reason) {

    public enum LeaveReason {
        MOVED_AWAY,
        ENDED_EARLY
    }
}
