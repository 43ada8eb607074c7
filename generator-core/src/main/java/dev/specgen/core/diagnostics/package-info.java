/** Problems found in a spec, collected with their location and reported together. */
@NullMarked
package dev.specgen.core.diagnostics;

import org.jspecify.annotations.NullMarked;
