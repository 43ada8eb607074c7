package dev.specgen.maven;

import dev.specgen.core.DiffResult;
import dev.specgen.core.Specgen;
import dev.specgen.core.diagnostics.SpecException;
import dev.specgen.core.diff.Change;
import dev.specgen.core.diff.DiffConfig;
import dev.specgen.core.diff.FailOn;
import dev.specgen.core.diff.Level;
import dev.specgen.core.render.DiffReportRenderer;
import dev.specgen.core.render.ReportFormat;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.RemoteRepository;

/**
 * Compares the project's spec with a baseline (a file, or a spec inside a released artifact), writes the
 * reports under {@code target/specgen-diff/}, and fails the build when a change is at the configured level.
 * A thin wrapper: the comparison and the reports are {@code Specgen.diff} and {@code DiffReportRenderer},
 * which the command line uses too.
 */
@Mojo(name = "diff", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class DiffMojo extends AbstractMojo {

    /** The spec as it is now (YAML or JSON). */
    @Parameter(property = "specgen.spec", required = true)
    private File spec;

    /** The baseline spec file. Either this or {@code baselineArtifact}. */
    @Parameter(property = "specgen.diff.baseline")
    private File baseline;

    /** A released artifact holding the baseline spec: {@code groupId:artifactId:version[:classifier]} (a jar). */
    @Parameter(property = "specgen.diff.baselineArtifact")
    private String baselineArtifact;

    /** The baseline spec's path inside {@code baselineArtifact}, e.g. {@code specs/tasks.yaml}. */
    @Parameter(property = "specgen.diff.baselinePath")
    private String baselinePath;

    /** Where the reports go: {@code diff-report.txt}, {@code .md}, {@code .html} and {@code .json}. */
    @Parameter(property = "specgen.diff.outputDirectory", defaultValue = "${project.build.directory}/specgen-diff")
    private File outputDirectory;

    /** The report formats to write: any of text, markdown, html, json. */
    @Parameter(property = "specgen.diff.formats", defaultValue = "text,markdown,html,json")
    private List<String> formats;

    /** The build fails when a change is at this level or above: ERR, WARN, INFO or NEVER. */
    @Parameter(property = "specgen.diff.failOn", defaultValue = "ERR")
    private String failOn;

    /** Levels that replace rules' defaults: {@code <response-property-enum-value-added>ERR</…>}. */
    @Parameter
    private Map<String, String> levels = Map.of();

    /** Rule ids whose changes are not reported. */
    @Parameter
    private List<String> ignore = List.of();

    /** A directory of {@code diff-report.<txt|md|html|json>.mustache} templates that replace the built-in ones. */
    @Parameter(property = "specgen.diff.templateDirectory")
    private File templateDirectory;

    /** Skips the comparison. */
    @Parameter(property = "specgen.diff.skip", defaultValue = "false")
    private boolean skip;

    private final RepositorySystem repositorySystem;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
    private RepositorySystemSession repositorySession;

    @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true, required = true)
    private List<RemoteRepository> remoteRepositories;

    @Inject
    public DiffMojo(RepositorySystem repositorySystem) {
        this.repositorySystem = repositorySystem;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Specgen diff: skipped");
            return;
        }
        FailOn threshold;
        DiffConfig config;
        DiffReportRenderer renderer;
        List<ReportFormat> reportFormats = new ArrayList<>();
        try {
            threshold = FailOn.named(failOn);
            config = DiffConfig.parse(levels, ignore);
            renderer = new DiffReportRenderer(templateDirectory == null ? null : templateDirectory.toPath());
            for (String name : formats) {
                reportFormats.add(ReportFormat.named(name).orElseThrow(() -> new IllegalArgumentException(
                        "unknown format '" + name + "'; use text, markdown, html or json")));
            }
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Specgen diff: " + e.getMessage());
        }
        Path baselineSpec = baselineSpec();
        DiffResult result;
        try {
            result = Specgen.diff(baselineSpec, spec.toPath(), config);
        } catch (SpecException e) {
            e.diagnostics().forEach(d -> getLog().error(d.format()));
            throw new MojoFailureException("Specgen diff: a spec cannot be used; nothing was compared");
        }
        try {
            for (ReportFormat format : reportFormats) {
                renderer.write(result.report(), format,
                        outputDirectory.toPath().resolve("diff-report." + format.extension()));
            }
        } catch (UncheckedIOException | IllegalArgumentException e) {
            throw new MojoExecutionException("Specgen diff: " + e.getMessage(), e);
        }
        report(result, threshold);
    }

    private Path baselineSpec() throws MojoExecutionException, MojoFailureException {
        if ((baseline == null) == (baselineArtifact == null)) {
            throw new MojoFailureException("Specgen diff: set exactly one of baseline (a file) and baselineArtifact"
                    + " (groupId:artifactId:version[:classifier] with baselinePath)");
        }
        if (baseline != null) {
            return baseline.toPath();
        }
        if (baselinePath == null || baselinePath.isBlank()) {
            throw new MojoFailureException("Specgen diff: baselineArtifact needs baselinePath, the spec's path"
                    + " inside the artifact");
        }
        return BaselineSpec.resolve(baselineArtifact, baselinePath, outputDirectory.toPath().resolve("baseline"),
                repositorySystem, repositorySession, remoteRepositories);
    }

    private void report(DiffResult result, FailOn threshold) throws MojoFailureException {
        for (Change change : result.report().changes()) {
            if (change.level() != Level.INFO) {
                getLog().warn(change.level() + " [" + change.id() + "] "
                        + (change.operation() == null ? "" : change.operation().display() + " ")
                        + change.location() + ": " + change.message());
            }
        }
        String summary = "Specgen diff: " + result.report().summary() + "; reports in " + outputDirectory;
        if (threshold.failsOn(result.report().changes())) {
            throw new MojoFailureException(summary + "; failing because a change is at " + threshold + " or above");
        }
        getLog().info(summary);
    }
}
