package be.buddyflow.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import be.buddyflow.matching.CohortProposal.Method;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Proposes volunteers for newcomers (docs/matching.md). Pure computation on what the caller hands
 * in: the volunteers feature pre-filters candidates in SQL, and the engine still enforces every
 * hard constraint itself, so a wrong query can never produce a forbidden proposal.
 */
@Service
public class MatchingEngine {

    /** Whether a 596.2 check still counts is decided by the Belgian calendar day. */
    static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");

    private static final Comparator<Ranked> BEST_FIRST = Comparator.comparingInt(Ranked::centipoints).reversed()
            .thenComparing(r -> r.volunteer().volunteerId());

    private final MatchingSettings settings;
    private final Clock clock;

    /** The application has no shared Clock bean yet; tests hand one in through the other constructor. */
    @Autowired
    MatchingEngine(MatchingSettings settings, ObjectProvider<Clock> clock) {
        this(settings, clock.getIfAvailable(() -> Clock.system(BELGIUM)));
    }

    public MatchingEngine(MatchingSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public MatchingSettings settings() {
        return settings;
    }

    /**
     * The best feasible volunteers for one newcomer, best first; equal scores in volunteer id order.
     * Infeasible volunteers are left out; {@link #explainExclusion} says why.
     */
    public List<ScoredCandidate> rank(NewcomerProfile newcomer, List<VolunteerCandidate> volunteers, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        Scoring scoring = scoringForToday();
        List<Ranked> feasible = new ArrayList<>();
        for (VolunteerCandidate volunteer : volunteers) {
            if (scoring.feasible(newcomer, volunteer)) {
                feasible.add(new Ranked(volunteer, scoring.centipoints(newcomer, volunteer)));
            }
        }
        // Explanations are text: build them only for the few candidates that are returned.
        return feasible.stream().sorted(BEST_FIRST).limit(limit)
                .map(r -> scoring.scored(newcomer, r.volunteer(), r.volunteer().currentLoad()))
                .toList();
    }

    /** Every hard constraint the pair breaks; empty when the volunteer could be proposed. */
    public List<Violation> explainExclusion(NewcomerProfile newcomer, VolunteerCandidate volunteer) {
        return scoringForToday().violations(newcomer, volunteer);
    }

    /**
     * The proposal that matches the most newcomers and, among those, has the highest total of score
     * plus ageing bonus, within every hard constraint and every volunteer's free places.
     */
    public CohortProposal proposeCohort(List<NewcomerProfile> newcomers, List<VolunteerCandidate> volunteers) {
        return compareCohort(newcomers, volunteers).optimal();
    }

    /** The baseline: longest waiting first, each takes its best volunteer that still has a place. */
    public CohortProposal proposeCohortGreedy(List<NewcomerProfile> newcomers, List<VolunteerCandidate> volunteers) {
        CohortTable table = new CohortTable(scoringForToday(), newcomers, volunteers);
        return table.proposal(Method.GREEDY, GreedyCohort.solve(table));
    }

    /**
     * Both proposals from one evaluation of the pairs. The optimum needs greedy's choice anyway: it
     * keeps those pairs in its pruned graph, which is what guarantees it never does worse.
     */
    public Comparison compareCohort(List<NewcomerProfile> newcomers, List<VolunteerCandidate> volunteers) {
        CohortTable table = new CohortTable(scoringForToday(), newcomers, volunteers);
        int[] greedy = GreedyCohort.solve(table);
        return new Comparison(
                table.proposal(Method.OPTIMAL, OptimalCohort.solve(table, settings.cohortCandidatesPerNewcomer(), greedy)),
                table.proposal(Method.GREEDY, greedy));
    }

    public record Comparison(CohortProposal optimal, CohortProposal greedy) {
    }

    private Scoring scoringForToday() {
        return new Scoring(settings, LocalDate.now(clock));
    }

    private record Ranked(VolunteerCandidate volunteer, int centipoints) {
    }
}
