package be.buddyflow.housing.process;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import be.buddyflow.trajectory.FormRefusal;
import be.buddyflow.trajectory.ProcessVariable;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Days in the process are ISO strings (form-js date fields submit them so): read them or name the field. */
final class HousingDates {

    private HousingDates() {
    }

    static LocalDate require(VariableScope scope, ProcessVariable<String> variable) {
        String value = variable.get(scope);
        if (value == null || value.isBlank()) {
            throw invalid(variable, "is verplicht · obligatoire · required");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw invalid(variable, "is geen datum (jjjj-mm-dd) · n'est pas une date · is not a date (yyyy-MM-dd)");
        }
    }

    /**
     * A refusal Tasklist shows the user (engine REST answers 400): the field first, so they know
     * what to correct, and nothing of the start or task completion is kept.
     */
    static ProcessEngineException invalid(ProcessVariable<?> field, String message) {
        return FormRefusal.of(field.name(), field.name() + ": " + message);
    }
}
