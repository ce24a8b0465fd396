package be.buddyflow.volunteers;

import java.time.LocalDate;
import java.util.Set;

import be.buddyflow.audit.AuditLog;
import be.buddyflow.audit.CaseAccess.Purpose;
import be.buddyflow.audit.CaseAccess.Resource;
import be.buddyflow.casefile.CaseFileRepository;
import be.buddyflow.casefile.MatchingFacts;
import be.buddyflow.matching.NewcomerProfile;
import be.buddyflow.matching.ScoredCandidate;
import org.springframework.stereotype.Service;

/** The matching phase's steps as they touch our tables: shortlist, proposal, answer, duo. */
@Service
public class ProposeMatch {

    /** How many candidates the coordinator chooses from. */
    public static final int SHORTLIST_SIZE = 5;

    private final FindCandidates findCandidates;
    private final MatchProposals proposals;
    private final CaseFileRepository caseFiles;
    private final AuditLog auditLog;
    private final Localities localities;

    ProposeMatch(FindCandidates findCandidates, MatchProposals proposals, CaseFileRepository caseFiles,
            AuditLog auditLog, Localities localities) {
        this.auditLog = auditLog;
        this.localities = localities;
        this.findCandidates = findCandidates;
        this.proposals = proposals;
        this.caseFiles = caseFiles;
    }

    /**
     * The best candidates this case has not met before: no volunteer asked before for it (whatever the
     * answer) and none who was in a duo with it, in any matching of the case. Our table
     * {@code match_proposal} remembers them, so a rematch (a new matching instance) leaves them out too.
     */
    public Shortlist shortlist(String caseId) {
        Set<String> alreadyAsked = proposals.volunteersOfCase(caseId);
        return new Shortlist(findCandidates.forCase(caseId, SHORTLIST_SIZE + alreadyAsked.size()).stream()
                .filter(candidate -> !alreadyAsked.contains(candidate.volunteerId()))
                .limit(SHORTLIST_SIZE)
                .toList());
    }

    /** Whether this case has met the volunteer before: asked, or in a duo with them. */
    public boolean metBefore(String caseId, String volunteerId) {
        return proposals.volunteersOfCase(caseId).contains(volunteerId);
    }

    /**
     * The newcomer's matching profile as the coordinator reads it beside the candidates: languages by
     * name, area, needs, moments, interests, household and the wish about the buddy. No contact data,
     * no special-category data (ADR 0008).
     */
    public String newcomerProfile(String caseId, java.util.Locale reader) {
        NewcomerProfile profile = findCandidates.profile(caseId, LocalDate.now());
        String postalCode = profile.location().postalCode();
        String area = localities.placeName(postalCode).map(name -> postalCode + " " + name).orElse(postalCode);
        return "Talen: " + MatchingWords.languages(profile.languages(), reader) + "\n"
                + "Woonplaats: " + area + "\n"
                + "Noden: " + MatchingWords.needs(profile.needs()) + "\n"
                + "Beschikbaar: " + MatchingWords.moments(profile.availability()) + "\n"
                + "Interesses: " + (profile.interests().isEmpty() ? "geen opgegeven"
                        : String.join(", ", new java.util.TreeSet<>(profile.interests()))) + "\n"
                + "Leeftijd: " + MatchingWords.age(profile.ageBand()) + "\n"
                + "Gezin met kinderen: " + (profile.familyWithChildren() ? "ja" : "nee") + "\n"
                + "Wens over de buddy: " + MatchingWords.buddyWish(profile.genderPreference());
    }

    /** The volunteer as a candidate for this case if every hard constraint still holds. */
    public java.util.Optional<ScoredCandidate> feasible(String caseId, String volunteerId) {
        return findCandidates.candidate(caseId, volunteerId);
    }

    /** Records the proposal; the volunteer's Tasklist account, if they have one, gets the question. */
    public Proposal propose(String caseId, ScoredCandidate candidate, String proposedBy) {
        proposals.record(caseId, candidate.volunteerId(), candidate.score(), proposedBy);
        auditLog.write(caseId, Resource.MATCH_PROPOSAL, Purpose.MATCHING);
        return new Proposal(candidate.volunteerId(), proposals.userOf(candidate.volunteerId()).orElse(null));
    }

    /** What the volunteer sees of the newcomer before saying yes: the minimal buddy profile. */
    public String buddyProfile(String caseId) {
        MatchingFacts facts = caseFiles.findMatchingFacts(caseId).orElseThrow();
        auditLog.read(caseId, Resource.MATCH_PROPOSAL, Purpose.MATCHING);
        return "Talen · Langues · Languages: " + MatchingWords.languages(facts.languages(), MatchingWords.DUTCH) + "\n"
                + "Postcode · Code postal · Postal code: " + facts.postalCode() + "\n"
                + "Gezin met kinderen · Famille avec enfants · Family with children: "
                + (facts.children() != null && facts.children() > 0 ? "ja · oui · yes" : "nee · non · no");
    }

    public void recordAnswer(String caseId, String volunteerId, String answer) {
        proposals.answer(caseId, volunteerId, answer);
        auditLog.write(caseId, Resource.MATCH_PROPOSAL, Purpose.MATCHING);
    }

    public void formDuo(String caseId, String volunteerId) {
        if (!proposals.formDuo(caseId, volunteerId, LocalDate.now())) {
            // Someone else took the last place meanwhile: an incident for a coordinator to resolve.
            throw new IllegalStateException("Volunteer " + volunteerId + " has no free place left for case " + caseId);
        }
        auditLog.write(caseId, Resource.MATCH_PROPOSAL, Purpose.MATCHING);
    }

    public void recordFirstMeeting(String caseId, String volunteerId, LocalDate on) {
        proposals.recordFirstMeeting(caseId, volunteerId, on);
        auditLog.write(caseId, Resource.MATCH_PROPOSAL, Purpose.MATCHING);
    }

    public record Proposal(String volunteerId, String volunteerUser) {
    }
}
