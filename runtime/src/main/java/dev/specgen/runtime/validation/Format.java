package dev.specgen.runtime.validation;

import org.jspecify.annotations.Nullable;

/**
 * The string formats that are checked, each by a scan of the text that allocates nothing. A format
 * not listed here (e.g. {@code password}, or a vendor's own) accepts every string, as JSON Schema
 * prescribes for unknown formats.
 */
public enum Format {
    /**
     * RFC 3339 {@code date-time}: {@code 2022-11-30T02:20:14.852Z}, with a zone offset, any fraction
     * length, {@code t}/{@code z} in either case, valid calendar dates, and a leap second only at
     * 23:59:60 UTC. Not {@code 2022-12-15 23:00:00} (a space, no offset) nor {@code 2022-11-30T2:00:00Z}
     * (a one-digit hour): generated models read those leniently, and validation reports them.
     */
    DATE_TIME("date-time"),
    /** RFC 3339 {@code full-date}: {@code 2022-12-15}, a valid calendar date. */
    DATE("date"),
    /** RFC 4122 text: 32 hexadecimal digits in groups of 8-4-4-4-12, any version, either case. */
    UUID("uuid"),
    /**
     * RFC 3986 absolute URI: a scheme, {@code :}, and then only characters a URI may hold, with
     * well-formed percent-escapes, at most one {@code #}, and brackets only in the authority. The parts
     * after the scheme are not parsed further.
     */
    URI("uri"),
    /** {@code local@domain.tld}: one {@code @}, no whitespace, and a dot inside the domain. */
    EMAIL("email"),
    /** Dotted-quad IPv4: four decimal numbers 0–255 without leading zeros. */
    IPV4("ipv4"),
    /** RFC 4291 IPv6 text: up to eight hex groups, at most one {@code ::}, an optional trailing IPv4; no zone. */
    IPV6("ipv6"),
    /** RFC 4648 base64 ({@code format: byte}): the standard alphabet, padded to a multiple of four. */
    BYTE("byte");

    private final String id;

    Format(String id) {
        this.id = id;
    }

    /** The format's name in a spec, e.g. {@code date-time}. */
    public String id() {
        return id;
    }

    /** The checked format a spec's {@code format} names, or {@code null} when it is not checked. */
    public static @Nullable Format named(String name) {
        for (Format format : values()) {
            if (format.id.equals(name)) {
                return format;
            }
        }
        return null;
    }

    /** Whether {@code value} is in this format. */
    public boolean test(String value) {
        return switch (this) {
            case DATE_TIME -> DateFormats.isDateTime(value);
            case DATE -> DateFormats.isDate(value);
            case UUID -> TextFormats.isUuid(value);
            case URI -> TextFormats.isUri(value);
            case EMAIL -> TextFormats.isEmail(value);
            case IPV4 -> AddressFormats.isIpv4(value, 0, value.length());
            case IPV6 -> AddressFormats.isIpv6(value);
            case BYTE -> TextFormats.isBase64(value);
        };
    }
}
