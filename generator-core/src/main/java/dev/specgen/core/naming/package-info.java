/**
 * Java naming: turns spec names into legal, idiomatic Java names and allocates them per scope so that
 * collisions resolve the same way on every run, whatever order the spec lists things in.
 */
@NullMarked
package dev.specgen.core.naming;

import org.jspecify.annotations.NullMarked;
