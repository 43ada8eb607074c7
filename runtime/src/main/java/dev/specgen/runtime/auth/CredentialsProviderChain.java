package dev.specgen.runtime.auth;

import java.util.ArrayList;
import java.util.List;

/** Asks providers in order and returns the first credentials found. */
final class CredentialsProviderChain implements CredentialsProvider {

    private final List<CredentialsProvider> providers;

    CredentialsProviderChain(List<CredentialsProvider> providers) {
        if (providers.isEmpty()) {
            throw new IllegalArgumentException("a credentials chain needs at least one provider");
        }
        this.providers = List.copyOf(providers);
    }

    @Override
    public Credentials resolve() {
        List<String> reasons = new ArrayList<>();
        for (CredentialsProvider provider : providers) {
            try {
                return provider.resolve();
            } catch (CredentialsException e) {
                reasons.add(e.getMessage());
            }
        }
        throw new CredentialsException("no credentials found; pass them to the client's builder with"
                + " credentials(Credentials.of(id, secret)), or: " + String.join("; or ", reasons));
    }

    @Override
    public String toString() {
        return "chain " + providers;
    }
}
