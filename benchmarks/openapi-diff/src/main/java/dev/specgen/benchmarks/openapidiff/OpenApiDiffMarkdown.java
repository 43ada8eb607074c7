package dev.specgen.benchmarks.openapidiff;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.compare.OpenApiDiffOptions;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Runs openapi-diff the way its command line does for {@code openapi-diff OLD NEW --off --markdown FILE}
 * (org.openapitools.openapidiff.cli.Main): compare the two locations with default options and no
 * authorization, then render Markdown into the file. The reference the diff benchmark measures Specgen
 * against; see scripts/bench-diff.sh.
 */
public final class OpenApiDiffMarkdown {

    private OpenApiDiffMarkdown() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java -jar openapi-diff.jar OLD NEW MARKDOWN_FILE");
            System.exit(2);
        }
        ChangedOpenApi result = OpenApiCompare.fromLocations(args[0], args[1], null,
                OpenApiDiffOptions.builder().build());
        try (OutputStreamWriter out = new OutputStreamWriter(new FileOutputStream(args[2]))) {
            new MarkdownRender().render(result, out);
        }
    }
}
