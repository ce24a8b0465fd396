package be.buddyflow.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** bpmn/screening-eligibility.dmn, rule by rule: what a manager changes there, this table shows. */
class ScreeningEligibilityDecisionTest {

    static DmnEngine dmn;
    static Map<String, DmnDecision> decisions = new HashMap<>();

    @BeforeAll
    static void parse() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream model = ScreeningEligibilityDecisionTest.class.getResourceAsStream(
                "/bpmn/screening-eligibility.dmn")) {
            List<DmnDecision> parsed = dmn.parseDecisions(model);
            parsed.forEach(d -> decisions.put(d.getKey(), d));
        }
    }

    @ParameterizedTest(name = "consent {0}, wanted {1}, professional {2}, needs {3} -> {4}")
    @CsvSource({
            "false, true,  false, 3, PROFESSIONAL_SERVICES_ONLY",
            "true,  false, false, 3, PROFESSIONAL_SERVICES_ONLY",
            "true,  true,  true,  0, PROFESSIONAL_SERVICES_ONLY",
            "true,  true,  true,  1, BUDDY_TRAJECTORY",
            "true,  true,  false, 0, BUDDY_TRAJECTORY",
            "true,  true,  false, 4, BUDDY_TRAJECTORY"})
    void outcome(boolean consent, boolean wanted, boolean professional, int needs, String expected) {
        Map<String, Object> input = Map.of("consentBuddyContact", consent, "buddyWanted", wanted,
                "needsProfessionalSupport", professional, "needCount", needs);

        assertThat((String) dmn.evaluateDecisionTable(decisions.get("screening-outcome"), input).getSingleEntry())
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1}, minors {2}, needs {3} -> {4}")
    @CsvSource({
            "COLLECTIVE, RECOGNISED_REFUGEE,    false, 0, HIGH",
            "COLLECTIVE, SUBSIDIARY_PROTECTION, false, 0, HIGH",
            "COLLECTIVE, ASYLUM_SEEKER,         false, 1, NORMAL",
            "INDIVIDUAL, RECOGNISED_REFUGEE,    true,  0, HIGH",
            "PRIVATE,    OTHER,                 false, 3, HIGH",
            "INDIVIDUAL, RECOGNISED_REFUGEE,    false, 2, NORMAL"})
    void priority(String reception, String status, boolean minors, int needs, String expected) {
        Map<String, Object> input = Map.of("receptionType", reception, "residenceStatus", status,
                "minorsInHousehold", minors, "needCount", needs);

        assertThat((String) dmn.evaluateDecisionTable(decisions.get("screening-priority"), input).getSingleEntry())
                .isEqualTo(expected);
    }
}
