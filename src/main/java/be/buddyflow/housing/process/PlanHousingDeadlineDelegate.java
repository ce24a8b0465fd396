package be.buddyflow.housing.process;

import static be.buddyflow.housing.process.HousingTransitionProcess.CHOICE_DUE_AT;
import static be.buddyflow.housing.process.HousingTransitionProcess.CHOICE_WARN_AT;
import static be.buddyflow.housing.process.HousingTransitionProcess.CONVERSATION_DUE_AT;
import static be.buddyflow.housing.process.HousingTransitionProcess.CONVERSATION_HELD_ON;
import static be.buddyflow.housing.process.HousingTransitionProcess.CONVERSATION_WARN_AT;
import static be.buddyflow.housing.process.HousingTransitionProcess.DEPOSIT_DUE_AT;
import static be.buddyflow.housing.process.HousingTransitionProcess.DEPOSIT_WARN_AT;
import static be.buddyflow.housing.process.HousingTransitionProcess.LEASE_SIGNED_ON;
import static be.buddyflow.housing.process.HousingTransitionProcess.MOVE_DATE;
import static be.buddyflow.housing.process.HousingTransitionProcess.MOVE_DUE_AT;
import static be.buddyflow.housing.process.HousingTransitionProcess.RECOGNITION_DATE;
import static be.buddyflow.housing.process.HousingTransitionProcess.STAY_DECIDE_FROM;
import static be.buddyflow.housing.process.HousingTransitionProcess.STAY_DECISION_DUE_AT;
import static be.buddyflow.housing.process.HousingTransitionProcess.STAY_DECISION_WARN_AT;
import static be.buddyflow.housing.process.HousingTransitionProcess.STAY_ENDS_ON;
import static be.buddyflow.housing.process.HousingTransitionProcess.STAY_MONTHS;
import static be.buddyflow.housing.process.HousingTransitionProcess.STAY_STARTS_ON;

import java.time.LocalDate;

import be.buddyflow.housing.HousingTimeline;
import be.buddyflow.housing.process.HousingTransitionProcess.Deadline;
import be.buddyflow.trajectory.ProcessVariable;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Turns the day a deadline counts from into the moments the model waits for (task due date,
 * warning timer), once that day is known: recognition, conversation, start of the stay, lease,
 * move. Input parameter {@code housingDeadline} says which.
 */
@Component
public class PlanHousingDeadlineDelegate implements JavaDelegate {

    private final HousingTimeline timeline;

    public PlanHousingDeadlineDelegate(HousingTimeline timeline) {
        this.timeline = timeline;
    }

    @Override
    public void execute(DelegateExecution execution) {
        switch (Deadline.valueOf(HousingTransitionProcess.HOUSING_DEADLINE.require(execution))) {
            case CONVERSATION -> set(execution, timeline.conversation(HousingInput.date(execution, RECOGNITION_DATE)),
                    CONVERSATION_DUE_AT, CONVERSATION_WARN_AT);
            case CHOICE -> {
                LocalDate heldOn = HousingInput.date(execution, CONVERSATION_HELD_ON);
                if (heldOn.isBefore(HousingInput.date(execution, RECOGNITION_DATE))) {
                    throw HousingInput.refusal(CONVERSATION_HELD_ON,
                            "ligt voor de erkenning · avant la reconnaissance · before the recognition");
                }
                set(execution, timeline.choice(heldOn), CHOICE_DUE_AT, CHOICE_WARN_AT);
            }
            case STAY -> {
                Integer months = STAY_MONTHS.get(execution);
                if (months == null) {
                    months = HousingTimeline.INITIAL_STAY_MONTHS;
                    STAY_MONTHS.set(execution, months);
                }
                HousingTimeline.Stay stay = timeline.stay(HousingInput.date(execution, STAY_STARTS_ON), months);
                STAY_ENDS_ON.set(execution, stay.endsOn().toString());
                STAY_DECIDE_FROM.set(execution, stay.decideFrom());
                set(execution, stay.decision(), STAY_DECISION_DUE_AT, STAY_DECISION_WARN_AT);
            }
            case RENTAL_DEPOSIT -> set(execution, timeline.rentalDeposit(HousingInput.date(execution, LEASE_SIGNED_ON)),
                    DEPOSIT_DUE_AT, DEPOSIT_WARN_AT);
            case MOVE -> {
                // Unknown until a partner or the social worker says: the task then has no due date.
                String moveDate = MOVE_DATE.get(execution);
                MOVE_DUE_AT.set(execution, moveDate == null || moveDate.isBlank() ? null
                        : timeline.moveDue(HousingInput.date(execution, MOVE_DATE)));
            }
        }
    }

    private static void set(DelegateExecution execution, HousingTimeline.Deadline deadline,
            ProcessVariable<String> dueAt, ProcessVariable<String> warnAt) {
        dueAt.set(execution, deadline.dueAt());
        warnAt.set(execution, deadline.warnAt());
    }
}
