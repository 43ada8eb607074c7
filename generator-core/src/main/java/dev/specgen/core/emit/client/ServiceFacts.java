package dev.specgen.core.emit.client;

import dev.specgen.core.model.ApiInfo;
import dev.specgen.core.model.ApiModel;
import dev.specgen.core.model.SecurityScheme;
import org.jspecify.annotations.Nullable;

/**
 * What the client needs to know about the service as a whole, read from the spec's info, servers, security
 * schemes and Alibaba Cloud extensions.
 *
 * @param apiVersion the version sent in {@code x-acs-version} ({@code x-acs-api-version}), or {@code null} for
 *     APIs that are not Alibaba Cloud's
 * @param rpc whether the spec is an Alibaba Cloud RPC-style API ({@code x-acs-style: RPC}): its form bodies are
 *     flattened as Alibaba's SDKs do ({@code Key.1}, {@code Key.Member})
 * @param acs3Signed whether a security scheme declares {@code x-acs-signature-algorithm: ACS3-HMAC-SHA256}
 * @param server the first server whose URL is absolute (the default endpoint), or {@code null}
 */
record ServiceFacts(@Nullable String apiVersion, boolean rpc, boolean acs3Signed, ApiInfo.@Nullable Server server) {

    static final String ACS3 = "ACS3-HMAC-SHA256";

    static ServiceFacts of(ApiModel model) {
        ApiInfo info = model.info();
        boolean acs3 = false;
        for (SecurityScheme scheme : model.securitySchemes()) {
            acs3 |= ACS3.equals(scheme.extensions().get("x-acs-signature-algorithm"));
        }
        ApiInfo.Server server = null;
        for (ApiInfo.Server candidate : info.servers()) {
            if (candidate.urlTemplate().contains("://")) {
                server = candidate;
                break;
            }
        }
        return new ServiceFacts(info.extensions().get("x-acs-api-version"),
                "RPC".equalsIgnoreCase(info.extensions().get("x-acs-style")), acs3, server);
    }

    /** Whether the default server has a {@code regionId} variable, so the builder gets {@code region(String)}. */
    boolean hasRegion() {
        return server != null && server.variables().stream().anyMatch(v -> v.name().equals("regionId"));
    }
}
