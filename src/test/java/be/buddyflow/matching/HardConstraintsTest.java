package be.buddyflow.matching;

import static be.buddyflow.matching.Profiles.TODAY;
import static be.buddyflow.matching.Profiles.newcomer;
import static be.buddyflow.matching.Profiles.northOfGent;
import static be.buddyflow.matching.Profiles.volunteer;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One test per rule: the pair breaks exactly that rule, is left out of the ranking, and says why. */
class HardConstraintsTest {

    private final MatchingEngine engine = Profiles.engine();

    @Test
    void theBasePairBreaksNoRule() {
        assertThat(engine.explainExclusion(newcomer("C1").build(), volunteer("V1").build())).isEmpty();
        assertThat(engine.rank(newcomer("C1").build(), List.of(volunteer("V1").build()), 5)).hasSize(1);
    }

    @Test
    void aSharedLanguageAtAnyLevelIsEnough() {
        NewcomerProfile tigrinya = newcomer("C1").languages("ti").build();

        assertBreaksOnly(tigrinya, volunteer("V1").build(), HardConstraint.SHARED_LANGUAGE);
        assertThat(engine.explainExclusion(tigrinya, volunteer("V1").build()).get(0).explanation())
                .isEqualTo("Geen gedeelde taal · Aucune langue commune · No shared language: nieuwkomer ti; vrijwilliger nl");
        assertFeasible(tigrinya, volunteer("V1").languages(Map.of("nl", LanguageLevel.NATIVE, "ti", LanguageLevel.BASIC))
                .build());
    }

    @Test
    void distanceUpToTheMaximumIsAllowed() {
        assertFeasible(newcomer("C1").build(), volunteer("V1").location(northOfGent(14.99)).build());
        assertBreaksOnly(newcomer("C1").build(), volunteer("V1").location(northOfGent(15.1)).build(),
                HardConstraint.WITHIN_DISTANCE);
        assertThat(engine.explainExclusion(newcomer("C1").build(), volunteer("V1").location(northOfGent(15.1)).build())
                .get(0).explanation()).isEqualTo("Te ver · Trop loin · Too far: 15,1 km > 15,0 km");
    }

    @Test
    void theDistanceLimitComesFromTheSettings() {
        MatchingEngine strict = Profiles.engine(MatchingSettings.defaults().withMaxDistanceKm(5));

        assertThat(strict.explainExclusion(newcomer("C1").build(), volunteer("V1").location(northOfGent(6)).build()))
                .extracting(Violation::constraint).containsExactly(HardConstraint.WITHIN_DISTANCE);
    }

    @Test
    void aMissingPlaceCountsAsTooFar() {
        assertBreaksOnly(newcomer("C1").build(), volunteer("V1").location(null).build(), HardConstraint.WITHIN_DISTANCE);
    }

    static Stream<Arguments> everyPreferenceWithEveryGender() {
        return Stream.of(GenderPreference.WOMAN_ONLY, GenderPreference.MAN_ONLY)
                .flatMap(preference -> Arrays.stream(Gender.values()).map(gender -> Arguments.of(preference, gender)));
    }

    @ParameterizedTest(name = "{0}, volunteer {1}")
    @MethodSource("everyPreferenceWithEveryGender")
    void aNewcomerWhoWantsAWomanGetsOnlyWomenAndOneWhoWantsAManOnlyMen(GenderPreference preference, Gender gender) {
        NewcomerProfile newcomer = newcomer("C1")
                .genderPreference(preference, preference == GenderPreference.WOMAN_ONLY).build();
        Gender wanted = preference == GenderPreference.WOMAN_ONLY ? Gender.WOMAN : Gender.MAN;

        if (gender == wanted) {
            assertFeasible(newcomer, volunteer("V1").gender(gender).build());
        } else {
            assertBreaksOnly(newcomer, volunteer("V1").gender(gender).build(), HardConstraint.GENDER_PREFERENCE);
        }
    }

