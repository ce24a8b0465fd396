package be.buddyflow.volunteers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import be.buddyflow.support.Http;
import be.buddyflow.support.Http.Reply;
import be.buddyflow.support.IntegrationTest;
import be.buddyflow.support.Referrals;
import be.buddyflow.support.Tasks;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Newcomers on the waiting list get a cohort proposal; only the pairs a coordinator approves go out. */
@IntegrationTest
class CohortReviewIT {

    @LocalServerPort
    int port;

    @Test
    void coordinatorReviewsTheCohortProposalAndApprovesAPair() {
        String first = caseOnTheWaitingList();
        String second = caseOnTheWaitingList();

        Reply proposal = Http.as("cora", port).get("/api/matching/cohort");
        assertThat(proposal.status()).as(proposal.toString()).isEqualTo(200);
        JsonNode pair = assignmentOf(proposal.json(), first);
        assertThat(pair).as(proposal.body()).isNotNull();
        assertThat(assignmentOf(proposal.json(), second)).isNotNull();
        assertThat(pair.get("parts")).isNotEmpty();
        assertThat(proposal.json().get("totals").get("matched").asInt())
                .isGreaterThanOrEqualTo(proposal.json().get("greedyTotals").get("matched").asInt());
        assertThat(Tasks.of(port, "cora", first)).as("nothing is sent before approval").isEmpty();

        String volunteerId = pair.get("volunteerId").asText();
        Reply approved = Http.as("cora", port).postJson("/api/matching/cohort/approvals",
                "{\"approvals\": [{\"caseId\": \"" + first + "\", \"volunteerId\": \"" + volunteerId + "\"}]}");

        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().get(0).get("result").asText()).isEqualTo("SENT");
        assertThat(Tasks.of(port, "cora", first).get(0).get("taskDefinitionKey").asText())
                .isEqualTo("UserTask_AcceptMatch");
        assertThat(Tasks.of(port, "cora", second)).as("the other case still waits").isEmpty();

        Reply again = Http.as("cora", port).postJson("/api/matching/cohort/approvals",
                "{\"approvals\": [{\"caseId\": \"" + first + "\", \"volunteerId\": \"" + volunteerId + "\"}]}");
        assertThat(again.json().get(0).get("result").asText()).isEqualTo("NOT_WAITING");
    }

    @Test
    void onlyCoordinatorsReviewCohortsAndBadApprovalsAreRefused() {
        assertThat(Http.as("victor", port).get("/api/matching/cohort").status()).isEqualTo(403);
        assertThat(Http.as("mona", port).postJson("/api/matching/cohort/approvals", "{}").status()).isEqualTo(403);
        Reply empty = Http.as("cora", port).postJson("/api/matching/cohort/approvals", "{\"approvals\": []}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("errors").get(0).get("field").asText()).isEqualTo("approvals");
    }

    /** Through intake and screening, then the coordinator finds no candidate suitable: the case waits. */
    private String caseOnTheWaitingList() {
        String caseId = Http.as("intake-system", port).postJson("/api/referrals",
                Referrals.gent(Referrals.uniqueReference(), "Cohort")).json().get("caseId").asText();
        Tasks.toMatching(port, caseId);
        Tasks.complete(port, "cora", caseId, "UserTask_ApproveMatch", Map.of("chosenCandidate", "NONE"));
        return caseId;
    }

    private static JsonNode assignmentOf(JsonNode proposal, String caseId) {
        for (JsonNode assignment : proposal.get("assignments")) {
            if (assignment.get("caseId").asText().equals(caseId)) {
                return assignment;
            }
        }
        return null;
    }
}
