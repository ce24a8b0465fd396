package be.buddyflow.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import be.buddyflow.api.Language;
import be.buddyflow.casefile.CasePhase;
import be.buddyflow.casefile.ConsentPurpose;
import be.buddyflow.duo.DuoRecords;
import be.buddyflow.duo.EndRequestReason;
import be.buddyflow.duo.Perspective;
import be.buddyflow.intake.IntakeDecision;
import be.buddyflow.intake.IntakeRejectionReason;
import be.buddyflow.intake.Referral;
import be.buddyflow.matching.GenderPreference;
import be.buddyflow.matching.NeedDomain;
import org.junit.jupiter.api.Test;

/** Words, not codes: every code the case file tab may show has its words in Dutch, French and English. */
class CaseFileWordsTest {

    record Codes(String prefix, List<String> codes) {
        static Codes of(String prefix, Enum<?>[] values) {
            return new Codes(prefix, Stream.of(values).map(Enum::name).toList());
        }
    }

    static final List<Codes> SHOWN = List.of(
            Codes.of("phase.", CasePhase.values()),
            Codes.of("residence.", Referral.ResidenceStatus.values()),
            Codes.of("reception.", Referral.ReceptionType.values()),
            Codes.of("consent.", ConsentPurpose.values()),
            new Codes("decision.", Stream.of(IntakeDecision.values()).map(d -> "INTAKE_" + d.name()).toList()),
            Codes.of("reason.", IntakeRejectionReason.values()),
            Codes.of("domain.", NeedDomain.values()),
            Codes.of("gender.", GenderPreference.values()),
            Codes.of("kind.", DuoRecords.RequestKind.values()),
            Codes.of("raisedFor.", Perspective.values()),
            Codes.of("endReason.", EndRequestReason.values()));

    @Test
    void everyCodeShownHasItsWordsInEachLanguage() {
        for (Locale language : Language.SUPPORTED) {
            CaseFileTab.Words words = new CaseFileTab.Words(language);
            for (Codes codes : SHOWN) {
                for (String code : codes.codes()) {
                    String word = words.code(codes.prefix(), code);
                    assertThat(word).as(language + " " + codes.prefix() + code).isNotBlank()
                            .isNotEqualTo(code).isNotEqualTo(words.get("unknown"));
                }
            }
        }
    }

    @Test
    void anUnknownCodeIsStillWordsNeverTheCode() {
        CaseFileTab.Words dutch = new CaseFileTab.Words(Language.DUTCH);
        assertThat(dutch.code("decision.", "SOMETHING_NEW")).isEqualTo("Beslissing genomen");
        assertThat(dutch.code("residence.", "SOMETHING_NEW")).isEqualTo("Niet bekend");
        assertThat(dutch.code("phase.", null)).isEqualTo("Niet bekend");
    }

    @Test
    void languagesByNameDatesAsDayMonthYear() {
        CaseFileTab.Words french = new CaseFileTab.Words(Locale.FRENCH);
        assertThat(french.languages(List.of("ar", "nl", "ti"))).isEqualTo("arabe, néerlandais, tigrigna");
        assertThat(new CaseFileTab.Words(Language.DUTCH).languages(List.of("ar", "en"))).isEqualTo("Arabisch, Engels");
        assertThat(french.date(java.time.LocalDate.of(1998, 6, 21))).isEqualTo("21/06/1998");
        assertThat(new CaseFileTab.Words(Language.DUTCH).number(new java.math.BigDecimal("5.50"))).isEqualTo("5,5");
    }
}
