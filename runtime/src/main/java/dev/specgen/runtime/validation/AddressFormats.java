package dev.specgen.runtime.validation;

/** The {@code ipv4} and {@code ipv6} formats, checked by scanning the text. */
final class AddressFormats {

    private AddressFormats() {}

    /** A dotted quad between {@code start} and {@code end}: four numbers 0–255, no leading zeros. */
    static boolean isIpv4(String value, int start, int end) {
        int parts = 0;
        int i = start;
        while (parts < 4) {
            int partStart = i;
            int number = 0;
            while (i < end && i - partStart < 3 && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
                number = number * 10 + (value.charAt(i) - '0');
                i++;
            }
            int digits = i - partStart;
            if (digits == 0 || number > 255 || (digits > 1 && value.charAt(partStart) == '0')) {
                return false;
            }
            parts++;
            if (parts < 4) {
                if (i >= end || value.charAt(i) != '.') {
                    return false;
                }
                i++;
            }
        }
        return i == end;
    }

    /** RFC 4291 section 2.2 text form, without a zone index. */
    static boolean isIpv6(String value) {
        int n = value.length();
        if (n < 2) {
            return false;
        }
        int groups = 0;
        boolean compressed = false;
        int i = 0;
        if (value.startsWith("::")) {
            compressed = true;
            i = 2;
            if (i == n) {
                return true;
            }
        } else if (value.charAt(0) == ':') {
            return false;
        }
        while (i < n) {
            int groupStart = i;
            while (i < n && i - groupStart < 4 && TextFormats.isHex(value.charAt(i))) {
                i++;
            }
            if (i < n && value.charAt(i) == '.') {
                // A trailing IPv4 address stands for the last two groups.
                return groups <= (compressed ? 5 : 6) && isIpv4(value, groupStart, n) && (compressed || groups == 6);
            }
            if (i == groupStart) {
                return false;
            }
            groups++;
            if (i == n) {
                break;
            }
            if (value.charAt(i) != ':') {
                return false;
            }
            i++;
            if (i < n && value.charAt(i) == ':') {
                if (compressed) {
                    return false;
                }
                compressed = true;
                i++;
                if (i == n) {
                    break;
                }
            } else if (i == n) {
                return false; // a single trailing ':'
            }
        }
        return compressed ? groups <= 7 : groups == 8;
    }
}
