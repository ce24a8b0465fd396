package be.buddyflow.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The repository stands alone: nothing in it reads or points to files outside it (a sibling folder
 * of notes or data is not there in a clone). What the code relies on is written in docs/.
 */
class StandsAloneTest {

    private static final Set<String> SKIPPED = Set.of(".git", "target", "data", "node_modules");
    private static final String OUTSIDE = "../" + "shared";

    @Test
    void noFileRefersToASiblingFolder() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("."))) {
            List<Path> referring = files
                    .filter(path -> Files.isRegularFile(path))
                    .filter(path -> path.getNameCount() < 2 || !SKIPPED.contains(path.getName(1).toString()))
                    .filter(StandsAloneTest::refersOutside)
                    .toList();
            assertThat(referring).isEmpty();
        }
    }

    private static boolean refersOutside(Path file) {
        try {
            return Files.readString(file).contains(OUTSIDE);
        } catch (MalformedInputException binary) {
            return false;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
