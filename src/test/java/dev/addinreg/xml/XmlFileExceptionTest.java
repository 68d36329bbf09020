package dev.addinreg.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;

import org.junit.jupiter.api.Test;

class XmlFileExceptionTest {

    @Test
    void whereNamesFileLineAndColumnAsFarAsKnown() {
        // when / then
        assertEquals("Web.config", new XmlFileException("Web.config", "what", "fix").where());
        assertEquals("Web.config:3", new XmlFileException("Web.config", 3, -1, "what", "fix", null).where());
        assertEquals("Web.config:3:7", new XmlFileException("Web.config", 3, 7, "what", "fix", null).where());
    }

    @Test
    void messageIsWhereWhatAndFix() {
        // given
        IOException cause = new IOException("disk");

        // when
        XmlFileException e = new XmlFileException("a/Web.config", 2, 5, "the thing is wrong", "do this", cause);

        // then
        assertEquals("a/Web.config:2:5: the thing is wrong. Fix: do this", e.getMessage());
        assertEquals("the thing is wrong", e.what());
        assertEquals("do this", e.fix());
        assertSame(cause, e.getCause());
        assertNull(new XmlFileException("f", "w", "x").getCause());
    }
}
