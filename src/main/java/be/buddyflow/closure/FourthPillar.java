package be.buddyflow.closure;

import java.math.BigDecimal;

/**
 * The Flemish civic integration's 4th pillar, "participatie en netwerktraject": at least 40 hours
 * since 1 January 2023, and a buddy trajectory counts (domain.md). A legal figure, not a setting.
 */
public final class FourthPillar {

    public static final BigDecimal THRESHOLD_HOURS = BigDecimal.valueOf(40);

    private FourthPillar() {
    }

    public static boolean reached(BigDecimal hours) {
        return hours.compareTo(THRESHOLD_HOURS) >= 0;
    }
}
