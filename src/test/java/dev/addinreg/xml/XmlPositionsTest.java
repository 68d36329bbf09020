package dev.addinreg.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.addinreg.xml.XmlPositions.Attribute;
import dev.addinreg.xml.XmlPositions.Tag;
import dev.addinreg.xml.XmlPositions.TextRun;

class XmlPositionsTest {

    @Test
    void linesAndColumnsCountEveryKindOfLineEnding() {
        // given LF, CRLF and a lone CR
        String text = "<r>\n  <b/>\r\n\t<c/>\r<d/></r>";

        // when
        XmlPositions positions = XmlPositions.of(text);

        // then
        List<Tag> tags = positions.tags();
        assertEquals("2:3", position(positions, tags.get(1).start()));
        assertEquals("3:2", position(positions, tags.get(2).start()));
        assertEquals("4:1", position(positions, tags.get(3).start()));
        assertEquals("1:1", position(positions, 0));
        assertEquals("2:7", position(positions, text.indexOf('\r')));
        assertEquals("2:8", position(positions, text.indexOf("\r\n") + 1));
        assertEquals("4:5", position(positions, text.indexOf("</r>")));
    }

    @Test
    void tagPositionsCoverTheTags() {
        // given
        String text = "<a x=\"1\">t<b/><c  /></a>";

        // when
        List<Tag> tags = XmlPositions.of(text).tags();

        // then
        Tag a = tags.get(0);
        assertEquals(0, a.start());
        assertEquals("<a x=\"1\">", text.substring(a.start(), a.startTagEnd()));
        assertEquals("</a>", text.substring(a.endTagStart(), a.end()));
        assertFalse(a.selfClosing());
        Tag c = tags.get(2);
        assertTrue(c.selfClosing());
        assertEquals("<c  />", text.substring(c.start(), c.end()));
        assertEquals(c.end(), c.startTagEnd());
        assertEquals(c.end(), c.endTagStart());
    }

    @Test
    void attributeValuesInBothQuoteStyles() {
        // given the other quote, '>' and '/' inside values, spaces around '=', a value spread over two lines
        String text = "<add key=\"Client'Id\" value = 'a\"b>c/d'\r\n     other=\"x\r\ny\"/>";

        // when
        List<Attribute> attributes = XmlPositions.of(text).tags().get(0).attributes();

        // then
        assertEquals(List.of("key", "value", "other"), attributes.stream().map(Attribute::name).toList());
        assertEquals("Client'Id", value(text, attributes.get(0)));
        assertEquals('"', attributes.get(0).quote());
        assertEquals("a\"b>c/d", value(text, attributes.get(1)));
        assertEquals('\'', attributes.get(1).quote());
        assertEquals("x\r\ny", value(text, attributes.get(2)));
    }

    @Test
    void namesAreKeptAsWrittenWithTheirPrefixes() {
        // given
        String text = "<m:App xmlns:m=\"urn:m\"><m:AppPrincipal m:x=\"1\"/><AppPrincipal/></m:App>";

        // when
        List<Tag> tags = XmlPositions.of(text).tags();

        // then
        assertEquals(List.of("m:App", "m:AppPrincipal", "AppPrincipal"), tags.stream().map(Tag::name).toList());
        assertEquals("xmlns:m", tags.get(0).attributes().get(0).name());
        assertTrue(tags.get(1).attribute("m:x").isPresent());
        assertTrue(tags.get(1).attribute("x").isEmpty(), "the name as written, prefix included");
    }

    @Test
    void textRunsAndCdataSections() {
        // given
        String text = "<a>one<![CDATA[<two> & ~remoteAppUrl]]>three<b>inner</b>four</a>";

        // when
        List<Tag> tags = XmlPositions.of(text).tags();

        // then
        List<TextRun> runs = tags.get(0).text();
        assertEquals(List.of("one", "<two> & ~remoteAppUrl", "three", "four"),
                runs.stream().map(run -> text.substring(run.start(), run.end())).toList());
        assertEquals(List.of(false, true, false, false), runs.stream().map(TextRun::cdata).toList());
        assertEquals(List.of("inner"), tags.get(1).text().stream().map(run -> text.substring(run.start(), run.end())).toList());
    }

    @Test
    void commentsProcessingInstructionsAndTheDeclarationAreSkipped() {
        // given markup inside a comment and a processing instruction
        String text = "<?xml version=\"1.0\"?>\n<!-- <x a=\"~remoteAppUrl\"/> -->\n<a><?pi <b/> ?><!--<c/>--><d/></a>\n<!-- after -->\n";

        // when
        List<Tag> tags = XmlPositions.of(text).tags();

        // then
        assertEquals(List.of("a", "d"), tags.stream().map(Tag::name).toList());
        assertEquals(List.of(), tags.get(0).text());
    }

