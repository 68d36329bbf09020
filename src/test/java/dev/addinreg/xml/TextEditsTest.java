package dev.addinreg.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;


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
}
