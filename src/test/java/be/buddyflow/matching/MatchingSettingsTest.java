package be.buddyflow.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The property names docs/matching.md documents, bound the way the application binds them. */
class MatchingSettingsTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(MatchingOnly.class);

    @Test
    void withoutConfigurationTheDefaultsApply() {
        MatchingSettings defaults = MatchingSettings.defaults();

        assertThat(defaults.maxDistanceKm()).isEqualTo(15.0);
        assertThat(defaults.weights()).isEqualTo(new MatchingSettings.Weights(30, 15, 20, 15, 10, 10));
        assertThat(defaults.ageingBonusPerWeek()).isEqualTo(2.0);
        assertThat(defaults.ageingBonusCap()).isEqualTo(40.0);
        assertThat(defaults.cohortCandidatesPerNewcomer()).isEqualTo(30);
        context.run(app -> assertThat(app.getBean(MatchingEngine.class).settings()).isEqualTo(defaults));
    }

    @Test
    void everySettingHasAKebabCasePropertyAndUnsetWeightsKeepTheirDefault() {
        context.withPropertyValues(
                        "buddyflow.matching.max-distance-km=10",
                        "buddyflow.matching.weights.needs-fit=50",
                        "buddyflow.matching.weights.load-balance=0",
                        "buddyflow.matching.weights.age-and-family=5",
                        "buddyflow.matching.ageing-bonus-per-week=2",
                        "buddyflow.matching.ageing-bonus-cap=12",
                        "buddyflow.matching.cohort-candidates-per-newcomer=8")
                .run(app -> {
                    MatchingSettings settings = app.getBean(MatchingSettings.class);
                    assertThat(settings.maxDistanceKm()).isEqualTo(10.0);
                    assertThat(settings.weights()).isEqualTo(new MatchingSettings.Weights(50, 15, 20, 15, 5, 0));
                    assertThat(settings.ageingBonusPerWeek()).isEqualTo(2.0);
                    assertThat(settings.ageingBonusCap()).isEqualTo(12.0);
                    assertThat(settings.cohortCandidatesPerNewcomer()).isEqualTo(8);
                });
    }

    @Test
    void eachWeightsPropertyNameIsTheOneThePartAnnounces() {
        for (SoftPart part : SoftPart.values()) {
            context.withPropertyValues("buddyflow.matching.weights." + part.propertyName() + "=77")
                    .run(app -> assertThat(app.getBean(MatchingSettings.class).weights().of(part)).isEqualTo(77.0));
        }
    }

    @Test
    void anImpossiblePolicyStopsTheApplicationFromStarting() {
        context.withPropertyValues("buddyflow.matching.max-distance-km=0")
                .run(app -> assertThat(app).hasFailed());
        context.withPropertyValues("buddyflow.matching.weights.distance=-1")
                .run(app -> assertThat(app).hasFailed());
        context.withPropertyValues("buddyflow.matching.weights.needs-fit=0", "buddyflow.matching.weights.interests=0",
                        "buddyflow.matching.weights.availability=0", "buddyflow.matching.weights.distance=0",
                        "buddyflow.matching.weights.age-and-family=0", "buddyflow.matching.weights.load-balance=0")
                .run(app -> assertThat(app.getStartupFailure()).rootCause()
                        .hasMessageContaining("at least one weight must be positive"));
        context.withPropertyValues("buddyflow.matching.cohort-candidates-per-newcomer=0")
                .run(app -> assertThat(app).hasFailed());
    }

    @Test
    void anApplicationClockDecidesWhatTodayIs() {
        Instant later = Profiles.TODAY.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        context.withBean(Clock.class, () -> Clock.fixed(later, ZoneOffset.UTC)).run(app -> {
            MatchingEngine engine = app.getBean(MatchingEngine.class);
            assertThat(engine.explainExclusion(Profiles.newcomer("C1").household(true, true).build(),
                    Profiles.volunteer("V1").screenedUntil(Profiles.TODAY).build()))
                    .extracting(Violation::constraint).containsExactly(HardConstraint.SCREENING_596_2);
        });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(MatchingSettings.class)
    @Import(MatchingEngine.class)
    static class MatchingOnly {
    }
}
