package dev.addinreg.inject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class InParallelTest {

    @Test
    void resultsComeInTheItemsOrderFromSeveralThreads() throws IOException {
        // given more items than are worked through on the calling thread, the early ones slower
        List<Integer> items = IntStream.range(0, 500).boxed().toList();
        Set<String> threads = ConcurrentHashMap.newKeySet();

        // when
        List<Integer> results = InParallel.map(items, item -> {
            threads.add(Thread.currentThread().getName());
            if (item < 8) {
                sleep(20);
            }
            return item * 2;
        });

        // then
        assertEquals(items.stream().map(item -> item * 2).toList(), results);
        assertTrue(threads.size() >= 2, "threads: " + threads);
        assertTrue(threads.stream().allMatch(name -> name.startsWith("addin-files-")), "threads: " + threads);
    }

    @Test
    void fewItemsAreWorkedThroughOnTheCallingThread() throws IOException {
        // given
        String caller = Thread.currentThread().getName();

        // when
        List<String> threads = InParallel.map(List.of(1, 2, 3), item -> Thread.currentThread().getName());

        // then
        assertEquals(List.of(caller, caller, caller), threads);
    }

    @Test
    void theFirstFailureInTheItemsOrderIsThrownAsItWasThrown() {
        // given two failing items, the later one failing first
        List<Integer> items = IntStream.range(0, 200).boxed().toList();

        // when
        IOException e = assertThrows(IOException.class, () -> InParallel.map(items, item -> {
            if (item == 150) {
                throw new IOException("item 150");
            }
            if (item == 100) {
                sleep(50);
                throw new IOException("item 100");
            }
            return item;
        }));

        // then
        assertEquals("item 100", e.getMessage());
    }

    @Test
    void aRuntimeFailureIsThrownAsItIs() {
        // given
        List<Integer> items = IntStream.range(0, 100).boxed().toList();

        // when / then
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> InParallel.map(items, item -> {
            if (item == 70) {
                throw new IllegalStateException("internal");
            }
            return item;
        }));
        assertEquals("internal", e.getMessage());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
