package dev.specgen.core.parse;

import dev.specgen.core.model.Docs;
import dev.specgen.core.model.SecurityScheme;
import dev.specgen.core.model.SourceLocation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Translates {@code components/securitySchemes} into {@link SecurityScheme}s. */
final class SecuritySchemes {

    private SecuritySchemes() {}

    static List<SecurityScheme> translate(OpenAPI openApi, SourceLocation root) {
        List<SecurityScheme> schemes = new ArrayList<>();
        if (openApi.getComponents() == null || openApi.getComponents().getSecuritySchemes() == null) {
            return schemes;
        }
        SourceLocation at = root.child("components").child("securitySchemes");
        for (Map.Entry<String, io.swagger.v3.oas.models.security.SecurityScheme> entry
                : new TreeMap<>(openApi.getComponents().getSecuritySchemes()).entrySet()) {
            io.swagger.v3.oas.models.security.SecurityScheme scheme = entry.getValue();
            schemes.add(new SecurityScheme(
                    entry.getKey(),
                    scheme.getType() == null ? "unknown" : scheme.getType().toString(),
                    SchemaFacts.blankToNull(scheme.getScheme()),
                    scheme.getIn() == null ? null : scheme.getIn().toString(),
                    SchemaFacts.blankToNull(scheme.getName()),
                    SchemaFacts.blankToNull(scheme.getOpenIdConnectUrl()),
                    flows(scheme.getFlows()),
                    Extensions.strings(scheme.getExtensions()),
                    new Docs(null, SchemaFacts.blankToNull(scheme.getDescription()), false),
                    at.child(entry.getKey())));
        }
        return schemes;
    }

    private static List<SecurityScheme.OAuthFlow> flows(@Nullable OAuthFlows flows) {
        List<SecurityScheme.OAuthFlow> translated = new ArrayList<>();
        if (flows == null) {
            return translated;
        }
        // Sorted by kind, so that the model does not depend on the spec's order.
        add(translated, "authorizationCode", flows.getAuthorizationCode());
        add(translated, "clientCredentials", flows.getClientCredentials());
        add(translated, "implicit", flows.getImplicit());
        add(translated, "password", flows.getPassword());
        return translated;
    }

    private static void add(List<SecurityScheme.OAuthFlow> into, String kind, @Nullable OAuthFlow flow) {
        if (flow == null) {
            return;
        }
        Map<String, String> scopes = new TreeMap<>();
        if (flow.getScopes() != null) {
            flow.getScopes().forEach((scope, description) -> scopes.put(scope, description == null ? "" : description));
        }
        into.add(new SecurityScheme.OAuthFlow(kind, SchemaFacts.blankToNull(flow.getAuthorizationUrl()),
                SchemaFacts.blankToNull(flow.getTokenUrl()), SchemaFacts.blankToNull(flow.getRefreshUrl()),
                new TreeMap<>(scopes)));
    }
}
