package be.buddyflow.volunteers.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The approval form shows one option per candidate (labels {@code candidateLabel1..5}), but its
 * deployed values are "1" to "5" whatever the shortlist's length, so the engine's guard accepts each
 * of them; a number beyond the shortlist (sent over REST, or from an older form) is refused when the
 * task is completed, with this message.
 */
@Component
public class CheckChosenCandidateListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String chosen = MatchingProcess.CHOSEN_CANDIDATE.get(task);
        if (chosen == null || MatchingProcess.NONE.equals(chosen)) {
            return;
        }
        int count = MatchingProcess.CANDIDATE_IDS.require(task).split(",").length;
        if (!chosen.matches("[1-9]") || Integer.parseInt(chosen) > count) {
            throw new InvalidChoiceException("Kies een kandidaat van 1 tot " + count
                    + " · Choisissez un candidat de 1 à " + count + " · Choose a candidate from 1 to " + count);
        }
    }

    static class InvalidChoiceException extends org.camunda.bpm.engine.ProcessEngineException {
        InvalidChoiceException(String message) {
            super(message);
        }
    }
}
