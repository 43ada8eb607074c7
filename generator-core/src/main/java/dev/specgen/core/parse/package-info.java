/**
 * The parse stage: reads spec files with Swagger Parser and translates them into the API model.
 * This is the only package that touches Swagger Parser types; everything downstream reads
 * {@link dev.specgen.core.model.ApiModel}.
 */
@NullMarked
package dev.specgen.core.parse;

import org.jspecify.annotations.NullMarked;
