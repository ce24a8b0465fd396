package be.buddyflow.intake.process;

import static be.buddyflow.intake.process.IntakeProcess.ADDRESS_AREA;
import static be.buddyflow.intake.process.IntakeProcess.CONSENT_BUDDY_CONTACT;
import static be.buddyflow.intake.process.IntakeProcess.DATE_OF_BIRTH;
import static be.buddyflow.intake.process.IntakeProcess.HOUSEHOLD_ADULTS;
import static be.buddyflow.intake.process.IntakeProcess.HOUSEHOLD_CHILDREN;
import static be.buddyflow.intake.process.IntakeProcess.LANGUAGES;
import static be.buddyflow.intake.process.IntakeProcess.LEGAL_BASIS;
import static be.buddyflow.intake.process.IntakeProcess.NEWCOMER_NAME;
import static be.buddyflow.intake.process.IntakeProcess.RECEPTION_NAME;
import static be.buddyflow.intake.process.IntakeProcess.RECEPTION_TYPE;
import static be.buddyflow.intake.process.IntakeProcess.RECOGNITION_DATE;
import static be.buddyflow.intake.process.IntakeProcess.REFERRAL_SOURCE;
import static be.buddyflow.intake.process.IntakeProcess.RESIDENCE_STATUS;

import java.time.LocalDate;
import java.util.Objects;

import be.buddyflow.casefile.IntakeSummary;
import be.buddyflow.casefile.PossibleDuplicates;
import be.buddyflow.intake.ReviewIntake;
import be.buddyflow.trajectory.TrajectoryProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Puts the summary the intake form shows into the intake instance (local to it, not the trajectory),
 * with how many other cases of the same organisation may concern the same person and the most
 * recent few of them.
 */
@Component
public class LoadIntakeForReviewDelegate implements JavaDelegate {

    private final ReviewIntake reviewIntake;

    public LoadIntakeForReviewDelegate(ReviewIntake reviewIntake) {
        this.reviewIntake = reviewIntake;
    }

    @Override
    public void execute(DelegateExecution execution) {
        IntakeSummary summary = reviewIntake.summary(TrajectoryProcess.CASE_ID.require(execution));
        NEWCOMER_NAME.set(execution, summary.givenName() + " " + summary.familyName());
        DATE_OF_BIRTH.set(execution, text(summary.dateOfBirth()));
        LANGUAGES.set(execution, String.join(", ", summary.languages()));
        ADDRESS_AREA.set(execution, summary.postalCode()
                + (summary.municipality() == null ? "" : " " + summary.municipality()));
        RESIDENCE_STATUS.set(execution, summary.residenceStatus());
        RECOGNITION_DATE.set(execution, text(summary.recognitionDate()));
        RECEPTION_TYPE.set(execution, summary.receptionType());
        RECEPTION_NAME.set(execution, summary.receptionName());
        HOUSEHOLD_ADULTS.set(execution, summary.adults());
        HOUSEHOLD_CHILDREN.set(execution, summary.children());
        CONSENT_BUDDY_CONTACT.set(execution, summary.consentBuddyContact());
        LEGAL_BASIS.set(execution, summary.legalBasis());
        REFERRAL_SOURCE.set(execution, summary.source());
        PossibleDuplicates duplicates = reviewIntake.possibleDuplicates(summary.caseId());
        if (duplicates.any()) {
            IntakeProcess.POSSIBLE_DUPLICATE_COUNT.set(execution, duplicates.count());
            IntakeProcess.POSSIBLE_DUPLICATES.set(execution, String.join(", ", duplicates.mostRecent()));
        }
    }

    private static String text(LocalDate date) {
        return Objects.toString(date, null);
    }
}
