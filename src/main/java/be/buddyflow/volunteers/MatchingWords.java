package be.buddyflow.volunteers;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import be.buddyflow.matching.AgeBand;
import be.buddyflow.matching.Availability;
import be.buddyflow.matching.GenderPreference;
import be.buddyflow.matching.NeedDomain;

/**
 * What a coordinator reads on the approval form, in words: languages by their name in the reader's
 * language (Dutch unless told otherwise), needs, moments and wishes as words, never an enum name or
 * an ISO code.
 */
public final class MatchingWords {

    /** The reader's language when none is known: the working language of the first users. */
    public static final Locale DUTCH = Locale.forLanguageTag("nl-BE");

    private static final Map<NeedDomain, String> NEEDS = new EnumMap<>(Map.of(
            NeedDomain.SOCIAL_NETWORK, "sociaal netwerk", NeedDomain.HOUSING, "wonen", NeedDomain.WORK, "werk",
            NeedDomain.LANGUAGE, "taal", NeedDomain.ADMINISTRATION, "administratie"));
    private static final Map<Availability, String> MOMENTS = new EnumMap<>(Map.of(
            Availability.WEEKDAYS, "weekdagen", Availability.EVENINGS, "avonden", Availability.WEEKENDS, "weekends"));
    private static final Map<AgeBand, String> AGES = new EnumMap<>(Map.of(
            AgeBand.UNDER_25, "jonger dan 25", AgeBand.FROM_25_TO_39, "25 tot 39 jaar",
            AgeBand.FROM_40_TO_54, "40 tot 54 jaar", AgeBand.FROM_55_TO_69, "55 tot 69 jaar",
            AgeBand.OVER_70, "70 of ouder"));

    private MatchingWords() {
    }

    /** "Arabisch, Nederlands" for ar, nl (sorted by name); a code Java does not know stays as it is. */
    public static String languages(Collection<String> codes, Locale reader) {
        if (codes.isEmpty()) {
            return "geen";
        }
        return String.join(", ", codes.stream().map(code -> language(code, reader)).sorted().toList());
    }

    static String language(String code, Locale reader) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(reader);
        if (name.isBlank() || name.equalsIgnoreCase(code)) {
            return code;
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    public static String needs(Set<NeedDomain> needs) {
        return needs.isEmpty() ? "geen opgegeven" : join(needs.stream().sorted().map(NEEDS::get).toList());
    }

    public static String moments(Set<Availability> moments) {
        return moments.isEmpty() ? "op elk moment" : join(moments.stream().sorted().map(MOMENTS::get).toList());
    }

    public static String age(AgeBand band) {
        return AGES.get(band);
    }

    public static String buddyWish(GenderPreference preference) {
        return switch (preference) {
            case NONE -> "geen voorkeur";
            case WOMAN_ONLY -> "enkel een vrouwelijke buddy";
            case MAN_ONLY -> "enkel een mannelijke buddy";
        };
    }

    private static String join(List<String> words) {
        return String.join(", ", words);
    }
}
