package be.buddyflow.volunteers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

class LocalitiesTest {

    @Test
    void readsTheDocumentedFormatWithOrWithoutHeaderAndQuotedNames() {
        String withHeader = "postal_code,locality,longitude,latitude\n3010,\"Kessel Lo\",4.73,50.89\n";
        String without = "3010,\"Kessel Lo\",4.73,50.89\n\n9000,Gent,3.71,51.04\n";

        assertThat(Localities.read(resource(withHeader)))
                .containsExactly(new Localities.Row("3010", "Kessel Lo", 50.89, 4.73));
        assertThat(Localities.read(resource(without))).extracting(Localities.Row::postalCode)
                .containsExactly("3010", "9000");
    }

    @Test
    void refusesAMalformedLineNamingIt() {
        assertThatThrownBy(() -> Localities.read(resource("9000,Gent,3.71\n")))
                .hasMessageContaining("line 1");
    }

    @Test
    void demoListCoversEveryPostalCodeOfTheDemoOrganisations() {
        List<String> codes = Localities.read(new ClassPathResource("reference/demo-localities.csv")).stream()
                .map(Localities.Row::postalCode).toList();

        assertThat(codes).contains("9000", "9030", "9031", "9032", "9040", "9041", "9042", "9050", "9051", "9052",
                "3000", "3001", "3010", "3012", "3018");
    }

    private static ByteArrayResource resource(String text) {
        return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8), "test localities");
    }
}
