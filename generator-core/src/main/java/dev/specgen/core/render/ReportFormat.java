package dev.specgen.core.render;

import java.util.Locale;
import java.util.Optional;

/** The formats a diff report is rendered in, each with its template and its escaping. */
public enum ReportFormat {
    /** Plain text for a console: control characters removed, nothing else changed. */
    TEXT("txt", Escaping::text),
    /** GitHub-flavoured Markdown, for pull request comments and job summaries. */
    MARKDOWN("md", Escaping::markdown),
    /** A self-contained HTML page (inline CSS, no external resources). */
    HTML("html", Escaping::html),
    /** JSON in the documented shape: {@code {"changes":[…],"summary":{…}}}. */
    JSON("json", Escaping::json);

    private final String extension;
    private final java.util.function.UnaryOperator<String> escaper;

    ReportFormat(String extension, java.util.function.UnaryOperator<String> escaper) {
        this.extension = extension;
        this.escaper = escaper;
    }

    /** The file extension of a report in this format, e.g. {@code md}. */
    public String extension() {
        return extension;
    }

    /** The template's name: {@code diff-report.md.mustache}. */
    public String templateName() {
        return "diff-report." + extension + ".mustache";
    }

    String escape(String value) {
        return escaper.apply(value);
    }

    /** The format named {@code text}, {@code markdown}, {@code html} or {@code json} (or by its extension). */
    public static Optional<ReportFormat> named(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (ReportFormat format : values()) {
            if (format.name().toLowerCase(Locale.ROOT).equals(wanted) || format.extension.equals(wanted)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
