package be.buddyflow.matching;

/** How well a volunteer speaks a language (CEFR, simplified). BASIC is enough to share it. */
public enum LanguageLevel {
    BASIC,
    GOOD,
    FLUENT,
    NATIVE
}
