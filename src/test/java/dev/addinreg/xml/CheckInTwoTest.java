package dev.addinreg.xml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.xml.sax.ext.DefaultHandler2;

/**
 * A file cut in parts is well-formed exactly when the whole file is: wherever the two threads meet among the
 * cuts an outline notes, in every encoding, and for thousands of broken variants of a file (the parser must
 * refuse a part of each one it refuses whole).
 */
class CheckInTwoTest {
    /** Namespaces declared on the root and below it, used after the cuts; comments, CDATA, references, a PI. */
    private static final String DOCUMENT = documentOf(40);

    private static String documentOf(int rules) {
        StringBuilder text = new StringBuilder("<?xml version=\"1.0\" encoding=\"ENCODING\"?>\n<!-- Gr\u00f6\u00dfe \u20ac -->\n"
                + "<configuration xmlns=\"urn:default\" xmlns:c=\"urn:c\">\n  <appSettings>\n"
                + "    <add key=\"ClientId\" value=\"*\" />\n  </appSettings>\n"
                + "  <system.webServer xmlns:r=\"urn:r\" note=\"a &gt; b\">\n    <r:rules c:kind='legacy'>\n");
        for (int i = 0; i < rules; i++) {
            text.append("      <r:rule name=\"r").append(i).append("\" c:x=\"&amp;&#233;\">");
            switch (i % 4) {
                case 0 -> text.append("<![CDATA[ <not a tag> ]]>");
                case 1 -> text.append("<!-- <also not> -->text \u00e9");
                case 2 -> text.append("<?pi data?><c:inner><deeper/></c:inner>");
                default -> text.append("caf\u00e9 &lt;");
            }
            text.append("</r:rule>\n");
        }
        return text.append("    </r:rules>\n  </system.webServer>\n</configuration>\n<!-- after -->\n").toString();
    }

    private static byte[] bytes(String text, Charset charset, byte... bom) {
        byte[] body = text.replace("ENCODING", charset.name()).getBytes(charset);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }

    private static boolean accepted(InputStream in) {
        try {
            SecureXml.scan("Web.config", in, new DefaultHandler2());
            return true;
        } catch (XmlFileException e) {
            return false;
        }
    }

    /** Whether the second thread's part, cut at {@code cuts[i]}, is well-formed. */
    private static boolean headAccepted(XmlSource source, List<XmlTree.Cut> cuts, int i) {
        CheckInTwo.HeadStream head = new CheckInTwo.HeadStream(source.rawBytes());
        assertTrue(head.cut(source.byteOffset(cuts.get(i).at()), CheckInTwo.closing(source, cuts.get(i))));
        return accepted(head);
    }

    /** Whether the piece from {@code cuts[i]} to the next cut (or the end) is well-formed. */
    private static boolean pieceAccepted(XmlSource source, List<XmlTree.Cut> cuts, int i) {
        XmlTree.Cut next = i + 1 < cuts.size() ? cuts.get(i + 1) : null;
        return accepted(CheckInTwo.piece(source, cuts.get(i), source.byteOffset(cuts.get(i).at()),
                next == null ? -1 : source.byteOffset(next.at()), next == null ? null : CheckInTwo.closing(source, next)));
    }

    /**
     * For each cut the second thread's part may end at: whether that part and every piece after it are
     * well-formed, as {@link CheckInTwo#finish} finds when the threads meet there.
     */
    private static boolean[] partsAccepted(XmlSource source, List<XmlTree.Cut> cuts) {
        boolean[] accepted = new boolean[cuts.size()];
        boolean piecesAfter = true;
        for (int i = cuts.size() - 1; i >= 0; i--) {
            piecesAfter &= pieceAccepted(source, cuts, i);
            accepted[i] = piecesAfter && headAccepted(source, cuts, i);
        }
        return accepted;
    }

    @Test
    void aWellFormedFileGivesWellFormedPartsWhereverTheThreadsMeet() throws XmlFileException {
        byte[][] files = {
            bytes(DOCUMENT, StandardCharsets.UTF_8),
            bytes(DOCUMENT, StandardCharsets.UTF_8, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF),
            bytes(DOCUMENT, StandardCharsets.UTF_16LE, (byte) 0xFF, (byte) 0xFE),
            bytes(DOCUMENT, StandardCharsets.UTF_16BE, (byte) 0xFE, (byte) 0xFF),
            bytes(DOCUMENT.replace("\u20ac", "EUR"), Charset.forName("windows-1252")),
        };
        for (byte[] file : files) {
            XmlSource source = XmlSource.decode("Web.config", file);
            XmlTree outline = XmlTree.outline(source.text(), "appSettings");
            assertTrue(outline.cuts().size() > XmlTree.CUTS / 2, "cuts: " + outline.cuts().size());
            boolean[] accepted = partsAccepted(source, outline.cuts());
            for (int i = 0; i < accepted.length; i++) {
                assertTrue(accepted[i], source.charset() + " cut at " + outline.cuts().get(i).at());
            }
        }
    }

