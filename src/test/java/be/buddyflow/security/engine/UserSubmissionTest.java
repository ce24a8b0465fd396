package be.buddyflow.security.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/** The engine's command classes still keep what a person sent where UserSubmission reads it. */
class UserSubmissionTest {

    @Test
    void readsTaskCompletionsAndForms() {
        UserSubmission complete = UserSubmission.of(new CompleteTaskCmd("task-1", Map.of("caseTeam", "volunteers"))).orElseThrow();
        assertThat(complete.kind()).isEqualTo(UserSubmission.Kind.COMPLETE_TASK);
        assertThat(complete.taskId()).isEqualTo("task-1");
        assertThat(complete.variables()).containsEntry("caseTeam", "volunteers");

        assertThat(UserSubmission.of(new ResolveTaskCmd("task-2", Map.of("a", 1))).orElseThrow().taskId())
                .isEqualTo("task-2");
        UserSubmission form = UserSubmission.of(new SubmitTaskFormCmd("task-3",
                Variables.createVariables().putValue("b", true), false, false)).orElseThrow();
        assertThat(form.variables()).containsEntry("b", true);
    }

    @Test
    void readsVariableWritesAndRemovals() {
        UserSubmission set = UserSubmission.of(new SetTaskVariablesCmd("task-4", Map.of("c", "x"), true)).orElseThrow();
        assertThat(set.kind()).isEqualTo(UserSubmission.Kind.TASK_VARIABLES);
        assertThat(set.variables()).containsOnlyKeys("c");
        UserSubmission patch = UserSubmission.of(new PatchTaskVariablesCmd("task-5", Map.of("d", 1), List.of("e"), false))
                .orElseThrow();
        assertThat(patch.deletions()).containsExactly("e");
        assertThat(UserSubmission.of(new RemoveTaskVariablesCmd("task-6", List.of("f"), false)).orElseThrow().deletions())
                .containsExactly("f");
    }

    @Test
    void readsStartFormsAndLeavesOutWhatIsNotKept() {
        SubmitStartFormCmd command = new SubmitStartFormCmd("definition-1", "BK-1",
                Variables.createVariables().putValue("caseId", "BF-1").putValue("buddyProfile", "x"));
        UserSubmission start = UserSubmission.of(command).orElseThrow();
        assertThat(start.processDefinitionId()).isEqualTo("definition-1");
        assertThat(start.businessKey()).isEqualTo("BK-1");
        start.keepOnly(Map.of("caseId", "BF-1"));
        assertThat(UserSubmission.of(command).orElseThrow().variables()).containsOnlyKeys("caseId");
    }

    @Test
    void commandsOnInstancesChosenByAQueryAreBulk() {
        for (String bulk : List.of("DeleteProcessInstanceBatchCmd", "UpdateProcessInstancesSuspendStateCmd",
                "SetJobsRetriesBatchCmd", "DeleteHistoricProcessInstancesCmd", "ModifyProcessInstanceAsyncCmd",
                "SetRemovalTimeToHistoricProcessInstancesCmd", "MigrateProcessInstanceBatchCmd")) {
            assertThat(UserSubmission.isBulk(bulk)).as(bulk).isTrue();
        }
        for (String single : List.of("CompleteTaskCmd", "ClaimTaskCmd", "SubmitStartFormCmd", "GetTaskVariablesCmd")) {
            assertThat(UserSubmission.isBulk(single)).as(single).isFalse();
        }
    }

    @Test
    void aPrintableNameCarriesNoLineBreaks() {
        assertThat(UserCommandGuard.printable("a\r\nb")).isEqualTo("a??b");
        assertThat(UserCommandGuard.printable("x".repeat(100))).hasSize(61);
    }
}
