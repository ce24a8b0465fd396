package be.buddyflow.housing.process;

import java.time.LocalDate;
import java.util.Optional;

import be.buddyflow.casefile.CaseFileRepository;
import be.buddyflow.casefile.CaseStatus;
import be.buddyflow.casefile.ReceptionFacts;
import be.buddyflow.housing.HousingTimeline;
import be.buddyflow.housing.HousingTransitionRecords;
import be.buddyflow.trajectory.CurrentUser;
import be.buddyflow.trajectory.TrajectoryProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The first step of every housing transition, synchronous so that a social worker's start form is
 * refused with the field to correct: the case exists, is open and belongs to the starter's
 * organisation; the recognition date is a past date; no other transition of the case runs. Fills
 * in what a standalone start does not bring: business key, case team, the duo's volunteer.
 */
@Component
public class CheckHousingCaseDelegate implements JavaDelegate {

    private final CaseFileRepository caseFiles;
    private final HousingTransitionRecords records;

    public CheckHousingCaseDelegate(CaseFileRepository caseFiles, HousingTransitionRecords records) {
        this.caseFiles = caseFiles;
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String given = TrajectoryProcess.CASE_ID.get(execution);
        String caseId = given == null ? "" : given.strip();
        Optional<String> user = CurrentUser.of(execution);
        // Unknown and someone else's case read alike: a start form must not tell which case ids exist.
        ReceptionFacts facts = caseFiles.findReceptionFacts(caseId)
                .filter(c -> user.isEmpty() || isMember(execution, user.get(), c.organisationId()))
                .orElseThrow(() -> HousingInput.refusal(TrajectoryProcess.CASE_ID,
                        "geen dossier van uw organisatie · pas un dossier de votre organisation · not a case of your organisation"));
        if (facts.status() != CaseStatus.OPEN) {
            throw HousingInput.refusal(TrajectoryProcess.CASE_ID, "dossier is afgesloten · dossier clôturé · case is closed");
        }
        LocalDate recognitionDate = HousingInput.date(execution, HousingTransitionProcess.RECOGNITION_DATE);
        if (recognitionDate.isAfter(LocalDate.now(HousingTimeline.BELGIUM))) {
            throw HousingInput.refusal(HousingTransitionProcess.RECOGNITION_DATE,
                    "ligt in de toekomst · date future · is in the future");
        }
        String businessKey = execution.getProcessBusinessKey();
        if (businessKey == null || businessKey.isBlank()) {
            execution.setProcessBusinessKey(caseId);
        } else if (!businessKey.equals(caseId)) {
            throw HousingInput.refusal(TrajectoryProcess.CASE_ID, "verschilt van de business key " + businessKey);
        }
        TrajectoryProcess.CASE_ID.set(execution, caseId);
        HousingTransitionProcess.RECOGNITION_DATE.set(execution, recognitionDate.toString());
        if (TrajectoryProcess.CASE_TEAM.get(execution) == null) {
            TrajectoryProcess.CASE_TEAM.set(execution, facts.organisationId());
        }
        // A caller that knows the duo passes buddyVolunteerUser, null included; a standalone start
        // passes nothing and gets the volunteer of the case's running duo, if any.
        if (!execution.hasVariable(HousingTransitionProcess.BUDDY_VOLUNTEER_USER.name())) {
            HousingTransitionProcess.BUDDY_VOLUNTEER_USER.set(execution, records.buddyVolunteerUser(caseId).orElse(null));
        }
        if (!records.start(execution.getProcessInstanceId(), caseId, recognitionDate, user.orElse(null))) {
            throw HousingInput.refusal(TrajectoryProcess.CASE_ID,
                    "loopt al een woonstovergang · transition déjà en cours · a housing transition runs already");
        }
    }

    private static boolean isMember(DelegateExecution execution, String userId, String groupId) {
        return execution.getProcessEngineServices().getIdentityService().createGroupQuery()
                .groupMember(userId).groupId(groupId).count() > 0;
    }
}