    @Test
    void thePartsHoldTheProlog_theOpenStartTagsAndTheEndTagsThatCloseThem() throws Exception {
        // given: cuts before <d/> (inside a and b) and before <e/> (inside a)
        String text = "<?xml version=\"1.0\"?>\n<a x=\"1\">\n <b y='2'>\n  <c/>\n  <d/>\n </b>\n <e/>\n</a>\n";
        XmlSource source = XmlSource.decode("Web.config", text.getBytes(StandardCharsets.UTF_8));
        XmlTree.OpenTag a = new XmlTree.OpenTag(text.indexOf("<a"), text.indexOf("<a") + 9, "a");
        XmlTree.OpenTag b = new XmlTree.OpenTag(text.indexOf("<b"), text.indexOf("<b") + 9, "b");
        XmlTree.Cut d = new XmlTree.Cut(text.indexOf("<d/>"), List.of(a, b));
        XmlTree.Cut e = new XmlTree.Cut(text.indexOf("<e/>"), List.of(a));

        // when
        CheckInTwo.HeadStream head = new CheckInTwo.HeadStream(source.rawBytes());
        assertTrue(head.cut(source.byteOffset(e.at()), CheckInTwo.closing(source, e)));
        assertTrue(head.cut(source.byteOffset(d.at()), CheckInTwo.closing(source, d)), "the second thread's part ends earlier");

        // then
        assertEquals("<?xml version=\"1.0\"?>\n<a x=\"1\">\n <b y='2'>\n  <c/>\n  </b></a>", read(head));
        assertEquals("<?xml version=\"1.0\"?>\n<a x=\"1\"><b y='2'><d/>\n </b>\n </a>",
                read(CheckInTwo.piece(source, d, source.byteOffset(d.at()), source.byteOffset(e.at()), CheckInTwo.closing(source, e))));
        assertEquals("<?xml version=\"1.0\"?>\n<a x=\"1\"><e/>\n</a>\n", read(CheckInTwo.piece(source, e, source.byteOffset(e.at()), -1, null)));
    }

