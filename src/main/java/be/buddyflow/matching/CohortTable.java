package be.buddyflow.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import be.buddyflow.matching.CohortProposal.Assignment;
import be.buddyflow.matching.CohortProposal.Method;
import be.buddyflow.matching.CohortProposal.Unmatched;
import be.buddyflow.matching.CohortProposal.UnmatchedReason;

/**
 * Every feasible pair of a cohort with its value, in primitive arrays: both cohort methods read the
 * same table, so they differ only in how they choose. Newcomers are indexed in waiting order
 * (longest first, then case id); volunteers in id order, so a lower index is the id tie-break.
 */
final class CohortTable {

    static final int NONE = -1;

    private static final Comparator<NewcomerProfile> WAITING_ORDER = Comparator
            .comparing(NewcomerProfile::waitingSince, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(NewcomerProfile::caseId);

    private final Scoring scoring;
    private final List<NewcomerProfile> newcomers;
    private final List<VolunteerCandidate> volunteers;
    /** Per newcomer: its feasible volunteers, ascending. */
    private final int[][] candidates;
    /** Per newcomer, aligned with candidates: score without the load part, plus the ageing bonus. */
    private final int[][] baseValues;
    private final int[] ageingBonus;
    /** Per volunteer: load-balance centipoints when the proposal gives it its (j+1)-th new duo. */
    private final int[][] slotValues;

    CohortTable(Scoring scoring, List<NewcomerProfile> newcomers, List<VolunteerCandidate> volunteers) {
        this.scoring = scoring;
        this.newcomers = newcomers.stream().sorted(WAITING_ORDER).toList();
        this.volunteers = volunteers.stream().sorted(Comparator.comparing(VolunteerCandidate::volunteerId)).toList();
        requireUnique(this.newcomers.stream().map(NewcomerProfile::caseId).toList(), "case id");
        requireUnique(this.volunteers.stream().map(VolunteerCandidate::volunteerId).toList(), "volunteer id");

        int n = this.newcomers.size();
        candidates = new int[n][];
        baseValues = new int[n][];
        ageingBonus = new int[n];
        // Pairs are independent: two cores halve the dominant cost (10,000 x 1,000 checks).
        IntStream.range(0, n).parallel().forEach(this::fillRow);

        slotValues = new int[this.volunteers.size()][];
        for (int v = 0; v < slotValues.length; v++) {
            VolunteerCandidate volunteer = this.volunteers.get(v);
            int free = Math.max(0, volunteer.capacity() - volunteer.currentLoad());
            slotValues[v] = new int[free];
            for (int j = 0; j < free; j++) {
                slotValues[v][j] = scoring.loadCentipoints(volunteer, volunteer.currentLoad() + j);
            }
        }
    }

    private void fillRow(int i) {
        NewcomerProfile newcomer = newcomers.get(i);
        ageingBonus[i] = scoring.ageingBonusCentipoints(newcomer);
        int[] found = new int[16];
        int[] values = new int[16];
        int count = 0;
        for (int v = 0; v < volunteers.size(); v++) {
            VolunteerCandidate volunteer = volunteers.get(v);
            if (scoring.feasible(newcomer, volunteer)) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                    values = Arrays.copyOf(values, count * 2);
                }
                found[count] = v;
                values[count] = scoring.centipointsWithoutLoad(newcomer, volunteer) + ageingBonus[i];
                count++;
            }
        }
        candidates[i] = Arrays.copyOf(found, count);
        baseValues[i] = Arrays.copyOf(values, count);
    }

    private static void requireUnique(List<String> ids, String what) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException("The same " + what + " appears twice in a cohort: " + id);
            }
        }
    }

    int newcomerCount() {
        return newcomers.size();
    }

    int volunteerCount() {
        return volunteers.size();
    }

    int candidateCount(int newcomer) {
        return candidates[newcomer].length;
    }

    int candidate(int newcomer, int k) {
        return candidates[newcomer][k];
    }

    /** Where the volunteer stands among the newcomer's candidates, or a negative number if not feasible. */
    int indexOf(int newcomer, int volunteer) {
        return Arrays.binarySearch(candidates[newcomer], volunteer);
    }

    /** Value of the k-th candidate pair when the volunteer already took {@code taken} duos of this cohort. */
    int value(int newcomer, int k, int taken) {
        return baseValues[newcomer][k] + slotValues[candidates[newcomer][k]][taken];
    }

    /** Without the load part, which the cohort graph puts on the volunteer's slot arcs. */
    int valueWithoutLoad(int newcomer, int k) {
        return baseValues[newcomer][k];
    }

    int freeSlots(int volunteer) {
        return slotValues[volunteer].length;
    }

    int slotValue(int volunteer, int slot) {
        return slotValues[volunteer][slot];
    }

    long maxValueWithoutLoad() {
        return Arrays.stream(baseValues).flatMapToInt(Arrays::stream).max().orElse(0);
    }

    long maxSlotValue() {
        return Arrays.stream(slotValues).flatMapToInt(Arrays::stream).max().orElse(0);
    }

    /**
     * The proposal for a choice of volunteer per newcomer (index or {@link #NONE}). A volunteer's new
     * duos get its free places in waiting order, each scored with the load it then has.
     */
    CohortProposal proposal(Method method, int[] volunteerOf) {
        int[] taken = new int[volunteers.size()];
        List<Assignment> assignments = new ArrayList<>();
        List<Unmatched> unmatched = new ArrayList<>();
        for (int i = 0; i < newcomers.size(); i++) {
            NewcomerProfile newcomer = newcomers.get(i);
            int v = volunteerOf[i];
            if (v == NONE) {
                unmatched.add(new Unmatched(newcomer, candidates[i].length == 0
                        ? UnmatchedReason.NO_FEASIBLE_CANDIDATE : UnmatchedReason.CAPACITY_TAKEN));
                continue;
            }
            VolunteerCandidate volunteer = volunteers.get(v);
            if (taken[v] >= freeSlots(v) || indexOf(i, v) < 0) {
                throw new IllegalStateException(method + " chose an infeasible pair or exceeded a capacity: "
                        + newcomer.caseId() + " - " + volunteer.volunteerId());
            }
            ScoredCandidate scored = scoring.scored(newcomer, volunteer, volunteer.currentLoad() + taken[v]);
            taken[v]++;
            assignments.add(new Assignment(newcomer, scored, Scoring.points(ageingBonus[i])));
        }
        return new CohortProposal(method, assignments, unmatched);
    }
}
