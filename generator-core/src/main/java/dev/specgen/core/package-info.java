/**
 * Specgen's core: the pipeline from OpenAPI spec files to Java sources (parse → model → emit → write),
 * the linter, and the entry points the command line and the Maven plugin call.
 */
@NullMarked
package dev.specgen.core;

import org.jspecify.annotations.NullMarked;
