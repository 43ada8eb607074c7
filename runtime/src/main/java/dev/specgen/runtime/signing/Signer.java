package dev.specgen.runtime.signing;

import java.util.Map;

/**
 * Adds authentication to a request. A client calls its signer once for every attempt, just before sending it,
 * so a retried request is signed afresh (new date, new nonce). Implementations must be thread-safe.
 *
 * <p>Specgen ships {@link Acs3Signer} (Alibaba Cloud's V3 signature) and {@link #none()}; a signer for another
 * scheme (a bearer token, an API key header) is a few lines: return the headers to add.
 */
@FunctionalInterface
public interface Signer {

    /**
     * The headers to add to this attempt, by name; they replace headers of the same name.
     *
     * @throws dev.specgen.runtime.auth.CredentialsException when there are no credentials to sign with
     */
    Map<String, String> sign(SignableRequest request);

    /** Adds nothing: for APIs without authentication. */
    static Signer none() {
        return NoSigner.INSTANCE;
    }
}
