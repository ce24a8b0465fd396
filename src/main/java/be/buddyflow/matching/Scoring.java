package be.buddyflow.matching;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Hard constraints and soft parts as of one day. Every decision of the engine, ranking and both
 * cohort methods, goes through this one class so that they cannot disagree about a pair.
 *
 * <p>Scores are kept in integer hundredths of a point ("centipoints"): each part is rounded once,
 * the total is the sum of the rounded parts, and the cohort's flow costs are exact integers.
 */
final class Scoring {

    static final int CENTIPOINTS_PER_POINT = 100;

    private static final HardConstraint[] CONSTRAINTS = HardConstraint.values();
    private static final SoftPart[] PARTS = SoftPart.values();
    private static final Locale DUTCH = Locale.forLanguageTag("nl-BE");
    private static final DateTimeFormatter BELGIAN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Map<NeedDomain, String> NEED_NAMES = new EnumMap<>(Map.of(
            NeedDomain.SOCIAL_NETWORK, "sociaal netwerk", NeedDomain.HOUSING, "wonen", NeedDomain.WORK, "werk",
            NeedDomain.LANGUAGE, "taal", NeedDomain.ADMINISTRATION, "administratie"));
    private static final Map<Availability, String> MOMENT_NAMES = new EnumMap<>(Map.of(
            Availability.WEEKDAYS, "weekdagen", Availability.EVENINGS, "avonden", Availability.WEEKENDS, "weekends"));

    private final MatchingSettings settings;
    private final LocalDate today;
    /** Centipoints a part adds at value 1: 100 points x its share of the weights, x 100. */
    private final double[] fullPartCentipoints = new double[PARTS.length];

    Scoring(MatchingSettings settings, LocalDate today) {
        this.settings = settings;
        this.today = today;
        for (SoftPart part : PARTS) {
            fullPartCentipoints[part.ordinal()] = 100.0 * CENTIPOINTS_PER_POINT * settings.weights().of(part)
                    / settings.weights().total();
        }
    }

    // ---- hard constraints

    boolean feasible(NewcomerProfile newcomer, VolunteerCandidate volunteer) {
        for (HardConstraint constraint : CONSTRAINTS) {
            if (!holds(constraint, newcomer, volunteer)) {
                return false;
            }
        }
        return true;
    }

    List<Violation> violations(NewcomerProfile newcomer, VolunteerCandidate volunteer) {
        List<Violation> violations = new ArrayList<>();
        for (HardConstraint constraint : CONSTRAINTS) {
            if (!holds(constraint, newcomer, volunteer)) {
                String detail = violationDetail(constraint, newcomer, volunteer);
                violations.add(new Violation(constraint,
                        detail.isEmpty() ? constraint.label() : constraint.label() + ": " + detail));
            }
        }
        return violations;
    }

    private boolean holds(HardConstraint constraint, NewcomerProfile newcomer, VolunteerCandidate volunteer) {
        return switch (constraint) {
            case ACTIVE_IN_POOL -> volunteer.activeInPool();
            case CAPACITY -> volunteer.currentLoad() < volunteer.capacity();
            case GENDER_PREFERENCE -> switch (newcomer.genderPreference()) {
                case NONE -> true;
                case WOMAN_ONLY -> volunteer.gender() == Gender.WOMAN;
                case MAN_ONLY -> volunteer.gender() == Gender.MAN;
            };
            case WOMEN_ONLY_WISH -> !volunteer.womenOnly() || newcomer.newcomerIsWoman();
            case SCREENING_596_2 -> !newcomer.minorsInHousehold()
                    || (volunteer.screeningValidUntil() != null && !volunteer.screeningValidUntil().isBefore(today));
            case SHARED_LANGUAGE -> sharesLanguage(newcomer, volunteer);
            // A missing place cannot be shown to be near enough, so it is too far.
            case WITHIN_DISTANCE -> distanceKm(newcomer, volunteer) <= settings.maxDistanceKm();
        };
    }

