package dev.specgen.runtime.validation;

/** The {@code uuid}, {@code uri}, {@code email} and {@code byte} formats, checked by scanning the text. */
final class TextFormats {

    private TextFormats() {}

    static boolean isUuid(String value) {
        if (value.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = value.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : !isHex(c)) {
                return false;
            }
        }
        return true;
    }

    /** {@code local@domain.tld}: one '@' with text before it, no whitespace, a dot with text on both sides after it. */
    static boolean isEmail(String value) {
        int at = -1;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return false;
            }
            if (c == '@') {
                if (at >= 0) {
                    return false;
                }
                at = i;
            }
        }
        if (at <= 0) {
            return false;
        }
        for (int i = at + 2; i < value.length() - 1; i++) {
            if (value.charAt(i) == '.') {
                return true;
            }
        }
        return false;
    }

    /** RFC 3986 {@code absolute-URI} with an optional fragment; see {@link Format#URI} for how far it is checked. */
    static boolean isUri(String value) {
        int n = value.length();
        int colon = value.indexOf(':');
        if (colon <= 0 || !isAlpha(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < colon; i++) {
            char c = value.charAt(i);
            if (!isAlpha(c) && !isDigit(c) && c != '+' && c != '-' && c != '.') {
                return false;
            }
        }
        // The authority is what follows "//" up to the next '/', '?' or '#'; only it may hold an IP literal.
        int authorityEnd = colon + 1;
        if (value.startsWith("//", colon + 1)) {
            authorityEnd = colon + 3;
            while (authorityEnd < n && "/?#".indexOf(value.charAt(authorityEnd)) < 0) {
                authorityEnd++;
            }
        }
        boolean inFragment = false;
        for (int i = colon + 1; i < n; i++) {
            char c = value.charAt(i);
            if (c == '%') {
                if (i + 2 >= n || !isHex(value.charAt(i + 1)) || !isHex(value.charAt(i + 2))) {
                    return false;
                }
                i += 2;
            } else if (c == '#') {
                if (inFragment) {
                    return false;
                }
                inFragment = true;
            } else if (c == '[' || c == ']') {
                if (i >= authorityEnd) {
                    return false;
                }
            } else if (!isUriCharacter(c)) {
                return false;
            }
        }
        return true;
    }

    /** RFC 4648 section 4: the standard alphabet, '=' padding to a multiple of four characters. */
    static boolean isBase64(String value) {
        int n = value.length();
        if (n % 4 != 0) {
            return false;
        }
        int padding = n > 0 && value.charAt(n - 1) == '=' ? (value.charAt(n - 2) == '=' ? 2 : 1) : 0;
        for (int i = 0; i < n - padding; i++) {
            char c = value.charAt(i);
            if (!isAlpha(c) && !isDigit(c) && c != '+' && c != '/') {
                return false;
            }
        }
        return true;
    }

    /** unreserved, sub-delims, ':', '@', '/' and '?' (RFC 3986 section 2). */
    private static boolean isUriCharacter(char c) {
        return isAlpha(c) || isDigit(c) || "-._~!$&'()*+,;=:@/?".indexOf(c) >= 0;
    }

    static boolean isHex(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isAlpha(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
