package be.buddyflow.api;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one language a person reads Buddyflow's answers in: Dutch, French or English, from the
 * browser's (or client's) Accept-Language, Dutch when it names none of them. Sentences live in
 * {@code i18n/*.properties} bundles, Dutch in the base file.
 */
public final class Language {

    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final List<Locale> SUPPORTED = List.of(DUTCH, Locale.FRENCH, Locale.ENGLISH);

    private Language() {
    }

    /** The language of the request this thread serves, Dutch when it serves none. */
    public static Locale current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return of(attributes.getRequest());
        }
        return DUTCH;
    }

    public static Locale of(HttpServletRequest request) {
        return of(request.getHeader("Accept-Language"));
    }

    public static Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DUTCH;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return match == null ? DUTCH : match;
        } catch (IllegalArgumentException unreadable) {
            return DUTCH;
        }
    }

    /** A sentence of {@code bundle} (e.g. "i18n/problems") in {@code language}, with its arguments. */
    public static String sentence(String bundle, String key, Locale language, Object... arguments) {
        ResourceBundle sentences = ResourceBundle.getBundle(bundle, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(sentences.getString(key), language).format(arguments);
    }
}