    private String violationDetail(HardConstraint constraint, NewcomerProfile newcomer, VolunteerCandidate volunteer) {
        return switch (constraint) {
            // The label says it all; the volunteer's status itself is the volunteers feature's to show.
            case ACTIVE_IN_POOL, WOMEN_ONLY_WISH -> "";
            case CAPACITY -> "%d van %d duo's bezet".formatted(volunteer.currentLoad(), volunteer.capacity());
            case GENDER_PREFERENCE -> newcomer.genderPreference() == GenderPreference.WOMAN_ONLY
                    ? "enkel een vrouwelijke buddy" : "enkel een mannelijke buddy";
            case SCREENING_596_2 -> volunteer.screeningValidUntil() == null
                    ? "minderjarigen in het gezin, geen controle geregistreerd"
                    : "minderjarigen in het gezin, geldig tot " + BELGIAN_DATE.format(volunteer.screeningValidUntil());
            case SHARED_LANGUAGE -> "nieuwkomer " + sortedJoin(newcomer.languages()) + "; vrijwilliger "
                    + sortedJoin(volunteer.languages().keySet());
            case WITHIN_DISTANCE -> Double.isInfinite(distanceKm(newcomer, volunteer)) ? "locatie onbekend"
                    : "%s > %s".formatted(kilometres(distanceKm(newcomer, volunteer)), kilometres(settings.maxDistanceKm()));
        };
    }

    private static boolean sharesLanguage(NewcomerProfile newcomer, VolunteerCandidate volunteer) {
        for (String language : newcomer.languages()) {
            if (volunteer.languages().containsKey(language)) {
                return true;
            }
        }
        return false;
    }

    static double distanceKm(NewcomerProfile newcomer, VolunteerCandidate volunteer) {
        if (newcomer.location() == null || volunteer.location() == null) {
            return Double.POSITIVE_INFINITY;
        }
        return newcomer.location().distanceKm(volunteer.location());
    }

    // ---- soft parts

    /** The score of a feasible pair with the volunteer's current load. */
    int centipoints(NewcomerProfile newcomer, VolunteerCandidate volunteer) {
        return centipointsWithoutLoad(newcomer, volunteer) + loadCentipoints(volunteer, volunteer.currentLoad());
    }

    /** Every part but load balance: in a cohort a volunteer's load grows as the proposal fills its slots. */
    int centipointsWithoutLoad(NewcomerProfile newcomer, VolunteerCandidate volunteer) {
        int sum = 0;
        for (SoftPart part : PARTS) {
            if (part != SoftPart.LOAD_BALANCE) {
                sum += partCentipoints(part, value(part, newcomer, volunteer, volunteer.currentLoad()));
            }
        }
        return sum;
    }

    int loadCentipoints(VolunteerCandidate volunteer, int load) {
        return partCentipoints(SoftPart.LOAD_BALANCE, loadBalance(volunteer.capacity(), load));
    }

    /** The pair with its parts and their explanations, as if the volunteer had {@code load} duos. */
    ScoredCandidate scored(NewcomerProfile newcomer, VolunteerCandidate volunteer, int load) {
        List<PartScore> parts = new ArrayList<>(PARTS.length);
        int total = 0;
        for (SoftPart part : PARTS) {
            double value = value(part, newcomer, volunteer, load);
            int centipoints = partCentipoints(part, value);
            total += centipoints;
            parts.add(new PartScore(part, value, settings.weights().of(part), points(centipoints),
                    part.label() + ": " + partDetail(part, newcomer, volunteer, load)));
        }
        List<String> shared = newcomer.languages().stream()
                .filter(volunteer.languages()::containsKey).sorted().toList();
        return new ScoredCandidate(volunteer, points(total), parts, shared, distanceKm(newcomer, volunteer));
    }

    private int partCentipoints(SoftPart part, double value) {
        return (int) Math.round(fullPartCentipoints[part.ordinal()] * value);
    }

    private double value(SoftPart part, NewcomerProfile newcomer, VolunteerCandidate volunteer, int load) {
        return switch (part) {
            // Nothing asked means nothing left uncovered.
            case NEEDS_FIT -> newcomer.needs().isEmpty() ? 1.0
                    : (double) countShared(newcomer.needs(), volunteer.domains()) / newcomer.needs().size();
            case INTERESTS -> jaccard(newcomer.interests(), volunteer.interests());
            // A newcomer who named no moments is taken to be free at any of them.
            case AVAILABILITY -> newcomer.availability().isEmpty() ? 1.0
                    : (double) countShared(newcomer.availability(), volunteer.availability())
                            / newcomer.availability().size();
            case DISTANCE -> Math.max(0.0, 1.0 - distanceKm(newcomer, volunteer) / settings.maxDistanceKm());
            case AGE_AND_FAMILY -> ageAndFamily(newcomer, volunteer);
            case LOAD_BALANCE -> loadBalance(volunteer.capacity(), load);
        };
    }

