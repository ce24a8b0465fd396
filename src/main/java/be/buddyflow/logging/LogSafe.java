package be.buddyflow.logging;

/**
 * Values from outside (request parameters, partner input) as they may go into a log line: control
 * characters (CR, LF, TAB, ESC ...) and Unicode line and paragraph separators are written as
 * {@code \\uXXXX}, so nobody can forge a log line or hide one with terminal escapes. Use it for every
 * placeholder whose value a caller chose.
 */
public final class LogSafe {

    private LogSafe() {
    }

    public static String of(Object value) {
        if (value == null) {
            return "null";
        }
        String text = value.toString();
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnsafe(c)) {
                if (safe == null) {
                    safe = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                safe.append(String.format("\\u%04x", (int) c));
            } else if (safe != null) {
                safe.append(c);
            }
        }
        return safe == null ? text : safe.toString();
    }

    /** Whether the text holds a character {@link #of} would escape. */
    public static boolean hasControlCharacters(String text) {
        return text != null && text.chars().anyMatch(c -> isUnsafe((char) c));
    }

    private static boolean isUnsafe(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }
}