    @Test
    void aVolunteersWishToBuddyWomenOnlyIsRespected() {
        VolunteerCandidate womenOnly = volunteer("V1").womenOnly(true).build();

        assertBreaksOnly(newcomer("C1").genderPreference(GenderPreference.NONE, false).build(), womenOnly,
                HardConstraint.WOMEN_ONLY_WISH);
        assertFeasible(newcomer("C1").genderPreference(GenderPreference.NONE, true).build(), womenOnly);
    }

    @Test
    void minorsInTheHouseholdNeedAScreeningValidToday() {
        NewcomerProfile withMinors = newcomer("C1").household(true, true).build();

        assertBreaksOnly(withMinors, volunteer("V1").screenedUntil(null).build(), HardConstraint.SCREENING_596_2);
        assertBreaksOnly(withMinors, volunteer("V1").screenedUntil(TODAY.minusDays(1)).build(),
                HardConstraint.SCREENING_596_2);
        assertThat(engine.explainExclusion(withMinors, volunteer("V1").screenedUntil(TODAY.minusDays(1)).build())
                .get(0).explanation()).endsWith(": minderjarigen in het gezin, geldig tot 02/03/2025");
        assertFeasible(withMinors, volunteer("V1").screenedUntil(TODAY).build());
        assertFeasible(newcomer("C1").household(false, false).build(), volunteer("V1").screenedUntil(null).build());
    }

    @Test
    void todayIsTheInjectedClocksDay() {
        MatchingEngine dayAfter = new MatchingEngine(MatchingSettings.defaults(),
                Clock.fixed(TODAY.plusDays(1).atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

        assertThat(dayAfter.explainExclusion(newcomer("C1").household(true, true).build(),
                volunteer("V1").screenedUntil(TODAY).build()))
                .extracting(Violation::constraint).containsExactly(HardConstraint.SCREENING_596_2);
    }

    @Test
    void aVolunteerWithAllDuosTakenHasNoCapacity() {
        assertBreaksOnly(newcomer("C1").build(), volunteer("V1").load(2, 2).build(), HardConstraint.CAPACITY);
        assertBreaksOnly(newcomer("C1").build(), volunteer("V1").load(0, 0).build(), HardConstraint.CAPACITY);
        assertFeasible(newcomer("C1").build(), volunteer("V1").load(2, 1).build());
    }

    @Test
    void onlyActiveVolunteersAreProposed() {
        assertBreaksOnly(newcomer("C1").build(), volunteer("V1").active(false).build(), HardConstraint.ACTIVE_IN_POOL);
    }

    @Test
    void anExclusionListsEveryBrokenRuleWithItsReasonCode() {
        List<Violation> violations = engine.explainExclusion(
                newcomer("C1").languages("ti").household(true, true).build(),
                volunteer("V1").active(false).load(1, 1).location(northOfGent(40)).build());

        assertThat(violations).extracting(Violation::reasonCode).containsExactly(
                "ACTIVE_IN_POOL", "CAPACITY", "SCREENING_596_2", "SHARED_LANGUAGE", "WITHIN_DISTANCE");
        assertThat(violations).allSatisfy(v -> assertThat(v.explanation()).startsWith(v.constraint().label()));
        assertThat(violations.get(2).explanation()).isEqualTo("Geen geldig uittreksel 596.2 · Pas d'extrait 596.2 "
                + "valable · No valid 596.2 extract: minderjarigen in het gezin, geen controle geregistreerd");
    }

    private void assertBreaksOnly(NewcomerProfile newcomer, VolunteerCandidate volunteer, HardConstraint constraint) {
        assertThat(engine.explainExclusion(newcomer, volunteer)).extracting(Violation::constraint)
                .containsExactly(constraint);
        assertThat(engine.rank(newcomer, List.of(volunteer), 5)).isEmpty();
        assertThat(engine.proposeCohort(List.of(newcomer), List.of(volunteer)).assignments()).isEmpty();
    }

    private void assertFeasible(NewcomerProfile newcomer, VolunteerCandidate volunteer) {
        assertThat(engine.explainExclusion(newcomer, volunteer)).isEmpty();
        assertThat(engine.rank(newcomer, List.of(volunteer), 5)).extracting(ScoredCandidate::volunteerId)
                .containsExactly(volunteer.volunteerId());
    }
}
