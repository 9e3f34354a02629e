package io.github.tradecoop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.tradecoop.check.Consistency;
import io.github.tradecoop.figure.Count;
import io.github.tradecoop.figure.Percentage;
import io.github.tradecoop.figure.PercentagePoints;
import io.github.tradecoop.figure.Quantity;
import io.github.tradecoop.figure.Range;
import io.github.tradecoop.figure.ReportedAmount;
import io.github.tradecoop.money.ExchangeRate;
import io.github.tradecoop.money.Money;
import io.github.tradecoop.trade.Area;
import io.github.tradecoop.trade.ReferencePeriod;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Values and the model travel through Java serialisation (Spark, Flink, sessions, caches), and come back checked. */
class SerializationTest {

    static byte[] write(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    static Object read(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }

    @Test
    void everyValueTypeAndTheSeedComeBackEqual() throws Exception {
        List<Serializable> values = List.of(Money.of("CNY", "13600000000.25"), ReportedAmount.parse("RMB 13.6 billion"),
                Count.moreThan(100), Percentage.of("80.2"), PercentagePoints.parse("2.3 percentage points"),
                Quantity.parse("104,000 square meters"), Range.parse("(100, ∞)"), Area.EAEU, Area.WORLD,
                ReferencePeriod.yearToMonth(2023, 8), ReferencePeriod.halfYear(2023, 1),
                ExchangeRate.of(java.util.Currency.getInstance("USD"), java.util.Currency.getInstance("CNY"),
                        new BigDecimal("7.1"), LocalDate.of(2024, 1, 2)),
                Seed.fair(), Seed.statistics(), Consistency.check(Seed.statistics()));
        for (Serializable value : values) {
            assertEquals(value, read(write(value)), value.getClass().getName());
        }
    }

    @Test
    void aStreamTamperedToBreakAnInvariantIsRefused() throws Exception {
        // A count whose serialised resolution 1 is changed to -1: the record's constructor refuses it.
        byte[] bytes = write(Count.exactly(55));
        byte[] tampered = replace(bytes, BigDecimal.ONE, BigDecimal.ONE.negate());
        InvalidObjectException refused = assertThrows(InvalidObjectException.class, () -> read(tampered));
        org.junit.jupiter.api.Assertions.assertEquals("resolution must be positive but was -1", refused.getCause().getMessage());
        // Money travels as its canonical text; a changed currency code that is not ISO is refused.
        byte[] money = write(Money.of("CNY", 5));
        byte[] badCode = replaceText(money, "CNY 5", "XQQ 5");
        assertThrows(InvalidObjectException.class, () -> read(badCode));
    }

    /** Serialises both numbers and swaps the bytes of one for the other's, where they differ only in sign. */
    private static byte[] replace(byte[] stream, BigDecimal from, BigDecimal to) throws IOException {
        byte[] a = write(from);
        byte[] b = write(to);
        // The streams of the two BigDecimals differ in the unscaled value's bytes; find that difference in ours.
        int start = 0;
        while (a[start] == b[start]) {
            start++;
        }
        byte[] needle = java.util.Arrays.copyOfRange(a, start, a.length);
        byte[] replacement = java.util.Arrays.copyOfRange(b, start, b.length);
        int at = indexOf(stream, java.util.Arrays.copyOf(needle, Math.min(needle.length, 4)));
        byte[] out = stream.clone();
        System.arraycopy(replacement, 0, out, at, Math.min(4, replacement.length));
        return out;
    }

    private static byte[] replaceText(byte[] stream, String from, String to) {
        byte[] needle = from.getBytes(StandardCharsets.UTF_8);
        byte[] out = stream.clone();
        System.arraycopy(to.getBytes(StandardCharsets.UTF_8), 0, out, indexOf(stream, needle), needle.length);
        return out;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("not found in the stream");
    }
}
