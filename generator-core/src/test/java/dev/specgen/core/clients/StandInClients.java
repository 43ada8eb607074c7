package dev.specgen.core.clients;

import dev.specgen.core.testing.GeneratedClients;
import dev.specgen.runtime.auth.Credentials;
import dev.specgen.runtime.auth.CredentialsProvider;
import dev.specgen.runtime.signing.Acs3Signer;
import dev.specgen.standin.StandInService;

/** Generated clients that call the stand-in service, signing with the V3 signature it checks. */
final class StandInClients {

    private StandInClients() {}

    /** The generated client's builder, pointed at the stand-in and signing with its access key; finish with build. */
    static Object signedBuilder(GeneratedClients generated, String clientClass, StandInService standIn)
            throws Throwable {
        Object builder = GeneratedClients.call(generated.type(clientClass), "builder");
        GeneratedClients.call(builder, "endpoint", standIn.endpoint());
        GeneratedClients.call(builder, "signer", Acs3Signer.create(CredentialsProvider.of(
                Credentials.of(StandInService.ACCESS_KEY_ID, StandInService.ACCESS_KEY_SECRET))));
        return builder;
    }
}
