package dev.specgen.runtime.http;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Enforces the deadlines of response bodies being read, from one daemon thread that looks at them every
 * {@link #TICK_MILLIS} milliseconds while any are being read.
 *
 * <p>A timer per call ({@code CompletableFuture.completeOnTimeout}) schedules a task and cancels it again on
 * every call, and both wake the JDK's timer thread: two thread hand-offs on the path of every response, which
 * measured about a tenth of an asynchronous loopback call. Here a call only adds itself to a set and removes
 * itself when its body is complete; the cost of a deadline is that it fires up to one tick late. The thread
 * stops after a second with nothing to watch, and starts again with the next call.
 */
final class BodyDeadlines {

    /** How often deadlines are looked at: a read timeout fires at most this much later than it is set for. */
    static final long TICK_MILLIS = 20;

    private static final long IDLE_STOP_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final Set<Watched> WATCHED = ConcurrentHashMap.newKeySet();
    private static final Object LOCK = new Object();
    private static boolean running; // guarded by LOCK

    /** A body being read, which must be given up when its deadline has passed. */
    interface Watched {

        /** In {@link System#nanoTime()}'s terms. */
        long deadlineNanos();

        /** Gives the body up; called once, on a pool thread, never while holding anything of this class. */
        void expire();
    }

    private BodyDeadlines() {}

    static void watch(Watched body) {
        WATCHED.add(body);
        synchronized (LOCK) {
            if (!running) {
                running = true;
                Thread thread = new Thread(BodyDeadlines::run, "specgen-body-deadlines");
                thread.setDaemon(true);
                thread.start();
            }
        }
    }

    static void unwatch(Watched body) {
        WATCHED.remove(body);
    }

    private static void run() {
        long lastBusy = System.nanoTime();
        while (true) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS));
            long now = System.nanoTime();
            if (!WATCHED.isEmpty()) {
                lastBusy = now;
                for (Watched body : WATCHED) {
                    if (now - body.deadlineNanos() >= 0 && WATCHED.remove(body)) {
                        // Off this thread: expiring completes the call's future, and whatever the caller
                        // chained to it must not hold up the deadlines of other calls.
                        ForkJoinPool.commonPool().execute(body::expire);
                    }
                }
            } else if (now - lastBusy > IDLE_STOP_NANOS) {
                synchronized (LOCK) {
                    // watch() adds before it takes the lock, so a body added since the check above is seen here.
                    if (WATCHED.isEmpty()) {
                        running = false;
                        return;
                    }
                }
            }
        }
    }
}
