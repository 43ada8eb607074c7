/**
 * JSON setup for clients: the standard Jackson 3 mapper ({@link dev.specgen.runtime.json.JsonMappers}, unknown
 * properties ignored) and {@link dev.specgen.runtime.json.JsonType}, the type token generated clients read
 * responses with.
 */
@NullMarked
package dev.specgen.runtime.json;

import org.jspecify.annotations.NullMarked;
