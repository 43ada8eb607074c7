package dev.specgen.core.render;

/**
 * How each format escapes the text a template inserts. Everything a report shows may come from a spec,
 * which may come from anyone, so nothing is inserted raw.
 */
final class Escaping {

    private Escaping() {}

    /** Console text: control characters (terminal escape sequences among them) become spaces. */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            out.append(Character.isISOControl(c) && c != '\n' ? ' ' : c);
        }
        return out.toString();
    }

    /**
     * Markdown table cells and list items: Markdown and inline-HTML syntax is escaped, line breaks become
     * spaces (a table row is one line).
     */
    static String markdown(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                // Emphasis, code, links (a link needs "](", so escaping the brackets is enough), strikethrough,
                // and the table cell separator.
                case '\\', '`', '*', '_', '[', ']', '|', '~' -> out.append('\\').append(c);
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> out.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return out.toString();
    }

    /** HTML text and attribute values. */
    static String html(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The inside of a JSON string. {@code <}, {@code >} and {@code &} are escaped too, so that the JSON can
     * be embedded in an HTML page; U+2028 and U+2029, so that it is valid JavaScript.
     */
    static String json(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
