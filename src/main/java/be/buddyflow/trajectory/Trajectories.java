package be.buddyflow.trajectory;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/** Starts and finds the trajectory of a case: the one place that knows the process key. */
@Service
public class Trajectories {

    private final RuntimeService runtimeService;

    Trajectories(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    /** Starts the case's trajectory in the caller's transaction; the case id is the business key. */
    public ProcessInstance start(String caseId, String caseTeam) {
        Map<String, Object> variables = new HashMap<>();
        TrajectoryProcess.CASE_ID.put(variables, caseId);
        TrajectoryProcess.CASE_TEAM.put(variables, caseTeam);
        return runtimeService.startProcessInstanceByKey(TrajectoryProcess.KEY, caseId, variables);
    }
}
