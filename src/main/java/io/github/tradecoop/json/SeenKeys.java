package io.github.tradecoop.json;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The keys one JSON object has had so far, to refuse a key it already has.
 *
 * <p>Kept by each nesting level of a parser and cleared when the level is reused for the next
 * object, so reading many small objects allocates nothing. The first {@value #FEW} keys are
 * compared one by one, which is cheaper than hashing for the few keys a record has; past that
 * they move to a hash set, so that an object with very many keys is still checked in linear time.
 */
final class SeenKeys {

    /** Up to this many keys, comparing with each is cheaper than hashing. */
    static final int FEW = 12;

    private final String[] few = new String[FEW];
    private int count;
    /** All keys, once there are more than {@link #FEW}. */
    private @Nullable Set<String> many;

    /** Forgets every key: the next object starts. */
    void clear() {
        count = 0;
        many = null;
    }

    /**
     * Records a key.
     *
     * @return false if the object already has it
     */
    boolean add(String key) {
        if (count < FEW) {
            for (int i = 0; i < count; i++) {
                if (few[i].equals(key)) {
                    return false;
                }
            }
            few[count] = key;
        } else {
            if (many == null) {
                many = new HashSet<>(Arrays.asList(few));
            }
            if (!many.add(key)) {
                return false;
            }
        }
        count++;
        return true;
    }
}
