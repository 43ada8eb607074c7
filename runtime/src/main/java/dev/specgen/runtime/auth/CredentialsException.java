package dev.specgen.runtime.auth;

/**
 * No credentials could be found, or a source of credentials is incomplete. The message says where Specgen
 * looked and what to set; it never contains a secret.
 */
public class CredentialsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CredentialsException(String message) {
        super(message);
    }
}
