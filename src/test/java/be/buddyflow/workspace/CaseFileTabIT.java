package be.buddyflow.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddyflow.support.Http;
import be.buddyflow.support.Http.Reply;
import be.buddyflow.support.IntegrationTest;
import be.buddyflow.support.Referrals;
import be.buddyflow.support.Tasks;
import be.buddyflow.support.Trajectory;
import be.buddyflow.support.WebappSession;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The case file beside a task over real HTTP, by the webapps' session as Tasklist's "Dossier" tab
 * asks for it: what each role reads (docs/roles-and-permissions.md, "The case file beside a task"),
 * in words and in the reader's language, and every read in the access audit under her name.
 */
@IntegrationTest
class CaseFileTabIT {

    static final String PHONE = "+32 470 12 34 56";

    @LocalServerPort
    int port;

    @Autowired
    TaskService taskService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    JdbcClient jdbc;

    static String path(String taskId) {
        return "/api/workspace/tasks/" + taskId + "/case-file";
    }

    String intakeTaskOfNewGentCase(String familyName) {
        String caseId = Http.as("intake-system", port).postJson("/api/referrals",
                Referrals.gent(Referrals.uniqueReference(), familyName)).json().get("caseId").asText();
        return taskService.createTaskQuery().processInstanceBusinessKey(caseId).singleResult().getId();
    }

    long reads(String user, String caseId, String resource) {
        return jdbc.sql("""
                SELECT count(*) FROM buddyflow.case_access
                WHERE user_id = ? AND case_id = ? AND action = 'READ' AND resource = ? AND channel = 'API'
                """).params(user, caseId, resource).query(Long.class).single();
    }

    @Test
    void sofieReadsTheCaseFileOfHerOrganisationsTaskInWordsAndIsAudited() {
        String taskId = intakeTaskOfNewGentCase("Haddad");
        String caseId = taskService.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();
        caseId = runtimeService.createProcessInstanceQuery().processInstanceId(caseId).singleResult().getBusinessKey();
        WebappSession sofie = WebappSession.login(port, "sofie", Http.DEMO_PASSWORD, "tasklist");

        Reply dutch = sofie.get(path(taskId));
        assertThat(dutch.status()).as(dutch.toString()).isEqualTo(200);
        assertThat(dutch.json().get("language").asText()).isEqualTo("nl");
        assertThat(dutch.json().get("view").asText()).isEqualTo("CASE_WORKER");
        assertThat(dutch.body()).contains(caseId, "Lina Haddad", PHONE, "lina@example.org", "01/01/1990",
                "Erkend vluchteling", "Collectieve opvang", "Arabisch", "Nederlands", "1 volwassene(n), 2 kind(eren)",
                "Intake", "Dossier geopend", "0 van 40 uur", "Contact met een buddy");
        assertThat(dutch.body()).doesNotContain("RECOGNISED_REFUGEE", "COLLECTIVE", "BUDDY_CONTACT", "\"ar\"",
                "ocmw-gent", "1990-01-01");

        Reply english = sofie.get(path(taskId), "en-GB,en;q=0.9");
        assertThat(english.status()).isEqualTo(200);
        assertThat(english.json().get("language").asText()).isEqualTo("en");
        assertThat(english.body()).contains("Case file " + caseId, "Recognised refugee", "Arabic", "Dutch",
                "Date of birth", "Phone");
        Reply french = sofie.get(path(taskId), "fr-BE,fr;q=0.9");
        assertThat(french.body()).contains("Réfugié reconnu", "arabe", "néerlandais", "Téléphone");

        assertThat(reads("sofie", caseId, "CASE_FILE")).isEqualTo(3);

        // The same task in the list: the case number and her full name.
        Reply context = sofie.get("/api/workspace/tasks/" + taskId + "/context");
        assertThat(context.status()).as(context.toString()).isEqualTo(200);
        assertThat(context.json().get("text").asText()).isEqualTo("Dossier " + caseId + " · Lina Haddad");
        assertThat(reads("sofie", caseId, "CASE_FILE")).isEqualTo(4);
        assertThat(WebappSession.login(port, "samir", Http.DEMO_PASSWORD, "tasklist")
                .get("/api/workspace/tasks/" + taskId + "/context").status()).isEqualTo(404);
    }

