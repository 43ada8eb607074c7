package dev.specgen.core.emit.printer;

/**
 * Java string literals for {@code $S}, escaped as JavaPoet escapes them: {@code \b \t \n \f \r \" \\}, other ISO
 * control characters as {@code \}{@code u} and four lower-case hex digits, a single quote as it is. A value
 * with line breaks in it is split after each {@code \n} (but the last) into literals joined by {@code +} on the
 * next line, indented by two indents more.
 */
final class StringLiterals {

    private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();

    private StringLiterals() {}

    /** Appends the literal of {@code value} to {@code literal}, quotes included. */
    static void appendLiteral(StringBuilder literal, String value, String indent) {
        literal.append('"');
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\b' -> literal.append("\\b");
                case '\t' -> literal.append("\\t");
                case '\n' -> {
                    literal.append("\\n");
                    if (i + 1 < length) {
                        literal.append("\"\n").append(indent).append(indent).append("+ \"");
                    }
                }
                case '\f' -> literal.append("\\f");
                case '\r' -> literal.append("\\r");
                case '"' -> literal.append("\\\"");
                case '\\' -> literal.append("\\\\");
                default -> {
                    if (Character.isISOControl(c)) {
                        literal.append("\\u").append(HEX_DIGITS[c >> 12 & 0xF]).append(HEX_DIGITS[c >> 8 & 0xF])
                                .append(HEX_DIGITS[c >> 4 & 0xF]).append(HEX_DIGITS[c & 0xF]);
                    } else {
                        literal.append(c);
                    }
                }
            }
        }
        literal.append('"');
    }
}
