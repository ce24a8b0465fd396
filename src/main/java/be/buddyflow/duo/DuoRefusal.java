package be.buddyflow.duo;

import be.buddyflow.api.Language;

/**
 * A person's input breaks a rule of the active trajectory (a meeting in the future, a concern about
 * someone else's duo). The message is shown to them as it is: Dutch, French and English.
 */
public class DuoRefusal extends RuntimeException {

    public DuoRefusal(String nl, String fr, String en) {
        super(nl + " · " + fr + " · " + en);
    }

    private DuoRefusal(String sentence) {
        super(sentence);
    }

    /**
     * A refusal in the language of the person whose request this thread serves (Dutch without a
     * request): one of the sentences of {@code i18n/meetings*.properties}.
     */
    public static DuoRefusal meeting(String key, Object... arguments) {
        return new DuoRefusal(Language.sentence(MEETINGS, key, Language.current(), arguments));
    }

    public static final String MEETINGS = "i18n/meetings";
}
