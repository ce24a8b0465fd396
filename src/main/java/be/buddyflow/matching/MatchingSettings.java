package be.buddyflow.matching;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The matching policy of a deployment ({@code buddyflow.matching.*}, docs/matching.md). The
 * defaults live only in the {@link DefaultValue} annotations, so code and configuration cannot
 * drift apart.
 *
 * @param maxDistanceKm               hard limit on the distance between newcomer and volunteer
 * @param weights                     relative weight of each soft part; only their ratios matter
 * @param ageingBonusPerWeek          points a cohort proposal adds per full week on the waiting list
 * @param ageingBonusCap              the most points waiting can add
 * @param cohortCandidatesPerNewcomer K: the best feasible volunteers kept per newcomer in the cohort
 *                                    graph (docs/matching.md, "Cohort proposal")
 */
@ConfigurationProperties("buddyflow.matching")
public record MatchingSettings(
        @DefaultValue("15") double maxDistanceKm,
        @DefaultValue Weights weights,
        @DefaultValue("2") double ageingBonusPerWeek,
        @DefaultValue("40") double ageingBonusCap,
        @DefaultValue("30") int cohortCandidatesPerNewcomer) {

    public MatchingSettings {
        require(maxDistanceKm > 0, "max-distance-km must be positive");
        require(weights != null, "weights are required");
        require(ageingBonusPerWeek >= 0 && ageingBonusCap >= 0, "the ageing bonus cannot be negative");
        // The cohort objective works in integer hundredths of a point with a large constant per
        // matched pair (OptimalCohort); an unbounded bonus would leave that range.
        require(ageingBonusCap <= 100, "ageing-bonus-cap is at most 100 points");
        require(cohortCandidatesPerNewcomer >= 1, "cohort-candidates-per-newcomer must be at least 1");
    }

    /** The defaults, bound exactly as Spring binds an empty {@code buddyflow.matching} block. */
    public static MatchingSettings defaults() {
        return new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("buddyflow.matching", MatchingSettings.class);
    }

    public MatchingSettings withMaxDistanceKm(double km) {
        return new MatchingSettings(km, weights, ageingBonusPerWeek, ageingBonusCap, cohortCandidatesPerNewcomer);
    }

    public MatchingSettings withWeights(Weights newWeights) {
        return new MatchingSettings(maxDistanceKm, newWeights, ageingBonusPerWeek, ageingBonusCap,
                cohortCandidatesPerNewcomer);
    }

    public MatchingSettings withAgeingBonus(double perWeek, double cap) {
        return new MatchingSettings(maxDistanceKm, weights, perWeek, cap, cohortCandidatesPerNewcomer);
    }

    public MatchingSettings withCohortCandidatesPerNewcomer(int k) {
        return new MatchingSettings(maxDistanceKm, weights, ageingBonusPerWeek, ageingBonusCap, k);
    }

    /** Relative weights of the soft parts; the score divides by their sum, so 30/20/... reads as percent. */
    public record Weights(
            @DefaultValue("30") double needsFit,
            @DefaultValue("15") double interests,
            @DefaultValue("20") double availability,
            @DefaultValue("15") double distance,
            @DefaultValue("10") double ageAndFamily,
            @DefaultValue("10") double loadBalance) {

        public Weights {
            require(needsFit >= 0 && interests >= 0 && availability >= 0 && distance >= 0 && ageAndFamily >= 0
                    && loadBalance >= 0, "weights cannot be negative");
            require(needsFit + interests + availability + distance + ageAndFamily + loadBalance > 0,
                    "at least one weight must be positive");
        }

        public double of(SoftPart part) {
            return switch (part) {
                case NEEDS_FIT -> needsFit;
                case INTERESTS -> interests;
                case AVAILABILITY -> availability;
                case DISTANCE -> distance;
                case AGE_AND_FAMILY -> ageAndFamily;
                case LOAD_BALANCE -> loadBalance;
            };
        }

        public double total() {
            return needsFit + interests + availability + distance + ageAndFamily + loadBalance;
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("buddyflow.matching: " + message);
        }
    }
}
