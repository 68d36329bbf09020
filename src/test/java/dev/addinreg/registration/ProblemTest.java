package dev.addinreg.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProblemTest {

    @Test
    void messageWithFoundValue() {
        // given
        Problem problem = Problem.error("<clientId> (-Daddin.clientId)", "the client ID is the placeholder *", "\"*\"",
                "a lowercase GUID", "set the client ID");

        // when
        String message = problem.message();

        // then
        assertEquals("<clientId> (-Daddin.clientId): the client ID is the placeholder *. Found \"*\"; expected a lowercase GUID."
                + " Fix: set the client ID", message);
    }

    @Test
    void messageWithoutFoundValue() {
        // given
        Problem problem = Problem.error("<appDomain> (-Daddin.appDomain)", "no add-in domain is configured", null,
                "the host of the remote web application", "set it as <appDomain> (-Daddin.appDomain)");

        // when
        String message = problem.message();

        // then
        assertEquals("<appDomain> (-Daddin.appDomain): no add-in domain is configured. Expected the host of the remote web"
                + " application. Fix: set it as <appDomain> (-Daddin.appDomain)", message);
    }

    @Test
    void toStringStartsWithSeverity() {
        // given
        Problem error = Problem.error("where", "what", "found", "expected", "fix");
        Problem warning = Problem.warning("where", "what", null, "expected", "fix");

        // when / then
        assertEquals("ERROR where: what. Found found; expected expected. Fix: fix", error.toString());
        assertEquals("WARNING where: what. Expected expected. Fix: fix", warning.toString());
    }

    @Test
    void factoriesSetSeverity() {
        // when
        Problem error = Problem.error("w", "a", "f", "e", "x");
        Problem warning = Problem.warning("w", "a", "f", "e", "x");

        // then
        assertEquals(new Problem(Severity.ERROR, "w", "a", "f", "e", "x"), error);
        assertEquals(new Problem(Severity.WARNING, "w", "a", "f", "e", "x"), warning);
    }

    @Test
    void asErrorKeepsEverythingButSeverity() {
        // given
        Problem warning = Problem.warning("<clientSecretExpires> (-Daddin.clientSecretExpires)", "the client secret expires in 3 days",
                "end date 2026-06-04", "more than 30 days left (expiryWarningDays)", "add a new secret now");

        // when
        Problem error = warning.asError();

        // then
        assertEquals(Problem.error("<clientSecretExpires> (-Daddin.clientSecretExpires)", "the client secret expires in 3 days",
                "end date 2026-06-04", "more than 30 days left (expiryWarningDays)", "add a new secret now"), error);
        assertEquals(warning.message(), error.message());
    }

    @Test
    void asErrorOfAnErrorIsEqual() {
        // given
        Problem error = Problem.error("w", "a", null, "e", "x");

        // when / then
        assertEquals(error, error.asError());
        assertNull(error.asError().found());
    }

    @ParameterizedTest
    @ValueSource(strings = {"severity", "where", "what", "expected", "fix"})
    void requiresEverythingButFound(String missing) {
        // when
        NullPointerException e = assertThrows(NullPointerException.class, () -> new Problem(
                "severity".equals(missing) ? null : Severity.ERROR,
                "where".equals(missing) ? null : "w",
                "what".equals(missing) ? null : "a",
                null,
                "expected".equals(missing) ? null : "e",
                "fix".equals(missing) ? null : "x"));

        // then
        assertEquals(missing, e.getMessage());
    }

    @Test
    void severityIsKept() {
        // when / then
        assertSame(Severity.WARNING, Problem.warning("w", "a", null, "e", "x").severity());
        assertSame(Severity.ERROR, Problem.error("w", "a", null, "e", "x").severity());
    }
}
