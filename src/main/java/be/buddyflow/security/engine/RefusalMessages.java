package be.buddyflow.security.engine;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Refusals in the reader's language: Dutch, French or English, chosen from the browser's (or the
 * client's) Accept-Language, Dutch when it names none of them. The sentences live in
 * {@code i18n/refusals*.properties}.
 */
final class RefusalMessages {

    static final Locale DUTCH = Locale.forLanguageTag("nl");
    static final List<Locale> SUPPORTED = List.of(DUTCH, Locale.FRENCH, Locale.ENGLISH);

    private RefusalMessages() {
    }

    static String of(String key, String label) {
        Locale language = currentLanguage();
        ResourceBundle bundle = ResourceBundle.getBundle("i18n/refusals", language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), language).format(new Object[] {labelIn(label, language)});
    }

    static String of(String key) {
        return of(key, "");
    }

    /** The language of the request this thread serves, if it serves one. */
    static Locale currentLanguage() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return languageOf(attributes.getRequest());
        }
        return DUTCH;
    }

    static Locale languageOf(HttpServletRequest request) {
        return languageOf(request.getHeader("Accept-Language"));
    }

    static Locale languageOf(String acceptLanguage) {
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

    /**
     * Form labels are written "Dutch · French · English" until each form has its own translations;
     * a reader gets her own part only.
     */
    static String labelIn(String label, Locale language) {
        String[] parts = label.split(" · ");
        if (parts.length != SUPPORTED.size()) {
            return label;
        }
        return parts[SUPPORTED.indexOf(language)].trim();
    }
}
