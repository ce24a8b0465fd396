package be.buddyflow.volunteers;

import java.util.List;
import java.util.Locale;

import be.buddyflow.matching.PartScore;
import be.buddyflow.matching.ScoredCandidate;

/**
 * The candidates a coordinator chooses from, numbered from 1, with each score broken into its parts
 * as text: Camunda Forms show it in a read-only field (volunteers' first names only).
 */
public record Shortlist(List<ScoredCandidate> candidates) {

    public Shortlist {
        candidates = List.copyOf(candidates);
    }

    public boolean isEmpty() {
        return candidates.isEmpty();
    }

    /** The candidate a coordinator chose by number, 1 being the first. */
    public ScoredCandidate chosen(int number) {
        if (number < 1 || number > candidates.size()) {
            throw new IllegalArgumentException("Choose a candidate from 1 to " + candidates.size());
        }
        return candidates.get(number - 1);
    }

    public String volunteerIds() {
        return String.join(",", candidates.stream().map(ScoredCandidate::volunteerId).toList());
    }

    public String overview() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < candidates.size(); i++) {
            ScoredCandidate c = candidates.get(i);
            text.append(i + 1).append(". ").append(c.volunteer().firstName()).append(" (").append(c.volunteerId())
                    .append(") · ").append(points(c.score())).append("/100 · ")
                    .append(String.format(Locale.ROOT, "%.1f km", c.distanceKm()).replace('.', ','))
                    .append("\n   ").append(c.languagesExplanation()).append('\n');
            for (PartScore part : c.parts()) {
                text.append("   +").append(points(part.contribution())).append("  ").append(part.explanation())
                        .append('\n');
            }
            text.append('\n');
        }
        return text.toString().stripTrailing();
    }

    private static String points(double value) {
        return String.format(Locale.ROOT, "%.1f", value).replace('.', ',');
    }
}
