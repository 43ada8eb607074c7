package dev.specgen.runtime.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * The {@code User-Agent} clients send: {@code specgen/0.1.0 (Java 17.0.15; Linux amd64) CsClient/2015-12-15},
 * followed by the application name when one is set. Services log it; it tells their support which client and
 * which version sent a request.
 */
final class UserAgent {

    private static final String VERSION = readVersion();

    private UserAgent() {}

    /** The version of specgen-runtime, from the properties file the build writes. */
    static String specgenVersion() {
        return VERSION;
    }

    static String of(ServiceDescription service, @Nullable String applicationName) {
        StringBuilder agent = new StringBuilder("specgen/").append(VERSION)
                .append(" (Java ").append(System.getProperty("java.version"))
                .append("; ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch"))
                .append(") ").append(service.clientName());
        if (service.apiVersion() != null) {
            agent.append('/').append(service.apiVersion());
        }
        if (applicationName != null) {
            agent.append(' ').append(applicationName);
        }
        return HeaderChecks.value("user-agent", agent.toString());
    }

    private static String readVersion() {
        try (InputStream in = UserAgent.class.getResourceAsStream("/dev/specgen/runtime/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
