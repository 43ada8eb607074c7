package dev.specgen.standin;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Which API and task id a request is for, from its method, raw path, headers and body. */
final class Routes {

    private Routes() {}

    static StandInService.@Nullable Route match(String method, String rawPath, @Nullable String rawQuery,
            Map<String, List<String>> headers, byte[] body) {
        String[] raw = rawPath.split("/", -1);
        TaskApi api = null;
        String rawId = null;
        if (method.equals("GET") && raw.length == 3 && raw[1].equals("tasks")) {
            api = TaskApi.CS;
            rawId = raw[2];
        } else if (method.equals("GET") && raw.length == 5 && raw[1].equals("api") && raw[2].equals("v1")
                && raw[3].equals("tasks")) {
            api = TaskApi.BDRC;
            rawId = raw[4];
        } else if (method.equals("POST") && rawPath.equals("/")
                && TaskApi.EFLO_CONTROLLER.action().equals(first(headers, "x-acs-action"))
                && TaskApi.EFLO_CONTROLLER.version().equals(first(headers, "x-acs-version"))) {
            api = TaskApi.EFLO_CONTROLLER;
            rawId = formValue(new String(body, StandardCharsets.UTF_8), "TaskId");
            if (rawId == null) {
                rawId = formValue(rawQuery == null ? "" : rawQuery, "TaskId");
            }
        }
        if (api == null) {
            return null;
        }
        if (!api.action().equals(first(headers, "x-acs-action")) || !api.version().equals(first(headers, "x-acs-version"))) {
            return new StandInService.Route(api, null, new SignatureVerifier.Refusal(400, "InvalidAction.NotFound",
                    "Specified action or version is not valid for this path: expected " + api.action() + " "
                            + api.version() + "."));
        }
        if (rawId == null || rawId.isEmpty()) {
            return new StandInService.Route(api, null, new SignatureVerifier.Refusal(400, "MissingTaskId",
                    "TaskId is mandatory for this action."));
        }
        try {
            return new StandInService.Route(api, decode(rawId), null);
        } catch (IllegalArgumentException e) {
            return new StandInService.Route(api, null, new SignatureVerifier.Refusal(400, "InvalidParameter",
                    "The task id is not validly percent-encoded."));
        }
    }

    /** The decoded segments of a raw path; a segment that does not decode is kept raw. */
    static List<String> segments(String rawPath) {
        List<String> segments = new ArrayList<>();
        for (String segment : rawPath.split("/", -1)) {
            if (segments.isEmpty() && segment.isEmpty()) {
                continue; // before the leading '/'
            }
            try {
                segments.add(decode(segment));
            } catch (IllegalArgumentException e) {
                segments.add(segment);
            }
        }
        return segments;
    }

    private static @Nullable String formValue(String form, String name) {
        for (String pair : form.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && decode(pair.substring(0, equals)).equals(name)) {
                return pair.substring(equals + 1);
            }
        }
        return null;
    }

    /** Percent-decoding where {@code +} stays a plus (paths and RFC 3986 bodies); form bodies may use it for space. */
    static String decode(String raw) {
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static @Nullable String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
