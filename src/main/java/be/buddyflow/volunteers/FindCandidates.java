package be.buddyflow.volunteers;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import be.buddyflow.audit.AuditLog;
import be.buddyflow.audit.CaseAccess.Purpose;
import be.buddyflow.audit.CaseAccess.Resource;
import be.buddyflow.casefile.CaseFileRepository;
import be.buddyflow.casefile.CaseStatus;
import be.buddyflow.casefile.MatchingFacts;
import be.buddyflow.matching.AgeBand;
import be.buddyflow.matching.Gender;
import be.buddyflow.matching.GenderPreference;
import be.buddyflow.matching.Location;
import be.buddyflow.matching.MatchingEngine;
import be.buddyflow.matching.NewcomerProfile;
import be.buddyflow.matching.ScoredCandidate;
import be.buddyflow.screening.ScreeningResult;
import be.buddyflow.screening.Screenings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranks the pool for one case: the database narrows the pool by the cheap hard constraints, the
 * engine checks all of them again and scores what is left (docs/matching.md).
 *
 * <p>The screening supplies needs, availability, interests, the newcomer's gender and their wish
 * about the buddy; before it (or without it) a case is matched on what the referral holds:
 * languages, place and household, and volunteers who only take women are not proposed.
 */
@Service
public class FindCandidates {

    private final CaseFileRepository caseFiles;
    private final VolunteerPool pool;
    private final Localities localities;
    private final MatchingEngine engine;
    private final Screenings screenings;
    private final AuditLog auditLog;

    FindCandidates(CaseFileRepository caseFiles, VolunteerPool pool, Localities localities, MatchingEngine engine,
            Screenings screenings, AuditLog auditLog) {
        this.auditLog = auditLog;
        this.screenings = screenings;
        this.caseFiles = caseFiles;
        this.pool = pool;
        this.localities = localities;
        this.engine = engine;
    }

    @Transactional(readOnly = true)
    public List<ScoredCandidate> forCase(String caseId, int limit) {
        MatchingFacts facts = caseFiles.findMatchingFacts(caseId).orElseThrow(() -> new NoSuchCase(caseId));
        if (facts.status() != CaseStatus.OPEN) {
            throw new NoSuchCase(caseId);
        }
        NewcomerProfile newcomer = profile(facts);
        List<ScoredCandidate> ranked = engine.rank(newcomer,
                pool.candidatesFor(newcomer, engine.settings().maxDistanceKm(), LocalDate.now()), limit);
        return ranked;
    }

    /** The volunteer as a candidate for this case, if every hard constraint still holds. */
    @Transactional(readOnly = true)
    public java.util.Optional<ScoredCandidate> candidate(String caseId, String volunteerId) {
        NewcomerProfile newcomer = profile(caseId, LocalDate.now());
        List<be.buddyflow.matching.VolunteerCandidate> volunteer = pool.candidatesFor(newcomer,
                engine.settings().maxDistanceKm(), LocalDate.now()).stream()
                .filter(v -> v.volunteerId().equals(volunteerId)).toList();
        return engine.rank(newcomer, volunteer, 1).stream().findFirst();
    }

    /** The newcomer as matching sees them; {@code waitingSince} feeds the ageing bonus of cohorts. */
    @Transactional(readOnly = true)
    public NewcomerProfile profile(String caseId, LocalDate waitingSince) {
        MatchingFacts facts = caseFiles.findMatchingFacts(caseId).orElseThrow(() -> new NoSuchCase(caseId));
        if (facts.status() != CaseStatus.OPEN) {
            throw new NoSuchCase(caseId);
        }
        NewcomerProfile profile = profile(facts);
        return new NewcomerProfile(profile.caseId(), profile.languages(), profile.location(),
                profile.genderPreference(), profile.newcomerIsWoman(), profile.minorsInHousehold(),
                profile.familyWithChildren(), profile.ageBand(), profile.availability(), profile.interests(),
                profile.needs(), waitingSince);
    }

    private NewcomerProfile profile(MatchingFacts facts) {
        Location location = localities.locate(facts.postalCode())
                .orElseThrow(() -> new NoCoordinates(facts.postalCode()));
        boolean children = facts.children() != null && facts.children() > 0;
        Optional<ScreeningResult> screening = screenings.find(facts.caseId());
        auditLog.read(facts.caseId(), Resource.CANDIDATES, Purpose.MATCHING);
        return new NewcomerProfile(facts.caseId(), Set.copyOf(facts.languages()), location,
                screening.map(ScreeningResult::genderPreference).orElse(GenderPreference.NONE),
                screening.map(s -> s.newcomerGender() == Gender.WOMAN).orElse(false), children, children,
                ageBand(facts.dateOfBirth()),
                screening.map(ScreeningResult::availability).orElse(Set.of()),
                screening.map(ScreeningResult::interests).orElse(Set.of()),
                screening.map(ScreeningResult::needs).orElse(Set.of()), LocalDate.now());
    }

    static AgeBand ageBand(LocalDate dateOfBirth) {
        if (dateOfBirth == null) {
            // Unknown: the band of most adult newcomers, so the age part neither helps nor sinks anyone much.
            return AgeBand.FROM_25_TO_39;
        }
        int age = Period.between(dateOfBirth, LocalDate.now()).getYears();
        if (age < 25) {
            return AgeBand.UNDER_25;
        }
        if (age < 40) {
            return AgeBand.FROM_25_TO_39;
        }
        if (age < 55) {
            return AgeBand.FROM_40_TO_54;
        }
        return age < 70 ? AgeBand.FROM_55_TO_69 : AgeBand.OVER_70;
    }

    /** The case's postal code is missing from the localities list: distances cannot be computed. */
    public static class NoCoordinates extends RuntimeException {
        NoCoordinates(String postalCode) {
            super("Postal code " + postalCode + " of this case is not in the localities list "
                    + "(buddyflow.localities.file), so no distance can be computed");
        }
    }

    /** Unknown or closed: either way there is nobody to match. */
    public static class NoSuchCase extends RuntimeException {
        NoSuchCase(String caseId) {
            super("No open case " + caseId);
        }
    }
}
