/**
 * The HTTP side of generated clients, on {@code java.net.http}: {@link dev.specgen.runtime.http.ClientBuilder}
 * (endpoint, credentials, timeouts, retries, HTTP client, hooks), {@link dev.specgen.runtime.http.ApiOperation}
 * and {@link dev.specgen.runtime.http.ApiRequest} (what generated code describes),
 * {@link dev.specgen.runtime.http.ApiCaller} (encode once; sign, send, classify and retry per attempt), hooks
 * for logging and metrics, and the exceptions a call can end with, all subclasses of
 * {@link dev.specgen.runtime.http.ApiCallException}.
 */
@NullMarked
package dev.specgen.runtime.http;

import org.jspecify.annotations.NullMarked;