    private static double ageAndFamily(NewcomerProfile newcomer, VolunteerCandidate volunteer) {
        double age = ageCloseness(newcomer.ageBand(), volunteer.ageBand());
        // A parent knows school, childcare and paediatricians: that counts only for families with children.
        return newcomer.familyWithChildren() ? (age + (volunteer.hasChildren() ? 1.0 : 0.0)) / 2 : age;
    }

    private static double ageCloseness(AgeBand a, AgeBand b) {
        return switch (bandsApart(a, b)) {
            case 0 -> 1.0;
            case 1 -> 0.5;
            default -> 0.0;
        };
    }

    private static int bandsApart(AgeBand a, AgeBand b) {
        return a == null || b == null ? Integer.MAX_VALUE : Math.abs(a.ordinal() - b.ordinal());
    }

    private static double loadBalance(int capacity, int load) {
        return capacity <= 0 ? 0.0 : Math.max(0.0, 1.0 - (double) load / capacity);
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        int shared = countShared(a, b);
        int union = a.size() + b.size() - shared;
        return union == 0 ? 0.0 : (double) shared / union;
    }

    private static <T> int countShared(Set<T> a, Set<T> b) {
        Set<T> small = a.size() <= b.size() ? a : b;
        Set<T> large = small == a ? b : a;
        int count = 0;
        for (T item : small) {
            if (large.contains(item)) {
                count++;
            }
        }
        return count;
    }

    private String partDetail(SoftPart part, NewcomerProfile newcomer, VolunteerCandidate volunteer, int load) {
        return switch (part) {
            case NEEDS_FIT -> newcomer.needs().isEmpty() ? "geen noden opgegeven"
                    : shareDetail(newcomer.needs(), volunteer.domains(), newcomer.needs().size(), NEED_NAMES::get);
            case INTERESTS -> {
                int shared = countShared(newcomer.interests(), volunteer.interests());
                yield shared == 0 ? "geen gedeelde interesses"
                        : shareDetail(newcomer.interests(), volunteer.interests(),
                                newcomer.interests().size() + volunteer.interests().size() - shared,
                                Function.identity());
            }
            case AVAILABILITY -> newcomer.availability().isEmpty() ? "nieuwkomer kan op elk moment"
                    : shareDetail(newcomer.availability(), volunteer.availability(), newcomer.availability().size(),
                            MOMENT_NAMES::get);
            case DISTANCE -> "%s (max. %s)".formatted(kilometres(distanceKm(newcomer, volunteer)),
                    kilometres(settings.maxDistanceKm()));
            case AGE_AND_FAMILY -> ageDetail(newcomer, volunteer);
            case LOAD_BALANCE -> "%d van %d duo's bezet".formatted(load, volunteer.capacity());
        };
    }

    /** "wonen, werk (2 van 3)": the shared items in their natural order, then the count. */
    private static <T> String shareDetail(Set<T> wanted, Set<T> offered, int outOf, Function<T, String> name) {
        List<String> shared = wanted.stream().filter(offered::contains).sorted().map(name).toList();
        String items = shared.isEmpty() ? "geen" : String.join(", ", shared);
        return "%s (%d van %d)".formatted(items, shared.size(), outOf);
    }

    private static String ageDetail(NewcomerProfile newcomer, VolunteerCandidate volunteer) {
        String age = switch (bandsApart(newcomer.ageBand(), volunteer.ageBand())) {
            case 0 -> "zelfde leeftijdsgroep";
            case 1 -> "naburige leeftijdsgroep";
            default -> "andere leeftijdsgroep";
        };
        if (!newcomer.familyWithChildren()) {
            return age;
        }
        return age + ", " + (volunteer.hasChildren() ? "vrijwilliger heeft kinderen" : "vrijwilliger heeft geen kinderen");
    }

    // ---- fairness

    /** Points for waiting: per full week on the list, up to the cap. */
    int ageingBonusCentipoints(NewcomerProfile newcomer) {
        if (newcomer.waitingSince() == null || newcomer.waitingSince().isAfter(today)) {
            return 0;
        }
        long weeks = ChronoUnit.WEEKS.between(newcomer.waitingSince(), today);
        double bonus = Math.min(settings.ageingBonusCap(), weeks * settings.ageingBonusPerWeek());
        return (int) Math.round(bonus * CENTIPOINTS_PER_POINT);
    }

    static double points(long centipoints) {
        return centipoints / (double) CENTIPOINTS_PER_POINT;
    }

    private static String kilometres(double km) {
        return String.format(DUTCH, "%.1f km", km);
    }

    private static String sortedJoin(Collection<String> values) {
        return values.isEmpty() ? "geen" : String.join(", ", new TreeSet<>(values));
    }
}
