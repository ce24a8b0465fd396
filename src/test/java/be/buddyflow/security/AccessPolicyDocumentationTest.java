package be.buddyflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;

/** The table in docs/roles-and-permissions.md is what the application grants, line by line. */
class AccessPolicyDocumentationTest {

    @Test
    void documentedTableEqualsTheAccessPolicy() throws IOException {
        String doc = Files.readString(Path.of("docs/roles-and-permissions.md"));
        String table = doc.substring(doc.indexOf("<!-- access-policy:start -->"), doc.indexOf("<!-- access-policy:end -->"));
        List<String> documented = table.lines()
                .filter(line -> line.startsWith("| ") && !line.startsWith("| Group") && !line.startsWith("|---"))
                .map(String::strip)
                .toList();

        List<String> granted = AccessPolicy.grants().stream()
                .map(grant -> "| " + grant.role().groupId() + " | " + resourceName(grant) + " | " + grant.resourceId()
                        + " | " + grant.permissions().stream().map(Permission::getName).collect(Collectors.joining(", "))
                        + " |")
                .toList();

        assertThat(documented).containsExactlyElementsOf(granted);
    }

    private static String resourceName(Grant grant) {
        return Arrays.stream(Resources.values())
                .filter(r -> r.resourceType() == grant.resource().resourceType())
                .findFirst()
                .map(Enum::name)
                .orElseThrow();
    }
}
