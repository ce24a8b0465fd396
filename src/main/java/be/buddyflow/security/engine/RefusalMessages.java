package be.buddyflow.security.engine;

import java.util.Locale;

import be.buddyflow.api.Language;

/**
 * Refusals in the reader's language ({@link Language}); the sentences live in
 * {@code i18n/refusals*.properties}.
 */
final class RefusalMessages {

    private RefusalMessages() {
    }

    static String of(String key, String label) {
        Locale language = Language.current();
        return Language.sentence("i18n/refusals", key, language, labelIn(label, language));
    }

    static String of(String key) {
        return of(key, "");
    }

    /**
     * Form labels are written "Dutch · French · English" until each form has its own translations;
     * a reader gets her own part only.
     */
    static String labelIn(String label, Locale language) {
        String[] parts = label.split(" · ");
        if (parts.length != Language.SUPPORTED.size()) {
            return label;
        }
        return parts[Language.SUPPORTED.indexOf(language)].trim();
    }
}
