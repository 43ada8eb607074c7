package dev.specgen.core.clients;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The warnings written to one {@link System.Logger} while open. Without a {@code System.LoggerFinder} of its own
 * (none is on the test class path), the JDK backs {@code System.getLogger(name)} with the
 * {@code java.util.logging} logger of the same name, so a handler there sees exactly what a user's logging sees.
 */
final class CapturedWarnings implements AutoCloseable {

    private final Logger logger;
    private final List<String> messages = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                messages.add(record.getMessage());
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    CapturedWarnings(String loggerName) {
        this.logger = Logger.getLogger(loggerName); // held in a field: java.util.logging keeps loggers weakly
        logger.addHandler(handler);
    }

    List<String> messages() {
        return List.copyOf(messages);
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
    }
}
