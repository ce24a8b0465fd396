package be.buddyflow.matching;

import java.time.LocalDate;
import java.util.Set;

/**
 * What matching may know of a newcomer: the minimal buddy profile plus the constraints (domain.md,
 * "Data protection"). No health or other special-category data.
 *
 * @param languages        ISO 639-1 codes the newcomer speaks
 * @param minorsInHousehold children under 18 in the household: the buddy needs a valid 596.2 check
 * @param newcomerIsWoman  for volunteers who wish to be matched with women only
 * @param familyWithChildren for the family-situation part of the score
 * @param waitingSince     when the newcomer joined the waiting list (fairness: ageing bonus)
 */
public record NewcomerProfile(
        String caseId,
        Set<String> languages,
        Location location,
        GenderPreference genderPreference,
        boolean newcomerIsWoman,
        boolean minorsInHousehold,
        boolean familyWithChildren,
        AgeBand ageBand,
        Set<Availability> availability,
        Set<String> interests,
        Set<NeedDomain> needs,
        LocalDate waitingSince) {
}
