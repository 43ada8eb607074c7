package dev.specgen.core.parse;

import dev.specgen.core.diagnostics.Diagnostic;
import dev.specgen.core.diagnostics.Diagnostics;
import dev.specgen.core.model.ApiInfo;
import dev.specgen.core.model.ApiModel;
import dev.specgen.core.model.ClientNames;
import dev.specgen.core.model.Operation;
import dev.specgen.core.model.Rename;
import dev.specgen.core.model.SourceLocation;
import dev.specgen.core.naming.JavaNames;
import dev.specgen.core.naming.NameScope;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.servers.ServerVariable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The entry point of the parse stage: reads a spec file and builds the {@link ApiModel}. Every
 * problem found is collected; if any is an error, a {@link dev.specgen.core.diagnostics.SpecException}
 * carries them all and nothing downstream runs.
 */
public final class ApiModelReader {

    /** Client method names a spec's operation ids must not take: the members every client has. */
    private static final Set<String> CLIENT_MEMBERS = Set.of("builder", "close", "toString", "hashCode",
            "equals", "getClass", "wait", "notify", "notifyAll", "clone", "finalize");

    /** The suffix of each operation's non-blocking client method, after its blocking one. */
    private static final String ASYNC = "Async";

    /**
     * The model, the warnings found while building it, and the files it was read from.
     *
     * @param sourceFiles the spec file and every local file it references, sorted
     */
    public record Result(ApiModel model, List<Diagnostic> warnings, List<Path> sourceFiles) {}

    /**
     * Whether to collect the spec's examples into {@link ApiModel#examples()}: {@code check} validates them,
     * while comparing two specs has no use for them, and reading them costs a lookup per schema.
     */
    public enum Examples {
        COLLECT,
        SKIP
    }

    private final Examples examples;

    /** A reader that collects examples. */
    public ApiModelReader() {
        this(Examples.COLLECT);
    }

    public ApiModelReader(Examples examples) {
        this.examples = examples;
    }

    public Result read(Path specFile) {
        LoadedSpec spec = new SpecLoader().load(specFile, examples);
        Diagnostics diagnostics = new Diagnostics();
        spec.warnings().forEach(diagnostics::add);
        SourceLocation root = new SourceLocation(spec.file(), "");
        OpenAPI openApi = spec.openApi();

        Map<String, Schema<?>> components = new TreeMap<>();
        if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
            openApi.getComponents().getSchemas().forEach(components::put);
        }
        SourceLocation componentsAt = root.child("components").child("schemas");

        // First run: propose a name for every type; then allocate all names at once; then run again.
        TypePlan plan = new TypePlan();
        Diagnostics firstRun = new Diagnostics();
        runTranslators(openApi, components, componentsAt, plan, spec.raw(), root, firstRun);
        plan.allocate();
        SchemaTranslator schemas = new SchemaTranslator(components, componentsAt, plan, spec.raw(), diagnostics,
                examples == Examples.COLLECT);
        List<OperationTranslator.Draft> drafts =
                runTranslators(openApi, components, componentsAt, plan, spec.raw(), root, diagnostics, schemas);
        diagnostics.throwIfErrors();

