package dev.addinreg.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.util.List;

import org.dom4j.Document;
import org.dom4j.Element;
import org.dom4j.io.SAXReader;
import org.junit.jupiter.api.Test;

/** Eclipse runs validate and inject on incremental builds, and leaves verify and generate to the command line. */
class LifecycleMappingTest {

    @Test
    void validateAndInjectRunIncrementallyVerifyAndGenerateAreIgnored() throws Exception {
        Document mapping;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/m2e/lifecycle-mapping-metadata.xml")) {
            assertNotNull(in, "META-INF/m2e/lifecycle-mapping-metadata.xml is on the classpath");
            mapping = new SAXReader().read(in);
        }
        List<Element> executions = mapping.getRootElement().element("pluginExecutions").elements("pluginExecution");

        assertEquals(2, executions.size());
        assertEquals(List.of("validate", "inject"), goals(executions.get(0)));
        Element execute = executions.get(0).element("action").element("execute");
        assertEquals("true", execute.elementText("runOnConfiguration"));
        assertEquals("true", execute.elementText("runOnIncremental"));
        assertEquals(List.of("verify", "generate"), goals(executions.get(1)));
        assertNotNull(executions.get(1).element("action").element("ignore"));
    }

    private static List<String> goals(Element execution) {
        return execution.element("pluginExecutionFilter").element("goals").elements("goal").stream().map(Element::getText).toList();
    }
}
