package dev.specgen.core.emit.client;

import com.palantir.javapoet.ClassName;
import dev.specgen.core.GeneratorOptions;
import dev.specgen.core.emit.JavaTypes;
import dev.specgen.core.emit.SourceFiles;
import dev.specgen.core.model.ApiModel;
import dev.specgen.core.model.Operation;
import dev.specgen.core.model.TypeDef;
import dev.specgen.core.naming.JavaNames;
import dev.specgen.core.naming.NameScope;
import dev.specgen.core.write.GeneratedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Emits the client of a spec: the client class, a request class for each operation with optional inputs, and
 * the client's Markdown usage page ({@code <package path>/<Client>.md}).
 *
 * <p>The client's name comes from the model ({@code x-acs-product}, else {@code info.title}, followed by
 * {@code Client}) unless {@link GeneratorOptions.ClientOptions#className()} overrides it.
 */
public final class ClientEmitter {

    private final GeneratorOptions options;

    public ClientEmitter(GeneratorOptions options) {
        this.options = options;
    }

    /**
     * @throws IllegalArgumentException when the overriding client name is already a model type's name
     */
    public List<GeneratedFile> emit(ApiModel model) {
        String packageName = options.packageName();
        ClassName client = ClassName.get(packageName, clientName(model));
        JavaTypes types = new JavaTypes(packageName, model);
        ServiceFacts service = ServiceFacts.of(model);
        OperationPlanner planner = new OperationPlanner(model, types, service);
        ClientValidators validators = options.validators() ? ClientValidators.generated(model, types, packageName)
                : ClientValidators.none(model, types);

        Map<String, NameScope.Allocation> constants = new NameScope(JavaNames.Style.CONSTANT, Set.of("SERVICE"),
                "_OPERATION").allocate(model.operations().stream().map(Operation::javaName).toList());
        List<OperationPlan> plans = new ArrayList<>();
        for (Operation operation : model.operations()) {
            plans.add(planner.plan(operation, constants.get(operation.javaName()).javaName()));
        }

        List<GeneratedFile> files = new ArrayList<>();
        files.add(SourceFiles.of(ClientClassEmitter.emit(client, model.info(), service, plans, validators)));
        for (OperationPlan plan : plans) {
            if (plan.requestType() != null) {
                files.add(SourceFiles.of(RequestClassEmitter.emit(plan, client, packageName)));
            }
            if (plan.response().kind() == ResponsePlan.Kind.VARIANTS) {
                files.add(SourceFiles.of(ResultTypeEmitter.emit(plan, client, packageName)));
            }
        }
        String page = new UsagePageRenderer(model, options.client().usageTemplate())
                .render(client, model.info(), service, plans, validators);
        files.add(new GeneratedFile(packageName.replace('.', '/') + "/" + client.simpleName() + ".md", page));
        return files;
    }

    private String clientName(ApiModel model) {
        String override = options.client().className();
        if (override == null) {
            return model.clientNames().clientName();
        }
        for (TypeDef type : model.types()) {
            if (type.javaName().equals(override)) {
                throw new IllegalArgumentException("the client name '" + override + "' is already the name of a model"
                        + " type (from " + type.location() + "); choose another client name");
            }
        }
        if (model.clientNames().requestTypeNames().containsValue(override)
                || model.clientNames().resultTypeNames().containsValue(override)) {
            throw new IllegalArgumentException("the client name '" + override + "' is already the name of a request"
                    + " or result class; choose another client name");
        }
        return override;
    }
}