    @Test
    void samirAndOthersWithoutTheTaskReadNothingAsForAnUnknownTask() {
        String taskId = intakeTaskOfNewGentCase("Nour");
        String caseId = runtimeService.createProcessInstanceQuery()
                .processInstanceId(taskService.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId())
                .singleResult().getBusinessKey();
        // Dora may open no webapp, so she has no session to read with (401, see the test below).
        for (String user : new String[] {"samir", "cora", "victor", "mona"}) {
            WebappSession session = WebappSession.login(port, user, Http.DEMO_PASSWORD,
                    user.equals("mona") ? "cockpit" : "tasklist");
            Reply reply = session.get(path(taskId));
            assertThat(reply.status()).as(user + ": " + reply).isEqualTo(404);
            assertThat(reply.body()).doesNotContain(caseId, PHONE, "Nour");
            assertThat(session.get(path("no-such-task")).status()).as(user).isEqualTo(404);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM buddyflow.case_access WHERE case_id = ? AND user_id IN "
                + "('samir', 'cora', 'victor', 'mona')").param(caseId).query(Long.class).single()).isZero();
    }

    @Test
    void withoutTheWebappSessionThereIsNoCaseFile() {
        String taskId = intakeTaskOfNewGentCase("Sessieloos");
        Reply anonymous = WebappSession.anonymous(port).get(path(taskId));
        assertThat(anonymous.status()).as(anonymous.toString()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain(PHONE);
        // Basic credentials are for /api's partners, not this door: no second way in, no browser popup.
        Reply basic = Http.as("sofie", port).get(path(taskId));
        assertThat(basic.status()).isEqualTo(401);
        assertThat(basic.body()).doesNotContain(PHONE);
        // Read-only: nothing else is answered here.
        WebappSession sofie = WebappSession.login(port, "sofie", Http.DEMO_PASSWORD, "tasklist");
        assertThat(sofie.postJson(path(taskId), "{}").status()).isEqualTo(403);
    }

    @Test
    void coraReadsWhatMatchingNeedsAndVictorOnlyHisOwnDuosMinimalProfile() {
        Trajectory trajectory = new Trajectory(port, runtimeService, managementService, jdbc);
        trajectory.victorHasRoom();
        String caseId = trajectory.refer();
        String familyName = jdbc.sql("SELECT family_name FROM buddyflow.buddy_case WHERE id = ?").param(caseId)
                .query(String.class).single();
        trajectory.toActive(caseId);
        trajectory.logMeeting(caseId);
        String victorsTask = Tasks.single(port, "victor", caseId, "UserTask_LogMeeting");

        Reply cora = WebappSession.login(port, "cora", Http.DEMO_PASSWORD, "tasklist").get(path(victorsTask));
        assertThat(cora.status()).as(cora.toString()).isEqualTo(200);
        assertThat(cora.json().get("view").asText()).isEqualTo("COORDINATOR");
        assertThat(cora.body()).contains(caseId, "Arabisch", "Victor", "2,5 van 40 uur");
        assertThat(cora.body()).doesNotContain("Lina", PHONE, "lina@example.org", familyName, "01/01/1990",
                "Samen naar de bibliotheek", "Erkend vluchteling");
        assertThat(reads("cora", caseId, "CANDIDATES")).isEqualTo(1);

        Reply victor = WebappSession.login(port, "victor", Http.DEMO_PASSWORD, "tasklist").get(path(victorsTask));
        assertThat(victor.status()).as(victor.toString()).isEqualTo(200);
        assertThat(victor.json().get("view").asText()).isEqualTo("BUDDY");
        assertThat(victor.body()).contains("Lina", "Arabisch", "9000");
        assertThat(victor.body()).doesNotContain(PHONE, "lina@example.org", familyName, "01/01/1990",
                "Erkend vluchteling", "Opvang", "uur", "Intake");
        assertThat(reads("victor", caseId, "MATCH_PROPOSAL")).isEqualTo(1);

        // In the list: victor the first name (she agreed to buddy contact), cora only the case number.
        Reply victorsCard = WebappSession.login(port, "victor", Http.DEMO_PASSWORD, "tasklist")
                .get("/api/workspace/tasks/" + victorsTask + "/context");
        assertThat(victorsCard.json().get("text").asText()).isEqualTo("Dossier " + caseId + " · Lina");
        Reply corasCard = WebappSession.login(port, "cora", Http.DEMO_PASSWORD, "tasklist")
                .get("/api/workspace/tasks/" + victorsTask + "/context");
        assertThat(corasCard.json().get("text").asText()).isEqualTo("Dossier " + caseId);

        // Another volunteer, and a social worker of the case (the task is the buddy's, not hers).
        assertThat(WebappSession.login(port, "vera", Http.DEMO_PASSWORD, "tasklist").get(path(victorsTask)).status())
                .isEqualTo(404);
        assertThat(WebappSession.login(port, "samir", Http.DEMO_PASSWORD, "tasklist").get(path(victorsTask)).status())
                .isEqualTo(404);
        assertThat(reads("vera", caseId, "MATCH_PROPOSAL") + reads("samir", caseId, "CASE_FILE")).isZero();
    }
}
