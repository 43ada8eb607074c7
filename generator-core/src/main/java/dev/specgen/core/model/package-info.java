/**
 * The API model: the single, linked description of an API that every emitter, the validator
 * generator, the linter and the diff engine read. It holds no Swagger Parser types, and every Java
 * name in it was assigned once by the build stage, so downstream stages never invent names.
 */
@NullMarked
package dev.specgen.core.model;

import org.jspecify.annotations.NullMarked;
