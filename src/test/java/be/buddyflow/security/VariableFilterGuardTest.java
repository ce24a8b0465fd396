package be.buddyflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VariableFilterGuardTest {

    @Test
    void findsVariableFiltersInDecodedParameters() {
        assertThat(VariableFilterGuard.parametersFilterOnVariables(
                Map.of("businessKey", new String[] {"x"}, "variables", new String[] {"newcomerGender_eq_WOMAN"}))).isTrue();
        assertThat(VariableFilterGuard.parametersFilterOnVariables(Map.of("processVariables", new String[] {"a_eq_b"})))
                .isTrue();
        // The container decodes vari%61bles to variables; other casings are caught too.
        assertThat(VariableFilterGuard.parametersFilterOnVariables(Map.of("VARIABLES", new String[] {"a_eq_b"})))
                .isTrue();
        assertThat(VariableFilterGuard.parametersFilterOnVariables(Map.of("variables", new String[] {""}))).isFalse();
        assertThat(VariableFilterGuard.parametersFilterOnVariables(
                Map.of("businessKey", new String[] {"x"}, "variableNamesIgnoreCase", new String[] {"true"}))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"variables\":[{\"name\":\"caseTeam\",\"operator\":\"eq\",\"value\":\"ocmw-gent\"}]}",
            "{\"processVariables\":[{\"name\":\"a\",\"operator\":\"eq\",\"value\":1}]}",
            "{\"orQueries\":[{\"taskVariables\":[{\"name\":\"a\",\"operator\":\"eq\",\"value\":1}]}]}",
            "{\"vari\\u0061bles\":[{\"name\":\"a\",\"operator\":\"eq\",\"value\":1}]}"})
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
