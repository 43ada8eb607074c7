/**
 * JSON setup for clients: the standard Jackson 3 mapper ({@link dev.specgen.runtime.json.JsonMappers}, unknown
 * properties ignored) and {@link dev.specgen.runtime.json.JsonType}, the type token generated clients read
 * responses with; and {@link dev.specgen.runtime.json.ScalarUnionValues}, which generated unions of scalars read
 * their values with (free of Jackson's own types, for models that work with Jackson 2 and 3).
 */
@NullMarked
package dev.specgen.runtime.json;

import org.jspecify.annotations.NullMarked;
