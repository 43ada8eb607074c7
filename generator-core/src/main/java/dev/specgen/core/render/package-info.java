/**
 * The render stage: human-facing text from Mustache templates (on the classpath, overridable from a
 * directory). Java code prepares everything a template shows ({@link dev.specgen.core.render.ReportView});
 * templates only lay it out, and each format escapes what it inserts its own way.
 */
@NullMarked
package dev.specgen.core.render;

import org.jspecify.annotations.NullMarked;