        List<Rename> renames = new ArrayList<>(plan.renames());
        renames.addAll(schemas.renames());
        List<Operation> operations = nameOperations(drafts, renames);
        ApiInfo info = info(openApi);
        ClientNames clientNames = ClientNaming.allocate(info, schemas.definitions(), operations, root, renames);
        renames.sort(Comparator.comparing((Rename r) -> r.location().pointer()).thenComparing(Rename::specName));
        ApiModel model = new ApiModel(info, schemas.definitions(), operations, schemas.examples(), renames,
                clientNames, SecuritySchemes.translate(openApi, root));
        return new Result(model, diagnostics.all(), spec.sourceFiles());
    }

    private static void runTranslators(OpenAPI openApi, Map<String, Schema<?>> components,
            SourceLocation componentsAt, TypePlan plan, RawTree raw, SourceLocation root, Diagnostics diagnostics) {
        SchemaTranslator schemas = new SchemaTranslator(components, componentsAt, plan, raw, diagnostics, false);
        runTranslators(openApi, components, componentsAt, plan, raw, root, diagnostics, schemas);
    }

    private static List<OperationTranslator.Draft> runTranslators(OpenAPI openApi, Map<String, Schema<?>> components,
            SourceLocation componentsAt, TypePlan plan, RawTree raw, SourceLocation root, Diagnostics diagnostics,
            SchemaTranslator schemas) {
        schemas.translateAllComponents();
        return new OperationTranslator(openApi, schemas, raw, root, diagnostics).translateAll();
    }

    private static List<Operation> nameOperations(List<OperationTranslator.Draft> drafts, List<Rename> renames) {
        NameScope methods = new NameScope(JavaNames.Style.MEMBER, CLIENT_MEMBERS, "_");
        Map<String, NameScope.Allocation> names =
                methods.allocate(drafts.stream().map(OperationTranslator.Draft::operationId).toList());
        names = clearOfNonBlockingFlavours(names);
        List<Operation> operations = new ArrayList<>();
        for (OperationTranslator.Draft draft : drafts) {
            Operation op = draft.operation();
            NameScope.Allocation name = names.get(draft.operationId());
            if (name.reason() != null) {
                renames.add(new Rename(op.location().child("operationId"), draft.operationId(), name.javaName(),
                        name.reason()));
            }
            operations.add(new Operation(op.operationId(), name.javaName(), op.method(), op.path(),
                    nameParameters(op.parameters()), op.requestBody(), op.responses(), op.tags(), op.security(),
                    op.securityRequirements(), op.docs(), op.extensions(), op.location()));
        }
        operations.sort(Comparator.comparing(Operation::javaName));
        return operations;
    }

    /**
     * Each operation has a blocking method and a non-blocking one named {@code …Async}. An operation whose own name
     * is another's non-blocking one (GitHub has {@code pulls/merge} and {@code pulls/merge-async}) takes the
     * smallest numeric suffix that leaves both of its methods free ({@code pullsMergeAsync2}), so the operation
     * named first keeps the natural pair of names.
     */
    private static Map<String, NameScope.Allocation> clearOfNonBlockingFlavours(
            Map<String, NameScope.Allocation> names) {
        Set<String> blocking = new java.util.HashSet<>();
        names.values().forEach(name -> blocking.add(name.javaName()));
        Set<String> taken = new java.util.HashSet<>(blocking);
        blocking.forEach(name -> taken.add(name + ASYNC));
        Map<String, NameScope.Allocation> cleared = new LinkedHashMap<>(names);
        for (String operationId : new TreeMap<>(names).keySet()) {
            String name = names.get(operationId).javaName();
            if (!name.endsWith(ASYNC) || !blocking.contains(name.substring(0, name.length() - ASYNC.length()))) {
                continue;
            }
            int suffix = 2;
            while (taken.contains(name + suffix) || taken.contains(name + suffix + ASYNC)) {
                suffix++;
            }
            String renamed = name + suffix;
            taken.add(renamed);
            taken.add(renamed + ASYNC);
            cleared.put(operationId, new NameScope.Allocation(operationId, renamed,
                    "clashes with the non-blocking method of the operation named " + name.substring(0,
                            name.length() - ASYNC.length())));
        }
        return cleared;
    }

    /**
     * Names the parameters of one operation. Parameters in different locations may share a name
     * ({@code id} in the path and in a header); only then does the location become part of the name.
     */
    private static List<Operation.Parameter> nameParameters(List<Operation.Parameter> parameters) {
        boolean namesClash = parameters.stream().map(Operation.Parameter::name).distinct().count() < parameters.size();
        java.util.function.Function<Operation.Parameter, String> specName =
                namesClash ? p -> p.in().name() + " " + p.name() : Operation.Parameter::name;
        Map<String, NameScope.Allocation> names = new NameScope(JavaNames.Style.MEMBER, Set.of("request", "options", "body"),
                "_").allocate(parameters.stream().map(specName).toList());
        List<Operation.Parameter> named = new ArrayList<>();
        for (Operation.Parameter p : parameters) {
            named.add(new Operation.Parameter(p.name(), names.get(specName.apply(p)).javaName(), p.in(), p.required(),
                    p.type(), p.constraints(), p.style(), p.explode(), p.defaultValue(), p.docs(), p.location()));
        }
        return named;
    }

    private static ApiInfo info(OpenAPI openApi) {
        Info info = openApi.getInfo();
        List<ApiInfo.Server> servers = new ArrayList<>();
        if (openApi.getServers() != null) {
            for (Server server : openApi.getServers()) {
                List<ApiInfo.Variable> variables = new ArrayList<>();
                if (server.getVariables() != null) {
                    for (Map.Entry<String, ServerVariable> v : new TreeMap<>(server.getVariables()).entrySet()) {
                        variables.add(new ApiInfo.Variable(v.getKey(), String.valueOf(v.getValue().getDefault()),
                                v.getValue().getEnum() == null ? List.of() : v.getValue().getEnum(),
                                v.getValue().getDescription()));
                    }
                }
                servers.add(new ApiInfo.Server(server.getUrl(), server.getDescription(), variables));
            }
        }
        Map<String, Object> rootExtensions = new LinkedHashMap<>();
        if (openApi.getExtensions() != null) {
            rootExtensions.putAll(openApi.getExtensions());
        }
        return new ApiInfo(
                info == null || info.getTitle() == null ? "API" : info.getTitle(),
                info == null || info.getVersion() == null ? "" : info.getVersion(),
                info == null ? null : SchemaFacts.blankToNull(info.getDescription()),
                servers,
                Extensions.strings(rootExtensions));
    }
}
