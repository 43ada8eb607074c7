package dev.specgen.core.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specgen.core.Specgen;
import dev.specgen.core.diff.Change;
import dev.specgen.core.diff.DiffConfig;
import dev.specgen.core.diff.DiffEngine;
import dev.specgen.core.diff.DiffReport;
import dev.specgen.core.diff.Level;
import dev.specgen.core.diff.OperationRef;
import dev.specgen.core.diff.RuleId;
import dev.specgen.core.testing.Json;
import dev.specgen.core.testing.TestSpecs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class DiffReportRendererTest {

    /** Text a spec could put into a report: every character some format gives a meaning to. */
    private static final String HOSTILE = "a \"quoted\" <script>alert('x')</script> | pipe *star* _under_ `tick`"
            + " [link](http://evil) & amp \\ back\nnew line \u001b[31mred\u001b[0m \u2028 é";

    private static DiffReport containerService;

    @BeforeAll
    static void diffContainerService() {
        Path specs = TestSpecs.repoRoot().resolve("specs");
        List<Change> changes = new DiffEngine(DiffConfig.defaults()).diff(
                Specgen.read(specs.resolve("cs-describe-task-info-earlier.yaml")).model(),
                Specgen.read(specs.resolve("cs-describe-task-info.yaml")).model());
        containerService = new DiffReport("cs-describe-task-info-earlier.yaml", "cs-describe-task-info.yaml", changes);
    }

    private static DiffReport hostile() {
        return new DiffReport("old <b>.yaml", "new\".yaml", List.of(
                new Change(RuleId.REQUEST_PARAMETER_REMOVED, Level.WARN,
                        new OperationRef("GET", "/tasks/{id}", "get\"Task", "getTask"), HOSTILE, HOSTILE, HOSTILE),
                new Change(RuleId.API_SCHEMA_ADDED, Level.INFO, null, "/components/schemas/X", "added", "none")));
    }

    @Test
    void jsonHasTheDocumentedShape() {
        JsonNode json = Json.MAPPER.readTree(new DiffReportRenderer().render(containerService, ReportFormat.JSON));

        assertThat(json.propertyNames()).containsExactly("changes", "summary");
        assertThat(json.get("changes")).hasSize(13);
        JsonNode first = json.get("changes").get(0);
        assertThat(first.propertyNames()).containsExactly("id", "level", "operation", "operationId", "location",
                "message", "javaImpact");
        assertThat(first.get("operation").isNull()).isTrue();
        JsonNode failRemoved = json.get("changes").get(9);
        assertThat(failRemoved.get("id").asString()).isEqualTo("response-property-enum-value-removed");
        assertThat(failRemoved.get("operation").asString()).isEqualTo("GET /tasks/{task_id}");
        assertThat(failRemoved.get("operationId").asString()).isEqualTo("DescribeTaskInfo");
        assertThat(failRemoved.get("javaImpact").asString())
                .isEqualTo("enum constant DescribeTaskInfoResponseState.FAIL removed");
        JsonNode summary = json.get("summary");
        assertThat(summary.get("total").asInt()).isEqualTo(13);
        assertThat(summary.get("ERR").asInt()).isZero();
        assertThat(summary.get("WARN").asInt()).isEqualTo(1);
        assertThat(summary.get("INFO").asInt()).isEqualTo(12);
        assertThat(summary.get("old").asString()).isEqualTo("cs-describe-task-info-earlier.yaml");
    }

    @Test
    void jsonEscapesEverythingAndStaysValid() {
        String rendered = new DiffReportRenderer().render(hostile(), ReportFormat.JSON);
        JsonNode json = Json.MAPPER.readTree(rendered);

        assertThat(json.get("changes").get(0).get("message").asString()).isEqualTo(HOSTILE);
        assertThat(json.get("changes").get(0).get("operationId").asString()).isEqualTo("get\"Task");
        assertThat(json.get("summary").get("new").asString()).isEqualTo("new\".yaml");
        assertThat(rendered).doesNotContain("<script>", "&amp;", "&quot;", "\u2028");
    }

    @Test
    void emptyReportsAreValidToo() {
        DiffReport empty = new DiffReport("a.yaml", "b.yaml", List.of());
        DiffReportRenderer renderer = new DiffReportRenderer();

        assertThat(Json.MAPPER.readTree(renderer.render(empty, ReportFormat.JSON)).get("changes")).isEmpty();
        assertThat(renderer.render(empty, ReportFormat.TEXT)).contains("No changes.");
        assertThat(renderer.render(empty, ReportFormat.MARKDOWN)).contains("No changes.");
        assertThat(renderer.render(empty, ReportFormat.HTML)).contains("No changes.");
    }

    @Test
    void htmlIsASelfContainedPageWithEverythingEscaped() {
        String html = new DiffReportRenderer().render(hostile(), ReportFormat.HTML);

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "old &lt;b&gt;.yaml", "new&quot;.yaml")
                .doesNotContain("<script", "<link", "src=", "href=", "@import", "url(");
    }

    @Test
    void markdownKeepsEachChangeOnOneTableRow() {
        String markdown = new DiffReportRenderer().render(hostile(), ReportFormat.MARKDOWN);

        List<String> rows = markdown.lines().filter(l -> l.startsWith("| request-parameter-removed")).toList();
        assertThat(rows).hasSize(1);
        String row = rows.get(0);
        // Five cells, so exactly six unescaped pipes.
        assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count()).isEqualTo(6);
        assertThat(row).contains("&lt;script&gt;", "\\*star\\*", "\\_under\\_", "\\`tick\\`", "\\[link\\]", "&amp; amp")
                .doesNotContain("\u001b");
    }

    @Test
    void textDropsTerminalEscapes() {
        String text = new DiffReportRenderer().render(hostile(), ReportFormat.TEXT);

        assertThat(text).doesNotContain("\u001b").contains("<script>alert('x')</script>")
                .contains("Specgen diff: old <b>.yaml -> new\".yaml")
                .contains("1 WARN (may break)");
    }

    @Test
    void textGroupsByLevelMostSevereFirst() {
        String text = new DiffReportRenderer().render(containerService, ReportFormat.TEXT);

        assertThat(text).startsWith("Specgen diff: cs-describe-task-info-earlier.yaml -> cs-describe-task-info.yaml\n"
                + "13 changes: 0 ERR (breaking), 1 WARN (may break), 12 INFO (safe)\n\nWARN: May break existing clients (1)\n"
                + "  [response-property-enum-value-added] GET /tasks/{task_id} response 200 application/json"
                + " $.task_result[*].status\n      The enum value 'initial' was added.\n"
                + "      Java: enum constant TaskResultStatus.INITIAL added\n\nINFO: Safe for existing clients (12)\n");
    }

    @Test
    void aTemplateDirectoryOverridesOnlyTheTemplatesItHolds(@TempDir Path templates) throws IOException {
        Files.writeString(templates.resolve("diff-report.txt.mustache"),
                "{{summary.total}} changes{{#changes}}; {{id}}{{/changes}}\n");
        DiffReportRenderer renderer = new DiffReportRenderer(templates);

        assertThat(renderer.render(hostile(), ReportFormat.TEXT))
                .isEqualTo("2 changes; request-parameter-removed; api-schema-added\n");
        assertThat(renderer.render(hostile(), ReportFormat.HTML)).startsWith("<!DOCTYPE html>");
    }

    @Test
    void badTemplatesAndDirectoriesAreReportedClearly(@TempDir Path templates) throws IOException {
        assertThatThrownBy(() -> new DiffReportRenderer(templates.resolve("missing")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not exist");
        Files.writeString(templates.resolve("diff-report.md.mustache"), "{{#changes}} never closed\n");
        assertThatThrownBy(() -> new DiffReportRenderer(templates).render(hostile(), ReportFormat.MARKDOWN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("diff-report.md.mustache");
    }

    @Test
    void formatsAreNamedByNameOrExtension() {
        assertThat(ReportFormat.named("markdown")).contains(ReportFormat.MARKDOWN);
        assertThat(ReportFormat.named("md")).contains(ReportFormat.MARKDOWN);
        assertThat(ReportFormat.named("JSON")).contains(ReportFormat.JSON);
        assertThat(ReportFormat.named("pdf")).isEmpty();
    }
}
