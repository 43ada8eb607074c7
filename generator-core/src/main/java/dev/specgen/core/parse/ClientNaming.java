package dev.specgen.core.parse;

import dev.specgen.core.model.ApiInfo;
import dev.specgen.core.model.ClientNames;
import dev.specgen.core.model.Operation;
import dev.specgen.core.model.Rename;
import dev.specgen.core.model.SourceLocation;
import dev.specgen.core.model.TypeDef;
import dev.specgen.core.model.TypeRef;
import dev.specgen.core.naming.JavaNames;
import dev.specgen.core.naming.NameScope;
import dev.specgen.core.naming.ReservedNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Names the client class and the request classes, after the model types and in a scope that reserves them all,
 * so that a client never renames a model type: a clash gives the client's class the numeric suffix.
 *
 * <p>The client is named after the spec's Alibaba Cloud product ({@code x-acs-product}: {@code CS} →
 * {@code CsClient}, {@code eflo-controller} → {@code EfloControllerClient}), else after {@code info.title} without
 * a trailing "API" ({@code Swagger Petstore} → {@code SwaggerPetstoreClient}, {@code Stripe API} →
 * {@code StripeClient}). A request class is the operation id followed by "Request"; the result type of an
 * operation whose 2xx responses have different bodies, the operation id followed by "Result".
 */
final class ClientNaming {

    private static final String PRODUCT_EXTENSION = "x-acs-product";

    private ClientNaming() {}

    static ClientNames allocate(ApiInfo info, List<TypeDef> types, List<Operation> operations, SourceLocation root,
            List<Rename> renames) {
        Set<String> reserved = new HashSet<>(ReservedNames.TYPES);
        types.forEach(type -> reserved.add(type.javaName()));
        String clientProposal = clientProposal(info);
        List<String> proposals = new ArrayList<>();
        proposals.add(clientProposal);
        for (Operation operation : operations) {
            proposals.add(operation.operationId() + " request");
            if (hasSeveralSuccessBodies(operation)) {
                proposals.add(operation.operationId() + " result");
            }
        }
        // An empty suffix for reserved names: a clash with a model type goes straight to a numeric suffix.
        Map<String, NameScope.Allocation> names = new NameScope(JavaNames.Style.TYPE, reserved, "").allocate(proposals);
        NameScope.Allocation client = names.get(clientProposal);
        if (client.reason() != null && !client.javaName().equals(JavaNames.convert(clientProposal,
                JavaNames.Style.TYPE).name())) {
            renames.add(new Rename(info.extensions().containsKey(PRODUCT_EXTENSION)
                    ? root.child(PRODUCT_EXTENSION) : root.child("info").child("title"), clientProposal,
                    client.javaName(), "the client's name " + client.reason()));
        }
        Map<String, String> requestTypes = new TreeMap<>();
        for (Operation operation : operations) {
            requestTypes.put(operation.operationId(), names.get(operation.operationId() + " request").javaName());
        }
        Map<String, String> resultTypes = new TreeMap<>();
        for (Operation operation : operations) {
            if (hasSeveralSuccessBodies(operation)) {
                resultTypes.put(operation.operationId(), names.get(operation.operationId() + " result").javaName());
            }
        }
        return new ClientNames(client.javaName(), new TreeMap<>(requestTypes), new TreeMap<>(resultTypes));
    }

    /**
     * Whether the 2xx responses have bodies of more than one type (over all their media types, so that this is
     * true whenever the client's choice of one media type per response yields different types).
     */
    static boolean hasSeveralSuccessBodies(Operation operation) {
        Set<TypeRef> types = new HashSet<>();
        for (Operation.Response response : operation.responses()) {
            if (response.isSuccess()) {
                response.contents().forEach(content -> types.add(content.type() == null
                        ? new TypeRef.AnyValue() : content.type()));
            }
        }
        return types.size() > 1;
    }

    private static String clientProposal(ApiInfo info) {
        String product = info.extensions().get(PRODUCT_EXTENSION);
        if (product != null && !product.isBlank()) {
            return product + " client";
        }
        String title = info.title().strip();
        String lower = title.toLowerCase(Locale.ROOT);
        if (lower.endsWith(" api") && title.length() > 4) {
            title = title.substring(0, title.length() - 4);
        }
        return title + " client";
    }
}
