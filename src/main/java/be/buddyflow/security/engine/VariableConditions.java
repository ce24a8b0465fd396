package be.buddyflow.security.engine;

import java.util.Collection;
import java.util.Set;

import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.AbstractVariableQueryImpl;
import org.camunda.bpm.engine.impl.ExternalTaskQueryImpl;
import org.camunda.bpm.engine.impl.HistoricProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.HistoricTaskInstanceQueryImpl;
import org.camunda.bpm.engine.impl.ProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;

/**
 * Whether a query, as the engine is about to run it, filters on variable values. The engine checks
 * variable permissions when variables are read, not when instances are filtered by them: whoever may
 * list instances but not read their variables would learn a value from which instances come back
 * ({@code newcomerName like 'A%'}, one letter at a time). This looks at the query object itself,
 * after every REST parameter, JSON body, webapp call and spelling has been turned into it.
 */
final class VariableConditions {

    /**
     * Queries whose results the caller may already read with their variables: tasks (a task's
     * candidate or assignee reads its variables; Tasklist's search by variable relies on it) and
     * variable instances (the engine returns only variables the caller may read, so a filter on their
     * value tells nothing more).
     */
    private static final Set<String> RESULTS_ALREADY_READABLE = Set.of("TaskQueryImpl", "VariableInstanceQueryImpl",
            "HistoricVariableInstanceQueryImpl");

    private VariableConditions() {
    }

    /** True if this query filters on variable values and its results do not already show them. */
    static boolean revealVariables(AbstractQuery<?, ?> query) {
        return !RESULTS_ALREADY_READABLE.contains(query.getClass().getSimpleName()) && filtersOnVariables(query);
    }

    static boolean filtersOnVariables(AbstractQuery<?, ?> query) {
        if (query instanceof AbstractVariableQueryImpl<?, ?> variableQuery
                && notEmpty(variableQuery.getQueryVariableValues())) {
            return true;
        }
        if (query instanceof ProcessInstanceQueryImpl processInstances) {
            return anyOf(processInstances.getQueries(), processInstances);
        }
        if (query instanceof HistoricProcessInstanceQueryImpl history) {
            return anyOf(history.getQueries(), history);
        }
        if (query instanceof TaskQueryImpl tasks) {
            return notEmpty(tasks.getVariables()) || anyOf(tasks.getQueries(), tasks);
        }
        if (query instanceof HistoricTaskInstanceQueryImpl historicTasks) {
            return notEmpty(historicTasks.getVariables()) || anyOf(historicTasks.getQueries(), historicTasks);
        }
        if (query instanceof ExternalTaskQueryImpl externalTasks) {
            return notEmpty(externalTasks.getVariables());
        }
        return false;
    }

    /** The "or" branches of a query; the first entry is the query itself. */
    private static boolean anyOf(Collection<? extends AbstractQuery<?, ?>> branches, Object self) {
        if (branches == null) {
            return false;
        }
        for (AbstractQuery<?, ?> branch : branches) {
            if (branch != self && filtersOnVariables(branch)) {
                return true;
            }
        }
        return false;
    }

    private static boolean notEmpty(Collection<?> values) {
        return values != null && !values.isEmpty();
    }
}
