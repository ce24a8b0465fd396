package be.buddyflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VariableFilterGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "/engine-rest/process-instance", "/engine-rest/process-instance/count",
            "/engine-rest/history/process-instance", "/engine-rest/history/process-instance/count",
            "/engine-rest/execution", "/engine-rest/history/task",
            "/camunda/api/engine/engine/default/process-instance",
            "/camunda/api/engine/engine/default/history/process-instance/count",
            "/camunda/api/cockpit/plugin/base/default/process-instance",
            "/camunda/api/cockpit/plugin/base/default/process-instance/count"})
    void guardsInstanceQueries(String path) {
        assertThat(VariableFilterGuard.INSTANCE_QUERY.matcher(path).matches()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/engine-rest/task", "/engine-rest/task/count", "/engine-rest/variable-instance",
            "/engine-rest/history/variable-instance", "/engine-rest/process-instance/abc/variables",
            "/engine-rest/process-definition/key/duo-concern/submit-form", "/engine-rest/task/abc/complete",
            "/camunda/api/engine/engine/default/task", "/engine-rest/message"})
    void leavesTaskVariableAndWriteRequestsAlone(String path) {
        assertThat(VariableFilterGuard.INSTANCE_QUERY.matcher(path).matches()).isFalse();
    }

    @Test
    void findsVariableFiltersInQueryStrings() {
        assertThat(VariableFilterGuard.filtersOnVariables("businessKey=x&variables=newcomerGender_eq_WOMAN")).isTrue();
        assertThat(VariableFilterGuard.filtersOnVariables("processVariables=a_eq_b")).isTrue();
        assertThat(VariableFilterGuard.filtersOnVariables("variables=")).isFalse();
        assertThat(VariableFilterGuard.filtersOnVariables("businessKey=x&variableNamesIgnoreCase=true")).isFalse();
        assertThat(VariableFilterGuard.filtersOnVariables(null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"variables\":[{\"name\":\"caseTeam\",\"operator\":\"eq\",\"value\":\"ocmw-gent\"}]}",
            "{\"processVariables\":[{\"name\":\"a\",\"operator\":\"eq\",\"value\":1}]}",
            "{\"orQueries\":[{\"taskVariables\":[{\"name\":\"a\",\"operator\":\"eq\",\"value\":1}]}]}"})
    void findsVariableFiltersInBodies(String body) {
        assertThat(VariableFilterGuard.bodyFiltersOnVariables(body.getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"variables\":[]}", "{\"businessKey\":\"BF-1\"}", "{\"variables\":null}",
            "not json", ""})
    void letsQueriesWithoutVariableFiltersThrough(String body) {
        assertThat(VariableFilterGuard.bodyFiltersOnVariables(body.getBytes(StandardCharsets.UTF_8))).isFalse();
    }
}
