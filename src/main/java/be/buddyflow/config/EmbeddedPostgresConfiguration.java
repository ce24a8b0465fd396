package be.buddyflow.config;

import java.io.File;
import java.io.IOException;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * A real PostgreSQL server started inside the application, so that the demo run and the integration
 * tests need nothing installed. With a data directory the cluster is kept between runs; without one
 * (tests) it lives in a temporary folder that is removed on shutdown.
 */
@Configuration(proxyBeanMethods = false)
@Profile("embedded-db")
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${buddyflow.embedded-db.data-directory:}") String dataDirectory)
            throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "100")
                // Spring stops the server after the engine has closed (it still writes on close); a JVM
                // hook of its own would stop it concurrently and leave the engine waiting 30 s.
                .setRegisterShutdownHook(false);
        if (!dataDirectory.isBlank()) {
            File directory = new File(dataDirectory).getAbsoluteFile();
            if (!directory.mkdirs() && !directory.isDirectory()) {
                throw new IllegalStateException("Cannot create the embedded database folder " + directory);
            }
            builder.setDataDirectory(directory).setCleanDataDirectory(false);
            log.info("Embedded PostgreSQL keeps its data in {}", directory);
        }
        return builder.start();
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(20);
        config.setPoolName("buddyflow-embedded");
        return new HikariDataSource(config);
    }
}
