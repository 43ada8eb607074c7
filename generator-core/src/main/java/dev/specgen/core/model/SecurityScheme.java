package dev.specgen.core.model;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A security scheme from {@code components/securitySchemes}: how a client proves who it is.
 *
 * @param name the scheme's name, as operations' security requirements refer to it
 * @param type the scheme type as the spec spells it: {@code apiKey}, {@code http}, {@code oauth2},
 *     {@code openIdConnect} or {@code mutualTLS}
 * @param scheme the HTTP authentication scheme ({@code bearer}, {@code basic}) of an {@code http} scheme
 * @param in where an {@code apiKey} travels: {@code header}, {@code query} or {@code cookie}
 * @param parameterName the header, query or cookie name of an {@code apiKey}
 * @param openIdConnectUrl the discovery URL of an {@code openIdConnect} scheme
 * @param flows the OAuth 2 flows, sorted by kind
 * @param extensions the string-valued {@code x-} extensions, by name (e.g. {@code x-acs-signature-algorithm})
 */
public record SecurityScheme(
        String name,
        String type,
        @Nullable String scheme,
        @Nullable String in,
        @Nullable String parameterName,
        @Nullable String openIdConnectUrl,
        List<OAuthFlow> flows,
        SortedMap<String, String> extensions,
        Docs docs,
        SourceLocation location) {

    public SecurityScheme {
        flows = List.copyOf(flows);
        extensions = Collections.unmodifiableSortedMap(new TreeMap<>(extensions));
    }

    /**
     * One OAuth 2 flow.
     *
     * @param kind {@code implicit}, {@code password}, {@code clientCredentials} or {@code authorizationCode}
     * @param scopes the scopes the flow grants, with their descriptions, by name
     */
    public record OAuthFlow(
            String kind,
            @Nullable String authorizationUrl,
            @Nullable String tokenUrl,
            @Nullable String refreshUrl,
            SortedMap<String, String> scopes) {

        public OAuthFlow {
            scopes = Collections.unmodifiableSortedMap(new TreeMap<>(scopes));
        }
    }
}
