package be.buddyflow.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A PostgreSQL server standing in for the production one, and the environment an operator gives
 * the jar to run the {@code postgres} profile against it (docs/operations.md).
 */
public final class ProductionDatabase implements AutoCloseable {

    public static final String ADMIN = "operator";
    public static final String ADMIN_PASSWORD = "Correct-Horse-42";

    private final EmbeddedPostgres server;

    private ProductionDatabase(EmbeddedPostgres server) {
        this.server = server;
    }

    public static ProductionDatabase start() {
        try {
            return new ProductionDatabase(EmbeddedPostgres.builder().start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The postgres profile on this server, with the first administrator {@link #ADMIN}. */
    public Map<String, String> environment() {
        return environment(ADMIN, ADMIN_PASSWORD);
    }

    /** The postgres profile on this server; a null administrator leaves those variables out. */
    public Map<String, String> environment(String adminUser, String adminPassword) {
        Map<String, String> environment = new HashMap<>();
        environment.put("SPRING_PROFILES_ACTIVE", "postgres");
        environment.put("BUDDYFLOW_DB_URL", server.getJdbcUrl("postgres", "postgres"));
        environment.put("BUDDYFLOW_DB_USER", "postgres");
        if (adminUser != null) {
            environment.put("BUDDYFLOW_ADMIN_USER", adminUser);
            environment.put("BUDDYFLOW_ADMIN_PASSWORD", adminPassword);
        }
        return environment;
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(server.getPostgresDatabase());
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
