package dev.specgen.runtime.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialsTest {

    @Test
    void toStringNeverShowsTheSecretOrTheToken() {
        Credentials credentials = Credentials.of("LTAIexample", "very-secret", "sts-token");

        assertThat(credentials.toString()).contains("LTAIexample").doesNotContain("very-secret")
                .doesNotContain("sts-token");
        assertThat(CredentialsProvider.of(credentials).toString()).doesNotContain("very-secret");
    }

    @Test
    void blankOrMultiLineValuesAreRejectedWithoutEchoingThem() {
        assertThatThrownBy(() -> Credentials.of("id", " ")).hasMessage("accessKeySecret must not be blank");
        assertThatThrownBy(() -> Credentials.of("id", "sec\r\nret"))
                .hasMessage("accessKeySecret must not contain a line break");
    }

    @Test
    void environmentGivesLongTermOrStsCredentials() {
        assertThat(provider(Map.of("ALIBABA_CLOUD_ACCESS_KEY_ID", "id", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "secret"))
                .resolve()).isEqualTo(Credentials.of("id", "secret"));
        assertThat(provider(Map.of("ALIBABA_CLOUD_ACCESS_KEY_ID", "id", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "secret",
                "ALIBABA_CLOUD_SECURITY_TOKEN", "token")).resolve()).isEqualTo(Credentials.of("id", "secret", "token"));
    }

    @Test
    void missingOrIncompleteEnvironmentSaysWhatToSet() {
        assertThatThrownBy(() -> provider(Map.of()).resolve()).isInstanceOf(CredentialsException.class)
                .hasMessage("no credentials in the test variables: set ALIBABA_CLOUD_ACCESS_KEY_ID and"
                        + " ALIBABA_CLOUD_ACCESS_KEY_SECRET");
        assertThatThrownBy(() -> provider(Map.of("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "secret-value")).resolve())
                .hasMessage("incomplete credentials in the test variables: ALIBABA_CLOUD_ACCESS_KEY_ID is not set,"
                        + " but ALIBABA_CLOUD_ACCESS_KEY_SECRET is")
                .hasMessageNotContaining("secret-value");
    }

    @Test
    void chainTakesTheFirstProviderWithCredentialsAndExplainsWhenNoneHas() {
        CredentialsProvider empty = provider(Map.of());
        CredentialsProvider full = provider(Map.of("ALIBABA_CLOUD_ACCESS_KEY_ID", "id",
                "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "secret"));

        assertThat(CredentialsProvider.chain(empty, full).resolve()).isEqualTo(Credentials.of("id", "secret"));
        assertThatThrownBy(() -> CredentialsProvider.chain(empty, empty).resolve())
                .isInstanceOf(CredentialsException.class)
                .hasMessageStartingWith("no credentials found; pass them to the client's builder with"
                        + " credentials(Credentials.of(id, secret)), or: no credentials in the test variables");
    }

    private static CredentialsProvider provider(Map<String, String> variables) {
        return new EnvironmentCredentialsProvider("test variables", variables::get);
    }
}
