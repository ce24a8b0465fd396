package be.buddyflow.closure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ParticipationProofDocumentTest {

    @Test
    void namesFromPartnerSystemsCannotInjectMarkup() {
        // The page is served from the same origin as Tasklist: a script in a name would run there.
        String html = ParticipationProofDocument.html(proof("<script>alert(1)</script>", "O'Neil & Zonen",
                new BigDecimal("40.0")), LocalDate.of(2026, 12, 1));

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("O&#39;Neil &amp; Zonen");
    }

    @Test
    void exactlyFortyHoursReachTheFourthPillar() {
        String html = ParticipationProofDocument.html(proof("Lina", "Test", new BigDecimal("40.0")),
                LocalDate.of(2026, 12, 1));

        assertThat(html).contains("<td>40</td>", "<td>Ja · Oui · Yes</td>", "01/12/2026", "03/02/2026 – 30/11/2026");
        assertThat(ParticipationProofDocument.hours(new BigDecimal("39.5"))).isEqualTo("39,5");
        assertThat(FourthPillar.reached(new BigDecimal("39.9"))).isFalse();
    }

    private static ParticipationProof proof(String givenName, String familyName, BigDecimal hours) {
        BigDecimal half = hours.divide(BigDecimal.valueOf(2));
        return new ParticipationProof("BF-2026-000001", givenName, familyName, "OCMW Gent", List.of("Pia Test"),
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 3), LocalDate.of(2026, 11, 30),
                List.of(new ParticipationProof.LoggedMeeting(LocalDate.of(2026, 2, 3), half),
                        new ParticipationProof.LoggedMeeting(LocalDate.of(2026, 11, 30), hours.subtract(half))));
    }
}
