package dev.addinreg.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SerialNumberTest {
    private static final String EXPECTED = "hex digits only, such as 6B1F3C0A2E9D4F5B8C7A";
    private static final String FIX = "use \"6B1F3C0A2E9D4F5B\" (the serial without anything but its hex digits)";

    @ParameterizedTest
    @ValueSource(strings = {"6B1F3C0A2E9D4F5B", "6b1f3c0a2e9d4f5b", "006B1F"})
    void hexDigitsInEitherCaseAreASerialNumber(String serial) {
        assertEquals(serial, SerialNumber.parse(serial).value());
    }

    @Test
    void aSerialCopiedWithItsSpacesIsRefusedWithTheDigitsToUse() {
        assertEquals("the serial number holds spaces. Found \"6b 1f 3c 0a 2e 9d 4f 5b\"; expected " + EXPECTED
                + ". Fix: use \"6b1f3c0a2e9d4f5b\" (the serial without anything but its hex digits)",
                assertThrows(InvalidValueException.class, () -> SerialNumber.parse("6b 1f 3c 0a 2e 9d 4f 5b")).getMessage());
    }

    @Test
    void anInvisibleLeftToRightMarkIsNamedByItsCodePointAndShownWhereItIs() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> SerialNumber.parse("\u200e6B1F3C0A2E9D4F5B"));
        assertEquals("the serial number holds an invisible character, U+200E (LEFT-TO-RIGHT MARK), as copying it from the"
                + " certificate dialog adds. Found \"<U+200E>6B1F3C0A2E9D4F5B\"; expected " + EXPECTED + ". Fix: " + FIX,
                e.getMessage());
    }

    @Test
    void aNoBreakSpaceIsASpace() {
        assertEquals("the serial number holds spaces. Found \"6B1F3C0A\u00a02E9D4F5B\"; expected " + EXPECTED + ". Fix: " + FIX,
                assertThrows(InvalidValueException.class, () -> SerialNumber.parse("6B1F3C0A\u00a02E9D4F5B")).getMessage());
    }

    @Test
    void anyOtherCharacterIsNamedWithItsCodePoint() {
        assertEquals("the serial number holds ':' (U+003A), which is no hex digit. Found \"6B:1F:3C:0A:2E:9D:4F:5B\"; expected "
                + EXPECTED + ". Fix: " + FIX,
                assertThrows(InvalidValueException.class, () -> SerialNumber.parse("6B:1F:3C:0A:2E:9D:4F:5B")).getMessage());
    }

    @Test
    void anEmptySerialSaysWhatWritesIt() {
        assertEquals("the serial number is empty. Found \"\"; expected " + EXPECTED + ". Fix: run addin:inject with"
                + " signingCertificate configured, which writes the certificate's serial number",
                assertThrows(InvalidValueException.class, () -> SerialNumber.parse("")).getMessage());
    }
}
