package be.buddyflow.duo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import be.buddyflow.matching.NeedDomain;

/** One meeting of a duo as the volunteer logged it. The note is short and stays in our table. */
public record Meeting(String caseId, String volunteerId, LocalDate metOn, BigDecimal hours, Set<NeedDomain> domains,
        String note, String loggedBy) {
}
