/**
 * Incremental generation: a fingerprint of everything the output depends on decides whether a build
 * has anything to do, so that an up-to-date build costs a few file hashes, not a parse.
 */
@NullMarked
package dev.specgen.core.incremental;

import org.jspecify.annotations.NullMarked;
