package be.buddyflow.duo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import be.buddyflow.support.Http;
import be.buddyflow.support.Http.Reply;
import be.buddyflow.support.IntegrationTest;
import be.buddyflow.support.Referrals;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A running duo of Victor (demo volunteer) and a Gent case, worked over the engine REST API as
 * Tasklist does it: Victor raises concerns and logs meetings for his own duo only, and what he
 * writes lands in our tables, not in variables anyone can read.
 */
@IntegrationTest
class ActiveDuoIT {

    private static final String SUBMIT_CONCERN = "/engine-rest/process-definition/key/duo-concern/submit-form";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RuntimeService runtimeService;

    private String victorsCase;
    private String verasCase;

    @BeforeEach
    void twoRunningDuos() {
        victorsCase = newCase();
        verasCase = newCase();
        formDuo(victorsCase, "victor");
        formDuo(verasCase, "vera");
        runtimeService.startProcessInstanceByKey("trajectory-active", victorsCase, Map.of("caseId", victorsCase,
                "caseTeam", "ocmw-gent", "buddyVolunteerId", volunteerOf("victor"), "buddyVolunteerUser", "victor"));
    }

    @Test
    void aVolunteerRaisesAConcernOnlyAboutHisOwnDuo() {
        Reply refused = Http.as("victor", port).postJson(SUBMIT_CONCERN, concern(verasCase, "Over Vera's duo"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("message").asText()).contains("Geen lopend duo");
        assertThat(Http.as("victor", port).postJson(SUBMIT_CONCERN, concern("BF-1999-999999", "Bestaat niet"))
                .status()).as("a case that does not exist looks the same").isEqualTo(400);
        assertThat(requests(verasCase)).isZero();

        Reply raised = Http.as("victor", port).postJson(SUBMIT_CONCERN,
                concern(victorsCase, "Mijn buddy slaapt slecht sinds de brief van de dienst"));

        assertThat(raised.status()).as(raised.toString()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT text FROM buddyflow.duo_request WHERE case_id = ? AND kind = 'CONCERN'")
                .param(victorsCase).query(String.class).single())
                .isEqualTo("Mijn buddy slaapt slecht sinds de brief van de dienst");
        JsonNode followUp = tasks("sofie", victorsCase, "UserTask_FollowUpConcern");
        assertThat(followUp).hasSize(1);
        assertThat(followUp.get(0).get("name").asText()).isEqualTo("Zorg van buddy opvolgen");
        assertThat(tasks("samir", victorsCase, "UserTask_FollowUpConcern")).as("Leuven sees nothing").isEmpty();
        assertThat(runtimeService.createVariableInstanceQuery().variableName("concernText").count()).isZero();

        String concernId = Http.as("sofie", port).get("/engine-rest/task/" + followUp.get(0).get("id").asText()
                + "/variables").json().get("concernId").get("value").asText();
        Reply read = Http.as("sofie", port).get("/api/duo-requests/" + concernId);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().get("text").asText()).isEqualTo("Mijn buddy slaapt slecht sinds de brief van de dienst");
        assertThat(read.json().get("raisedFor").asText()).isEqualTo("VOLUNTEER");
        assertThat(Http.as("samir", port).get("/api/duo-requests/" + concernId).status())
                .as("another organisation's social worker").isEqualTo(404);
        assertThat(Http.as("victor", port).get("/api/duo-requests/" + concernId).status()).isEqualTo(403);
    }

    @Test
    void aVolunteerLogsAMeetingWhoseNoteNobodyReadsInTheProcess() {
        String taskId = tasks("victor", victorsCase, "UserTask_LogMeeting").get(0).get("id").asText();
        String tomorrow = LocalDate.now().plusDays(1).toString();

        Reply future = Http.as("victor", port).postJson("/engine-rest/task/" + taskId + "/complete",
                meeting(tomorrow, "Morgen"));
        assertThat(future.status()).as(future.toString()).isEqualTo(400);
        assertThat(future.json().get("message").asText()).contains("niet in de toekomst");

        Reply logged = Http.as("victor", port).postJson("/engine-rest/task/" + taskId + "/complete",
                meeting(LocalDate.now().toString(), "Samen gekookt"));

        assertThat(logged.status()).as(logged.toString()).isEqualTo(204);
        assertThat(jdbc.sql("SELECT note FROM buddyflow.meeting_log WHERE case_id = ?").param(victorsCase)
                .query(String.class).single()).isEqualTo("Samen gekookt");
        assertThat(jdbc.sql("SELECT array_to_string(domains, ',') FROM buddyflow.meeting_log WHERE case_id = ?")
                .param(victorsCase).query(String.class).single()).isEqualTo("SOCIAL_NETWORK,LANGUAGE");
        String next = tasks("victor", victorsCase, "UserTask_LogMeeting").get(0).get("id").asText();
        assertThat(next).isNotEqualTo(taskId);
        JsonNode variables = Http.as("victor", port).get("/engine-rest/task/" + next + "/variables").json();
        assertThat(variables.has("meetingNote")).isFalse();
        assertThat(variables.get("lastMeetingOn").get("value").asText()).isEqualTo(LocalDate.now().toString());
        assertThat(jdbc.sql("SELECT phase FROM buddyflow.buddy_case WHERE id = ?").param(victorsCase)
                .query(String.class).single()).isEqualTo("ACTIVE");
    }

