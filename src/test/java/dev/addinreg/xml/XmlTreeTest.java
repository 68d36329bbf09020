package dev.addinreg.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.addinreg.xml.XmlTree.Attribute;
import dev.addinreg.xml.XmlTree.Element;
import dev.addinreg.xml.XmlTree.TextRun;

class XmlTreeTest {

    @Test
    void linesAndColumnsCountEveryKindOfLineEnding() {
        // given LF, CRLF and a lone CR
        String text = "<r>\n  <b/>\r\n\t<c/>\r<d/></r>";

        // when
        XmlTree tree = XmlTree.of(text);

        // then
        List<Element> children = tree.root().children();
        assertEquals("2:3", position(tree, children.get(0).start()));
        assertEquals("3:2", position(tree, children.get(1).start()));
        assertEquals("4:1", position(tree, children.get(2).start()));
        assertEquals("1:1", position(tree, 0));
        assertEquals("2:7", position(tree, text.indexOf('\r')));
        assertEquals("2:8", position(tree, text.indexOf("\r\n") + 1));
        assertEquals("4:5", position(tree, text.indexOf("</r>")));
    }

    @Test
    void elementPositionsCoverTheTags() {
        // given
        String text = "<a x=\"1\">t<b/><c  /></a>";

        // when
        Element a = XmlTree.of(text).root();

        // then
        assertEquals(0, a.start());
        assertEquals("<a x=\"1\">", text.substring(a.start(), a.startTagEnd()));
        assertEquals("</a>", text.substring(a.endTagStart(), a.end()));
        assertFalse(a.selfClosing());
        Element c = a.children().get(1);
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
        List<Attribute> attributes = XmlTree.of(text).root().attributes();

        // then
        assertEquals(List.of("key", "value", "other"), attributes.stream().map(Attribute::name).toList());
        assertEquals("Client'Id", value(text, attributes.get(0)));
        assertEquals('"', attributes.get(0).quote());
        assertEquals("a\"b>c/d", value(text, attributes.get(1)));
        assertEquals('\'', attributes.get(1).quote());
        assertEquals("x\r\ny", value(text, attributes.get(2)));
        assertEquals(text.indexOf("other"), attributes.get(2).nameStart());
    }

    @Test
    void prefixedNamesMatchByLocalName() {
        // given
        String text = "<m:App xmlns:m=\"urn:m\"><m:AppPrincipal m:x=\"1\"/><AppPrincipal/><Other/></m:App>";

        // when
        Element root = XmlTree.of(text).root();

        // then
        assertEquals("m:App", root.name());
        assertEquals("App", root.localName());
        assertEquals(2, root.children("AppPrincipal").size());
        assertEquals("m:x", root.children().get(0).attribute("x").orElseThrow().name());
        assertTrue(root.children().get(1).attribute("x").isEmpty());
    }

    @Test
    void textRunsAndCdataSections() {
        // given
        String text = "<a>one<![CDATA[<two> & ~remoteAppUrl]]>three<b>inner</b>four</a>";

        // when
        Element a = XmlTree.of(text).root();

        // then
        List<TextRun> runs = a.text();
        assertEquals(List.of("one", "<two> & ~remoteAppUrl", "three", "four"),
                runs.stream().map(run -> text.substring(run.start(), run.end())).toList());
        assertEquals(List.of(false, true, false, false), runs.stream().map(TextRun::cdata).toList());
        assertEquals(List.of("inner"), a.children().get(0).text().stream().map(run -> text.substring(run.start(), run.end())).toList());
    }

    @Test
    void commentsProcessingInstructionsAndTheDeclarationAreSkipped() {
        // given markup inside a comment and a processing instruction
        String text = "<?xml version=\"1.0\"?>\n<!-- <x a=\"~remoteAppUrl\"/> -->\n<a><?pi <b/> ?><!--<c/>--><d/></a>\n<!-- after -->\n";

        // when
        Element a = XmlTree.of(text).root();

        // then
        assertEquals("a", a.name());
        assertEquals(List.of("d"), a.children().stream().map(Element::name).toList());
        assertEquals(List.of(), a.text());
    }

    @Test
    void descendantsInDocumentOrder() {
        // given
        XmlTree tree = XmlTree.of("<a><b><c/><d/></b><e><f/></e></a>");

        // when / then
        assertEquals(List.of("a", "b", "c", "d", "e", "f"), tree.root().descendantsAndSelf().stream().map(Element::name).toList());
    }

    @Test
    void deepNestingBuildsWithoutStackOverflow() {
        // given
        int depth = 100_000;
        String text = "<x>".repeat(depth) + "deep" + "</x>".repeat(depth);

        // when
        XmlTree tree = XmlTree.of(text);

        // then
        Element element = tree.root();
        int levels = 1;
        while (!element.children().isEmpty()) {
            element = element.children().get(0);
            levels++;
        }
        assertEquals(depth, levels);
        assertEquals("deep", text.substring(element.text().get(0).start(), element.text().get(0).end()));
        assertEquals(depth, tree.root().descendantsAndSelf().size());
    }

    @Test
    void indentationBeforeATag() {
        // given
        String text = "<a>\n\t  <b/><c/>\n</a>";
        XmlTree tree = XmlTree.of(text);
        List<Element> children = tree.root().children();

        // when / then
        assertEquals("\t  ", tree.indentBefore(children.get(0).start()));
        assertNull(tree.indentBefore(children.get(1).start()), "text stands before <c/>");
        assertEquals("", tree.indentBefore(tree.root().start()));
    }

