package be.buddyflow.security.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import be.buddyflow.security.engine.DeclaredForm.Refusal;
import org.junit.jupiter.api.Test;

class DeclaredFormTest {

    private static DeclaredForm form(String id) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("forms", id + ".form"))) {
            return DeclaredForm.parse(in);
        }
    }

    @Test
    void onlyTheDecisionFieldsOfTheIntakeReviewAreEditable() throws IOException {
        DeclaredForm review = form("review-intake");
        assertThat(review.editableKeys()).containsExactlyInAnyOrder("intakeDecision", "intakeRejectionReason");
        assertThat(review.field("newcomerName")).get().extracting(DeclaredForm.Field::editable).isEqualTo(false);
        assertThat(review.field("caseTeam")).isEmpty();
    }

    @Test
    void optionsMustBeOnesTheFormOffers() throws IOException {
        DeclaredForm.Field decision = form("review-intake").field("intakeDecision").orElseThrow();
        assertThat(decision.check("ACCEPTED")).isEmpty();
        assertThat(decision.check("MAYBE")).contains(Refusal.NOT_AN_OPTION);
        assertThat(decision.check(1)).contains(Refusal.NOT_AN_OPTION);
        assertThat(decision.check(null)).contains(Refusal.REQUIRED);
    }

    @Test
    void optionsOfAValuesExpressionAreTheValuesItNamesInTheForm() throws IOException {
        // The coordinator's choice: labels from the task's variables, values "1" to "5" and NONE in the form.
        DeclaredForm.Field chosen = form("approve-match").field("chosenCandidate").orElseThrow();
        assertThat(chosen.editable()).isTrue();
        assertThat(chosen.options()).containsExactly("1", "2", "3", "4", "5", "NONE");
        assertThat(chosen.check("1")).isEmpty();
        assertThat(chosen.check("NONE")).isEmpty();
        assertThat(chosen.check("6")).contains(Refusal.NOT_AN_OPTION);
        assertThat(chosen.check("VOL-000001")).contains(Refusal.NOT_AN_OPTION);
        assertThat(chosen.check(null)).contains(Refusal.REQUIRED);
        assertThat(form("approve-match").editableKeys()).containsExactly("chosenCandidate");

        assertThat(DeclaredForm.Field.expressionOptions(
                "=[{label: a, value: \"x\"}, {label: \"b\", value:\"say \\\"hi\\\"\"}][item.value != null]"))
                .containsExactly("x", "say \"hi\"");
        // Computed values are not read: such a field accepts nothing.
        assertThat(DeclaredForm.Field.expressionOptions("=for i in 1..5 return {label: l[i], value: string(i)}"))
                .isEmpty();
    }

    @Test
    void textRulesAreTheFormsRules() throws IOException {
        DeclaredForm housing = form("housing-start");
        DeclaredForm.Field caseId = housing.field("caseId").orElseThrow();
        assertThat(caseId.check("BF-2026-000001")).isEmpty();
        assertThat(caseId.check("BF-2026-000001' or 1=1")).contains(Refusal.WRONG_FORMAT);
        assertThat(caseId.check(42)).contains(Refusal.NOT_TEXT);
        DeclaredForm.Field recognised = housing.field("recognitionDate").orElseThrow();
        assertThat(recognised.check("2026-11-20")).isEmpty();
        assertThat(recognised.check("20/11/2026")).contains(Refusal.NOT_A_DATE);

        DeclaredForm intake = form("enter-intake");
        assertThat(intake.field("givenName").orElseThrow().check("x".repeat(201))).contains(Refusal.TOO_LONG);
        assertThat(intake.field("email").orElseThrow().check("not an address")).contains(Refusal.WRONG_FORMAT);
        assertThat(intake.field("householdAdults").orElseThrow().check(31)).contains(Refusal.OUT_OF_RANGE);
        assertThat(intake.field("householdAdults").orElseThrow().check(2L)).isEmpty();
        assertThat(intake.field("householdAdults").orElseThrow().check("2")).contains(Refusal.NOT_A_NUMBER);
        assertThat(intake.field("consentServices").orElseThrow().check("true")).contains(Refusal.NOT_A_YES_NO);
        assertThat(intake.field("consentServices").orElseThrow().check(true)).isEmpty();
    }

    @Test
    void aFieldHiddenByAConditionMayStayEmpty() throws IOException {
        DeclaredForm interview = form("volunteer-intake-interview");
        assertThat(interview.field("capacity").orElseThrow().check(null)).isEqualTo(Optional.empty());
        assertThat(interview.field("interviewOutcome").orElseThrow().check(null)).contains(Refusal.REQUIRED);
    }

    @Test
    void everyRefusalHasASentence() {
        for (Refusal refusal : Refusal.values()) {
            for (var language : be.buddyflow.api.Language.SUPPORTED) {
                assertThat(java.util.ResourceBundle.getBundle("i18n/refusals", language,
                        java.util.ResourceBundle.Control.getNoFallbackControl(
                                java.util.ResourceBundle.Control.FORMAT_PROPERTIES)).containsKey(refusal.messageKey()))
                        .as(refusal + " in " + language).isTrue();
            }
        }
        assertThat(List.of(Refusal.values())).isNotEmpty();
    }
}
