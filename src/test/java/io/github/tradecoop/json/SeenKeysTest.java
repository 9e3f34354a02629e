package io.github.tradecoop.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The keys of one JSON object, as the Jackson 2 parsers' duplicate-key check keeps them. */
class SeenKeysTest {

    @Test
    void keysAreRememberedPerObjectAndForgottenWhenCleared() {
        SeenKeys keys = new SeenKeys();
        assertTrue(keys.add("a"));
        assertTrue(keys.add("b"));
        assertFalse(keys.add("a"));
        assertFalse(keys.add(new String("b")), "equal, not only identical, keys are duplicates");
        keys.clear();
        assertTrue(keys.add("a"));
    }

    @Test
    void keysWithTheSameHashCodeAreStillDifferentKeys() {
        assertEquals("Aa".hashCode(), "BB".hashCode());
        SeenKeys keys = new SeenKeys();
        assertTrue(keys.add("Aa"));
        assertTrue(keys.add("BB"), "a hash code shared with an earlier key is not a duplicate");
        assertTrue(keys.add("AaAa"));
        assertTrue(keys.add("BBBB"));
        assertFalse(keys.add("BB"));
        assertFalse(keys.add(new String("Aa")));
        assertFalse(keys.add("BBBB"));
    }

    @Test
    void manyKeysAreAllRememberedPastTheFewComparedOneByOne() {
        SeenKeys keys = new SeenKeys();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(keys.add("k" + i));
        }
        for (int i = 0; i < 10_000; i += 333) {
            assertFalse(keys.add("k" + i), "k" + i);
        }
        keys.clear();
        for (int i = 0; i <= SeenKeys.FEW; i++) {
            assertTrue(keys.add("k" + i), "a cleared set forgets the keys it hashed too: k" + i);
        }
    }
}
