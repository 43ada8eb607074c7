package dev.specgen.core.emit;

import com.palantir.javapoet.JavaFile;
import dev.specgen.core.emit.printer.JavaFilePrinter;
import dev.specgen.core.write.GeneratedFile;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * Turns JavaPoet files into {@link GeneratedFile}s with a path that follows the package, printed by
 * {@link JavaFilePrinter} (JavaPoet's own text, faster).
 */
public final class SourceFiles {

    private static final List<BiConsumer<JavaFile, JavaFilePrinter.Printed>> WATCHERS = new CopyOnWriteArrayList<>();

    private SourceFiles() {}

    public static GeneratedFile of(JavaFile file) {
        String path = file.packageName().replace('.', '/') + "/" + file.typeSpec().name() + ".java";
        JavaFilePrinter.Printed printed = JavaFilePrinter.print(file);
        for (BiConsumer<JavaFile, JavaFilePrinter.Printed> watcher : WATCHERS) {
            watcher.accept(file, printed);
        }
        return new GeneratedFile(path, printed.source());
    }

    /**
     * For tests that check the printer against JavaPoet: shows {@code watcher} every JavaPoet file emitted, with
     * what was printed for it, until the returned handle is closed. The watcher is called on the emitting threads,
     * several at once, and sees the files of every emission running meanwhile.
     */
    public static Watch watch(BiConsumer<JavaFile, JavaFilePrinter.Printed> watcher) {
        WATCHERS.add(watcher);
        return () -> WATCHERS.remove(watcher);
    }

    /** A watcher's registration; closing it ends the watch. */
    @FunctionalInterface
    public interface Watch extends AutoCloseable {
        @Override
        void close();
    }
}
