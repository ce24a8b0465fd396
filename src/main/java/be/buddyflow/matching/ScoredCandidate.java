package be.buddyflow.matching;

import java.util.List;

/**
 * A feasible volunteer for one newcomer with the score broken into its parts. The contributions add
 * up to the score exactly (both are kept in hundredths of a point), so the form never shows parts
 * that disagree with the total.
 *
 * @param score           0..100
 * @param sharedLanguages the languages newcomer and volunteer share, sorted
 */
public record ScoredCandidate(VolunteerCandidate volunteer, double score, List<PartScore> parts,
        List<String> sharedLanguages, double distanceKm) {

    public ScoredCandidate {
        parts = List.copyOf(parts);
        sharedLanguages = List.copyOf(sharedLanguages);
    }

    public String volunteerId() {
        return volunteer.volunteerId();
    }

    /** E.g. "Talen · Langues · Languages: ar, nl": the hard constraint the pair meets, shown beside the parts. */
    public String languagesExplanation() {
        return "Talen · Langues · Languages: " + String.join(", ", sharedLanguages);
    }

    public PartScore part(SoftPart part) {
        return parts.stream().filter(p -> p.part() == part).findFirst().orElseThrow();
    }
}
