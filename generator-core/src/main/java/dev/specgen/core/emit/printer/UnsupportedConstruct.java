package dev.specgen.core.emit.printer;

/**
 * Thrown while printing when the file holds something this printer does not reproduce (or cannot be sure it
 * reproduces) exactly as JavaPoet would; {@link JavaFilePrinter} then lets JavaPoet print the file.
 */
final class UnsupportedConstruct extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UnsupportedConstruct(String what) {
        // No stack trace: this is an expected outcome, not an error, and the message says it all.
        super(what, null, false, false);
    }
}
