package be.buddyflow.casefile;

import java.util.List;

/**
 * Cases of the same organisation that may concern the same person as a new one: how many there are,
 * and the case ids of the most recent few (newest first), never all of them.
 */
public record PossibleDuplicates(int count, List<String> mostRecent) {

    public static final PossibleDuplicates NONE = new PossibleDuplicates(0, List.of());

    public PossibleDuplicates {
        mostRecent = List.copyOf(mostRecent);
    }

    public boolean any() {
        return count > 0;
    }
}
