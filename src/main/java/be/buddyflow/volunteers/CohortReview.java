package be.buddyflow.volunteers;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import be.buddyflow.casefile.CaseFileRepository;
import be.buddyflow.casefile.CaseStatus;
import be.buddyflow.casefile.MatchingFacts;
import be.buddyflow.matching.MatchingEngine;
import be.buddyflow.matching.NewcomerProfile;
import org.springframework.stereotype.Service;

/**
 * A proposal for the whole waiting list, for a coordinator to review: nothing reaches a volunteer
 * until the coordinator approves pairs, and each approved pair then goes through the same proposal
 * step as a single match (the volunteer still accepts or declines).
 */
@Service
public class CohortReview {

    private static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");

    private final WaitingList waitingList;
    private final FindCandidates findCandidates;
    private final VolunteerPool pool;
    private final MatchingEngine engine;
    private final CaseFileRepository caseFiles;
    private final MatchProposals proposals;

    CohortReview(WaitingList waitingList, FindCandidates findCandidates, VolunteerPool pool, MatchingEngine engine,
            CaseFileRepository caseFiles, MatchProposals proposals) {
        this.caseFiles = caseFiles;
        this.proposals = proposals;
        this.waitingList = waitingList;
        this.findCandidates = findCandidates;
        this.pool = pool;
        this.engine = engine;
    }

    public MatchingEngine.Comparison propose() {
        List<NewcomerProfile> newcomers = new ArrayList<>();
        for (WaitingList.WaitingCase waiting : waitingList.waitingCases()) {
            newcomers.add(findCandidates.profile(waiting.caseId(), LocalDate.ofInstant(waiting.since(), BELGIUM)));
        }
        return engine.compareCohort(newcomers, pool.available());
    }

    /** Which ids of a pair name no case or no volunteer at all ("caseId", "volunteerId"); empty when both exist. */
    public List<String> unknownIds(String caseId, String volunteerId) {
        List<String> unknown = new ArrayList<>();
        if (caseFiles.findMatchingFacts(caseId).isEmpty()) {
            unknown.add("caseId");
        }
        if (pool.findSummary(volunteerId).isEmpty()) {
            unknown.add("volunteerId");
        }
        return unknown;
    }

    /** A pair of existing ids (see {@link #unknownIds}). */
    public Result approve(String caseId, String volunteerId) {
        java.util.Optional<MatchingFacts> facts = caseFiles.findMatchingFacts(caseId);
        if (facts.isEmpty() || facts.get().status() != CaseStatus.OPEN) {
            return Result.NOT_WAITING;
        }
        if (proposals.volunteersOfCase(caseId).contains(volunteerId)) {
            if (!waitingList.isWaiting(caseId)) {
                // An approval sent twice (the case has taken it already) says so, as before.
                return Result.NOT_WAITING;
            }
            // Asked before for this case, or its buddy before a rematch: never proposed to it again.
            return Result.NOT_FEASIBLE;
        }
        try {
            if (findCandidates.candidate(caseId, volunteerId).isEmpty()) {
                return Result.NOT_FEASIBLE;
            }
        } catch (FindCandidates.NoCoordinates noDistance) {
            return Result.NOT_FEASIBLE;
        }
        return waitingList.approve(caseId, volunteerId) ? Result.SENT : Result.NOT_WAITING;
    }

    public enum Result {
        /** The case's matching now asks this volunteer. */
        SENT,
        /** The case is not on the waiting list (any more). */
        NOT_WAITING,
        /**
         * The pair breaks a hard constraint now (the pool changed since the proposal), or the case has
         * met the volunteer before (asked, or in a duo with them).
         */
        NOT_FEASIBLE
    }
}