    @Test
    void tagsInDocumentOrder() {
        // given
        XmlPositions positions = XmlPositions.of("<a><b><c/><d/></b><e><f/></e></a>");

        // when / then
        assertEquals(List.of("a", "b", "c", "d", "e", "f"), positions.tags().stream().map(Tag::name).toList());
    }

    @Test
    void deepNestingIsScannedWithoutStackOverflow() {
        // given
        int depth = 100_000;
        String text = "<x>".repeat(depth) + "deep" + "</x>".repeat(depth);

        // when
        XmlPositions positions = XmlPositions.of(text);

        // then
        List<Tag> tags = positions.tags();
        assertEquals(depth, tags.size());
        Tag deepest = tags.get(depth - 1);
        assertEquals("deep", text.substring(deepest.text().get(0).start(), deepest.text().get(0).end()));
        assertEquals(Optional.empty(), positions.indentStep());
    }

    @Test
    void indentationBeforeATag() {
        // given
        String text = "<a>\n\t  <b/><c/>\n</a>";
        XmlPositions positions = XmlPositions.of(text);
        List<Tag> tags = positions.tags();

        // when / then
        assertEquals("\t  ", positions.indentBefore(tags.get(1).start()));
        assertNull(positions.indentBefore(tags.get(2).start()), "text stands before <c/>");
        assertEquals("", positions.indentBefore(tags.get(0).start()));
    }

    @Test
    void lineEndingOfTheTextAndOfALine() {
        // given a file whose first line ends in CRLF and a later line in LF
        XmlPositions mixed = XmlPositions.of("<a>\r\n<b/>\n<c/></a>");

        // when / then
        assertEquals("\r\n", mixed.lineEnding());
        assertEquals("\n", mixed.lineEndingAfter(mixed.text().indexOf("<b/>")));
        assertEquals("\r\n", mixed.lineEndingAfter(mixed.text().indexOf("<c/>")), "the last line has none: the text's own");
        assertEquals("\n", XmlPositions.of("<a>\n</a>").lineEnding());
        assertEquals("\r\n", XmlPositions.of("<a/>").lineEnding(), "one line: CRLF, as Visual Studio writes");
    }

    @Test
    void indentStepIsThatOfTheFirstParentWhoseChildIsIndentedDeeper() {
        // given: the root's children are not indented under it; system.web's child is, by a tab
        String text = "<configuration>\n<system.web>\n\t<compilation/>\n</system.web>\n<appSettings>\n    <add/>\n</appSettings>\n"
                + "</configuration>";

        // when
        Optional<String> step = XmlPositions.of(text).indentStep();

        // then
        assertEquals(Optional.of("\t"), step);
        assertEquals(Optional.empty(), XmlPositions.of("<a><b/><c/></a>").indentStep());
    }

    @Test
    void indentStepOfAnEarlierParentWinsOverADeeperChildSeenFirst() {
        // given: <b> stands at <a>'s indent, its child is deeper by a tab; <a>'s later child <d> is deeper by two spaces
        String text = "<a>\n<b>\n\t<c/>\n</b>\n  <d/>\n</a>";

        // when / then
        assertEquals(Optional.of("  "), XmlPositions.of(text).indentStep());
    }

    @Test
    void linesAfterALoneCarriageReturnAndAtTheEnd() {
        // given
        XmlPositions positions = XmlPositions.of("<a>\r<b/>\r\n<c/>\n\r</a>\r");

        // then
        assertEquals(2, positions.line(4));
        assertEquals(3, positions.line(10));
        assertEquals(5, positions.line(16));
    }

    @Test
    void textThatIsNotWellFormedEndsTheScanInsteadOfLoopingOrGoingBack() {
        // given text the parser would refuse
        List<String> broken = List.of("<a b></a>", "<a b=\"x></a>", "<a><![CDATA[x</a>", "<a><!-- x</a>", "<a><?pi</a>",
                "<a></a", "<a", "<a b = ></a>", "</a>", "<a><b></a>");

        // when / then each fails
        for (String text : broken) {
            assertThrows(RuntimeException.class, () -> XmlPositions.of(text), text);
        }
    }

    private static String position(XmlPositions positions, int offset) {
        return positions.line(offset) + ":" + positions.column(offset);
    }

    private static String value(String text, Attribute attribute) {
        return text.substring(attribute.valueStart(), attribute.valueEnd());
    }
}
