package be.buddyflow.volunteers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import be.buddyflow.matching.PartScore;
import be.buddyflow.matching.ScoredCandidate;
import be.buddyflow.matching.SoftPart;

/**
 * The candidates a coordinator chooses from, in their order (1 is the best), written for a person:
 * one short label per candidate for the choice itself, and an entry per candidate with the "why"
 * (the score's parts in words). Volunteers' first names only; no volunteer ids, no codes.
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

    /**
     * The option a coordinator clicks, one per candidate in order: "Victor · 72,5 van 100 · 3,2 km ·
     * Arabisch, Nederlands · beschikbaar: weekends (1 van 2)".
     */
    public List<String> labels(Locale reader) {
        List<String> labels = new ArrayList<>(candidates.size());
        for (ScoredCandidate c : candidates) {
            labels.add(c.volunteer().firstName() + " · " + points(c.score(), reader) + " van 100 · "
                    + kilometres(c.distanceKm(), reader) + " · " + MatchingWords.languages(c.sharedLanguages(), reader)
                    + c.parts().stream().filter(part -> part.part() == SoftPart.AVAILABILITY).findFirst()
                            .map(part -> " · beschikbaar: " + detail(part)).orElse(""));
        }
        return labels;
    }

    /** Every candidate as an entry: name, score, distance, shared languages, and why, part by part. */
    public String overview(Locale reader) {
        StringBuilder text = new StringBuilder();
        for (ScoredCandidate c : candidates) {
            text.append(c.volunteer().firstName()).append(" — ").append(points(c.score(), reader))
                    .append(" van 100 punten\n")
                    .append("   Afstand: ").append(kilometres(c.distanceKm(), reader))
                    .append(" · Gedeelde talen: ").append(MatchingWords.languages(c.sharedLanguages(), reader))
                    .append('\n')
                    .append("   Waarom:\n");
            for (PartScore part : c.parts()) {
                text.append("   +").append(points(part.contribution(), reader)).append("  ")
                        .append(dutchLabel(part.part())).append(": ").append(detail(part)).append('\n');
            }
            text.append('\n');
        }
        return text.toString().stripTrailing();
    }

    /** The part's own words after its trilingual label: "weekends (1 van 2)". */
    private static String detail(PartScore part) {
        String prefix = part.part().label() + ": ";
        return part.explanation().startsWith(prefix) ? part.explanation().substring(prefix.length())
                : part.explanation();
    }

    private static String dutchLabel(SoftPart part) {
        return part.label().split(" · ")[0];
    }

    private static String points(double value, Locale reader) {
        return String.format(reader, "%.1f", value);
    }

    private static String kilometres(double km, Locale reader) {
        return String.format(reader, "%.1f km", km);
    }
}
