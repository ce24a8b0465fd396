package be.buddyflow.trajectory;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A task as one person may see it, and the case it belongs to (the business key of its process
 * instance). The engine decides visibility with the person's own identity: a task she may not read
 * (another organisation's, another volunteer's) is the same as a task that does not exist.
 */
@Component
public class CaseTasks {

    private final IdentityService identityService;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;

    CaseTasks(IdentityService identityService, TaskService taskService, RuntimeService runtimeService,
            HistoryService historyService) {
        this.identityService = identityService;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
    }

    /** The task if {@code userId} with {@code groups} may see it and it belongs to a case; else empty. */
    public Optional<CaseTask> visibleTo(String taskId, String userId, List<String> groups) {
        Task task = asUser(userId, groups, () -> {
            try {
                return taskService.createTaskQuery().taskId(taskId).singleResult();
            } catch (ProcessEngineException unreadable) {
                return null;
            }
        });
        if (task == null || task.getProcessInstanceId() == null) {
            return Optional.empty();
        }
        // Visibility is settled; the business key is read as the application (social workers hold
        // no process instance grant, the key is the case id the task belongs to).
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult();
        if (instance == null || instance.getBusinessKey() == null) {
            return Optional.empty();
        }
        return Optional.of(new CaseTask(task.getId(), instance.getBusinessKey(), task.getName(), task.getAssignee()));
    }

    /**
     * Whether the screening planned an interpreter, and in which language (ISO code): the form's
     * answers live in the case's process instances, not in the case file.
     */
    public Interpreter interpreter(String caseId) {
        List<String> instances = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseId)
                .list().stream().map(HistoricProcessInstance::getId).toList();
        if (instances.isEmpty()) {
            return new Interpreter(null, null);
        }
        Boolean needed = null;
        String language = null;
        for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(instances.toArray(String[]::new))
                .variableNameIn(TrajectoryProcess.INTERPRETER_NEEDED.name(), TrajectoryProcess.INTERPRETER_LANGUAGE.name())
                .list()) {
            if (variable.getName().equals(TrajectoryProcess.INTERPRETER_NEEDED.name())
                    && variable.getValue() instanceof Boolean value) {
                needed = value;
            } else if (variable.getValue() instanceof String value && !value.isBlank()) {
                language = value.strip();
            }
        }
        return new Interpreter(needed, language);
    }

    private <T> T asUser(String userId, List<String> groups, java.util.function.Supplier<T> work) {
        var previous = identityService.getCurrentAuthentication();
        identityService.setAuthentication(userId, groups);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                identityService.clearAuthentication();
            } else {
                identityService.setAuthentication(previous);
            }
        }
    }

    /** A task a person may see, with the case it belongs to and who it is assigned to (null: nobody). */
    public record CaseTask(String taskId, String caseId, String name, String assignee) {
    }

    /** {@code needed} null when the screening has not been planned yet. */
    public record Interpreter(Boolean needed, String language) {
    }
}
