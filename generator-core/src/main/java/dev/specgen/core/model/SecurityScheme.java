package dev.specgen.core.model;

import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A security scheme of {@code components/securitySchemes}. The client generator reads it to choose how requests
 * are signed by default: a scheme with {@code x-acs-signature-algorithm: ACS3-HMAC-SHA256} means Alibaba Cloud's
 * V3 signature.
 *
 * @param name the scheme's key under {@code securitySchemes}
 * @param type {@code apiKey}, {@code http}, {@code oauth2}, {@code openIdConnect} or {@code mutualTLS}
 * @param in for {@code apiKey}: {@code header}, {@code query} or {@code cookie}
 * @param parameterName for {@code apiKey}: the header, query or cookie name
 * @param scheme for {@code http}: {@code basic}, {@code bearer}, …
 * @param extensions the string-valued {@code x-} extensions on the scheme, by name
 */
public record SecurityScheme(String name, String type, @Nullable String in, @Nullable String parameterName,
        @Nullable String scheme, SortedMap<String, String> extensions) {

    public SecurityScheme {
        extensions = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(extensions));
    }
}
