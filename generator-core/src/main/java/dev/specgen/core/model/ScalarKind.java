package dev.specgen.core.model;

/** The built-in value kinds, one per distinct Java representation. */
public enum ScalarKind {
    STRING,
    BOOLEAN,
    INT32,
    INT64,
    /** An integer that may not fit in a {@code long}. */
    BIG_INTEGER,
    FLOAT,
    DOUBLE,
    /** A number whose decimal digits matter ({@code format: decimal}). */
    DECIMAL,
    /** {@code format: date-time}, read leniently. */
    DATE_TIME,
    /** {@code format: date}, read leniently. */
    DATE,
    /** {@code format: byte}: base64 text carrying bytes. */
    BASE64,
    /** {@code format: binary}: raw bytes (request and response bodies). */
    BINARY
}
