package be.buddyflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Secrets come from the environment only (docs/security.md): no configuration file we ship holds a
 * password, secret, token or key, except the demo profile's deliberately public demo password.
 */
class SecretsFromEnvironmentTest {

    static final Path RESOURCES = Path.of("src/main/resources");
    static final String DEMO_PROFILE = "application-demo.yaml";

    /** Keys whose last segment names a secret; enablePasswordPolicy and the like do not end so. */
    static final Pattern SECRET_KEY = Pattern.compile(
            ".*(password|passwd|secret|token|credentials?|apikey|privatekey|clientsecret)$");

    /** ${NAME} or ${NAME:} – from the environment, with no default or an empty one. */
    static final Pattern FROM_ENVIRONMENT = Pattern.compile("\\$\\{[A-Za-z0-9_.\\-]+:?}");

    /** key = value / key: value lines in any other text file we ship. */
    static final Pattern LITERAL_ASSIGNMENT = Pattern.compile(
            "(?i)[\"']?[\\w.\\-]*(password|passwd|secret|token|apikey|api-key|private-key)[\"']?\\s*[:=]\\s*[\"']?([^\\s\"',;]+)");

    @Test
    void applicationYamlFilesTakeEverySecretFromTheEnvironment() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path file : applicationConfigurationFiles()) {
            if (file.getFileName().toString().equals(DEMO_PROFILE)) {
                continue;
            }
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (Object document : new Yaml().loadAll(reader)) {
                    collectLiterals(file.getFileName() + ":", document, literals);
                }
            }
        }

        assertThat(applicationConfigurationFiles()).extracting(p -> p.getFileName().toString())
                .contains("application.yaml", "application-postgres.yaml");
        assertThat(literals).as("secrets with a literal value; take them from ${ENVIRONMENT_VARIABLES}").isEmpty();
    }

    @Test
    void noOtherShippedFileAssignsASecretOrCarriesTheDemoPassword() throws IOException {
        List<String> findings = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(RESOURCES)) {
            files = new ArrayList<>(walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals(DEMO_PROFILE))
                    .toList());
        }
        files.add(Path.of("pom.xml"));
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.contains("buddyflow-demo")) {
                    findings.add(file + ":" + (i + 1) + " carries the demo password");
                }
                var matcher = LITERAL_ASSIGNMENT.matcher(line);
                while (matcher.find()) {
                    String value = matcher.group(2);
                    if (!value.startsWith("${") && !isHarmless(value)) {
                        findings.add(file + ":" + (i + 1) + " " + line.strip());
                    }
                }
            }
        }

        assertThat(findings).isEmpty();
    }

    @Test
    void theScanRecognisesALiteralSecret() {
        List<String> literals = new ArrayList<>();
        collectLiterals("x:", new Yaml().load("""
                spring:
                  datasource:
                    password: hunter2
                    username: ${DB_USER}
                partner:
                  client-secret: "${SECRET:fallback}"
                  api-key: ${API_KEY:}
                camunda:
                  enablePasswordPolicy: true
                """), literals);

        assertThat(literals).containsExactlyInAnyOrder("x:spring.datasource.password", "x:partner.client-secret");
        assertThat(LITERAL_ASSIGNMENT.matcher("db.password=hunter2").find()).isTrue();
    }

    private static List<Path> applicationConfigurationFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(RESOURCES, 1)) {
            return walk.filter(p -> p.getFileName().toString().matches("application.*\\.(ya?ml|properties)"))
                    .sorted()
                    .toList();
        }
    }

    @SuppressWarnings("unchecked")
    private static void collectLiterals(String prefix, Object node, List<String> literals) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                String path = prefix.endsWith(":") ? prefix + key : prefix + "." + key;
                String segment = String.valueOf(key).toLowerCase(Locale.ROOT).replaceAll("[-_]", "");
                if (SECRET_KEY.matcher(segment).matches() && value != null && !(value instanceof Map)
                        && !(value instanceof Boolean) && !FROM_ENVIRONMENT.matcher(String.valueOf(value)).matches()
                        && !String.valueOf(value).isEmpty()) {
                    literals.add(path);
                }
                collectLiterals(path, value, literals);
            });
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collectLiterals(prefix + "[" + i + "]", list.get(i), literals);
            }
        }
    }

    private static boolean isHarmless(String value) {
        return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false") || value.equals("null")
                || value.isEmpty();
    }
}
