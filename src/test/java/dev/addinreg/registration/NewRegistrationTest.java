package dev.addinreg.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NewRegistrationTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Test
    void makesALowercaseVersion4ClientIdAndA32ByteBase64Secret() {
        NewRegistration registration = NewRegistration.generate(new SecureRandom(), TODAY, 1);

        assertTrue(registration.clientId().value().matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"),
                registration.clientId().value());
        assertEquals(44, registration.secret().reveal().length());
        assertEquals(32, Base64.getDecoder().decode(registration.secret().reveal()).length);
        assertEquals(TODAY, registration.created());
        assertEquals(LocalDate.of(2027, 6, 1), registration.ends());
    }

    @Test
    void twoRegistrationsDiffer() {
        SecureRandom random = new SecureRandom();
        NewRegistration first = NewRegistration.generate(random, TODAY, 1);
        NewRegistration second = NewRegistration.generate(random, TODAY, 1);

        assertNotEquals(first.clientId(), second.clientId());
        assertFalse(first.secret().sameValueAs(second.secret()));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void endsAfterTheValidityYears(int years) {
        assertEquals(TODAY.plusYears(years), NewRegistration.generate(new SecureRandom(), TODAY, years).ends());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 4, -1})
    void refusesOtherValidityPeriods(int years) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NewRegistration.generate(new SecureRandom(), TODAY, years));
        assertEquals("validityYears is " + years + "; allowed: 1, 2 or 3", e.getMessage());
    }

    @Test
    void toStringHidesTheSecret() {
        NewRegistration registration = NewRegistration.generate(new SecureRandom(), TODAY, 1);

        assertFalse(registration.toString().contains(registration.secret().reveal()));
        assertEquals("NewRegistration[" + registration.clientId() + ", " + registration.secret() + ", ends 2027-06-01]",
                registration.toString());
    }
}
