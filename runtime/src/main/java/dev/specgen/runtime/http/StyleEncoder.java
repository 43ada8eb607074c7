package dev.specgen.runtime.http;

import dev.specgen.runtime.http.ParameterValue.ListValue;
import dev.specgen.runtime.http.ParameterValue.ObjectValue;
import dev.specgen.runtime.http.ParameterValue.Scalar;
import dev.specgen.runtime.signing.PercentEncoding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes parameter values as {@link ParameterStyle} describes: path fragments, query pairs, header values and
 * cookie pairs, already percent-encoded where the location needs it. Values are encoded, delimiters are not.
 */
final class StyleEncoder {

    /** A query pair as it appears in the URI: name and value already percent-encoded. */
    record RawPair(String name, String value) {}

    private final JsonMapper mapper;

    StyleEncoder(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /** The text that replaces {@code {name}} in a path. */
    String path(String name, ParameterValue value, ParameterStyle style, boolean explode) {
        UnaryOperator<String> encode = PercentEncoding::encode;
        return switch (style) {
            case SIMPLE -> simple(value, explode, encode);
            case LABEL -> label(value, explode, encode);
            case MATRIX -> matrix(name, value, explode, encode);
            default -> throw new IllegalArgumentException("path parameter '" + name + "' has style " + style
                    + ", which OpenAPI allows only in queries; use SIMPLE, LABEL or MATRIX");
        };
    }

    /** A header's value (simple style); not percent-encoded, as header values are not URIs. */
    String header(ParameterValue value, boolean explode) {
        return simple(value, explode, UnaryOperator.identity());
    }

    /**
     * The pairs of a query parameter.
     *
     * @param allowReserved whether RFC 3986's reserved characters stay as they are in values (but not {@code &},
     *     {@code =}, {@code #} and {@code +}, which would change how the query is read)
     */
    List<RawPair> query(String name, ParameterValue value, ParameterStyle style, boolean explode,
            boolean allowReserved) {
        UnaryOperator<String> encode = allowReserved ? StyleEncoder::encodeAllowingReserved : PercentEncoding::encode;
        String encodedName = PercentEncoding.encode(name);
        List<RawPair> pairs = new ArrayList<>();
        switch (style) {
            case FORM -> form(encodedName, value, explode, encode, ",", pairs);
            case SPACE_DELIMITED -> form(encodedName, value, explode, encode, "%20", pairs);
            case PIPE_DELIMITED -> form(encodedName, value, explode, encode, "%7C", pairs);
            case DEEP_OBJECT -> {
                if (!(value instanceof ObjectValue object)) {
                    throw new IllegalArgumentException("query parameter '" + name
                            + "' has style DEEP_OBJECT, which needs an object (a map or a record)");
                }
                deepObject(encodedName, object.members(), encode, pairs);
            }
            default -> throw new IllegalArgumentException("query parameter '" + name + "' has style " + style
                    + ", which OpenAPI allows only in paths; use FORM, SPACE_DELIMITED, PIPE_DELIMITED or DEEP_OBJECT");
        }
        return pairs;
    }

    /** The {@code name=value} pairs of a cookie parameter (form style), percent-encoded. */
    List<String> cookie(String name, ParameterValue value, boolean explode) {
        List<RawPair> pairs = new ArrayList<>();
        form(PercentEncoding.encode(name), value, explode, PercentEncoding::encode, ",", pairs);
        List<String> texts = new ArrayList<>(pairs.size());
        pairs.forEach(pair -> texts.add(pair.name() + "=" + pair.value()));
        return texts;
    }

    private void form(String encodedName, ParameterValue value, boolean explode, UnaryOperator<String> encode,
            String delimiter, List<RawPair> into) {
        if (value instanceof Scalar scalar) {
            into.add(new RawPair(encodedName, encode.apply(scalar.text())));
        } else if (value instanceof ListValue list) {
            if (explode) {
                list.texts().forEach(text -> into.add(new RawPair(encodedName, encode.apply(text))));
            } else if (!list.texts().isEmpty()) { // an empty list is undefined in RFC 6570: nothing is sent
                into.add(new RawPair(encodedName, join(list.texts(), delimiter, encode)));
            }
        } else if (value instanceof ObjectValue object) {
            if (explode) {
                for (Map.Entry<String, JsonNode> member : object.members()) {
                    into.add(new RawPair(PercentEncoding.encode(member.getKey()),
                            encode.apply(ParameterValue.text(member.getValue(), mapper))));
                }
            } else if (!object.members().isEmpty()) {
                into.add(new RawPair(encodedName, join(flatten(object), delimiter, encode)));
            }
        }
    }

    /** {@code name[key]=value} per member, nested objects as {@code name[key][inner]}, arrays as the key repeated. */
    private void deepObject(String encodedName, List<Map.Entry<String, JsonNode>> members,
            UnaryOperator<String> encode, List<RawPair> into) {
        for (Map.Entry<String, JsonNode> member : members) {
            String name = encodedName + "%5B" + PercentEncoding.encode(member.getKey()) + "%5D";
            JsonNode node = member.getValue();
            if (node.isObject()) {
                List<Map.Entry<String, JsonNode>> nested = new ArrayList<>();
                node.properties().forEach(nested::add);
                deepObject(name, nested, encode, into);
            } else if (node.isArray()) {
                for (JsonNode element : node.values()) {
                    into.add(new RawPair(name, encode.apply(ParameterValue.text(element, mapper))));
                }
            } else if (!node.isNull()) {
                into.add(new RawPair(name, encode.apply(node.asString())));
            }
        }
    }

    private String simple(ParameterValue value, boolean explode, UnaryOperator<String> encode) {
        if (value instanceof Scalar scalar) {
            return encode.apply(scalar.text());
        }
        if (value instanceof ListValue list) {
            return join(list.texts(), ",", encode);
        }
        ObjectValue object = (ObjectValue) value;
        return explode ? String.join(",", keyValues(object, encode)) : join(flatten(object), ",", encode);
    }

    private String label(ParameterValue value, boolean explode, UnaryOperator<String> encode) {
        if (value instanceof Scalar scalar) {
            return "." + encode.apply(scalar.text());
        }
        if (value instanceof ListValue list) {
            return list.texts().isEmpty() ? "" : "." + join(list.texts(), explode ? "." : ",", encode);
        }
        ObjectValue object = (ObjectValue) value;
        if (object.members().isEmpty()) {
            return "";
        }
        return "." + (explode ? String.join(".", keyValues(object, encode)) : join(flatten(object), ",", encode));
    }

    private String matrix(String name, ParameterValue value, boolean explode, UnaryOperator<String> encode) {
        String prefix = ";" + PercentEncoding.encode(name);
        if (value instanceof Scalar scalar) {
            // RFC 6570: an empty value is the name alone.
            return scalar.text().isEmpty() ? prefix : prefix + "=" + encode.apply(scalar.text());
        }
        if (value instanceof ListValue list) {
            if (list.texts().isEmpty()) {
                return "";
            }
            if (!explode) {
                return prefix + "=" + join(list.texts(), ",", encode);
            }
            StringBuilder out = new StringBuilder();
            list.texts().forEach(text -> out.append(prefix).append('=').append(encode.apply(text)));
            return out.toString();
        }
        ObjectValue object = (ObjectValue) value;
        if (object.members().isEmpty()) {
            return "";
        }
        if (!explode) {
            return prefix + "=" + join(flatten(object), ",", encode);
        }
        StringBuilder out = new StringBuilder();
        keyValues(object, encode).forEach(pair -> out.append(';').append(pair));
        return out.toString();
    }

    /** {@code [R, 100, G, 200]}: the unexploded form of an object. */
    private List<String> flatten(ObjectValue object) {
        List<String> texts = new ArrayList<>(object.members().size() * 2);
        for (Map.Entry<String, JsonNode> member : object.members()) {
            texts.add(member.getKey());
            texts.add(ParameterValue.text(member.getValue(), mapper));
        }
        return texts;
    }

    /** {@code [R=100, G=200]}, encoded: the exploded form of an object. */
    private List<String> keyValues(ObjectValue object, UnaryOperator<String> encode) {
        List<String> pairs = new ArrayList<>(object.members().size());
        for (Map.Entry<String, JsonNode> member : object.members()) {
            pairs.add(encode.apply(member.getKey()) + "=" + encode.apply(ParameterValue.text(member.getValue(), mapper)));
        }
        return pairs;
    }

    private static String join(List<String> texts, String delimiter, UnaryOperator<String> encode) {
        StringBuilder out = new StringBuilder();
        for (String text : texts) {
            if (out.length() > 0) {
                out.append(delimiter);
            }
            out.append(encode.apply(text));
        }
        return out.toString();
    }

    /**
     * RFC 3986 encoding that keeps the reserved characters ({@code allowReserved}), except the ones that would
     * change how a query is read: {@code &} and {@code =} (pair structure), {@code #} (fragment), {@code +} (read as
     * a space by many servers).
     */
    static String encodeAllowingReserved(String text) {
        String encoded = PercentEncoding.encode(text);
        StringBuilder out = new StringBuilder(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%' && i + 2 < encoded.length()) {
                char kept = (char) Integer.parseInt(encoded.substring(i + 1, i + 3), 16);
                if (":/?[]@!$'()*,;".indexOf(kept) >= 0) {
                    out.append(kept);
                    i += 2;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Decodes {@code %XY} escapes as UTF-8; a {@code +} stays a plus sign (it is never written for a space). */
    static String decode(String encoded) {
        if (encoded.indexOf('%') < 0) {
            return encoded;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%' && i + 2 < encoded.length()) {
                bytes.write(Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
            }
        }
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
