package io.github.tradecoop.figure;

/**
 * How a reported figure relates to the true number: "more than", "about", "nearly", ...
 *
 * <p>With {@code v} the stated value and {@code r} its resolution, a figure's bounds are:
 * <table>
 *   <caption>Bounds of a figure by qualifier</caption>
 *   <tr><th>qualifier</th><th>as in</th><th>bounds</th></tr>
 *   <tr><td>{@link #EXACT}</td><td>"RMB 13.6 billion"</td><td>[v − r/2, v + r/2]</td></tr>
 *   <tr><td>{@link #ABOUT}</td><td>"about 120"</td><td>[v − r/2, v + r/2]</td></tr>
 *   <tr><td>{@link #MORE_THAN}</td><td>"more than one hundred"</td><td>(v, ∞)</td></tr>
 *   <tr><td>{@link #AT_LEAST}</td><td>"at least 50"</td><td>[v, ∞)</td></tr>
 *   <tr><td>{@link #LESS_THAN}</td><td>"less than 10"</td><td>[0, v)</td></tr>
 *   <tr><td>{@link #UP_TO}</td><td>"up to 10"</td><td>[0, v]</td></tr>
 *   <tr><td>{@link #NEARLY}</td><td>"nearly 10,000"</td><td>[v − r/2, v)</td></tr>
 * </table>
 * {@code EXACT} means that no qualifier was stated: the figure is still rounded to its resolution.
 * A negative value states a decrease; the qualifier then applies to its size, and the bounds
 * are the mirror image of those of the positive value ("a decrease of more than 5%" is (−∞, −5)).
 */
public enum Qualifier {
    /** No qualifier: the value as stated, rounded to its resolution. */
    EXACT,
    /** "about", "around", "approximately": the value rounded to its resolution. */
    ABOUT,
    /** "more than", "over": strictly greater than the value. */
    MORE_THAN,
    /** "at least": the value or more. */
    AT_LEAST,
    /** "less than", "fewer than": from zero up to, not including, the value. */
    LESS_THAN,
    /** "up to", "at most": from zero up to and including the value. */
    UP_TO,
    /** "nearly", "almost": just under the value, within half a resolution step. */
    NEARLY;

    /**
     * Tells whether figures with this qualifier have a finite upper and lower bound.
     *
     * @return {@code true} for every qualifier but {@code MORE_THAN} and {@code AT_LEAST}
     */
    public boolean isBounded() {
        return this != MORE_THAN && this != AT_LEAST;
    }

    /**
     * Tells whether figures with this qualifier are bounded by their value on one side only, so
     * that their resolution does not change their bounds.
     *
     * @return {@code true} for {@code MORE_THAN}, {@code AT_LEAST}, {@code LESS_THAN} and {@code UP_TO}
     */
    public boolean isOneSided() {
        return this == MORE_THAN || this == AT_LEAST || this == LESS_THAN || this == UP_TO;
    }

    /**
     * Tells whether the figure's value lies within its own bounds.
     *
     * @return {@code true} for {@code EXACT}, {@code ABOUT}, {@code AT_LEAST} and {@code UP_TO}
     */
    public boolean includesValue() {
        return this == EXACT || this == ABOUT || this == AT_LEAST || this == UP_TO;
    }
}
