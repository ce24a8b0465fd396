package be.buddyflow.volunteers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import be.buddyflow.matching.AgeBand;
import be.buddyflow.matching.Availability;
import be.buddyflow.matching.Gender;
import be.buddyflow.matching.LanguageLevel;
import be.buddyflow.matching.Location;
import be.buddyflow.matching.NeedDomain;
import be.buddyflow.matching.PartScore;
import be.buddyflow.matching.ScoredCandidate;
import be.buddyflow.matching.SoftPart;
import be.buddyflow.matching.VolunteerCandidate;
import org.junit.jupiter.api.Test;

/** What the coordinator reads on "Match voorstellen": words, never codes or ids. */
class ShortlistTest {

    private final ScoredCandidate anna = candidate("VOL-000007", "Anna", 58.05, 3.24, List.of("ar", "nl"));
    private final ScoredCandidate bert = candidate("VOL-000003", "Bert", 41.5, 12.0, List.of("ti"));

    @Test
    void eachCandidateIsALabelWithNameScoreDistanceLanguagesAndAvailability() {
        List<String> labels = new Shortlist(List.of(anna, bert)).labels(MatchingWords.DUTCH);

        assertThat(labels).containsExactly(
                "Anna · 58,1 van 100 · 3,2 km · Arabisch, Nederlands · beschikbaar: weekends (1 van 2)",
                "Bert · 41,5 van 100 · 12,0 km · Tigrinya · beschikbaar: weekends (1 van 2)");
    }

    @Test
    void theEntriesSayWhyInWordsWithoutIdsOrCodes() {
        String overview = new Shortlist(List.of(anna, bert)).overview(MatchingWords.DUTCH);

        assertThat(overview).startsWith("Anna — 58,1 van 100 punten\n   Afstand: 3,2 km · Gedeelde talen: Arabisch, Nederlands")
                .contains("Waarom:", "+20,0  Noden: wonen, administratie (2 van 3)",
                        "+10,0  Beschikbaarheid: weekends (1 van 2)", "Bert — 41,5 van 100 punten")
                .doesNotContain("VOL-", "NEEDS_FIT", "needs-fit", "Besoins", " ar", " nl", " ti");
    }

    @Test
    void languagesByTheirNameInTheReadersLanguage() {
        assertThat(MatchingWords.languages(Set.of("nl", "ar", "ti"), MatchingWords.DUTCH))
                .isEqualTo("Arabisch, Nederlands, Tigrinya");
        assertThat(MatchingWords.languages(Set.of("ar"), Locale.FRENCH)).isEqualTo("Arabe");
        assertThat(MatchingWords.languages(Set.of(), MatchingWords.DUTCH)).isEqualTo("geen");
        assertThat(MatchingWords.needs(EnumSet.of(NeedDomain.HOUSING, NeedDomain.SOCIAL_NETWORK)))
                .isEqualTo("sociaal netwerk, wonen");
        assertThat(MatchingWords.moments(Set.of())).isEqualTo("op elk moment");
    }

    @Test
    void theShortlistLeavesOutEveryVolunteerTheCaseMetBefore() {
        FindCandidates findCandidates = mock(FindCandidates.class);
        MatchProposals proposals = mock(MatchProposals.class);
        // Anna ended a duo with the case; the ranking still holds her, the shortlist does not.
        when(proposals.volunteersOfCase("BF-2026-000001")).thenReturn(Set.of("VOL-000007"));
        when(findCandidates.forCase(eq("BF-2026-000001"), anyInt())).thenReturn(List.of(anna, bert));
        ProposeMatch proposeMatch = new ProposeMatch(findCandidates, proposals, null, null, null);

        assertThat(proposeMatch.shortlist("BF-2026-000001").candidates()).containsExactly(bert);
        assertThat(proposeMatch.metBefore("BF-2026-000001", "VOL-000007")).isTrue();
        assertThat(proposeMatch.metBefore("BF-2026-000001", "VOL-000003")).isFalse();
    }

    private static ScoredCandidate candidate(String id, String name, double score, double km, List<String> shared) {
        VolunteerCandidate volunteer = new VolunteerCandidate(id, name, Map.of("nl", LanguageLevel.FLUENT),
                new Location("9000", 51.05, 3.72), Gender.WOMAN, AgeBand.FROM_25_TO_39, true,
                EnumSet.of(Availability.WEEKENDS), Set.of("koken"), EnumSet.of(NeedDomain.HOUSING), false, 2, 1,
                LocalDate.of(2030, 1, 1), true);
        return new ScoredCandidate(volunteer, score, List.of(
                new PartScore(SoftPart.NEEDS_FIT, 0.67, 30, 20.0,
                        "Noden · Besoins · Needs: wonen, administratie (2 van 3)"),
                new PartScore(SoftPart.AVAILABILITY, 0.5, 20, 10.0,
                        "Beschikbaarheid · Disponibilité · Availability: weekends (1 van 2)")),
                shared, km);
    }
}
