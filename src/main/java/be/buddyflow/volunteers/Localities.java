package be.buddyflow.volunteers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import be.buddyflow.matching.Location;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Postal codes with coordinates, for distances between newcomers and volunteers. Loaded at start-up
 * from {@code buddyflow.localities.file}: a CSV file the deployment provides with the columns
 * {@code postal_code,locality,longitude,latitude}, with or without that header line
 * (docs/operations.md). The repository ships only the
 * localities of the demo data.
 */
@Component
public class Localities implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(Localities.class);
    private static final String HEADER = "postal_code,locality,longitude,latitude";

    private final JdbcClient jdbc;
    private final Resource file;

    Localities(JdbcClient jdbc, ResourceLoader resources,
            @Value("${buddyflow.localities.file:classpath:reference/demo-localities.csv}") String location) {
        this.jdbc = jdbc;
        this.file = resources.getResource(location);
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<Row> rows = read(file);
        for (Row row : rows) {
            jdbc.sql("""
                    INSERT INTO buddyflow.locality (postal_code, name, latitude, longitude)
                    VALUES (:postalCode, :name, :latitude, :longitude)
                    ON CONFLICT (postal_code, name) DO UPDATE SET latitude = EXCLUDED.latitude,
                        longitude = EXCLUDED.longitude
                    """)
                    .param("postalCode", row.postalCode()).param("name", row.name())
                    .param("latitude", row.latitude()).param("longitude", row.longitude())
                    .update();
        }
        log.info("Loaded {} localities from {}", rows.size(), file.getDescription());
    }

    /** The centre of a postal code (the mean of its localities), if the code is known. */
    public Optional<Location> locate(String postalCode) {
        return jdbc.sql("""
                SELECT avg(latitude) AS latitude, avg(longitude) AS longitude FROM buddyflow.locality
                WHERE postal_code = :postalCode HAVING count(*) > 0
                """)
                .param("postalCode", postalCode)
                .query((rs, n) -> new Location(postalCode, rs.getDouble("latitude"), rs.getDouble("longitude")))
                .optional();
    }

    /** The name of a postal code's place ("Gent"; the first by name where a code has several). */
    public Optional<String> placeName(String postalCode) {
        return jdbc.sql("SELECT min(name) FROM buddyflow.locality WHERE postal_code = :postalCode HAVING count(*) > 0")
                .param("postalCode", postalCode)
                .query(String.class)
                .optional();
    }

    public boolean isKnown(String postalCode) {
        return locate(postalCode).isPresent();
    }

    static List<Row> read(Resource file) {
        try (InputStream in = file.getInputStream();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Row> rows = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                line = line.replace("\uFEFF", "");
                if (line.isBlank() || (number == 1 && line.strip().equals(HEADER))) {
                    continue;
                }
                List<String> fields = split(line);
                if (fields.size() != 4 || !fields.get(0).matches("\\d{4}")) {
                    throw new IllegalStateException(file.getDescription() + " line " + number
                            + ": expected " + HEADER + ", found " + line);
                }
                rows.add(new Row(fields.get(0), fields.get(1), Double.parseDouble(fields.get(3)),
                        Double.parseDouble(fields.get(2))));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read localities from " + file.getDescription(), e);
        }
    }

    /** One CSV line; fields may be quoted ("Kessel Lo") with doubled quotes inside. */
    private static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().strip());
        return fields;
    }

    record Row(String postalCode, String name, double latitude, double longitude) {
    }
}
