package dev.addinreg.xml;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.xml.sax.ext.DefaultHandler2;

/**
 * The parser's check of a large file on two threads. A second thread starts reading the file from its start
 * while the calling thread decodes and {@link XmlTree#outline outlines} it; with the outline, the calling
 * thread takes the file's last piece, from the last of the outline's {@link XmlTree#cuts cuts} to the end,
 * then the piece before it, and so on backwards, while the second thread reads forwards, until they meet. Each
 * taken piece moves the end of the second thread's part back to that piece's start, so the two threads share
 * the work however fast each one is.
 *
 * <p>The second thread's part is the file up to the last cut taken, then the end tags of the elements open
 * there. Each of the calling thread's pieces is the file up to the root (its byte-order mark, XML
 * declaration, comments), the start tags of the elements open at the piece's cut, copied as they are (so every
 * namespace declaration holds), the file from that cut to the next one, and the end tags of the elements open at
 * the next one (none for the last piece, which runs to the file's end). The file is well-formed exactly when
 * every part is: each part's content leaves open exactly the elements, by name, that the next part starts
 * with, as the file does at that cut; and a cut anywhere but before a start tag inside those open elements (a
 * wrong outline) breaks a tag, comment, value or nesting in a part ({@code CheckInTwoTest} tries thousands
 * of broken files). Any part refused sends the whole file through the parser once more on the calling thread,
 * so a problem is always reported by the parser reading the whole file, with the line and column that reading
 * gives.
 */
