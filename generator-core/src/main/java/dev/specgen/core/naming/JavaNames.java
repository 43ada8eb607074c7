package dev.specgen.core.naming;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.SourceVersion;

/**
 * Converts one spec name into a candidate Java name of a given style. Pure and stateless: the same
 * input gives the same output on every machine (no default locale, no hash order). Whether the
 * candidate is free is {@link NameScope}'s business.
 */
public final class JavaNames {

    /** The styles of Java name the generator needs. */
    public enum Style {
        /** {@code TaskResult}: classes, records, enums, interfaces. */
        TYPE,
        /** {@code taskId}: record components, parameters, methods. */
        MEMBER,
        /** {@code TASK_ID}: enum constants. */
        CONSTANT
    }

    /** A converted name, with the reason the conversion was more than a change of case, if it was. */
    public record Candidate(String name, @org.jspecify.annotations.Nullable String adjustment) {}

    private JavaNames() {}

    /** Converts a spec name into a candidate Java name in the given style. */
    public static Candidate convert(String specName, Style style) {
        String adjustment = null;
        List<String> words = words(specName);
        if (hasCharacterOutsideAscii(specName)) {
            adjustment = "has characters outside ASCII letters and digits";
        }
        if (words.isEmpty()) {
            words = List.of(specName.isEmpty() ? "empty" : "value");
            adjustment = "has no letters or digits";
        }
        String name = join(words, style);
        if (Character.isDigit(name.charAt(0))) {
            name = "_" + name;
            adjustment = adjustment == null ? "starts with a digit" : adjustment;
        }
        if (SourceVersion.isKeyword(name) || name.equals("_")) {
            name = name + "_";
            adjustment = "is a Java keyword";
        }
        return new Candidate(name, adjustment);
    }

    /**
     * Splits a name into words at separators, case changes and letter/digit boundaries:
     * {@code task_id}, {@code task-id}, {@code taskId} and {@code TaskID} all give {@code [task, id]}.
     * Characters that cannot appear in a Java identifier are dropped, except that accents are folded
     * ({@code é} → {@code e}) and other non-ASCII letters are spelled as their code point
     * ({@code 节} → {@code U8282}), which is ugly but stable; {@code x-enum-varnames} is the cure.
     * Leading {@code +} and {@code -} are spelled out, so that {@code +1} and {@code -1} stay apart.
     */
    static List<String> words(String specName) {
        String folded = foldAccents(specName);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int i = 0;
        if (folded.startsWith("+")) {
            words.add("plus");
            i = 1;
        } else if (folded.startsWith("-") && folded.length() > 1) {
            words.add("minus");
            i = 1;
        }
        int previousClass = 0; // 0 none, 1 lower, 2 upper, 3 digit
        for (; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128 && Character.isLetterOrDigit(cp)) {
                int cls = Character.isDigit(cp) ? 3 : Character.isUpperCase(cp) ? 2 : 1;
                boolean boundary = word.length() > 0
                        && ((cls == 2 && previousClass == 1)
                                || (cls == 3 && previousClass != 3)
                                || (cls != 3 && previousClass == 3)
                                || (cls == 1 && previousClass == 2 && word.length() > 1 && upperRun(word)));
                if (boundary) {
                    if (cls == 1 && previousClass == 2) {
                        // "HTTPServer": the last upper-case letter starts the next word.
                        char last = word.charAt(word.length() - 1);
                        word.setLength(word.length() - 1);
                        words.add(word.toString());
                        word.setLength(0);
                        word.append(last);
                    } else {
                        words.add(word.toString());
                        word.setLength(0);
                    }
                }
                word.appendCodePoint(cp);
                previousClass = cls;
            } else if (cp >= 128 && Character.isLetterOrDigit(cp)) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                words.add("U" + Integer.toHexString(cp).toUpperCase(Locale.ROOT));
                previousClass = 0;
            } else {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                previousClass = 0;
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    private static boolean upperRun(CharSequence word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isUpperCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasCharacterOutsideAscii(String specName) {
        if (isAscii(specName)) {
            return false; // the common case, without folding or streaming
        }
        String folded = foldAccents(specName);
        return folded.codePoints().anyMatch(cp -> cp >= 128 && Character.isLetterOrDigit(cp));
    }

    private static String foldAccents(String text) {
        return isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static String join(List<String> words, Style style) {
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            switch (style) {
                case CONSTANT -> {
                    if (w > 0) {
                        out.append('_');
                    }
                    out.append(word.toUpperCase(Locale.ROOT));
                }
                case TYPE -> out.append(capitalize(word));
                case MEMBER -> out.append(w == 0 ? word.toLowerCase(Locale.ROOT) : capitalize(word));
            }
        }
        return out.toString();
    }

    private static String capitalize(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(Locale.ROOT);
    }
}