    @Test
    void lineEndingOfTheTextAndOfALine() {
        // given a file whose first line ends in CRLF and a later line in LF
        XmlTree mixed = XmlTree.of("<a>\r\n<b/>\n<c/></a>");

        // when / then
        assertEquals("\r\n", mixed.lineEnding());
        assertEquals("\n", mixed.lineEndingAfter(mixed.text().indexOf("<b/>")));
        assertEquals("\r\n", mixed.lineEndingAfter(mixed.text().indexOf("<c/>")), "the last line has none: the text's own");
        assertEquals("\n", XmlTree.of("<a>\n</a>").lineEnding());
        assertEquals("\r\n", XmlTree.of("<a/>").lineEnding(), "one line: CRLF, as Visual Studio writes");
    }

    private static String position(XmlTree tree, int offset) {
        return tree.line(offset) + ":" + tree.column(offset);
    }

    private static String value(String text, Attribute attribute) {
        return text.substring(attribute.valueStart(), attribute.valueEnd());
    }

    @Test
    void outlineKeepsTheRootItsChildrenAndTheNamedSubtreeOnly() {
        // given
        String text = "<configuration>\r\n  <system.web><compilation debug=\"true\"><x/></compilation></system.web>\r\n"
                + "  <appSettings>\r\n    <add key=\"ClientId\" value=\"\" />\r\n  </appSettings>\r\n</configuration>\r\n";

        // when
        XmlTree outline = XmlTree.outline(text, "appSettings");
        XmlTree full = XmlTree.of(text);

        // then
        Element root = outline.root();
        assertEquals(List.of("system.web", "appSettings"), root.children().stream().map(Element::name).toList());
        assertEquals(List.of(), root.children().get(0).children(), "below system.web nothing is kept");
        Element add = root.children().get(1).children().get(0);
        Element fullAdd = full.root().children().get(1).children().get(0);
        assertEquals(fullAdd.start(), add.start());
        assertEquals(fullAdd.end(), add.end());
        assertEquals(fullAdd.attributes(), add.attributes());
        assertEquals(full.root().children().get(0).end(), root.children().get(0).end());
        assertEquals(full.line(add.start()), outline.line(add.start()));
        assertEquals(Optional.of("  "), outline.indentStep());
    }

    @Test
    void outlineNotesCutsWithTheStartTagsOpenAroundThem() {
        // given: 64 rules inside two levels below the root, so cuts fall among them
        StringBuilder text = new StringBuilder("<c:configuration xmlns:c=\"urn:c\">\n  <system.webServer a=\"x>y\">\n    <rules>\n");
        for (int i = 0; i < 64; i++) {
            text.append("      <rule name=\"r").append(i).append("\"/>\n");
        }
        text.append("    </rules>\n  </system.webServer>\n</c:configuration>\n");
        String xml = text.toString();

        // when
        List<XmlTree.Cut> cuts = XmlTree.outline(xml, "appSettings").cuts();

        // then: about one per 32nd of the text, in order, each at a start tag
        assertTrue(cuts.size() >= XmlTree.CUTS - 4 && cuts.size() <= XmlTree.CUTS, "cuts: " + cuts.size());
        for (int i = 1; i < cuts.size(); i++) {
            assertTrue(cuts.get(i).at() > cuts.get(i - 1).at());
        }
        XmlTree.Cut cut = cuts.get(cuts.size() / 2);
        assertTrue(xml.startsWith("<rule ", cut.at()), xml.substring(cut.at()));
        assertEquals(List.of("c:configuration", "system.webServer", "rules"), cut.open().stream().map(XmlTree.OpenTag::name).toList());
        XmlTree.OpenTag server = cut.open().get(1);
        assertEquals("<system.webServer a=\"x>y\">", xml.substring(server.start(), server.startTagEnd()));
        assertEquals(List.of(), XmlTree.of(xml).cuts(), "a whole tree is never cut");
    }

    @Test
    void outlineOfAnAppSettingsRootKeepsEverything() {
        // given
        String text = "<appSettings>\n\t<add key=\"a\" value=\"1\"/>\n</appSettings>";

        // when
        Element root = XmlTree.outline(text, "appSettings").root();

        // then
        assertEquals(1, root.children().size());
        assertEquals("key", root.children().get(0).attributes().get(0).name());
    }

    @Test
    void indentStepIsThatOfTheFirstParentWhoseChildIsIndentedDeeper() {
        // given: the root's children are not indented under it; system.web's child is, by a tab
        String text = "<configuration>\n<system.web>\n\t<compilation/>\n</system.web>\n<appSettings>\n    <add/>\n</appSettings>\n"
                + "</configuration>";

        // when
        Optional<String> step = XmlTree.outline(text, "appSettings").indentStep();

        // then
        assertEquals(Optional.of("\t"), step, "seen below system.web, though the outline leaves its children out");
        assertEquals(Optional.empty(), XmlTree.of("<a><b/><c/></a>").indentStep());
    }

    @Test
    void linesAfterALoneCarriageReturnAndAtTheEnd() {
        // given
        XmlTree tree = XmlTree.of("<a>\r<b/>\r\n<c/>\n\r</a>\r");

        // then
        assertEquals(2, tree.line(4));
        assertEquals(3, tree.line(10));
        assertEquals(5, tree.line(16));
    }

    @Test
    void textThatIsNotWellFormedEndsTheScanInsteadOfLoopingOrGoingBack() {
        // given text the parser would refuse: the outline of a large file is scanned while the parser checks it
        List<String> broken = List.of("<a b></a>", "<a b=\"x></a>", "<a><![CDATA[x</a>", "<a><!-- x</a>", "<a><?pi</a>",
                "<a></a", "<a", "<a b = ></a>", "</a>", "<a><b></a>");

        // when / then each fails at once
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            for (String text : broken) {
                assertThrows(RuntimeException.class, () -> XmlTree.outline(text, "appSettings"), text);
            }
        });
    }
}
