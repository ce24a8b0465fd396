package be.buddyflow.security.engine;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * The variables a person sends with an engine command, whatever door it came through (engine REST,
 * the webapps' API, Tasklist's forms): completing or resolving a task, submitting a task or start
 * form, starting an instance, setting or removing a task's variables.
 *
 * <p>The engine's command classes keep these in protected fields without getters; they are read
 * (and, to leave out read-only fields, replaced) by reflection, here only. The field names are the
 * same in Camunda 7.24 and Operaton 1.x; {@code UserSubmissionTest} fails if they ever change.
 */
record UserSubmission(Kind kind, String taskId, String processDefinitionId, String processDefinitionKey,
        String businessKey, Map<String, Object> variables, Collection<String> deletions, Command<?> command,
        String variablesField) {

    enum Kind {
        /** Completing, resolving or submitting a task: the form's fields, all at once. */
        COMPLETE_TASK,
        /** Setting or removing some of a task's variables. */
        TASK_VARIABLES,
        /** Starting an instance, with or without a start form. */
        START
    }

    /**
     * Commands that write variables, or steer a case, in ways no person does through a form: refused
     * for everybody but administrators. Message correlation is among them also because its answer
     * (403 or "nothing to correlate") would tell an outsider whether a case exists.
     */
    static final Set<String> FORBIDDEN = Set.of("SetExecutionVariablesCmd", "RemoveExecutionVariablesCmd",
            "PatchExecutionVariablesCmd", "SetVariablesToProcessInstancesBatchCmd", "CorrelateMessageCmd",
            "CorrelateAllMessageCmd", "CorrelateAllMessageBatchCmd",
            "MessageEventReceivedCmd", "SignalEventReceivedCmd", "SignalCmd", "HandleTaskBpmnErrorCmd",
            "HandleTaskEscalationCmd", "StartProcessInstanceAtActivitiesCmd", "ModifyProcessInstanceCmd",
            "ModifyProcessInstanceAsyncCmd", "ProcessInstanceModificationBatchCmd", "ProcessInstanceModificationCmd",
            "RestartProcessInstancesCmd", "RestartProcessInstancesBatchCmd", "CompleteExternalTaskCmd",
            "HandleExternalTaskFailureCmd", "HandleExternalTaskBpmnErrorCmd", "SetExternalTaskRetriesCmd");

    /**
     * Commands that act on many instances chosen by a query (suspend, delete, migrate, restart, set
     * retries or removal times, in batches or at once). They run their query inside the command,
     * out of the guard's sight, and answer differently when it finds nothing ("no instances") and
     * when it finds what the caller may not touch (403): a filter on variable values would tell
     * them apart. No role but administrators works on cases in bulk.
     */
    static boolean isBulk(String commandName) {
        return commandName.contains("Batch") || commandName.contains("Bulk") || commandName.endsWith("AsyncCmd")
                || commandName.startsWith("UpdateProcessInstancesSuspendState")
                || commandName.startsWith("DeleteProcessInstances") || commandName.startsWith("DeleteHistoric")
                || commandName.startsWith("SetRemovalTime") || commandName.startsWith("RestartProcessInstances")
                || commandName.startsWith("MigrateProcessInstance") || commandName.startsWith("SetJobsRetries")
                || commandName.startsWith("SetExternalTasksRetries");
    }

    static Optional<UserSubmission> of(Command<?> command) {
        if (command instanceof CompleteTaskCmd complete) {
            // ResolveTaskCmd is a CompleteTaskCmd too.
            return Optional.of(new UserSubmission(Kind.COMPLETE_TASK, read(complete, "taskId"), null, null, null,
                    map(read(complete, "variables")), List.of(), command, "variables"));
        }
        if (command instanceof SubmitTaskFormCmd submit) {
            return Optional.of(new UserSubmission(Kind.COMPLETE_TASK, read(submit, "taskId"), null, null, null,
                    map(read(submit, "properties")), List.of(), command, "properties"));
        }
        if (command instanceof SetTaskVariablesCmd set) {
            return Optional.of(new UserSubmission(Kind.TASK_VARIABLES, read(set, "entityId"), null, null, null,
                    map(read((AbstractSetVariableCmd) set, "variables")), List.of(), command, "variables"));
        }
        if (command instanceof PatchTaskVariablesCmd patch) {
            Collection<String> deletions = read((AbstractPatchVariablesCmd) patch, "deletions");
            return Optional.of(new UserSubmission(Kind.TASK_VARIABLES, read(patch, "entityId"), null, null, null,
                    map(read(patch, "variables")), deletions == null ? List.of() : deletions, command, "variables"));
        }
        if (command instanceof RemoveTaskVariablesCmd remove) {
            Collection<String> names = read((AbstractRemoveVariableCmd) remove, "variableNames");
            return Optional.of(new UserSubmission(Kind.TASK_VARIABLES, read(remove, "entityId"), null, null, null,
                    Map.of(), names == null ? List.of() : names, command, null));
        }
        if (command instanceof SubmitStartFormCmd start) {
            return Optional.of(new UserSubmission(Kind.START, null, read(start, "processDefinitionId"), null,
                    read(start, "businessKey"), map(read(start, "variables")), List.of(), command, "variables"));
        }
        if (command instanceof StartProcessInstanceCmd start) {
            ProcessInstantiationBuilderImpl builder = read(start, "instantiationBuilder");
            return Optional.of(new UserSubmission(Kind.START, null, builder.getProcessDefinitionId(),
                    builder.getProcessDefinitionKey(), builder.getBusinessKey(), map(builder.getVariables()),
                    List.of(), command, null));
        }
        return Optional.empty();
    }

    /** Runs the command with only these variables (the read-only fields of a form left out). */
    void keepOnly(Map<String, Object> kept) {
        if (command instanceof StartProcessInstanceCmd start) {
            ProcessInstantiationBuilderImpl builder = read(start, "instantiationBuilder");
            builder.getVariables().keySet().retainAll(kept.keySet());
            return;
        }
        if (variablesField != null) {
            Map<String, Object> original = read(command, variablesField);
            if (original != null) {
                Map<String, Object> copy = new LinkedHashMap<>(original);
                copy.keySet().retainAll(kept.keySet());
                write(command, variablesField, asVariableMap(original, copy));
            }
        }
    }

    private static Object asVariableMap(Map<String, Object> original, Map<String, Object> copy) {
        if (original instanceof org.camunda.bpm.engine.variable.VariableMap typed) {
            org.camunda.bpm.engine.variable.VariableMap kept = org.camunda.bpm.engine.variable.Variables.createVariables();
            copy.keySet().forEach(name -> kept.putValueTyped(name, typed.getValueTyped(name)));
            return kept;
        }
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static <T> T read(Object target, String name) {
        try {
            return (T) field(target.getClass(), name).get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + name + " of " + target.getClass().getName(), e);
        }
    }

    private static void write(Object target, String name, Object value) {
        try {
            field(target.getClass(), name).set(target, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot replace " + name + " of " + target.getClass().getName(), e);
        }
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> current = type; current != null; current = current.getSuperclass()) {
            try {
                Field field = current.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException notHere) {
                // look in the superclass
            }
        }
        throw new IllegalStateException(type.getName() + " has no field " + name
                + ": the engine changed; see UserSubmission");
    }
}
