package be.buddyflow.matching;

import static be.buddyflow.matching.Profiles.newcomer;
import static be.buddyflow.matching.Profiles.northOfGent;
import static be.buddyflow.matching.Profiles.volunteer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;

class RankingTest {

    private final MatchingEngine engine = Profiles.engine();

    @Test
    void feasibleVolunteersComeBestFirstAndTheOthersAreLeftOut() {
        List<ScoredCandidate> ranked = engine.rank(newcomer("C1").build(), List.of(
                volunteer("V-FAR").location(northOfGent(12)).build(),
                volunteer("V-FULL").load(1, 1).build(),
                volunteer("V-NEAR").location(northOfGent(0.5)).build(),
                volunteer("V-MID").location(northOfGent(6)).build()), 10);

        assertThat(ranked).extracting(ScoredCandidate::volunteerId).containsExactly("V-NEAR", "V-MID", "V-FAR");
        assertThat(ranked).extracting(ScoredCandidate::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void equalScoresAreOrderedByVolunteerIdSoTheProposalIsTheSameEveryTime() {
        List<VolunteerCandidate> twins = List.of(volunteer("V-3").build(), volunteer("V-1").build(), volunteer("V-2").build());

        assertThat(engine.rank(newcomer("C1").build(), twins, 10)).extracting(ScoredCandidate::volunteerId)
                .containsExactly("V-1", "V-2", "V-3");
    }

    @Test
    void theLimitCutsTheList() {
        List<VolunteerCandidate> pool = List.of(volunteer("V-1").build(), volunteer("V-2").build(), volunteer("V-3").build());

        assertThat(engine.rank(newcomer("C1").build(), pool, 2)).hasSize(2);
        assertThat(engine.rank(newcomer("C1").build(), List.of(), 2)).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> engine.rank(newcomer("C1").build(), pool, 0));
    }
}
