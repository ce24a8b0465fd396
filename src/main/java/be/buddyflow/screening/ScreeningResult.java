package be.buddyflow.screening;

import java.util.Set;

import be.buddyflow.matching.Availability;
import be.buddyflow.matching.Gender;
import be.buddyflow.matching.GenderPreference;
import be.buddyflow.matching.NeedDomain;

/**
 * What the screening conversation established, as matching and the eligibility decision use it.
 * Needs per life domain and wishes about the buddy; never diagnoses or psychosocial detail.
 */
public record ScreeningResult(
        String caseId,
        Set<NeedDomain> needs,
        Set<Availability> availability,
        Set<String> interests,
        Gender newcomerGender,
        GenderPreference genderPreference,
        boolean buddyWanted,
        boolean needsProfessionalSupport) {

    public ScreeningResult {
        needs = Set.copyOf(needs);
        availability = Set.copyOf(availability);
        interests = Set.copyOf(interests);
    }
}
