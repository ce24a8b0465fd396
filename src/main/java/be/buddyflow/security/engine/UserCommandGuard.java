package be.buddyflow.security.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import be.buddyflow.logging.LogSafe;
import be.buddyflow.security.Role;
import jakarta.ws.rs.core.Response;
import be.buddyflow.trajectory.TrajectoryProcess;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds every command a person sends to the engine (engine REST, the webapps, Tasklist's forms) to
 * two rules, where the engine takes the command and whatever door or spelling it came through:
 * <ol>
 * <li>a query may filter on variable values only where its results already show those values
 * ({@link VariableConditions});</li>
 * <li>a submission writes only what the task's or start event's form declares, with the form's
 * types and rules; read-only fields are left as they are; variables no form lets a person change
 * (case team, volunteer, case id of a running case) are never written by a person; commands that
 * no form offers (correlating messages, setting an instance's variables, throwing errors from a
 * task) are refused.</li>
 * </ol>
 * Administrators and the application itself (jobs, delegates, our own API: no engine
 * authentication, or a command nested in another) are not held: they are trusted with the models.
 */
final class UserCommandGuard extends CommandInterceptor {

    private static final Logger log = LoggerFactory.getLogger(UserCommandGuard.class);

    private final ProcessEngineConfigurationImpl configuration;
    /** Forms by process definition and task (or start event): definitions never change once deployed. */
    private final Map<String, DeclaredForm> forms = new ConcurrentHashMap<>();

    UserCommandGuard(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (Context.getCommandContext() != null || !heldToTheRules()) {
            return next.execute(command);
        }
        if (command instanceof AbstractQuery<?, ?> query) {
            if (VariableConditions.revealVariables(query)) {
                throw forbidden("refusal.variable-filter");
            }
            return next.execute(command);
        }
        String name = command.getClass().getSimpleName();
        if (UserSubmission.FORBIDDEN.contains(name) || UserSubmission.isBulk(name)) {
            throw forbidden("refusal.not-allowed");
        }
        Optional<UserSubmission> submission = UserSubmission.of(command);
        if (submission.isEmpty()) {
            return next.execute(command);
        }
        // The check runs in a command of its own and hands its refusal back instead of throwing it:
        // a refused submission is a person's mistake, and the engine logs every exception that leaves
        // a command as an ERROR with its stack trace.
        RuntimeException refusal = next.execute(context -> {
            try {
                check(submission.get(), context);
                return null;
            } catch (InvalidRequestException | AuthorizationException refused) {
                return refused;
            }
        });
        if (refusal != null) {
            log.info("Refused a submission by {} ({}): {}", LogSafe.of(userId()), name, LogSafe.of(refusal.getMessage()));
            throw refusal;
        }
        return next.execute(command);
    }

    private String userId() {
        Authentication current = configuration.getIdentityService().getCurrentAuthentication();
        return current == null ? null : current.getUserId();
    }

    /** A person who is not an administrator. */
    private boolean heldToTheRules() {
        Authentication current = configuration.getIdentityService().getCurrentAuthentication();
        if (current == null || current.getUserId() == null) {
            return false;
        }
        return current.getGroupIds() == null || !current.getGroupIds().contains(Role.ADMINISTRATOR.groupId());
    }

    private void check(UserSubmission submission, CommandContext context) {
        if (!submission.deletions().isEmpty()) {
            throw forbidden("refusal.not-allowed");
        }
        Optional<DeclaredForm> form = switch (submission.kind()) {
            case COMPLETE_TASK, TASK_VARIABLES -> taskForm(submission, context);
            case START -> startForm(submission, context);
        };
        if (form.isEmpty()) {
            // No such task or definition: the command itself answers (404) as it would have.
            return;
        }
        if (submission.kind() == UserSubmission.Kind.START && submission.businessKey() != null
                && !submission.businessKey().isBlank()) {
            throw refusal(RefusalMessages.of("refusal.business-key"));
        }
        Map<String, Object> kept = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : submission.variables().entrySet()) {
            String name = entry.getKey();
            DeclaredForm.Field field = form.get().field(name)
                    .filter(f -> !Protected.isProtected(name, submission.kind()))
                    .orElseThrow(() -> refusal(RefusalMessages.of(DeclaredForm.Refusal.UNDECLARED.messageKey(), printable(name))));
            if (!field.editable()) {
                if (submission.kind() == UserSubmission.Kind.TASK_VARIABLES) {
                    throw refusal(RefusalMessages.of(DeclaredForm.Refusal.READ_ONLY.messageKey(), field.label()));
                }
                // Tasklist sends read-only fields back as they were shown; they are not the person's to change.
                continue;
            }
            Object value = valueOf(submission.variables(), name, field);
            field.check(value).ifPresent(refusal -> {
                throw refusal(RefusalMessages.of(refusal.messageKey(), field.label()));
            });
            kept.put(name, entry.getValue());
        }
        if (submission.kind() != UserSubmission.Kind.TASK_VARIABLES) {
            for (DeclaredForm.Field field : form.get().fields()) {
                if (field.editable() && !submission.variables().containsKey(field.key())) {
                    field.check(null).ifPresent(refusal -> {
                        throw refusal(RefusalMessages.of(refusal.messageKey(), field.label()));
                    });
                }
            }
        }
        if (kept.size() != submission.variables().size()) {
            submission.keepOnly(kept);
        }
    }

    private Optional<DeclaredForm> taskForm(UserSubmission submission, CommandContext context) {
        TaskEntity task = context.runWithoutAuthorization(() -> context.getTaskManager().findTaskById(submission.taskId()));
        if (task == null) {
            return Optional.empty();
        }
        // The person's right to the task comes first: a stranger learns nothing about its form.
        for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
            if (submission.kind() == UserSubmission.Kind.COMPLETE_TASK) {
                checker.checkTaskWork(task);
            } else {
                checker.checkUpdateTaskVariable(task);
            }
        }
        if (task.getProcessDefinitionId() == null) {
            // A task of its own, outside any process, has no form.
            return Optional.of(DeclaredForm.NONE);
        }
        String key = task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey();
        return Optional.of(forms.computeIfAbsent(key, ignored ->
                load(context, () -> new GetDeployedTaskFormCmd(submission.taskId()).execute(context))));
    }

    private Optional<DeclaredForm> startForm(UserSubmission submission, CommandContext context) {
        ProcessDefinitionEntity definition = context.runWithoutAuthorization(() -> submission.processDefinitionId() != null
                ? context.getProcessEngineConfiguration().getDeploymentCache()
                        .findDeployedProcessDefinitionById(submission.processDefinitionId())
                : context.getProcessEngineConfiguration().getDeploymentCache()
                        .findDeployedLatestProcessDefinitionByKey(submission.processDefinitionKey()));
        if (definition == null) {
            return Optional.empty();
        }
        String key = definition.getId() + "#start";
        return Optional.of(forms.computeIfAbsent(key, ignored ->
                load(context, () -> new GetDeployedStartFormCmd(definition.getId()).execute(context))));
    }

    private static DeclaredForm load(CommandContext context, Callable<InputStream> form) {
        try (InputStream schema = context.runWithoutAuthorization(form)) {
            return DeclaredForm.parse(schema);
        } catch (BadUserRequestException noForm) {
            return DeclaredForm.NONE;
        } catch (IOException e) {
            throw new UncheckedIOException("A deployed form cannot be read", e);
        }
    }

    /** The plain value, as a form field holds it; values no form produces (files, objects) are refused. */
    private static Object valueOf(Map<String, Object> variables, String name, DeclaredForm.Field field) {
        TypedValue typed = variables instanceof VariableMap map ? map.getValueTyped(name)
                : variables.get(name) instanceof TypedValue value ? value : null;
        if (typed == null) {
            return variables.get(name);
        }
        if (typed instanceof FileValue || (typed instanceof SerializableValue serializable && !serializable.isDeserialized())) {
            throw refusal(RefusalMessages.of(DeclaredForm.Refusal.NOT_A_VALUE.messageKey(), field.label()));
        }
        return typed.getValue();
    }

    /**
     * A 403 with a sentence for the person. Engine REST's own exception type, because several of its
     * resources turn any engine exception (an AuthorizationException too) into a 500, and pass their
     * own exceptions on with the status they carry.
     */
    private static RuntimeException forbidden(String key) {
        return new InvalidRequestException(Response.Status.FORBIDDEN, RefusalMessages.of(key));
    }

    /** A name the caller made up, fit to be shown back: no control characters, not too long. */
    static String printable(String name) {
        String visible = name.replaceAll("\\p{Cntrl}", "?");
        return visible.length() > 60 ? visible.substring(0, 60) + "…" : visible;
    }

    /**
     * A 400 with the message as is, through every door: engine REST turns most engine exceptions
     * into a 500 when they leave a start or resolve call, but passes its own exceptions on.
     */
    private static RuntimeException refusal(String message) {
        return new InvalidRequestException(Response.Status.BAD_REQUEST, message);
    }

    /**
     * Variables that route a case or say who it belongs to. No person writes them, even where a form
     * would show them as a field by mistake; ModelConventionsTest keeps them out of the forms. A start
     * form may ask for a case id: that is how a person names the case a new request is about, and the
     * process checks it against her organisation.
     */
    static final class Protected {

        static final Set<String> ROUTING = Set.of(
                TrajectoryProcess.CASE_TEAM.name(),
                TrajectoryProcess.BUDDY_VOLUNTEER_ID.name(),
                TrajectoryProcess.BUDDY_VOLUNTEER_USER.name(),
                "proposedVolunteerId", "proposedVolunteerUser", "candidateIds");

        static final String CASE_ID = TrajectoryProcess.CASE_ID.name();

        private Protected() {
        }

        static boolean isProtected(String name, UserSubmission.Kind kind) {
            return ROUTING.contains(name) || (CASE_ID.equals(name) && kind != UserSubmission.Kind.START);
        }
    }
}
