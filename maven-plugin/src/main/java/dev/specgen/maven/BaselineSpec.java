package dev.specgen.maven;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * A baseline spec inside a released artifact: resolved with Maven's resolver (so the project's
 * repositories, mirrors and credentials apply), then extracted next to the reports. The spec's whole
 * directory in the jar is extracted, so that {@code $ref}s to sibling files resolve as they did when the
 * artifact was built.
 */
final class BaselineSpec {

    private BaselineSpec() {}

    /**
     * @param coordinates {@code groupId:artifactId:version[:classifier]} of a jar
     * @param pathInJar where the spec is inside the jar, e.g. {@code specs/tasks.yaml}
     * @param extractTo the directory to extract into (emptied of earlier extractions)
     * @return the extracted spec
     */
    static Path resolve(String coordinates, String pathInJar, Path extractTo, RepositorySystem system,
            RepositorySystemSession session, List<RemoteRepository> repositories)
            throws MojoExecutionException, MojoFailureException {
        File jar;
        try {
            jar = system.resolveArtifact(session, new ArtifactRequest(artifact(coordinates), repositories, null))
                    .getArtifact().getFile();
        } catch (ArtifactResolutionException e) {
            throw new MojoFailureException("Specgen: cannot resolve the baseline artifact " + coordinates + ": "
                    + e.getMessage());
        }
        try {
            return extract(jar.toPath(), pathInJar, extractTo);
        } catch (IOException e) {
            throw new MojoExecutionException("Specgen: cannot extract " + pathInJar + " from " + jar + ": "
                    + e.getMessage(), e);
        }
    }

    private static DefaultArtifact artifact(String coordinates) throws MojoFailureException {
        String[] parts = coordinates.strip().split(":");
        if (parts.length < 3 || parts.length > 4 || List.of(parts).stream().anyMatch(String::isBlank)) {
            throw new MojoFailureException("Specgen: baselineArtifact '" + coordinates
                    + "' is not groupId:artifactId:version[:classifier]");
        }
        return new DefaultArtifact(parts[0], parts[1], parts.length == 4 ? parts[3] : "", "jar", parts[2]);
    }

    static Path extract(Path jar, String pathInJar, Path extractTo) throws IOException, MojoFailureException {
        String entryName = pathInJar.replace('\\', '/').replaceFirst("^/+", "");
        String directory = entryName.contains("/") ? entryName.substring(0, entryName.lastIndexOf('/') + 1) : "";
        Path root = extractTo.toAbsolutePath().normalize();
        deleteRecursively(root);
        Files.createDirectories(root);
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            if (zip.getEntry(entryName) == null) {
                throw new MojoFailureException("Specgen: " + jar.getFileName() + " has no entry " + entryName
                        + "; set baselinePath to the spec's path inside the jar");
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory() || !entry.getName().startsWith(directory)) {
                    continue;
                }
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root)) {
                    continue; // an entry named "../x" must not write outside the directory
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return root.resolve(entryName);
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
