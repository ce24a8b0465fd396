package be.buddyflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryExpressionGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"orQueries\":[{\"assigneeExpression\":\"${currentUser()}\"}]}",
            "{\"orQueries\":[{\"candidateGroupsExpression\":\"#{x}\"}]}",
            "{\"query\":{\"orQueries\":[{\"nameLike\":\"\\u0024{evil}\"}]}}",
            "{\"ORQUERIES\":[{\"a\":\"${b}\"}]}",
            "{\"orQueries\":[{\"processVariables\":[{\"name\":\"n\",\"value\":\"${v}\"}]}]}",
            "{\"orQueries\":[{\"${key}\":\"v\"}]}"})
    void refusesExpressionsBelowOrQueries(String body) {
        assertThat(QueryExpressionGuard.carriesExpressionInOrQueries(body.getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"orQueries\":[{\"name\":\"Intake beoordelen\"}]}",
            "{\"assigneeExpression\":\"${currentUser()}\"}",
            "{\"variables\":{\"note\":{\"value\":\"costs ${5}\"}}}",
            "not json at all ${x}",
            ""})
    void letsEverythingElseThrough(String body) {
        assertThat(QueryExpressionGuard.carriesExpressionInOrQueries(body.getBytes(StandardCharsets.UTF_8))).isFalse();
    }
}
