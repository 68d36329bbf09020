package dev.addinreg.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class TextEditsTest {

    @Test
    void replacesAndInsertsKeepingEverythingElse() {
        // given edits added out of order
        TextEdits edits = new TextEdits();
        edits.insert(5, "Y");
        edits.replace(1, 3, "X");

        // when / then
        assertEquals("aXdeYf", edits.applyTo("abcdef"));
    }

    @Test
    void insertsAtOneOffsetKeepTheirOrder() {
        // given
        TextEdits edits = new TextEdits();
        edits.insert(2, "1");
        edits.insert(2, "2");
        edits.insert(2, "3");

        // when / then
        assertEquals("ab123cd", edits.applyTo("abcd"));
    }

    @Test
    void adjacentEditsAreApplied() {
        // given
        TextEdits edits = new TextEdits();
        edits.replace(0, 2, "X");
        edits.replace(2, 4, "Y");
        edits.insert(4, "Z");

        // when / then
        assertEquals("XYZ", edits.applyTo("abcd"));
    }

    @Test
    void editsAtTheEndsOfTheText() {
        // given
        TextEdits edits = new TextEdits();
        edits.insert(0, "<");
        edits.insert(3, ">");
        edits.replace(1, 2, "");

        // when / then
        assertEquals("<ac>", edits.applyTo("abc"));
    }

    @Test
    void overlappingReplacementsAreRejected() {
        // given
        TextEdits edits = new TextEdits();
        edits.replace(1, 4, "x");
        edits.replace(3, 5, "y");

        // when
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> edits.applyTo("abcdef"));

        // then
        assertEquals("overlapping edits at offset 3", e.getMessage());
    }

    @Test
    void insertInsideAReplacementIsRejected() {
        // given
        TextEdits edits = new TextEdits();
        edits.replace(1, 4, "x");
        edits.insert(2, "y");

        // when
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> edits.applyTo("abcdef"));

        // then
        assertEquals("overlapping edits at offset 2", e.getMessage());
    }

    @Test
    void noEditsLeaveTheText() {
        // given
        TextEdits edits = new TextEdits();

        // when / then
        assertTrue(edits.isEmpty());
        assertEquals("abc", edits.applyTo("abc"));
        edits.insert(0, "");
        assertFalse(edits.isEmpty());
    }

    private static final String CONFIG = "\uFEFF<?xml version=\"1.0\"?>\r\n<configuration xmlns:xdt=\"urn:x\">\r\n"
            + "  <configSections />\r\n  <appSettings>\r\n    <add key=\"ClientId\" value=\"\" />\r\n  </appSettings>\r\n"
            + "  <system.web>r\u00e9sum\u00e9</system.web>\r\n</configuration>\r\n";

    @Test
    void excerptHoldsThePrologTheEditedChildAndTheEndTag() throws Exception {
        // given a value set inside appSettings, in a UTF-8 file with a byte-order mark
        XmlSource source = XmlSource.decode("Web.config", CONFIG.getBytes(StandardCharsets.UTF_8));
        XmlTree tree = XmlTree.outline(source.text(), "appSettings");
        int value = source.text().indexOf("value=\"") + 7;
        TextEdits edits = new TextEdits();
        edits.insert(value, "id-\u00e9");

        // when
        Optional<byte[]> excerpt = edits.excerpt(source, tree, edits.applyTo(source));

        // then the bytes before the edited child are the root's start tag, the rest is cut after the child
        assertEquals("\uFEFF<?xml version=\"1.0\"?>\r\n<configuration xmlns:xdt=\"urn:x\"><appSettings>\r\n"
                + "    <add key=\"ClientId\" value=\"id-\u00e9\" />\r\n  </appSettings></configuration>",
                new String(excerpt.orElseThrow(), StandardCharsets.UTF_8));
    }

    @Test
    void excerptOfAnInsertionBetweenChildrenIsTheInsertion() throws Exception {
        // given a new section inserted after configSections
        XmlSource source = XmlSource.decode("Web.config", CONFIG.getBytes(StandardCharsets.UTF_8));
        XmlTree tree = XmlTree.outline(source.text(), "appSettings");
        TextEdits edits = new TextEdits();
        edits.insert(source.text().indexOf("/>") + 2, "<x/>");

        // when
        Optional<byte[]> excerpt = edits.excerpt(source, tree, edits.applyTo(source));

        // then
        assertEquals("\uFEFF<?xml version=\"1.0\"?>\r\n<configuration xmlns:xdt=\"urn:x\"><x/></configuration>",
                new String(excerpt.orElseThrow(), StandardCharsets.UTF_8));
    }

    @Test
    void excerptOfAUtf16FileIsInItsEncoding() throws Exception {
        // given the same file in UTF-16LE with its byte-order mark
        byte[] bytes = ("\uFEFF" + CONFIG.substring(1).replace("version=\"1.0\"", "version=\"1.0\" encoding=\"utf-16\""))
                .getBytes(StandardCharsets.UTF_16LE);
        XmlSource source = XmlSource.decode("Web.config", bytes);
        XmlTree tree = XmlTree.outline(source.text(), "appSettings");
        TextEdits edits = new TextEdits();
        edits.insert(source.text().indexOf("value=\"") + 7, "id");

        // when
        byte[] excerpt = edits.excerpt(source, tree, edits.applyTo(source)).orElseThrow();

        // then
        assertEquals("\uFEFF<?xml version=\"1.0\" encoding=\"utf-16\"?>\r\n<configuration xmlns:xdt=\"urn:x\"><appSettings>\r\n"
                + "    <add key=\"ClientId\" value=\"id\" />\r\n  </appSettings></configuration>",
                new String(excerpt, StandardCharsets.UTF_16LE));
    }

    @Test
    void noExcerptWhenAnEditLiesOutsideTheRootsContent() throws Exception {
        // given an edit of the root's start tag, and no edit at all
        XmlSource source = XmlSource.decode("Web.config", CONFIG.getBytes(StandardCharsets.UTF_8));
        XmlTree tree = XmlTree.outline(source.text(), "appSettings");
        TextEdits outside = new TextEdits();
        outside.insert(source.text().indexOf("<configuration") + 14, " a=\"b\"");
        TextEdits none = new TextEdits();

        // when / then
        assertTrue(outside.excerpt(source, tree, outside.applyTo(source)).isEmpty());
        assertTrue(none.excerpt(source, tree, none.applyTo(source)).isEmpty());
    }
}
