package be.buddyflow.matching;

import static be.buddyflow.matching.Profiles.TODAY;
import static be.buddyflow.matching.Profiles.newcomer;
import static be.buddyflow.matching.Profiles.volunteer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.Set;

import be.buddyflow.matching.CohortProposal.Assignment;
import be.buddyflow.matching.CohortProposal.Unmatched;
import be.buddyflow.matching.CohortProposal.UnmatchedReason;
import be.buddyflow.matching.MatchingEngine.Comparison;
import org.junit.jupiter.api.Test;

/** Small cohorts where the right answer is plain to see. */
class CohortTest {

    private final MatchingEngine engine = Profiles.engine();

    /**
     * The classic trap: Amal, waiting longest, likes Vera best but could also have Wim; Bereket speaks
     * only Tigrinya, which only Vera speaks. Greedy gives Vera to Amal and leaves Bereket waiting.
     */
    @Test
    void theOptimumLeavesTheOnlyPossibleVolunteerToTheNewcomerWhoHasNoOther() {
        List<NewcomerProfile> newcomers = List.of(
                newcomer("AMAL").languages("nl").waitingSince(TODAY.minusWeeks(8)).build(),
                newcomer("BEREKET").languages("ti").waitingSince(TODAY.minusWeeks(2)).build());
        List<VolunteerCandidate> volunteers = List.of(
                volunteer("VERA").languages(Map.of("nl", LanguageLevel.NATIVE, "ti", LanguageLevel.GOOD)).load(1, 0).build(),
                volunteer("WIM").interests(Set.of("chess")).load(1, 0).build());

        Comparison both = engine.compareCohort(newcomers, volunteers);

        assertThat(both.greedy().assignments()).extracting(Assignment::caseId, Assignment::volunteerId)
                .containsExactly(tuple("AMAL", "VERA"));
        assertThat(both.greedy().unmatched()).extracting(Unmatched::caseId, Unmatched::reason)
                .containsExactly(tuple("BEREKET", UnmatchedReason.CAPACITY_TAKEN));
        assertThat(both.optimal().assignments()).extracting(Assignment::caseId, Assignment::volunteerId)
                .containsExactly(tuple("AMAL", "WIM"), tuple("BEREKET", "VERA"));
        assertThat(both.optimal().totals().matched()).isEqualTo(2);
        assertThat(engine.proposeCohort(newcomers, volunteers)).isEqualTo(both.optimal());
    }

    @Test
    void noVolunteerTakesMoreDuosThanItsFreePlaces() {
        List<NewcomerProfile> newcomers = List.of(newcomer("C1").build(), newcomer("C2").build(), newcomer("C3").build());

        CohortProposal proposal = engine.proposeCohort(newcomers, List.of(volunteer("V1").load(3, 2).build()));

        assertThat(proposal.assignments()).hasSize(1);
        assertThat(proposal.unmatched()).extracting(Unmatched::reason).containsOnly(UnmatchedReason.CAPACITY_TAKEN);
    }

    @Test
    void aNewcomerNoVolunteerCanTakeIsReportedAsSuch() {
        CohortProposal proposal = engine.proposeCohort(List.of(newcomer("C1").languages("so").build()),
                List.of(volunteer("V1").build()));

        assertThat(proposal.unmatched()).extracting(Unmatched::caseId, Unmatched::reason)
                .containsExactly(tuple("C1", UnmatchedReason.NO_FEASIBLE_CANDIDATE));
        assertThat(proposal.totals()).isEqualTo(new CohortProposal.Totals(0, 1, 0, 0, 0));
    }

    /** Long waiting outweighs a better fit once the bonus exceeds the gap; without it the better fit wins. */
    @Test
    void theAgeingBonusGivesTheLastPlaceToWhoWaitedLongest() {
        List<NewcomerProfile> newcomers = List.of(
                newcomer("FITS-BETTER").waitingSince(TODAY).build(),
                newcomer("WAITED-20-WEEKS").interests(Set.of("chess")).waitingSince(TODAY.minusWeeks(20)).build());
        List<VolunteerCandidate> oneVolunteer = List.of(volunteer("V1").load(1, 0).build());

        CohortProposal fair = engine.proposeCohort(newcomers, oneVolunteer);
        CohortProposal noAgeing = Profiles.engine(MatchingSettings.defaults().withAgeingBonus(0, 0))
                .proposeCohort(newcomers, oneVolunteer);

        assertThat(fair.assignments()).extracting(Assignment::caseId, Assignment::ageingBonus)
                .containsExactly(tuple("WAITED-20-WEEKS", 40.0));
        assertThat(noAgeing.assignments()).extracting(Assignment::caseId).containsExactly("FITS-BETTER");
    }

    @Test
    void theAgeingBonusIsCapped() {
        CohortProposal proposal = engine.proposeCohort(
                List.of(newcomer("C1").waitingSince(TODAY.minusWeeks(52)).build()), List.of(volunteer("V1").build()));

        assertThat(proposal.assignments().get(0).ageingBonus()).isEqualTo(40.0);
        assertThat(proposal.assignments().get(0).value())
                .isEqualTo(proposal.assignments().get(0).candidate().score() + 40.0);
    }

    @Test
    void duosAreSpreadOverVolunteersRatherThanPiledOnOne() {
        List<NewcomerProfile> twins = List.of(newcomer("C1").build(), newcomer("C2").build());
        List<VolunteerCandidate> volunteers = List.of(volunteer("V1").load(2, 0).build(), volunteer("V2").load(2, 0).build());

        assertThat(engine.proposeCohort(twins, volunteers).assignments()).extracting(Assignment::volunteerId)
                .containsExactlyInAnyOrder("V1", "V2");
    }

    @Test
    void aSecondDuoWithTheSameVolunteerIsScoredWithTheLoadItThenHas() {
        List<NewcomerProfile> newcomers = List.of(newcomer("C1").waitingSince(TODAY.minusWeeks(1)).build(),
                newcomer("C2").build());

        CohortProposal proposal = engine.proposeCohort(newcomers, List.of(volunteer("V1").load(2, 0).build()));

        assertThat(proposal.assignments()).extracting(a -> a.candidate().part(SoftPart.LOAD_BALANCE).explanation())
                .containsExactly("Belasting · Charge · Load: 0 van 2 duo's bezet",
                        "Belasting · Charge · Load: 1 van 2 duo's bezet");
        assertThat(proposal.assignments().get(1).candidate().score())
                .isEqualTo(proposal.assignments().get(0).candidate().score() - 5.0);
    }

    @Test
    void theProposalListsNewcomersLongestWaitingFirst() {
        CohortProposal proposal = engine.proposeCohortGreedy(List.of(
                newcomer("NEW").build(),
                newcomer("OLD").waitingSince(TODAY.minusWeeks(3)).build(),
                newcomer("MIDDLE").waitingSince(TODAY.minusWeeks(1)).build()), List.of(volunteer("V1").load(3, 0).build()));

        assertThat(proposal.assignments()).extracting(Assignment::caseId).containsExactly("OLD", "MIDDLE", "NEW");
    }

    @Test
    void theSameIdTwiceIsRefusedRatherThanDoubleBooked() {
        assertThatIllegalArgumentException().isThrownBy(() -> engine.proposeCohort(List.of(newcomer("C1").build()),
                List.of(volunteer("V1").build(), volunteer("V1").build())));
        assertThatIllegalArgumentException().isThrownBy(() -> engine.proposeCohort(
                List.of(newcomer("C1").build(), newcomer("C1").build()), List.of(volunteer("V1").build())));
    }
}
