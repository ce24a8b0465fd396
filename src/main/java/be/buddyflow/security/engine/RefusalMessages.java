package be.buddyflow.security.engine;

import java.util.List;
import java.util.Locale;

import be.buddyflow.api.Language;

/**
 * Refusals in the reader's language ({@link Language}); the sentences live in
 * {@code i18n/refusals*.properties}.
 */
final class RefusalMessages {

    static final Locale DUTCH = Language.DUTCH;
    static final List<Locale> SUPPORTED = Language.SUPPORTED;

    private RefusalMessages() {
    }

    static String of(String key, String label) {
        Locale language = Language.current();
        return Language.sentence("i18n/refusals", key, language, labelIn(label, language));
    }

    static String of(String key) {
        return of(key, "");
    }

    static Locale languageOf(String acceptLanguage) {
        return Language.of(acceptLanguage);
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
