/** The lint stage: checks a spec for problems that do not stop generation (examples, enums, names). */
@NullMarked
package dev.specgen.core.lint;

import org.jspecify.annotations.NullMarked;