    @Test
    void aCutBehindWhatTheParserWasGivenIsRefused() throws Exception {
        // given
        byte[] bytes = "<a><b/><c/></a>".getBytes(StandardCharsets.UTF_8);
        byte[] closing = "</a>".getBytes(StandardCharsets.UTF_8);
        CheckInTwo.HeadStream head = new CheckInTwo.HeadStream(bytes);
        byte[] first = new byte[8];
        assertEquals(8, head.read(first, 0, 8));

        // when, then: the parser has read past offset 7; a cut is never later than the last one
        assertFalse(head.cut(7, closing));
        assertTrue(head.cut(10, closing));
        assertFalse(head.cut(11, closing));
        assertTrue(head.cut(8, closing));
        assertEquals('<', head.read());
        assertFalse(head.cut(8, closing), "the end tags have begun");
        assertEquals("/a>", new String(head.readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void aStoppedStreamEndsWhereTheParserHasGot() throws Exception {
        CheckInTwo.HeadStream head = new CheckInTwo.HeadStream("<a><b/></a>".getBytes(StandardCharsets.UTF_8));
        assertEquals('<', head.read());
        head.stop();
        assertEquals(-1, head.read());
    }

    /**
     * The soundness of the cuts: a file the parser refuses whole has a part it refuses, wherever among the cuts
     * the outline of that (broken) text notes the threads meet; and a file it accepts whole has only parts it
     * accepts. Seeded, so any failure repeats.
     */
    @Test
    void brokenVariantsAreRefusedInAPartWhereverTheThreadsMeet() {
        String base = documentOf(12).replace("ENCODING", "utf-8");
        String[] insertions = {"<", ">", "\"", "'", "/", "&", "]]>", "=", "<!--", "-->", "<x>", "</x>", "u:", " a=\"1\"", "\u0001"};
        Random random = new Random(20261123);
        int refusedWhole = 0;
        int cutsTried = 0;
        for (int variant = 0; variant < 1500; variant++) {
            StringBuilder text = new StringBuilder(base);
            int at = random.nextInt(text.length());
            switch (random.nextInt(4)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, insertions[random.nextInt(insertions.length)]);
                case 2 -> text.setCharAt(at, Character.isLetter(text.charAt(at)) ? 'q' : '<');
                default -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(12)));
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            boolean whole = accepted(new ByteArrayInputStream(bytes));
            XmlSource source;
            XmlTree outline;
            try {
                source = XmlSource.decode("Web.config", bytes);
                outline = XmlTree.outline(source.text(), "appSettings");
            } catch (XmlFileException | RuntimeException e) {
                // no outline, no cut: the second thread reads the whole file
                continue;
            }
            refusedWhole += whole ? 0 : 1;
            boolean[] accepted = partsAccepted(source, outline.cuts());
            for (int i = 0; i < accepted.length; i++) {
                cutsTried++;
                if (accepted[i] != whole) {
                    fail("variant " + variant + " cut at " + outline.cuts().get(i).at() + ": whole " + (whole ? "accepted" : "refused")
                            + ", parts the other way:\n" + text);
                }
            }
        }
        assertTrue(refusedWhole > 500, "variants refused whole that the outline still mapped: " + refusedWhole);
        assertTrue(cutsTried > 15_000, "cuts tried: " + cutsTried);
    }

    /**
     * Starts the second thread only once the calling thread waits for it, that is, once the calling thread
     * has taken every piece it could (or has given the second thread up; at most 10 s later).
     */
    private static java.util.concurrent.Executor late() {
        Thread calling = Thread.currentThread();
        return task -> new Thread(() -> {
            long until = System.nanoTime() + 10_000_000_000L;
            java.util.concurrent.Future<?> check = (java.util.concurrent.Future<?>) task;
            while (calling.getState() != Thread.State.WAITING && !check.isDone() && System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            task.run();
        }).start();
    }

    /** A large file of {@link #documentOf} rules, with {@code mistake} put in at about {@code where} of its length. */
    private static String large(double where, String mistake) {
        String text = documentOf(20_000).replace("ENCODING", "utf-8");
        int at = text.indexOf("      <r:rule ", (int) (text.length() * where));
        return text.substring(0, at) + mistake + text.substring(at);
    }

    /** Checks {@code bytes} as ParsedXml.readOutline does, with the second thread held back; the head's stream. */
    private static CheckInTwo.HeadStream checkLate(byte[] bytes) throws XmlFileException {
        CheckInTwo check = CheckInTwo.start("Web.config", bytes, late());
        XmlSource source = XmlSource.decode("Web.config", bytes);
        XmlTree outline;
        try {
            outline = XmlTree.outline(source.text(), "appSettings");
        } catch (RuntimeException e) {
            outline = null;
        }
        check.finish(source, outline);
        return check.headStream();
    }

    @Test
    void withTheSecondThreadLateTheCallingThreadTakesEveryPiece() throws Exception {
        // given
        byte[] bytes = large(0.5, "").getBytes(StandardCharsets.UTF_8);
        XmlSource source = XmlSource.decode("Web.config", bytes);
        int firstCut = source.byteOffset(XmlTree.outline(source.text(), "appSettings").cuts().get(0).at());

        // when
        CheckInTwo.HeadStream head = checkLate(bytes);

        // then: the second thread read only up to the first cut
        assertEquals(firstCut, head.position());
    }

    @Test
    void aMistakeInAnyPartGetsTheWholeFilesMessage() throws Exception {
        for (double where : new double[] {0.01, 0.5, 0.99}) {
            for (String mistake : new String[] {"<r:rule></r:rules>", "<u:rule/>", "<r:rule a=\"1\" a=\"2\"/>", "&nbsp;"}) {
                // given: the mistake in the second thread's part (a hundredth in), a middle piece, the last piece
                byte[] bytes = large(where, mistake).getBytes(StandardCharsets.UTF_8);
                String whole = assertThrows(XmlFileException.class, () -> SecureXml.scan("Web.config", bytes, new DefaultHandler2()))
                        .getMessage();

                // when
                XmlFileException e = assertThrows(XmlFileException.class, () -> checkLate(bytes));

                // then
                assertEquals(whole, e.getMessage(), where + " " + mistake);
            }
        }
    }

    @Test
    void aFileTheOutlineCannotMapIsReadWholeByTheSecondThread() throws Exception {
        // given: an end tag whose '>' is missing at the end of the file
        String text = large(0.5, "");
        byte[] bytes = text.substring(0, text.length() - 2).getBytes(StandardCharsets.UTF_8);

        // when
        XmlFileException e = assertThrows(XmlFileException.class, () -> checkLate(bytes));

        // then
        assertEquals(assertThrows(XmlFileException.class, () -> SecureXml.scan("Web.config", bytes, new DefaultHandler2()))
                .getMessage(), e.getMessage());
    }

    @Test
    void aMultiByteEncodingOtherThanUtf8IsNotCut() throws Exception {
        // given: Shift_JIS, where finding a place in the bytes means measuring all the text before it
        String text = large(0.5, "").replace("utf-8", "Shift_JIS").replace("\u20ac", "\u65e5");
        byte[] bytes = text.getBytes(Charset.forName("Shift_JIS"));
        assertFalse(XmlSource.decode("Web.config", bytes).locatesDirectly());

        // when
        CheckInTwo.HeadStream head = checkLate(bytes);

        // then: the second thread read it all
        assertEquals(bytes.length, head.position());
    }

    @Test
    void utf8HoldingARealReplacementCharacterIsStillCut() throws Exception {
        // given
        byte[] bytes = large(0.5, "<r:rule name=\"\ufffd\"/>").getBytes(StandardCharsets.UTF_8);
        XmlSource source = XmlSource.decode("Web.config", bytes);
        assertTrue(source.locatesDirectly());

        // when
        CheckInTwo.HeadStream head = checkLate(bytes);

        // then
        assertTrue(head.position() < bytes.length / 2, "the second thread read " + head.position());
    }

    private static String read(InputStream in) throws java.io.IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
