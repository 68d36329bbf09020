package dev.addinreg.maven;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.maven.plugin.logging.Log;

/** A {@link Log} that keeps every line as {@code [LEVEL] text}, so tests can assert exactly what a user sees. */
final class RecordingLog implements Log {
    private final List<String> lines = new ArrayList<>();

    /** Every line logged, in order, as {@code [DEBUG]}, {@code [INFO]}, {@code [WARN]} or {@code [ERROR]} and the text. */
    List<String> lines() {
        return Collections.unmodifiableList(lines);
    }

    private void record(String level, CharSequence content, Throwable error) {
        StringBuilder line = new StringBuilder("[").append(level).append("] ");
        if (content != null) {
            line.append(content);
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            line.append(content == null && cause == error ? "" : " ").append("<- ").append(cause);
        }
        lines.add(line.toString());
    }

    @Override
    public boolean isDebugEnabled() {
        return true;
    }

    @Override
    public void debug(CharSequence content) {
        record("DEBUG", content, null);
    }

    @Override
    public void debug(CharSequence content, Throwable error) {
        record("DEBUG", content, error);
    }

    @Override
    public void debug(Throwable error) {
        record("DEBUG", null, error);
    }

    @Override
    public boolean isInfoEnabled() {
        return true;
    }

    @Override
    public void info(CharSequence content) {
        record("INFO", content, null);
    }

    @Override
    public void info(CharSequence content, Throwable error) {
        record("INFO", content, error);
    }

    @Override
    public void info(Throwable error) {
        record("INFO", null, error);
    }

    @Override
    public boolean isWarnEnabled() {
        return true;
    }

    @Override
    public void warn(CharSequence content) {
        record("WARN", content, null);
    }

    @Override
    public void warn(CharSequence content, Throwable error) {
        record("WARN", content, error);
    }

    @Override
    public void warn(Throwable error) {
        record("WARN", null, error);
    }

    @Override
    public boolean isErrorEnabled() {
        return true;
    }

    @Override
    public void error(CharSequence content) {
        record("ERROR", content, null);
    }

    @Override
    public void error(CharSequence content, Throwable error) {
        record("ERROR", content, error);
    }

    @Override
    public void error(Throwable error) {
        record("ERROR", null, error);
    }
}
