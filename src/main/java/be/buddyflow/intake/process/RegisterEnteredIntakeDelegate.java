package be.buddyflow.intake.process;

import static be.buddyflow.intake.process.IntakeEntryProcess.*;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import be.buddyflow.intake.NoOrganisationServesPostalCode;
import be.buddyflow.intake.ReceiveReferral;
import be.buddyflow.intake.Referral;
import be.buddyflow.intake.ReferralOutcome;
import be.buddyflow.trajectory.CurrentUser;
import be.buddyflow.trajectory.FormRefusal;
import be.buddyflow.trajectory.ProcessVariable;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Opens the case of an intake entered in Tasklist through the same use case as a partner's
 * referral. Runs in the start form's transaction: a refusal (named field) reaches the social worker
 * in Tasklist and leaves no instance, no case and no trajectory behind.
 */
@Component
public class RegisterEnteredIntakeDelegate implements JavaDelegate {

    private final ReceiveReferral receiveReferral;
    private final Validator validator;

    public RegisterEnteredIntakeDelegate(ReceiveReferral receiveReferral, Validator validator) {
        this.receiveReferral = receiveReferral;
        this.validator = validator;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Referral referral = referral(execution);
        Set<ConstraintViolation<Referral>> violations = validator.validate(referral);
        if (!violations.isEmpty()) {
            throw FormRefusal.of(violations.stream().map(v -> v.getPropertyPath().toString()).sorted()
                    .collect(Collectors.joining(",")), "Intake niet opgeslagen · Intake non enregistré · Intake not saved: "
                    + violations.stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                            .map(v -> v.getPropertyPath() + " " + v.getMessage()).collect(Collectors.joining("; ")));
        }
        ReferralOutcome outcome;
        try {
            outcome = receiveReferral.receive(referral, CurrentUser.of(execution).orElse(SOURCE));
        } catch (NoOrganisationServesPostalCode e) {
            throw FormRefusal.of("newcomer.postalCode", "newcomer.postalCode: " + e.getMessage());
        }
        String caseId;
        if (outcome instanceof ReferralOutcome.Opened opened) {
            caseId = opened.caseId();
        } else if (outcome instanceof ReferralOutcome.AlreadyReceived received) {
            // A retried start of this very instance: its case exists already.
            caseId = received.caseId();
        } else {
            throw new IllegalStateException("Instance " + execution.getProcessInstanceId()
                    + " already opened a case with other content: " + outcome);
        }
        FORM_FIELDS.forEach(field -> execution.removeVariable(field.name()));
        CASE_ID.set(execution, caseId);
        // Like every instance of a case: found by its case id, e.g. to erase its history.
        execution.setProcessBusinessKey(caseId);
    }

    private static Referral referral(DelegateExecution x) {
        return new Referral(SOURCE, x.getProcessInstanceId(),
                new Referral.Newcomer(GIVEN_NAME.get(x), FAMILY_NAME.get(x), date(x, DATE_OF_BIRTH),
                        languages(LANGUAGES.get(x)), POSTAL_CODE.get(x), blankToNull(MUNICIPALITY.get(x)),
                        blankToNull(PHONE.get(x)), blankToNull(EMAIL.get(x))),
                value(Referral.ResidenceStatus.class, RESIDENCE_STATUS, x), date(x, RECOGNITION_DATE),
                new Referral.ReceptionPlace(value(Referral.ReceptionType.class, RECEPTION_TYPE, x),
                        blankToNull(RECEPTION_NAME.get(x))),
                new Referral.Household(integer(HOUSEHOLD_ADULTS.get(x)), integer(HOUSEHOLD_CHILDREN.get(x))),
                new Referral.Consent(CONSENT_SERVICES.get(x), CONSENT_BUDDY_CONTACT.get(x), CONSENT_REPORTING.get(x),
                        value(Referral.LegalBasis.class, LEGAL_BASIS, x), organisations(SHARE_WITH.get(x))),
                null);
    }

    private static List<String> languages(String value) {
        return value == null ? List.of() : Arrays.stream(value.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static List<String> organisations(String value) {
        return value == null || value.isBlank() ? null : Arrays.stream(value.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static LocalDate date(DelegateExecution x, ProcessVariable<String> field) {
        String value = blankToNull(field.get(x));
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw FormRefusal.of(field.name(), field.name() + " must be a date (YYYY-MM-DD), got '" + value + "'");
        }
    }

    private static <E extends Enum<E>> E value(Class<E> type, ProcessVariable<String> field, DelegateExecution x) {
        String value = blankToNull(field.get(x));
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw FormRefusal.of(field.name(), field.name() + " must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static Integer integer(Number value) {
        return value == null ? null : value.intValue();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
