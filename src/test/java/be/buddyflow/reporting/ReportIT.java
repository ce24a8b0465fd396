package be.buddyflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddyflow.support.Http;
import be.buddyflow.support.Http.Reply;
import be.buddyflow.support.IntegrationTest;
import be.buddyflow.support.Referrals;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Managers' figures count only the cases whose newcomer consented to reporting, and name no case. */
@IntegrationTest
class ReportIT {

    @LocalServerPort
    int port;

    @Test
    void onlyCasesThatAllowReportingAreCounted() {
        long before = gentInIntake();

        refer(true);
        refer(false);

        assertThat(gentInIntake()).as("one of the two new cases allows reporting").isEqualTo(before + 1);
        Reply overview = Http.as("mona", port).get("/api/reports/overview");
        assertThat(overview.body()).doesNotContain("BF-").doesNotContain("Lina");
    }

    @Test
    void onlyManagersReadTheFigures() {
        for (String user : new String[] {"sofie", "cora", "victor", "intake-system", "dora"}) {
            assertThat(Http.as(user, port).get("/api/reports/overview").status()).as(user).isEqualTo(403);
        }
        assertThat(Http.anonymous(port).get("/api/reports/overview").status()).isEqualTo(401);
    }

    private long gentInIntake() {
        Reply overview = Http.as("mona", port).get("/api/reports/overview");
        assertThat(overview.status()).as(overview.toString()).isEqualTo(200);
        long cases = 0;
        for (JsonNode row : overview.json().get("casesByPhase")) {
            if (row.get("organisation").asText().equals("ocmw-gent") && row.get("phase").asText().equals("INTAKE")
                    && row.get("status").asText().equals("OPEN")) {
                cases += row.get("cases").asLong();
            }
        }
        return cases;
    }

    private void refer(boolean reporting) {
        String body = Referrals.gent(Referrals.uniqueReference(), "Report")
                .replace("\"reporting\": false", "\"reporting\": " + reporting);
        assertThat(Http.as("intake-system", port).postJson("/api/referrals", body).status()).isEqualTo(201);
    }
}
