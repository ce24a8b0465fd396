package be.buddyflow.matching;

import static be.buddyflow.matching.Profiles.GENT;
import static be.buddyflow.matching.Profiles.newcomer;
import static be.buddyflow.matching.Profiles.northOfGent;
import static be.buddyflow.matching.Profiles.volunteer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import be.buddyflow.matching.MatchingSettings.Weights;
import org.junit.jupiter.api.Test;

/** Each part on its own, its explanation, and how the weights turn parts into the 0..100 score. */
class SoftPartsTest {

    private final MatchingEngine engine = Profiles.engine();

    @Test
    void aPairThatFitsInEveryRespectScoresOneHundredAndEachPartAddsItsWeight() {
        ScoredCandidate perfect = score(newcomer("C1").build(), volunteer("V1").location(GENT).build());

        assertThat(perfect.score()).isEqualTo(100.0);
        assertThat(perfect.parts()).extracting(PartScore::name).containsExactly(
                "needs-fit", "interests", "availability", "distance", "age-and-family", "load-balance");
        assertThat(perfect.parts()).extracting(PartScore::contribution).containsExactly(30.0, 15.0, 20.0, 15.0, 10.0, 10.0);
        assertThat(perfect.parts()).allSatisfy(p -> assertThat(p.value()).isEqualTo(1.0));
    }

