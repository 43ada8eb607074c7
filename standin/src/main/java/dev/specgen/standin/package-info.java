/**
 * Test support: {@link dev.specgen.standin.StandInService}, a loopback stand-in of the three Alibaba Cloud task
 * APIs that checks V3 signatures independently of the client and answers with the documentation's samples.
 */
@NullMarked
package dev.specgen.standin;

import org.jspecify.annotations.NullMarked;