final class CheckInTwo {
    /**
     * The second threads, kept a while between files: each keeps its parser ({@link SecureXml} makes one per
     * thread), which for a file of a megabyte cost as much as reading it. Daemon threads, gone after 30 s unused.
     */
    private static final ExecutorService THREADS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
            new SynchronousQueue<>(), new ThreadFactory() {
                private final AtomicInteger count = new AtomicInteger();

                @Override
                public Thread newThread(Runnable task) {
                    Thread thread = new Thread(task, "addin-xml-check-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }
            });

    private final String name;
    private final byte[] bytes;
    private final HeadStream head;
    private final FutureTask<Void> headCheck;

    private CheckInTwo(String name, byte[] bytes) {
        this.name = name;
        this.bytes = bytes;
        this.head = new HeadStream(bytes);
        this.headCheck = new FutureTask<>(() -> {
            SecureXml.scan(name, head, new DefaultHandler2());
            return null;
        });
    }

    /** Starts the second thread on {@code bytes}, the whole file until {@link #finish} cuts it. */
    static CheckInTwo start(String name, byte[] bytes) {
        return start(name, bytes, THREADS);
    }

    /** As {@link #start(String, byte[])}, with the second thread from {@code threads}. */
    static CheckInTwo start(String name, byte[] bytes, Executor threads) {
        CheckInTwo check = new CheckInTwo(name, bytes);
        threads.execute(check.headCheck);
        return check;
    }

    /** The second thread's stream, to see where it got to. */
    HeadStream headStream() {
        return head;
    }

    /** Gives up the check: its answer is no longer needed, and the second thread stops reading. */
    void cancel() {
        headCheck.cancel(false);
        head.stop();
    }

    /**
     * Completes the check: with an outline of the file's text, reads pieces from the file's end here, as
     * described above; without one (the text could not be outlined), waits for the second thread to read the
     * whole file.
     *
     * @throws XmlFileException when the file is not well-formed, as the parser reading it whole reports it
     */
    void finish(XmlSource source, XmlTree outline) throws XmlFileException {
        try {
            share(source, outline);
        } finally {
            // on any failure here, the second thread's answer is not needed any more
            if (!headCheck.isDone()) {
                cancel();
            }
        }
    }

    private void share(XmlSource source, XmlTree outline) throws XmlFileException {
        boolean refused = false;
        boolean cutTaken = false;
        // finding the cuts in the bytes must not measure the whole text each time (Shift_JIS and the like)
        if (outline != null && source.locatesDirectly()) {
            List<XmlTree.Cut> cuts = outline.cuts();
            int nextAt = bytes.length;
            byte[] nextClosing = null;
            // the second thread may be done already (a file refused early): then there is nothing to share
            for (int i = cuts.size() - 1; i >= 0 && !refused && !headCheck.isDone(); i--) {
                XmlTree.Cut cut = cuts.get(i);
                int at = source.byteOffset(cut.at());
                byte[] closing = closing(source, cut);
                if (!head.cut(at, closing)) {
                    // the second thread has read past this cut: the rest is its own
                    break;
                }
                cutTaken = true;
                try {
                    SecureXml.scan(name, piece(source, cut, at, nextAt, nextClosing), new DefaultHandler2());
                } catch (XmlFileException e) {
                    refused = true;
                }
                nextAt = at;
                nextClosing = closing;
            }
        }
        if (!cutTaken) {
            // the second thread read the whole file: its answer is the whole file's
            await();
            return;
        }
        if (refused) {
            cancel();
        } else {
            try {
                await();
            } catch (XmlFileException e) {
                refused = true;
            }
        }
        if (refused) {
            SecureXml.scan(name, bytes, new DefaultHandler2());
        }
    }

    /** The end tags that close the elements open at {@code cut}, the innermost first, in the file's encoding. */
    static byte[] closing(XmlSource source, XmlTree.Cut cut) {
        StringBuilder tags = new StringBuilder();
        for (int i = cut.open().size() - 1; i >= 0; i--) {
            tags.append("</").append(cut.open().get(i).name()).append('>');
        }
        return source.encodeText(tags.toString());
    }

    /**
     * A piece for the parser: the file up to the root, the start tags open at {@code cut} as the file has them,
     * the file from {@code cut} (at byte {@code at}) to the next cut (at byte {@code nextAt}), and
     * {@code nextClosing}, the {@link #closing} of the next cut; to the file's end when {@code nextClosing} is null.
     */
    static InputStream piece(XmlSource source, XmlTree.Cut cut, int at, int nextAt, byte[] nextClosing) {
        byte[] bytes = source.rawBytes();
        List<InputStream> parts = new ArrayList<>();
        parts.add(new ByteArrayInputStream(bytes, 0, source.byteOffset(cut.open().get(0).start())));
        for (XmlTree.OpenTag tag : cut.open()) {
            int start = source.byteOffset(tag.start());
            parts.add(new ByteArrayInputStream(bytes, start, source.byteOffset(tag.startTagEnd()) - start));
        }
        parts.add(new ByteArrayInputStream(bytes, at, (nextClosing == null ? bytes.length : nextAt) - at));
        if (nextClosing != null) {
            parts.add(new ByteArrayInputStream(nextClosing));
        }
        return new SequenceInputStream(Collections.enumeration(parts));
    }

    private void await() throws XmlFileException {
        try {
            headCheck.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof XmlFileException refused) {
                throw refused;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("the XML check failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking the XML", e);
        }
    }

    /**
     * The file's bytes as the second thread's parser reads them: all of them, until {@link #cut} ends them at a
     * place the parser has not read yet, followed by end tags; a later cut ends them earlier still.
     */
    static final class HeadStream extends InputStream {
        private final byte[] bytes;
        private int position;
        private int limit;
        private byte[] closing = new byte[0];
        private int closingPosition;

        HeadStream(byte[] bytes) {
            this.bytes = bytes;
            this.limit = bytes.length;
        }

        /** Ends the bytes where the parser has got to: it stops at once, refusing a file cut short. */
        synchronized void stop() {
            limit = position;
            closing = new byte[0];
        }

        /** How many of the file's bytes the parser has been given. */
        synchronized int position() {
            return position;
        }

        /**
         * Ends the file's bytes at {@code at}, before any earlier cut, followed by {@code closing}; false when the
         * parser was given bytes past it.
         */
        synchronized boolean cut(int at, byte[] closing) {
            if (position > at || at > limit || closingPosition > 0) {
                return false;
            }
            this.limit = at;
            this.closing = closing;
            return true;
        }

        @Override
        public synchronized int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public synchronized int read(byte[] into, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (position < limit) {
                int count = Math.min(length, limit - position);
                System.arraycopy(bytes, position, into, offset, count);
                position += count;
                return count;
            }
            if (closingPosition < closing.length) {
                int count = Math.min(length, closing.length - closingPosition);
                System.arraycopy(closing, closingPosition, into, offset, count);
                closingPosition += count;
                return count;
            }
            return -1;
        }
    }
}
