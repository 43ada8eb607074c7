package dev.specgen.realworld;

import dev.specgen.core.model.TypeRef;
import tools.jackson.databind.JsonNode;

/**
 * A recorded-looking body of a success response, and the type the generated client decodes it into.
 *
 * @param location where it comes from: the example's JSON pointer in the spec, or the response schema's
 * @param type the response's type in the API model
 * @param json the body
 */
record ResponseSample(String location, TypeRef type, JsonNode json) {}
