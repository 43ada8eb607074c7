package dev.specgen.runtime.signing;

import java.util.Map;

/** The signer of unauthenticated APIs. */
enum NoSigner implements Signer {
    INSTANCE;

    @Override
    public Map<String, String> sign(SignableRequest request) {
        return Map.of();
    }

    @Override
    public String toString() {
        return "no signing";
    }
}
