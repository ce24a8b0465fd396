package be.buddyflow.security.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class RefusalMessagesTest {

    @Test
    void theReaderGetsHerOwnLanguageDutchByDefault() {
        assertThat(RefusalMessages.languageOf("fr-BE,fr;q=0.9,en;q=0.8")).isEqualTo(Locale.FRENCH);
        assertThat(RefusalMessages.languageOf("nl-BE")).isEqualTo(RefusalMessages.DUTCH);
        assertThat(RefusalMessages.languageOf("en-GB,en")).isEqualTo(Locale.ENGLISH);
        assertThat(RefusalMessages.languageOf("de-BE,de")).isEqualTo(RefusalMessages.DUTCH);
        assertThat(RefusalMessages.languageOf((String) null)).isEqualTo(RefusalMessages.DUTCH);
        assertThat(RefusalMessages.languageOf(";;;q=x")).isEqualTo(RefusalMessages.DUTCH);
    }

    @Test
    void aThreeLanguageLabelIsCutToTheReadersPart() {
        assertThat(RefusalMessages.labelIn("Naam · Nom · Name", Locale.FRENCH)).isEqualTo("Nom");
        assertThat(RefusalMessages.labelIn("Naam · Nom · Name", RefusalMessages.DUTCH)).isEqualTo("Naam");
        assertThat(RefusalMessages.labelIn("Beslissing", Locale.ENGLISH)).isEqualTo("Beslissing");
    }

    @Test
    void frenchApostrophesSurviveTheMessageFormat() {
        assertThat(RefusalMessages.of("refusal.read-only", "Nom")).isNotNull();
        assertThat(new java.text.MessageFormat(java.util.ResourceBundle.getBundle("i18n/refusals", Locale.FRENCH)
                .getString("refusal.not-allowed")).format(new Object[0])).contains("n’a été modifié");
    }
}
