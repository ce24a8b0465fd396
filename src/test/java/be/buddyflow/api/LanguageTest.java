package be.buddyflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class LanguageTest {

    private static final Path SENTENCES = Path.of("src", "main", "resources", "i18n");

    @Test
    void everyBundleSpeaksDutchFrenchAndEnglishWithTheSameKeys() throws IOException {
        try (Stream<Path> files = Files.list(SENTENCES)) {
            for (Path dutch : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
                Properties base = load(dutch);
                assertThat(base).as(dutch.toString()).isNotEmpty();
                for (String suffix : new String[] {"_fr", "_en"}) {
                    Path other = Path.of(dutch.toString().replace(".properties", suffix + ".properties"));
                    Properties translated = load(other);
                    assertThat(translated.stringPropertyNames()).as(other.toString())
                            .isEqualTo(base.stringPropertyNames());
                    translated.values().forEach(text -> assertThat(text.toString()).as(other.toString()).isNotBlank());
                }
            }
        }
    }

    @Test
    void theReaderGetsHerOwnLanguageDutchByDefault() {
        assertThat(Language.of("fr-BE,fr;q=0.9,en;q=0.8")).isEqualTo(Locale.FRENCH);
        assertThat(Language.of("nl-BE")).isEqualTo(Language.DUTCH);
        assertThat(Language.of("de-BE,de")).isEqualTo(Language.DUTCH);
        assertThat(Language.of((String) null)).isEqualTo(Language.DUTCH);
        assertThat(Language.of("en-GB,en")).isEqualTo(Locale.ENGLISH);
        assertThat(Language.of(";;;q=x")).isEqualTo(Language.DUTCH);
        assertThat(Language.sentence("i18n/problems", "problem.403", Locale.FRENCH))
                .isEqualTo("Votre compte ne permet pas cette action.");
        assertThat(Language.sentence("i18n/problems", "problem.500", Language.DUTCH, "abc")).endsWith("incident abc.");
    }

    @Test
    void theGuardsOwnRefusalsAreKnownInEveryLanguage() {
        assertThat(ApiResponses.OWN_REFUSALS).hasSize(6)
                .contains("Votre compte ne permet pas de chercher ou de filtrer sur le contenu des dossiers.");
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
