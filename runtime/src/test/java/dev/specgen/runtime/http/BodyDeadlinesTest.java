package dev.specgen.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BodyDeadlinesTest {

    /** A body whose deadline is {@code millis} from now, counting its expiries. */
    private static final class Body implements BodyDeadlines.Watched {
        final long deadline;
        final AtomicInteger expiries = new AtomicInteger();
        final CountDownLatch expired = new CountDownLatch(1);

        Body(long millis) {
            deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        }

        @Override
        public long deadlineNanos() {
            return deadline;
        }

        @Override
        public void expire() {
            expiries.incrementAndGet();
            expired.countDown();
        }
    }

    @Test
    void aBodyPastItsDeadlineExpiresOnceAndNotBefore() throws InterruptedException {
        long start = System.nanoTime();
        Body body = new Body(100);
        BodyDeadlines.watch(body);
        assertThat(body.expired.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(100));
        Thread.sleep(3 * BodyDeadlines.TICK_MILLIS);
        assertThat(body.expiries).hasValue(1);
    }

    @Test
    void aBodyCompleteBeforeItsDeadlineNeverExpires() throws InterruptedException {
        Body body = new Body(50);
        BodyDeadlines.watch(body);
        BodyDeadlines.unwatch(body);
        Body witness = new Body(60);
        BodyDeadlines.watch(witness);
        assertThat(witness.expired.await(5, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(3 * BodyDeadlines.TICK_MILLIS);
        assertThat(body.expiries).hasValue(0);
    }

    @Test
    void deadlinesAreWatchedAgainAfterTheWatcherWentIdle() throws InterruptedException {
        Body first = new Body(10);
        BodyDeadlines.watch(first);
        assertThat(first.expired.await(5, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(1_500); // longer than the watcher stays up with nothing to watch
        Body second = new Body(10);
        BodyDeadlines.watch(second);
        assertThat(second.expired.await(5, TimeUnit.SECONDS)).isTrue();
    }
}
