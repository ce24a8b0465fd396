package be.buddyflow.security.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class RefusalMessagesTest {

    @Test
    void everyLanguageHasEverySentence() throws IOException {
        Properties dutch = load("i18n/refusals.properties");
        for (String file : new String[] {"i18n/refusals_fr.properties", "i18n/refusals_en.properties"}) {
            Properties other = load(file);
            assertThat(other.stringPropertyNames()).as(file).isEqualTo(dutch.stringPropertyNames());
            other.values().forEach(text -> assertThat(text.toString()).as(file).isNotBlank());
        }
    }

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

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = RefusalMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
