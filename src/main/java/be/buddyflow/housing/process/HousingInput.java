package be.buddyflow.housing.process;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import be.buddyflow.trajectory.FormRefusal;
import be.buddyflow.trajectory.ProcessVariable;
import be.buddyflow.trajectory.TrajectoryProcess;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What users send into the process, read with care: days are ISO strings (form-js date fields
 * submit them so), the case is the business key; anything else is refused naming the field.
 */
final class HousingInput {

    private HousingInput() {
    }

    static LocalDate date(VariableScope scope, ProcessVariable<String> variable) {
        String value = variable.get(scope);
        if (value == null || value.isBlank()) {
            throw refusal(variable, "is verplicht · obligatoire · required");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw refusal(variable, "is geen datum (jjjj-mm-dd) · n'est pas une date · is not a date (yyyy-MM-dd)");
        }
    }

    /**
     * The case of this transition: the business key. Whoever completes a task can send any
     * variable with it; a changed {@code caseId} is refused, never followed to another case.
     */
    static String caseId(DelegateExecution execution) {
        String businessKey = execution.getProcessBusinessKey();
        if (!businessKey.equals(TrajectoryProcess.CASE_ID.get(execution))) {
            throw refusal(TrajectoryProcess.CASE_ID, "hoort niet bij deze woonstovergang · autre dossier · not this transition's case");
        }
        return businessKey;
    }

    /**
     * A refusal Tasklist shows the user (engine REST answers 400): the field first, so they know
     * what to correct, and nothing of the start or task completion is kept.
     */
    static ProcessEngineException refusal(ProcessVariable<?> field, String message) {
        return FormRefusal.of(field.name(), field.name() + ": " + message);
    }
}
