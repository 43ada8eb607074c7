/**
 * Request signing: the {@link dev.specgen.runtime.signing.Signer} interface that clients call for every attempt,
 * Alibaba Cloud's V3 signature {@link dev.specgen.runtime.signing.Acs3Signer} ({@code ACS3-HMAC-SHA256}), and the
 * RFC 3986 {@link dev.specgen.runtime.signing.PercentEncoding} that both the signature and the request's path and
 * query use, so that what is signed is exactly what is sent.
 */
@NullMarked
package dev.specgen.runtime.signing;

import org.jspecify.annotations.NullMarked;
