package be.buddyflow.duo;

import java.util.Set;

/** Who raises something about a duo: their user id and the groups they belong to. */
public record Requester(String userId, Set<String> groups) {

    public Requester {
        groups = Set.copyOf(groups);
    }
}
