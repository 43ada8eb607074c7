package dev.specgen.realworld;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Where a body re-serialized from the generated types departs from the body it was read from. Absent and
 * {@code null} members of the re-serialized body are not differences (the generated records leave out what they do
 * not hold), nor are members of the original that the generated types do not declare (clients ignore unknown
 * members); everything the generated types did keep must be what the original said, at the same place.
 */
final class TreeDifferences {

    private final List<String> differences = new ArrayList<>();

    private TreeDifferences() {}

    /** The differences, each as {@code $.path: what}, in document order. */
    static List<String> between(JsonNode original, JsonNode roundTripped) {
        TreeDifferences found = new TreeDifferences();
        found.compare("$", original, roundTripped);
        return found.differences;
    }

    private void compare(String path, JsonNode original, JsonNode kept) {
        if (kept.isNull() || kept.isMissingNode()) {
            return;
        }
        if (kept.isObject()) {
            if (!original.isObject()) {
                differences.add(path + ": an object was read from " + original);
                return;
            }
            for (Map.Entry<String, JsonNode> member : kept.properties()) {
                JsonNode before = original.get(member.getKey());
                if (before == null) {
                    if (!member.getValue().isNull()) {
                        differences.add(path + "." + member.getKey() + ": appeared (" + member.getValue() + ")");
                    }
                } else {
                    compare(path + "." + member.getKey(), before, member.getValue());
                }
            }
        } else if (kept.isArray()) {
            if (!original.isArray() || original.size() != kept.size()) {
                differences.add(path + ": " + kept + " was read from " + original);
                return;
            }
            for (int i = 0; i < kept.size(); i++) {
                compare(path + "[" + i + "]", original.get(i), kept.get(i));
            }
        } else if (kept.isNumber() && (original.isNumber() || original.isString())) {
            // A number the spec's example spells as a string (Twilio's prices: "-0.0025" for a number) is read
            // leniently, as a service's answer would be; its value must survive.
            if (!sameNumber(kept, original)) {
                differences.add(path + ": " + kept + " was read from " + original);
            }
        } else if (kept.isString() && original.isNumber()) {
            // The reverse: a string the example spells as a number (GHES's span_parent_id: 0 for a string).
            if (!sameNumber(original, kept)) {
                differences.add(path + ": " + kept + " was read from " + original);
            }
        } else if (kept.isString() && original.isBoolean()) {
            // And a string the example spells as a boolean (GitHub's Actions variables: true for a string value).
            if (!kept.asString().equals(original.asString())) {
                differences.add(path + ": " + kept + " was read from " + original);
            }
        } else if (!kept.equals(original)) {
            differences.add(path + ": " + kept + " was read from " + original);
        }
    }

    private static boolean sameNumber(JsonNode kept, JsonNode original) {
        try {
            java.math.BigDecimal before = original.isNumber() ? original.decimalValue()
                    : new java.math.BigDecimal(original.asString().strip());
            return kept.decimalValue().compareTo(before) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
