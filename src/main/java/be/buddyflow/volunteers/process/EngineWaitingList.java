package be.buddyflow.volunteers.process;

import java.util.List;

import be.buddyflow.volunteers.WaitingList;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.springframework.stereotype.Component;

/** The waiting list is where matching instances wait for the CohortMatchApproved message. */
@Component
class EngineWaitingList implements WaitingList {

    private final RuntimeService runtimeService;

    EngineWaitingList(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public List<WaitingCase> waitingCases() {
        return runtimeService.createEventSubscriptionQuery()
                .eventType("message")
                .eventName(MatchingProcess.MESSAGE_COHORT_MATCH_APPROVED)
                .list().stream()
                .map(this::waitingCase)
                .toList();
    }

    private WaitingCase waitingCase(EventSubscription subscription) {
        String caseId = runtimeService.createProcessInstanceQuery()
                .processInstanceId(subscription.getProcessInstanceId()).singleResult().getBusinessKey();
        return new WaitingCase(caseId, subscription.getCreated().toInstant());
    }

    @Override
    public boolean isWaiting(String caseId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(MatchingProcess.KEY)
                .processInstanceBusinessKey(caseId).list().stream()
                .anyMatch(matching -> runtimeService.createEventSubscriptionQuery()
                        .processInstanceId(matching.getId()).eventType("message")
                        .eventName(MatchingProcess.MESSAGE_COHORT_MATCH_APPROVED).count() > 0);
    }

    @Override
    public boolean approve(String caseId, String volunteerId) {
        try {
            runtimeService.createMessageCorrelation(MatchingProcess.MESSAGE_COHORT_MATCH_APPROVED)
                    .processInstanceBusinessKey(caseId)
                    .setVariable(MatchingProcess.CANDIDATE_IDS.name(), volunteerId)
                    .setVariable(MatchingProcess.CHOSEN_CANDIDATE.name(), "1")
                    .correlate();
            return true;
        } catch (MismatchingMessageCorrelationException notWaiting) {
            return false;
        }
    }
}
