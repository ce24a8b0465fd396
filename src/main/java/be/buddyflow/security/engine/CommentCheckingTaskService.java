package be.buddyflow.security.engine;

import java.util.List;

import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.GetProcessInstanceCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentsCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Comment;

/**
 * Camunda 7.24 checks no authorization when a comment is added or read ({@code AddCommentCmd},
 * {@code GetTaskCommentsCmd}, {@code GetTaskCommentCmd}, {@code GetProcessInstanceCommentsCmd}); engine
 * REST only asks that the caller can see the task in history, which managers can for every task
 * (READ_HISTORY on every process definition). Comments are case notes, so here they need the right to
 * work the task (TASK_WORK or UPDATE on it or on its process definition, as claiming or completing
 * does); comments of a task that has ended, administrators only; the comments of a whole process
 * instance (which include its tasks' comments), UPDATE on that instance. Updating and deleting comments
 * keep the engine's own checks (TASK_WORK, UPDATE on the instance).
 */
class CommentCheckingTaskService extends TaskServiceImpl {

    @Override
    public Comment createComment(String taskId, String processInstanceId, String message) {
        return commandExecutor.execute(context -> {
            mayComment(context, taskId, processInstanceId);
            return new AddCommentCmd(taskId, processInstanceId, message).execute(context);
        });
    }

    @Override
    public List<Comment> getTaskComments(String taskId) {
        return commandExecutor.execute(context -> {
            mayComment(context, taskId, null);
            return new GetTaskCommentsCmd(taskId).execute(context);
        });
    }

    @Override
    public Comment getTaskComment(String taskId, String commentId) {
        return commandExecutor.execute(context -> {
            mayComment(context, taskId, null);
            return new GetTaskCommentCmd(taskId, commentId).execute(context);
        });
    }

    @Override
    public List<Comment> getProcessInstanceComments(String processInstanceId) {
        return commandExecutor.execute(context -> {
            mayComment(context, null, processInstanceId);
            return new GetProcessInstanceCommentsCmd(processInstanceId).execute(context);
        });
    }

    private static void mayComment(CommandContext context, String taskId, String processInstanceId) {
        if (taskId != null) {
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            if (task == null) {
                context.getAuthorizationManager().checkCamundaAdmin();
                return;
            }
            for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
                checker.checkTaskWork(task);
            }
        } else if (processInstanceId != null) {
            for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
                checker.checkUpdateProcessInstanceById(processInstanceId);
            }
        }
    }
}
