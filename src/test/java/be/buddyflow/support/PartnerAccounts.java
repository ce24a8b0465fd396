package be.buddyflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddyflow.security.Role;
import be.buddyflow.support.Http.Reply;

/** A partner system's technical account, created as an operator would in Admin (once per context). */
public final class PartnerAccounts {

    private PartnerAccounts() {
    }

    /** Creates {@code id} in group {@code integration} unless it exists; the password must meet the policy. */
    public static void ensure(int port, String id, String password, String lastName) {
        Http admin = Http.as("admin", port);
        if (admin.get("/engine-rest/user/" + id + "/profile").status() == 200) {
            return;
        }
        Reply user = admin.postJson("/engine-rest/user/create", """
                {"profile": {"id": "%s", "firstName": "Partner", "lastName": "%s", "email": "%s@example.org"},
                 "credentials": {"password": "%s"}}
                """.formatted(id, lastName, id, password));
        assertThat(user.status()).as(user.toString()).isEqualTo(204);
        Reply member = admin.put("/engine-rest/group/" + Role.INTEGRATION.groupId() + "/members/" + id);
        assertThat(member.status()).as(member.toString()).isEqualTo(204);
    }
}