    @Test
    void aMeetingBeforeTheDuosFirstMeetingIsRefusedInTheVolunteersLanguage() {
        LocalDate firstMeeting = LocalDate.now().minusDays(3);
        jdbc.sql("UPDATE buddyflow.duo SET first_meeting_on = ? WHERE case_id = ?").params(firstMeeting, victorsCase)
                .update();
        String taskId = tasks("victor", victorsCase, "UserTask_LogMeeting").get(0).get("id").asText();
        String complete = "/engine-rest/task/" + taskId + "/complete";
        String before = meeting(firstMeeting.minusDays(1).toString(), "Te vroeg");
        String firstOn = String.format("%02d/%02d/%d", firstMeeting.getDayOfMonth(), firstMeeting.getMonthValue(),
                firstMeeting.getYear());

        Reply dutch = Http.as("victor", port).postJson(complete, before);
        Reply french = Http.as("victor", port).inLanguage("fr-BE,fr;q=0.9").postJson(complete, before);
        Reply english = Http.as("victor", port).inLanguage("en").postJson(complete, before);

        assertThat(dutch.status()).as(dutch.toString()).isEqualTo(400);
        assertThat(dutch.json().get("message").asText())
                .isEqualTo("Een ontmoeting ligt niet vóór de eerste ontmoeting van het duo op " + firstOn + ".");
        assertThat(french.status()).isEqualTo(400);
        assertThat(french.json().get("message").asText())
                .isEqualTo("Une rencontre n’a pas lieu avant la première rencontre du duo, le " + firstOn + ".");
        assertThat(english.json().get("message").asText())
                .isEqualTo("A meeting cannot be before the duo’s first meeting on " + firstOn + ".");
        assertThat(jdbc.sql("SELECT count(*) FROM buddyflow.meeting_log WHERE case_id = ?").param(victorsCase)
                .query(Long.class).single()).isZero();

        Reply onTheDay = Http.as("victor", port).postJson(complete, meeting(firstMeeting.toString(), "Kennismaking"));
        assertThat(onTheDay.status()).as("the first meeting's own day counts: " + onTheDay).isEqualTo(204);
    }

    private JsonNode tasks(String user, String caseId, String taskDefinitionKey) {
        Reply reply = Http.as(user, port).get("/engine-rest/task?processInstanceBusinessKey=" + caseId
                + "&taskDefinitionKey=" + taskDefinitionKey);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private String newCase() {
        return Http.as("intake-system", port).postJson("/api/referrals",
                Referrals.gent(Referrals.uniqueReference(), "Actief")).json().get("caseId").asText();
    }

    private void formDuo(String caseId, String user) {
        jdbc.sql("INSERT INTO buddyflow.duo (case_id, volunteer_id, started_on) VALUES (?, ?, current_date)")
                .params(caseId, volunteerOf(user)).update();
    }

    private String volunteerOf(String user) {
        return jdbc.sql("SELECT id FROM buddyflow.volunteer WHERE user_id = ?").param(user).query(String.class).single();
    }

    private long requests(String caseId) {
        return jdbc.sql("SELECT count(*) FROM buddyflow.duo_request WHERE case_id = ?").param(caseId)
                .query(Long.class).single();
    }

    private static String concern(String caseId, String text) {
        return """
                {"variables": {"caseId": {"value": "%s", "type": "String"},
                               "concernText": {"value": "%s", "type": "String"}}}
                """.formatted(caseId, text);
    }

    private static String meeting(String metOn, String note) {
        return """
                {"variables": {"metOn": {"value": "%s", "type": "String"},
                               "meetingHours": {"value": 2.5, "type": "Double"},
                               "domainLanguage": {"value": true, "type": "Boolean"},
                               "domainSocialNetwork": {"value": true, "type": "Boolean"},
                               "meetingNote": {"value": "%s", "type": "String"}}}
                """.formatted(metOn, note);
    }
}
