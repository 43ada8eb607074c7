package dev.specgen.runtime.http;

import dev.specgen.runtime.signing.PercentEncoding;
import dev.specgen.runtime.signing.SignableRequest.QueryParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an object (a generated request model, a map) as {@code application/x-www-form-urlencoded} fields, and
 * fields as body text. Names are the JSON property names; absent and {@code null} members are left out.
 */
final class FormEncoding {

    private FormEncoding() {}

    static List<QueryParameter> fields(Object value, FormStyle style, JsonMapper mapper) {
        JsonNode tree = mapper.valueToTree(value);
        List<QueryParameter> fields = new ArrayList<>();
        if (!tree.isObject()) {
            throw new IllegalArgumentException("a form body must be an object with named fields, not " + tree.getNodeType());
        }
        for (Map.Entry<String, JsonNode> member : tree.properties()) {
            add(member.getKey(), member.getValue(), style, fields, mapper);
        }
        return fields;
    }

    private static void add(String name, JsonNode value, FormStyle style, List<QueryParameter> into, JsonMapper mapper) {
        if (value.isNull() || value.isMissingNode()) {
            return;
        }
        if (value.isArray()) {
            int index = 1;
            for (JsonNode element : value.values()) {
                if (style == FormStyle.ALIBABA_FLAT) {
                    add(name + "." + index++, element, style, into, mapper);
                } else {
                    add(name, element, style, into, mapper);
                }
            }
        } else if (value.isObject()) {
            if (style == FormStyle.ALIBABA_FLAT) {
                for (Map.Entry<String, JsonNode> member : value.properties()) {
                    add(name + "." + member.getKey(), member.getValue(), style, into, mapper);
                }
            } else {
                into.add(new QueryParameter(name, mapper.writeValueAsString(value)));
            }
        } else {
            into.add(new QueryParameter(name, value.asString()));
        }
    }

    /** {@code name=value&...}, each percent-encoded as RFC 3986 says (space as {@code %20}). */
    static String encode(List<QueryParameter> fields) {
        StringBuilder out = new StringBuilder();
        for (QueryParameter field : fields) {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(PercentEncoding.encode(field.name())).append('=').append(PercentEncoding.encode(field.value()));
        }
        return out.toString();
    }
}
