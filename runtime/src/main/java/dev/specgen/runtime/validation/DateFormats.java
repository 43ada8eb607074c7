package dev.specgen.runtime.validation;

/** RFC 3339 {@code date-time} and {@code full-date}, checked by scanning the text (no parsing, no allocation). */
final class DateFormats {

    private DateFormats() {}

    static boolean isDate(String value) {
        return value.length() == 10 && isDateAt(value, 0);
    }

    /** {@code full-date "T" partial-time time-offset}, with {@code time-secfrac} optional. */
    static boolean isDateTime(String value) {
        int n = value.length();
        if (n < 20 || !isDateAt(value, 0) || (value.charAt(10) != 'T' && value.charAt(10) != 't')) {
            return false;
        }
        int hour = twoDigits(value, 11);
        int minute = twoDigits(value, 14);
        int second = twoDigits(value, 17);
        if (value.charAt(13) != ':' || value.charAt(16) != ':' || hour > 23 || minute > 59 || second > 60) {
            return false; // twoDigits gives 99 for non-digits, which every range check rejects
        }
        int i = 19;
        if (value.charAt(i) == '.') {
            int start = ++i;
            while (i < n && isDigit(value.charAt(i))) {
                i++;
            }
            if (i == start) {
                return false;
            }
        }
        if (i >= n) {
            return false;
        }
        int offsetMinutes;
        char zone = value.charAt(i);
        if (zone == 'Z' || zone == 'z') {
            if (i + 1 != n) {
                return false;
            }
            offsetMinutes = 0;
        } else if (zone == '+' || zone == '-') {
            if (i + 6 != n || value.charAt(i + 3) != ':') {
                return false;
            }
            int offsetHour = twoDigits(value, i + 1);
            int offsetMinute = twoDigits(value, i + 4);
            if (offsetHour > 23 || offsetMinute > 59) {
                return false;
            }
            offsetMinutes = (zone == '+' ? 1 : -1) * (offsetHour * 60 + offsetMinute);
        } else {
            return false;
        }
        // A leap second is 23:59:60 in UTC, whatever the offset it is written in.
        return second < 60 || Math.floorMod(hour * 60 + minute - offsetMinutes, 24 * 60) == 23 * 60 + 59;
    }

    /** {@code YYYY-MM-DD} at {@code start}, with the day valid for the month and year. */
    private static boolean isDateAt(String value, int start) {
        if (value.length() < start + 10 || value.charAt(start + 4) != '-' || value.charAt(start + 7) != '-') {
            return false;
        }
        int year = 0;
        for (int i = start; i < start + 4; i++) {
            char c = value.charAt(i);
            if (!isDigit(c)) {
                return false;
            }
            year = year * 10 + (c - '0');
        }
        int month = twoDigits(value, start + 5);
        int day = twoDigits(value, start + 8);
        return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(month, year);
    }

    private static int daysIn(int month, int year) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** The two-digit number at {@code index}, or 99 when either character is not a digit. */
    private static int twoDigits(String value, int index) {
        char tens = value.charAt(index);
        char units = value.charAt(index + 1);
        return isDigit(tens) && isDigit(units) ? (tens - '0') * 10 + (units - '0') : 99;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
