package dev.specgen.maven;

import dev.specgen.core.GenerateRequest;
import dev.specgen.core.GeneratorOptions;
import dev.specgen.core.diagnostics.Diagnostic;
import dev.specgen.core.diagnostics.SpecException;
import dev.specgen.core.incremental.IncrementalGenerator;
import java.io.File;
import java.io.UncheckedIOException;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Generates Java sources from an OpenAPI spec and adds them to the compile source roots.
 *
 * <p>Incremental: when neither the spec, nor a file it references, nor the configuration, nor the
 * generator changed since the last run, nothing is generated. Otherwise only files whose content
 * changed are rewritten, files generated before and no longer produced are deleted, and files Specgen
 * did not write are never touched. A spec that cannot be used fails the build and leaves the previous
 * output as it was. Every decision is made in {@link IncrementalGenerator}, which the command line uses
 * too; this class only maps parameters and prints.
 */
@Mojo(
        name = "generate",
        defaultPhase = LifecyclePhase.GENERATE_SOURCES,
        requiresDependencyCollection = ResolutionScope.COMPILE,
        threadSafe = true)
public final class GenerateMojo extends AbstractMojo {

    private static final String RUNTIME_GROUP = "dev.specgen";
    private static final String RUNTIME_ARTIFACT = "specgen-runtime";

    /** The OpenAPI spec (YAML or JSON; OpenAPI 3.0 or 3.1, or Swagger 2.0). */
    @Parameter(property = "specgen.spec", required = true)
    private File spec;

    /** The Java package of the generated code, e.g. {@code com.example.tasks}. */
    @Parameter(property = "specgen.packageName", required = true)
    private String packageName;

    /**
     * The source root to generate into; added to the project's compile source roots. Several
     * executions may share it as long as their packages differ: each package keeps its own list of
     * generated files.
     */
    @Parameter(property = "specgen.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/specgen")
    private File outputDirectory;

    /** Whether to generate a client for the spec's operations. */
    @Parameter(property = "specgen.clients", defaultValue = "true")
    private boolean clients;

    /** Whether to generate a validator per model type. */
    @Parameter(property = "specgen.validators", defaultValue = "true")
    private boolean validators;

    /**
     * The client's class name instead of the one derived from the spec ({@code x-acs-product}, else
     * {@code info.title}, followed by {@code Client}).
     */
    @Parameter(property = "specgen.clientName")
    private String clientName;

    /** A Mustache template for the client's Markdown usage page instead of the built-in one. */
    @Parameter(property = "specgen.clientUsageTemplate")
    private File clientUsageTemplate;

    /** Skips the goal (for example {@code -Dspecgen.skip}). */
    @Parameter(property = "specgen.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Specgen: skipped");
            return;
        }
        requireRuntimeDependency();
        GenerateRequest request;
        try {
            request = new GenerateRequest(spec.toPath(), outputDirectory.toPath(),
                    GeneratorOptions.of(packageName)
                            .withClients(clients)
                            .withValidators(validators)
                            .withClient(GeneratorOptions.ClientOptions.DEFAULTS
                                    .withClassName(clientName)
                                    .withUsageTemplate(clientUsageTemplate == null ? null : clientUsageTemplate.toPath())));
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Specgen: " + e.getMessage());
        }
        try {
            IncrementalGenerator.Outcome outcome = IncrementalGenerator.generate(request);
            if (outcome.generated() != null) {
                for (Diagnostic warning : outcome.generated().warnings()) {
                    getLog().warn(warning.format());
                }
            }
            getLog().info("Specgen " + packageName + ": " + outcome.summary());
        } catch (SpecException e) {
            for (Diagnostic diagnostic : e.diagnostics()) {
                if (diagnostic.severity() == Diagnostic.Severity.ERROR) {
                    getLog().error(diagnostic.format());
                } else {
                    getLog().warn(diagnostic.format());
                }
            }
            throw new MojoFailureException("Specgen: " + spec + " cannot be used (" + e.diagnostics().size()
                    + " problem(s) above); the previous output was left as it was");
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("Specgen: " + e.getMessage(), e);
        }
        project.addCompileSourceRoot(outputDirectory.getPath());
    }

    /** Generated code does not compile without the runtime: say so now, in one line, not in 100 compile errors. */
    private void requireRuntimeDependency() throws MojoFailureException {
        for (Artifact artifact : project.getArtifacts()) {
            if (artifact.getGroupId().equals(RUNTIME_GROUP) && artifact.getArtifactId().equals(RUNTIME_ARTIFACT)) {
                return;
            }
        }
        throw new MojoFailureException("Specgen: the generated code needs " + RUNTIME_GROUP + ":" + RUNTIME_ARTIFACT
                + " on the compile class path; add it to the project's <dependencies>");
    }
}