    @Test
    void needsFitIsTheShareOfTheNewcomersNeedsTheVolunteerCovers() {
        ScoredCandidate candidate = score(
                newcomer("C1").needs(EnumSet.of(NeedDomain.HOUSING, NeedDomain.WORK, NeedDomain.LANGUAGE)).build(),
                volunteer("V1").domains(EnumSet.of(NeedDomain.WORK, NeedDomain.HOUSING, NeedDomain.SOCIAL_NETWORK)).build());

        assertThat(candidate.part(SoftPart.NEEDS_FIT).value()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(candidate.part(SoftPart.NEEDS_FIT).explanation())
                .isEqualTo("Noden · Besoins · Needs: wonen, werk (2 van 3)");
    }

    @Test
    void interestsAreComparedAsAJaccardOverlap() {
        ScoredCandidate candidate = score(newcomer("C1").interests(Set.of("cooking", "football")).build(),
                volunteer("V1").interests(Set.of("cooking", "chess", "music")).build());

        assertThat(candidate.part(SoftPart.INTERESTS).value()).isEqualTo(0.25);
        assertThat(candidate.part(SoftPart.INTERESTS).explanation())
                .isEqualTo("Interesses · Intérêts · Interests: cooking (1 van 4)");
        assertThat(score(newcomer("C1").interests(Set.of()).build(), volunteer("V1").build())
                .part(SoftPart.INTERESTS).value()).isZero();
    }

    @Test
    void availabilityIsTheShareOfTheNewcomersMomentsTheVolunteerCanDoToo() {
        ScoredCandidate candidate = score(
                newcomer("C1").availability(EnumSet.of(Availability.EVENINGS, Availability.WEEKENDS)).build(),
                volunteer("V1").availability(EnumSet.of(Availability.WEEKDAYS, Availability.WEEKENDS)).build());

        assertThat(candidate.part(SoftPart.AVAILABILITY).value()).isEqualTo(0.5);
        assertThat(candidate.part(SoftPart.AVAILABILITY).explanation())
                .isEqualTo("Beschikbaarheid · Disponibilité · Availability: weekends (1 van 2)");
    }

    @Test
    void distanceFallsLinearlyFromOneAtTheDoorToZeroAtTheLimit() {
        ScoredCandidate halfway = score(newcomer("C1").build(), volunteer("V1").location(northOfGent(7.5)).build());

        assertThat(halfway.part(SoftPart.DISTANCE).value()).isCloseTo(0.5, within(1e-3));
        assertThat(halfway.distanceKm()).isCloseTo(7.5, within(1e-3));
        assertThat(halfway.part(SoftPart.DISTANCE).explanation())
                .isEqualTo("Afstand · Distance · Distance: 7,5 km (max. 15,0 km)");
    }

    @Test
    void ageCountsSameBandFullyAndANeighbouringBandHalf() {
        NewcomerProfile single = newcomer("C1").ageBand(AgeBand.FROM_25_TO_39).household(false, false).build();

        assertThat(ageAndFamily(single, volunteer("V1").family(AgeBand.FROM_25_TO_39, true))).isEqualTo(1.0);
        assertThat(ageAndFamily(single, volunteer("V1").family(AgeBand.FROM_40_TO_54, false))).isEqualTo(0.5);
        assertThat(ageAndFamily(single, volunteer("V1").family(AgeBand.OVER_70, false))).isZero();
    }

    @Test
    void aFamilyWithChildrenGetsHalfTheAgePartFromAVolunteerWithChildren() {
        NewcomerProfile family = newcomer("C1").ageBand(AgeBand.FROM_25_TO_39).household(true, true).build();
        VolunteerCandidate parent = volunteer("V1").family(AgeBand.FROM_40_TO_54, true).screenedUntil(Profiles.TODAY).build();

        assertThat(score(family, parent).part(SoftPart.AGE_AND_FAMILY).value()).isEqualTo(0.75);
        assertThat(score(family, parent).part(SoftPart.AGE_AND_FAMILY).explanation()).isEqualTo(
                "Leeftijd en gezin · Âge et famille · Age and family: naburige leeftijdsgroep, vrijwilliger heeft kinderen");
        assertThat(ageAndFamily(family, volunteer("V1").family(AgeBand.FROM_25_TO_39, false)
                .screenedUntil(Profiles.TODAY))).isEqualTo(0.5);
    }

    @Test
    void loadBalancePrefersVolunteersWithMoreRoomLeft() {
        ScoredCandidate candidate = score(newcomer("C1").build(), volunteer("V1").load(4, 1).build());

        assertThat(candidate.part(SoftPart.LOAD_BALANCE).value()).isEqualTo(0.75);
        assertThat(candidate.part(SoftPart.LOAD_BALANCE).explanation())
                .isEqualTo("Belasting · Charge · Load: 1 van 4 duo's bezet");
    }

    @Test
    void theSharedLanguagesAreShownBesideTheParts() {
        ScoredCandidate candidate = score(newcomer("C1").languages("ar", "nl", "fa").build(),
                volunteer("V1").languages(Map.of("nl", LanguageLevel.NATIVE, "ar", LanguageLevel.BASIC,
                        "en", LanguageLevel.GOOD)).build());

        assertThat(candidate.sharedLanguages()).containsExactly("ar", "nl");
        assertThat(candidate.languagesExplanation()).isEqualTo("Talen · Langues · Languages: ar, nl");
    }

    @Test
    void theWeightsComeFromTheSettingsAndOnlyTheirRatiosMatter() {
        MatchingEngine distanceOnly = Profiles.engine(MatchingSettings.defaults().withWeights(new Weights(0, 0, 0, 3, 0, 0)));

        ScoredCandidate candidate = distanceOnly.rank(newcomer("C1").build(),
                List.of(volunteer("V1").location(northOfGent(3)).build()), 1).get(0);

        assertThat(candidate.score()).isCloseTo(80.0, within(0.01));
        assertThat(candidate.part(SoftPart.DISTANCE).weight()).isEqualTo(3.0);
        assertThat(candidate.part(SoftPart.NEEDS_FIT).contribution()).isZero();
    }

    @Test
    void thePartsAlwaysAddUpToTheScoreShown() {
        ScoredCandidate candidate = score(newcomer("C1").interests(Set.of("chess")).build(),
                volunteer("V1").location(northOfGent(4.3)).load(3, 1).family(AgeBand.UNDER_25, true).build());

        double sum = candidate.parts().stream().mapToDouble(PartScore::contribution).sum();
        assertThat(Math.round(sum * 100)).isEqualTo(Math.round(candidate.score() * 100));
        assertThat(candidate.score()).isBetween(0.0, 100.0);
    }

    private double ageAndFamily(NewcomerProfile newcomer, Profiles.VolunteerBuilder volunteer) {
        return score(newcomer, volunteer.build()).part(SoftPart.AGE_AND_FAMILY).value();
    }

    private ScoredCandidate score(NewcomerProfile newcomer, VolunteerCandidate volunteer) {
        List<ScoredCandidate> ranked = engine.rank(newcomer, List.of(volunteer), 1);
        assertThat(ranked).as("the pair is feasible").hasSize(1);
        return ranked.get(0);
    }
}
