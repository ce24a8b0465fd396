package be.buddyflow.security.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import be.buddyflow.api.Language;
import org.junit.jupiter.api.Test;

class RefusalMessagesTest {

    @Test
    void aThreeLanguageLabelIsCutToTheReadersPart() {
        assertThat(RefusalMessages.labelIn("Naam · Nom · Name", Locale.FRENCH)).isEqualTo("Nom");
        assertThat(RefusalMessages.labelIn("Naam · Nom · Name", Language.DUTCH)).isEqualTo("Naam");
        assertThat(RefusalMessages.labelIn("Beslissing", Locale.ENGLISH)).isEqualTo("Beslissing");
    }

    @Test
    void frenchApostrophesSurviveTheMessageFormat() {
        assertThat(RefusalMessages.of("refusal.read-only", "Nom")).isNotNull();
        assertThat(new java.text.MessageFormat(java.util.ResourceBundle.getBundle("i18n/refusals", Locale.FRENCH)
                .getString("refusal.not-allowed")).format(new Object[0])).contains("n’a été modifié");
    }
}
