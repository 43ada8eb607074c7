package dev.specgen.core.parse;

import dev.specgen.core.model.Property;
import dev.specgen.core.model.RecordType;
import dev.specgen.core.model.UnionType;
import dev.specgen.core.naming.JavaNames;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names the record that holds a value of a discriminated union whose discriminator names no variant. Services add
 * shapes (a new event type, a new payment method) long before every client is regenerated; as with enums, such a
 * value must read, and keep everything it carries, rather than fail the whole response.
 */
final class UnknownVariant {

    private UnknownVariant() {}

    static UnionType.Unknown of(String unionJavaName, String discriminator, List<RecordType> variants,
            List<Property> common) {
        // Nested in the interface, the record cannot share its simple name.
        String name = unionJavaName.equals("Unknown") ? "UnknownShape" : "Unknown";
        Set<String> taken = new HashSet<>();
        common.forEach(property -> taken.add(property.javaName()));
        String discriminatorName = null;
        if (common.stream().noneMatch(property -> property.jsonName().equals(discriminator))) {
            discriminatorName = variants.stream().flatMap(variant -> variant.properties().stream())
                    .filter(property -> property.jsonName().equals(discriminator))
                    .map(Property::javaName)
                    .findFirst()
                    .orElseGet(() -> legal(JavaNames.convert(discriminator, JavaNames.Style.MEMBER).name()));
            taken.add(discriminatorName);
        }
        String members = "members";
        for (int i = 2; taken.contains(members); i++) {
            members = "members" + i;
        }
        return new UnionType.Unknown(name, discriminatorName, members);
    }

    private static String legal(String name) {
        return javax.lang.model.SourceVersion.isKeyword(name) ? name + "_" : name;
    }
}
