package be.buddyflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import be.buddyflow.support.Http;
import be.buddyflow.support.Http.Reply;
import be.buddyflow.support.IntegrationTest;
import be.buddyflow.support.Referrals;
import be.buddyflow.support.Tasks;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A user's own entry and task comments, over engine REST (docs/roles-and-permissions.md, "Engine
 * authorizations").
 */
@IntegrationTest
class LeastPrivilegeIT {

    static final String PASSWORD = "Kalme-Rivier-73!";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    AccessSeeder accessSeeder;

    private final List<String> users = new ArrayList<>();

    @AfterEach
    void removeUsers() {
        users.forEach(identityService::deleteUser);
    }

    @Test
    void aUserReadsHerOwnEntryAndChangesHerPasswordButNeitherDeletesNorRenamesHerself() {
        String user = volunteer();
        Http self = Http.as(user, PASSWORD, port);

        assertThat(self.get("/engine-rest/user/" + user + "/profile").status()).isEqualTo(200);

        Reply rename = self.putJson("/engine-rest/user/" + user + "/profile",
                "{\"id\": \"" + user + "\", \"firstName\": \"Sofie\", \"lastName\": \"OCMW Gent\", \"email\": \"t@example.org\"}");
        assertThat(rename.status()).as(rename.toString()).isEqualTo(403);
        assertThat(identityService.createUserQuery().userId(user).singleResult().getLastName()).isEqualTo("Volunteer");

        Reply delete = delete(user, PASSWORD, "/engine-rest/user/" + user);
        assertThat(delete.status()).as(delete.toString()).isEqualTo(403);
        assertThat(identityService.createUserQuery().userId(user).count()).isOne();

        Reply password = self.putJson("/engine-rest/user/" + user + "/credentials",
                "{\"password\": \"Nieuwe-Rivier-84?\", \"authenticatedUserPassword\": \"" + PASSWORD + "\"}");
        assertThat(password.status()).as(password.toString()).isEqualTo(204);
        assertThat(Http.as(user, "Nieuwe-Rivier-84?", port).get("/engine-rest/user/" + user + "/profile").status())
                .isEqualTo(200);

        // Administrators still maintain profiles.
        Reply byAdmin = Http.as("admin", port).putJson("/engine-rest/user/" + user + "/profile",
                "{\"id\": \"" + user + "\", \"firstName\": \"Throwaway\", \"lastName\": \"Renamed\", \"email\": \"t@example.org\"}");
        assertThat(byAdmin.status()).as(byAdmin.toString()).isEqualTo(204);
    }

    @Test
    void usersOfAnExistingDatabaseLoseAllOnTheirOwnEntryAtTheNextStart() {
        String user = volunteer();
        // As Camunda's default provider left it for users created before.
        Authorization own = ownEntry(user);
        own.setPermissions(new org.camunda.bpm.engine.authorization.Permission[] {Permissions.ALL});
        authorizationService.saveAuthorization(own);

        accessSeeder.seed();
        accessSeeder.seed();

        Authorization narrowed = ownEntry(user);
        assertThat(narrowed.isPermissionGranted(Permissions.READ)).isTrue();
        assertThat(narrowed.isPermissionGranted(Permissions.UPDATE)).isTrue();
        assertThat(narrowed.isPermissionGranted(Permissions.DELETE)).isFalse();
        Reply delete = delete(user, PASSWORD, "/engine-rest/user/" + user);
        assertThat(delete.status()).as(delete.toString()).isEqualTo(403);
    }

    @Test
    void onlyThoseWhoMayWorkATaskCommentOnItOrReadItsComments() {
        Reply created = Http.as("intake-system", port).postJson("/api/referrals",
                Referrals.gent(Referrals.uniqueReference(), "Comments"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String caseId = created.json().get("caseId").asText();
        String task = Tasks.single(port, "sofie", caseId, "UserTask_ReviewIntake");
        String comments = "/engine-rest/task/" + task + "/comment";

        // Engine REST lets only callers who see the task in history comment at all (sofie does not; see
        // docs/roles-and-permissions.md); the administrator writes the note here.
        Reply byAdmin = Http.as("admin", port).postJson(comments + "/create", "{\"message\": \"Belde de nieuwkomer\"}");
        assertThat(byAdmin.status()).as(byAdmin.toString()).isEqualTo(200);
        String commentId = byAdmin.json().get("id").asText();
        String processInstance = Http.as("admin", port).get("/engine-rest/task/" + task).json()
                .get("processInstanceId").asText();

        // Mona (managers) reads every process instance and its history, but works no intake.
        Http mona = Http.as("mona", port);
        Reply add = mona.postJson(comments + "/create", "{\"message\": \"mona was here\"}");
        // Engine REST answers a refused comment with 400 ("Not enough parameters submitted"), not 403.
        assertThat(add.status()).as("adds: " + add).isIn(400, 403);
        assertThat(mona.get(comments).status()).as("lists").isEqualTo(403);
        assertThat(mona.get(comments + "/" + commentId).status()).as("reads one").isEqualTo(403);
        Reply ofInstance = mona.get("/engine-rest/process-instance/" + processInstance + "/comment");
        assertThat(ofInstance.status()).as("reads the instance's comments: " + ofInstance).isEqualTo(403);

        // Samir (Leuven) sees neither the task nor its history.
        assertThat(Http.as("samir", port).get(comments).status()).isNotEqualTo(200);
        assertThat(Http.as("admin", port).get(comments).json()).hasSize(1);
    }

    private String volunteer() {
        String id = "own-" + UUID.randomUUID().toString().substring(0, 8);
        Reply reply = Http.as("admin", port).postJson("/engine-rest/user/create", """
                {"profile": {"id": "%s", "firstName": "Throwaway", "lastName": "Volunteer", "email": "t@example.org"},
                 "credentials": {"password": "%s"}}
                """.formatted(id, PASSWORD));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(204);
        users.add(id);
        identityService.createMembership(id, Role.VOLUNTEER.groupId());
        return id;
    }

    private Authorization ownEntry(String user) {
        return authorizationService.createAuthorizationQuery().userIdIn(user).resourceType(Resources.USER)
                .resourceId(user).singleResult();
    }

    /** Http has no DELETE. */
    private Reply delete(String user, String password, String path) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).DELETE()
                            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                    (user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), "", null, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
