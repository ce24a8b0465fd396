package be.buddyflow.security;

import be.buddyflow.intake.process.IntakeEntryProcess;

import static be.buddyflow.security.Grant.ANY;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import java.util.ArrayList;
import java.util.List;

import be.buddyflow.housing.HousingTransitions;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * Who may do what in the engine and the webapps, role by role. This list is the single source of
 * the table in docs/roles-and-permissions.md (a test keeps the two equal).
 *
 * <p>Tasks are not granted here: a task's candidate group receives READ and TASK_WORK on that task
 * when it is created, so a social worker of OCMW Gent sees Gent's tasks and no others. Nobody but
 * administrators gets variable permissions (enforceSpecificVariablePermission is on): managers see
 * where cases stand in Cockpit, not the data inside them.
 */
public final class AccessPolicy {

    public static final String TASKLIST = "tasklist";
    public static final String COCKPIT = "cockpit";
    /** Start-form processes of the active trajectory (duo.process.DuoRequestProcess). */
    public static final String DUO_CONCERN = "duo-concern";
    public static final String DUO_END_REQUEST = "duo-end-request";

    /**
     * What a user holds on her own user entry: read it and change it (her password; her names stay as
     * an administrator set them). Camunda's default is ALL, with which she could delete her account.
     */
    public static final org.camunda.bpm.engine.authorization.Permission[] OWN_ENTRY = {READ,
            org.camunda.bpm.engine.authorization.Permissions.UPDATE};

    private AccessPolicy() {
    }

    public static List<Grant> grants() {
        List<Grant> grants = new ArrayList<>(List.of(
                Grant.of(Role.SOCIAL_WORKER, APPLICATION, TASKLIST, ACCESS),
                Grant.of(Role.SOCIAL_WORKER, FILTER, ANY, READ),
                Grant.of(Role.SOCIAL_WORKER, PROCESS_DEFINITION, ANY, READ),
                // Entering an intake in Tasklist starts the intake-entry process with its start form.
                Grant.of(Role.SOCIAL_WORKER, PROCESS_DEFINITION, IntakeEntryProcess.KEY, CREATE_INSTANCE),
                Grant.of(Role.SOCIAL_WORKER, PROCESS_DEFINITION, DUO_END_REQUEST, CREATE_INSTANCE),
                // A newcomer without a buddy gets a housing transition too: social workers start it in Tasklist.
                Grant.of(Role.SOCIAL_WORKER, PROCESS_DEFINITION, HousingTransitions.PROCESS_KEY, CREATE_INSTANCE),
                Grant.of(Role.SOCIAL_WORKER, PROCESS_INSTANCE, ANY, CREATE),

                Grant.of(Role.COORDINATOR, APPLICATION, TASKLIST, ACCESS),
                Grant.of(Role.COORDINATOR, FILTER, ANY, READ),
                Grant.of(Role.COORDINATOR, PROCESS_DEFINITION, ANY, READ),

                Grant.of(Role.VOLUNTEER, APPLICATION, TASKLIST, ACCESS),
                Grant.of(Role.VOLUNTEER, FILTER, ANY, READ),
                Grant.of(Role.VOLUNTEER, PROCESS_DEFINITION, DUO_CONCERN, READ, CREATE_INSTANCE),
                Grant.of(Role.VOLUNTEER, PROCESS_DEFINITION, DUO_END_REQUEST, READ, CREATE_INSTANCE),
                Grant.of(Role.VOLUNTEER, PROCESS_INSTANCE, ANY, CREATE),

                Grant.of(Role.MANAGER, APPLICATION, COCKPIT, ACCESS),
                // Managers decide erasure requests ("Wissing van dossier beoordelen") in Tasklist.
                Grant.of(Role.MANAGER, APPLICATION, TASKLIST, ACCESS),
                Grant.of(Role.MANAGER, FILTER, ANY, READ),
                Grant.of(Role.MANAGER, PROCESS_DEFINITION, ANY, READ, READ_INSTANCE, READ_HISTORY),
                Grant.of(Role.MANAGER, PROCESS_INSTANCE, ANY, READ),
                Grant.of(Role.MANAGER, DECISION_DEFINITION, ANY, READ),
                Grant.of(Role.MANAGER, DECISION_REQUIREMENTS_DEFINITION, ANY, READ),
                Grant.of(Role.MANAGER, DEPLOYMENT, ANY, READ)));
        // Partner systems (Role.INTEGRATION) get nothing in the engine: they use /api only.
        for (Resources resource : Resources.values()) {
            grants.add(Grant.of(Role.ADMINISTRATOR, resource, ANY, ALL));
        }
        return List.copyOf(grants);
    }
}
