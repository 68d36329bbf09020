package dev.addinreg.inject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the same work on every item of a list on a few threads, and gives the results in the list's order.
 * Reading, checking and writing thousands of small files is mostly waiting on the file system, which
 * serves several requests at once: on the 2-core machine this project is measured on, two copies of a
 * tree at once take about 0.55 of one copy's time. Few items are worked through on the calling thread.
 */
final class InParallel {
    /** Below this many items, starting threads costs more than it saves. */
    private static final int SERIAL_BELOW = 64;
    private static final int MAX_THREADS = 4;
    private static final AtomicInteger POOLS = new AtomicInteger();

    @FunctionalInterface
    interface Work<T, R> {
        R apply(T item) throws IOException;
    }

    private InParallel() {
    }

    /**
     * {@code work} applied to each item, in the items' order. The first failure, in that order, is thrown once
     * every item's work has ended, as the work threw it.
     */
    static <T, R> List<R> map(List<T> items, Work<T, R> work) throws IOException {
        int threads = Math.min(MAX_THREADS, Math.max(2, Runtime.getRuntime().availableProcessors()));
        if (items.size() < SERIAL_BELOW) {
            List<R> results = new ArrayList<>(items.size());
            for (T item : items) {
                results.add(work.apply(item));
            }
            return results;
        }
        int pool = POOLS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "addin-files-" + pool + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<R>> futures = new ArrayList<>(items.size());
            for (T item : items) {
                futures.add(executor.submit(() -> {
                    try {
                        return work.apply(item);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
            }
            List<R> results = new ArrayList<>(items.size());
            Throwable failure = null;
            for (Future<R> future : futures) {
                try {
                    results.add(future.get());
                } catch (ExecutionException e) {
                    failure = failure == null ? e.getCause() : failure;
                    results.add(null);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while working through the add-in's files", e);
                }
            }
            if (failure instanceof UncheckedIOException unchecked) {
                throw unchecked.getCause();
            }
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            return results;
        } finally {
            executor.shutdownNow();
        }
    }
}
