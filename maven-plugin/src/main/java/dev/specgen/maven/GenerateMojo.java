package dev.specgen.maven;

import dev.specgen.core.GenerateRequest;
import dev.specgen.core.GenerateResult;
import dev.specgen.core.Specgen;
import dev.specgen.core.diagnostics.Diagnostic;
import dev.specgen.core.diagnostics.SpecException;
import java.io.File;
import java.io.UncheckedIOException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates Java sources from an OpenAPI spec and adds them to the compile source roots. A thin
 * wrapper: every decision is made in {@link Specgen#generate}, which the command line calls too.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {

    /** The OpenAPI spec file (YAML or JSON). */
    @Parameter(property = "specgen.spec", required = true)
    private File spec;

    /** The Java package of the generated code. */
    @Parameter(property = "specgen.packageName", required = true)
    private String packageName;

    /** The source root to generate into; added to the project's compile source roots. */
    @Parameter(property = "specgen.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/specgen")
    private File outputDirectory;

    /** Skips generation. */
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
        try {
            GenerateResult result = Specgen.generate(
                    new GenerateRequest(spec.toPath(), outputDirectory.toPath(), packageName));
            for (Diagnostic warning : result.warnings()) {
                getLog().warn(warning.format());
            }
            getLog().info("Specgen: " + result.summary());
        } catch (SpecException e) {
            e.diagnostics().forEach(d -> getLog().error(d.format()));
            throw new MojoFailureException("Specgen: " + spec + " cannot be used; nothing was generated");
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Specgen: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("Specgen: " + e.getMessage(), e);
        }
        project.addCompileSourceRoot(outputDirectory.getPath());
    }
}
