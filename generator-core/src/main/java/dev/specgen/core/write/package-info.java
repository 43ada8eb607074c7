/**
 * The write stage: puts the generated files on disk so that an output directory holds exactly
 * what the generator produced, without touching files that did not change and without ever
 * deleting or overwriting a file that Specgen did not write.
 *
 * <p>Entry point: {@link dev.specgen.core.write.OutputWriter}.
 */
@NullMarked
package dev.specgen.core.write;

import org.jspecify.annotations.NullMarked;
