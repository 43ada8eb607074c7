package dev.specgen.core.diff;

import dev.specgen.core.model.SecurityScheme;
import dev.specgen.core.model.SecurityScheme.OAuthFlow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code api-security-component-*}: a security scheme of the document was added, removed, or works
 * differently (another type, location or parameter, OAuth URLs and scopes).
 */
final class SecuritySchemeRules {

    private SecuritySchemeRules() {}

    static void compare(List<SecurityScheme> older, List<SecurityScheme> newer, ChangeSink sink) {
        Map<String, SecurityScheme> remaining = new LinkedHashMap<>();
        newer.forEach(s -> remaining.put(s.name(), s));
        for (SecurityScheme before : older) {
            SecurityScheme after = remaining.remove(before.name());
            if (after == null) {
                sink.add(RuleId.API_SECURITY_COMPONENT_REMOVED, null, place(before),
                        "The security scheme '" + before.name() + "' was removed.", "none");
            } else {
                compare(before, after, sink);
            }
        }
        for (SecurityScheme added : remaining.values()) {
            sink.add(RuleId.API_SECURITY_COMPONENT_ADDED, null, place(added),
                    "The security scheme '" + added.name() + "' was added.", "none");
        }
    }

    private static void compare(SecurityScheme before, SecurityScheme after, ChangeSink sink) {
        String place = place(after);
        if (!before.type().equals(after.type()) || !Objects.equals(before.scheme(), after.scheme())
                || !Objects.equals(before.in(), after.in()) || !Objects.equals(before.parameterName(), after.parameterName())
                || !flowKinds(before).equals(flowKinds(after))) {
            sink.add(RuleId.API_SECURITY_COMPONENT_TYPE_CHANGED, null, place,
                    "The security scheme '" + after.name() + "' changed from " + describe(before) + " to "
                            + describe(after) + ".", "none: credentials are configured on the client");
        }
        Map<String, OAuthFlow> oldFlows = new LinkedHashMap<>();
        before.flows().forEach(f -> oldFlows.put(f.kind(), f));
        for (OAuthFlow flow : after.flows()) {
            OAuthFlow old = oldFlows.get(flow.kind());
            if (old != null) {
                compareFlow(place + " " + flow.kind() + " flow", old, flow, sink);
            }
        }
    }

    private static void compareFlow(String place, OAuthFlow before, OAuthFlow after, ChangeSink sink) {
        if (!Objects.equals(before.authorizationUrl(), after.authorizationUrl())) {
            sink.add(RuleId.API_SECURITY_COMPONENT_OAUTH_URL_CHANGED, null, place, "The authorization URL changed from "
                    + before.authorizationUrl() + " to " + after.authorizationUrl() + ".", "none");
        }
        if (!Objects.equals(before.tokenUrl(), after.tokenUrl())) {
            sink.add(RuleId.API_SECURITY_COMPONENT_OAUTH_TOKEN_URL_CHANGED, null, place, "The token URL changed from "
                    + before.tokenUrl() + " to " + after.tokenUrl() + ".", "none");
        }
        for (String scope : after.scopes().keySet()) {
            if (!before.scopes().containsKey(scope)) {
                sink.add(RuleId.API_SECURITY_COMPONENT_OAUTH_SCOPE_ADDED, null, place,
                        "The scope '" + scope + "' was added.", "none");
            }
        }
        for (String scope : before.scopes().keySet()) {
            if (!after.scopes().containsKey(scope)) {
                sink.add(RuleId.API_SECURITY_COMPONENT_OAUTH_SCOPE_REMOVED, null, place,
                        "The scope '" + scope + "' was removed.", "none");
            }
        }
    }

    private static List<String> flowKinds(SecurityScheme scheme) {
        return scheme.flows().stream().map(OAuthFlow::kind).toList();
    }

    /** {@code apiKey in header 'Authorization'}, {@code http bearer}, {@code oauth2 (clientCredentials)}. */
    private static String describe(SecurityScheme scheme) {
        StringBuilder text = new StringBuilder(scheme.type());
        if (scheme.scheme() != null) {
            text.append(' ').append(scheme.scheme());
        }
        if (scheme.in() != null) {
            text.append(" in ").append(scheme.in());
        }
        if (scheme.parameterName() != null) {
            text.append(" '").append(scheme.parameterName()).append('\'');
        }
        if (!scheme.flows().isEmpty()) {
            text.append(" (").append(String.join(", ", flowKinds(scheme))).append(')');
        }
        return text.toString();
    }

    private static String place(SecurityScheme scheme) {
        return "security scheme '" + scheme.name() + "'";
    }
}
