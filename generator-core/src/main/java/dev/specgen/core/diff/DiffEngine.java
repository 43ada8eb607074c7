package dev.specgen.core.diff;

import dev.specgen.core.model.ApiModel;
import dev.specgen.core.model.Operation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares two versions of an API model and reports every change, each with its rule, level, place, and
 * meaning for the generated Java API. Stateless; safe to share.
 *
 * <p>Operations are matched by method and path, with path parameter names ignored ({@code /tasks/{id}}
 * matches {@code /tasks/{task_id}}). Named types are compared once per pair, then every difference is
 * reported for each operation that sends or receives it, with the rule for that direction.
 */
public final class DiffEngine {

    private static final List<SchemaRule> SCHEMA_RULES = List.of(new TypeRules(), new ConstraintRules(),
            new PropertyExistenceRules(), new PropertyFlagRules(), new ReadWriteOnlyRules(), new EnumValueRules(),
            new UnionRules());

    private final DiffConfig config;

    public DiffEngine(DiffConfig config) {
        this.config = config;
    }

    /** Every change from {@code older} to {@code newer}, in {@link Change#ORDER}. */
    public List<Change> diff(ApiModel older, ApiModel newer) {
        ChangeSink sink = new ChangeSink(config);
        TypeIndex oldTypes = new TypeIndex(older);
        TypeIndex newTypes = new TypeIndex(newer);
        SchemaComparator schemas = new SchemaComparator(oldTypes, newTypes);
        List<SchemaUse> uses = new ArrayList<>();

        Map<String, Operation> remaining = new LinkedHashMap<>();
        newer.operations().forEach(o -> remaining.put(key(o), o));
        Set<String> newPaths = new HashSet<>();
        newer.operations().forEach(o -> newPaths.add(normalizedPath(o)));
        for (Operation before : older.operations()) {
            Operation after = remaining.remove(key(before));
            if (after == null) {
                EndpointRules.removed(before, newPaths.contains(normalizedPath(before)), sink);
                continue;
            }
            OperationContext context = new OperationContext(EndpointRules.ref(after), schemas, oldTypes, newTypes,
                    uses, sink);
            EndpointRules.compare(before, after, context);
            SecurityRules.compare(before, after, context);
            ParameterRules.compare(before, after, context);
            RequestBodyRules.compare(before, after, context);
            ResponseRules.compare(before, after, context);
        }
        remaining.values().forEach(added -> EndpointRules.added(added, sink));
        SecuritySchemeRules.compare(older.securitySchemes(), newer.securitySchemes(), sink);
        SchemaInventoryRules.compare(older.types(), newer.types(), sink);

        schemas.compareReferencedTypes();
        SchemaChangeReporter reporter = new SchemaChangeReporter(schemas, SCHEMA_RULES, sink);
        uses.forEach(reporter::report);
        return sink.sorted();
    }

    /** {@code GET /tasks/{}}: path parameters are positional, their names do not identify the operation. */
    private static String key(Operation operation) {
        return operation.method() + " " + normalizedPath(operation);
    }

    private static String normalizedPath(Operation operation) {
        String path = operation.path();
        StringBuilder normalized = new StringBuilder(path.length());
        boolean inParameter = false;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '{') {
                inParameter = true;
                normalized.append("{}");
            } else if (c == '}' || c == '/') {
                inParameter = false;
                if (c == '/') {
                    normalized.append(c);
                }
            } else if (!inParameter) {
                normalized.append(c);
            }
        }
        return normalized.toString();
    }
}
