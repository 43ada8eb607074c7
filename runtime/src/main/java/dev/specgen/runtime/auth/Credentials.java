package dev.specgen.runtime.auth;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An Alibaba Cloud AccessKey pair, optionally with the security token of temporary (STS) credentials.
 *
 * <p>The secret and the token are never part of {@link #toString()}, and nothing in Specgen's runtime puts them
 * in an exception message or a log line; only the AccessKey ID, which every signed request carries in clear in
 * its {@code Authorization} header, is shown.
 */
public final class Credentials {

    private final String accessKeyId;
    private final String accessKeySecret;
    private final @Nullable String securityToken;

    private Credentials(String accessKeyId, String accessKeySecret, @Nullable String securityToken) {
        this.accessKeyId = requireText(accessKeyId, "accessKeyId");
        this.accessKeySecret = requireText(accessKeySecret, "accessKeySecret");
        this.securityToken = securityToken == null ? null : requireText(securityToken, "securityToken");
    }

    /** Long-term credentials: an AccessKey ID and its secret. */
    public static Credentials of(String accessKeyId, String accessKeySecret) {
        return new Credentials(accessKeyId, accessKeySecret, null);
    }

    /** Temporary credentials from STS: the AccessKey pair and the security token that goes with it. */
    public static Credentials of(String accessKeyId, String accessKeySecret, String securityToken) {
        return new Credentials(accessKeyId, accessKeySecret, Objects.requireNonNull(securityToken, "securityToken"));
    }

    public String accessKeyId() {
        return accessKeyId;
    }

    /** The secret; handle with care: never log it. */
    public String accessKeySecret() {
        return accessKeySecret;
    }

    /** The STS security token, present for temporary credentials only. */
    public Optional<String> securityToken() {
        return Optional.ofNullable(securityToken);
    }

    private static String requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            // Checked here because these values end up in HTTP headers; the value itself is not echoed.
            throw new IllegalArgumentException(name + " must not contain a line break");
        }
        return value;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Credentials that
                && accessKeyId.equals(that.accessKeyId)
                && accessKeySecret.equals(that.accessKeySecret)
                && Objects.equals(securityToken, that.securityToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accessKeyId, accessKeySecret, securityToken);
    }

    /** Shows the AccessKey ID only; the secret and the token are replaced by {@code ***}. */
    @Override
    public String toString() {
        return "Credentials[accessKeyId=" + accessKeyId + ", accessKeySecret=***"
                + (securityToken == null ? "" : ", securityToken=***") + "]";
    }
}
