package dev.addinreg.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class FindingsTest {
    private static final Problem ERROR_1 = Problem.error("a", "first error", null, "e", "x");
    private static final Problem WARNING_1 = Problem.warning("b", "first warning", "\"v\"", "e", "x");
    private static final Problem ERROR_2 = Problem.error("c", "second error", null, "e", "x");
    private static final Problem WARNING_2 = Problem.warning("d", "second warning", null, "e", "x");

    private static Findings of(Problem... problems) {
        Findings findings = new Findings();
        for (Problem problem : problems) {
            findings.add(problem);
        }
        return findings;
    }

    @Test
    void newFindingsAreEmpty() {
        // when
        Findings findings = new Findings();

        // then
        assertTrue(findings.isEmpty());
        assertEquals(List.of(), findings.all());
        assertEquals(List.of(), findings.errors());
        assertEquals(List.of(), findings.warnings());
        assertEquals(List.of(), findings.failures(false));
        assertEquals(List.of(), findings.failures(true));
    }

    @Test
    void keepsProblemsInTheOrderFound() {
        // when
        Findings findings = of(ERROR_1, WARNING_1, ERROR_2, WARNING_2);

        // then
        assertFalse(findings.isEmpty());
        assertEquals(List.of(ERROR_1, WARNING_1, ERROR_2, WARNING_2), findings.all());
        assertEquals(List.of(ERROR_1, ERROR_2), findings.errors());
        assertEquals(List.of(WARNING_1, WARNING_2), findings.warnings());
    }

    @Test
    void failuresAreTheErrorsUnlessStrict() {
        // given
        Findings findings = of(ERROR_1, WARNING_1, ERROR_2, WARNING_2);

        // when
        List<Problem> failures = findings.failures(false);

        // then
        assertEquals(List.of(ERROR_1, ERROR_2), failures);
    }

    @Test
    void strictTurnsWarningsIntoErrorsInPlace() {
        // given
        Findings findings = of(ERROR_1, WARNING_1, ERROR_2, WARNING_2);

        // when
        List<Problem> failures = findings.failures(true);

        // then
        assertEquals(List.of(ERROR_1, WARNING_1.asError(), ERROR_2, WARNING_2.asError()), failures);
        assertEquals(List.of("ERROR a: first error. Expected e. Fix: x",
                "ERROR b: first warning. Found \"v\"; expected e. Fix: x",
                "ERROR c: second error. Expected e. Fix: x",
                "ERROR d: second warning. Expected e. Fix: x"), failures.stream().map(Problem::toString).toList());
        // and the findings themselves are unchanged
        assertEquals(List.of(WARNING_1, WARNING_2), findings.warnings());
    }

    @Test
    void warningsAloneFailOnlyWhenStrict() {
        // given
        Findings findings = of(WARNING_1);

        // when / then
        assertEquals(List.of(), findings.failures(false));
        assertEquals(List.of(WARNING_1.asError()), findings.failures(true));
    }

    @Test
    void addAllAppendsInOrder() {
        // given
        Findings findings = of(ERROR_1);
        Findings more = of(WARNING_1, ERROR_2);

        // when
        findings.addAll(more);

        // then
        assertEquals(List.of(ERROR_1, WARNING_1, ERROR_2), findings.all());
        assertEquals(List.of(WARNING_1, ERROR_2), more.all());
    }

    @Test
    void allIsReadOnly() {
        // given
        Findings findings = of(ERROR_1);

        // when / then
        assertThrows(UnsupportedOperationException.class, () -> findings.all().add(ERROR_2));
        assertThrows(UnsupportedOperationException.class, () -> findings.errors().add(ERROR_2));
        assertEquals(List.of(ERROR_1), findings.all());
    }
}
