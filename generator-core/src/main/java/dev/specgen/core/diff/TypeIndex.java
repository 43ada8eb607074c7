package dev.specgen.core.diff;

import dev.specgen.core.model.ApiModel;
import dev.specgen.core.model.TypeDef;
import dev.specgen.core.model.TypeRef;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The named types of one model by Java name, for constant-time lookups while comparing. */
final class TypeIndex {

    private final Map<String, TypeDef> byName = new HashMap<>();

    TypeIndex(ApiModel model) {
        model.types().forEach(t -> byName.put(t.javaName(), t));
    }

    @Nullable TypeDef get(String javaName) {
        return byName.get(javaName);
    }

    /**
     * The reference as it is read: a name the model does not define is a union that fell back to a plain
     * JSON value, so it is compared as one.
     */
    TypeRef normalize(TypeRef type) {
        if (type instanceof TypeRef.Named named && !byName.containsKey(named.javaName())) {
            return new TypeRef.AnyValue();
        }
        return type;
    }
}
