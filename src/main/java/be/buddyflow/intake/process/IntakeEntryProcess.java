package be.buddyflow.intake.process;

import static be.buddyflow.trajectory.ProcessVariable.bool;
import static be.buddyflow.trajectory.ProcessVariable.number;
import static be.buddyflow.trajectory.ProcessVariable.string;

import java.util.List;

import be.buddyflow.trajectory.ProcessVariable;

/**
 * An intake a social worker enters in Tasklist, {@code bpmn/intake-entry.bpmn}. The variables are
 * the fields of {@code forms/enter-intake.form}; they are removed once the case file holds them,
 * leaving only the case id.
 */
public final class IntakeEntryProcess {

    public static final String KEY = "intake-entry";
    /** The source of every case entered in Tasklist; the instance id is its external reference. */
    public static final String SOURCE = "tasklist";

    public static final ProcessVariable<String> GIVEN_NAME = string("givenName");
    public static final ProcessVariable<String> FAMILY_NAME = string("familyName");
    public static final ProcessVariable<String> DATE_OF_BIRTH = string("dateOfBirth");
    /** ISO 639-1 codes, comma-separated. */
    public static final ProcessVariable<String> LANGUAGES = string("languages");
    public static final ProcessVariable<String> POSTAL_CODE = string("postalCode");
    public static final ProcessVariable<String> MUNICIPALITY = string("municipality");
    public static final ProcessVariable<String> PHONE = string("phone");
    public static final ProcessVariable<String> EMAIL = string("email");
    public static final ProcessVariable<String> RESIDENCE_STATUS = string("residenceStatus");
    public static final ProcessVariable<String> RECOGNITION_DATE = string("recognitionDate");
    public static final ProcessVariable<String> RECEPTION_TYPE = string("receptionType");
    public static final ProcessVariable<String> RECEPTION_NAME = string("receptionName");
    public static final ProcessVariable<Number> HOUSEHOLD_ADULTS = number("householdAdults");
    public static final ProcessVariable<Number> HOUSEHOLD_CHILDREN = number("householdChildren");
    public static final ProcessVariable<Boolean> CONSENT_SERVICES = bool("consentServices");
    public static final ProcessVariable<Boolean> CONSENT_BUDDY_CONTACT = bool("consentBuddyContact");
    public static final ProcessVariable<Boolean> CONSENT_REPORTING = bool("consentReporting");
    /** Organisations the newcomer agreed to share the case with, comma-separated. */
    public static final ProcessVariable<String> SHARE_WITH = string("shareWith");
    public static final ProcessVariable<String> LEGAL_BASIS = string("legalBasis");

    /** What stays in the instance: the case it opened. */
    public static final ProcessVariable<String> CASE_ID = string("caseId");

    /** The form's personal fields, removed from the instance once the case file holds them. */
    public static final List<ProcessVariable<?>> FORM_FIELDS = List.of(GIVEN_NAME, FAMILY_NAME, DATE_OF_BIRTH,
            LANGUAGES, POSTAL_CODE, MUNICIPALITY, PHONE, EMAIL, RESIDENCE_STATUS, RECOGNITION_DATE, RECEPTION_TYPE,
            RECEPTION_NAME, HOUSEHOLD_ADULTS, HOUSEHOLD_CHILDREN, CONSENT_SERVICES, CONSENT_BUDDY_CONTACT,
            CONSENT_REPORTING, SHARE_WITH, LEGAL_BASIS);

    private IntakeEntryProcess() {
    }
}
