package io.github.tradecoop.format;

import io.github.tradecoop.figure.Figure;
import io.github.tradecoop.figure.Qualifier;
import io.github.tradecoop.figure.Quantity;
import io.github.tradecoop.format.FoundFigure.Kind;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@link FigureParser} read: the kind; the number as written, {@code digits × 10^exponent}
 * (signed for a fall), and its qualifier; the currency of an amount, the unit of a quantity, where
 * the noun of a count is (-1 if none); whether a change was stated; where the figure as written and
 * its number start and where the figure ends; and whether it was stated as a total.
 */
record ParsedFigure(Kind kind, BigDecimal digits, int exponent, Qualifier qualifier, @Nullable Currency currency,
        Quantity.@Nullable Unit unit, int nounStart, int nounEnd, boolean change, int start, int numberStart, int end,
        boolean total) {

    /** The currency of an amount: the parser reads an amount only with one. */
    Currency amountCurrency() {
        return Objects.requireNonNull(currency, "an amount has a currency");
    }

    /** The unit of a quantity: the parser reads a quantity only with one. */
    Quantity.Unit quantityUnit() {
        return Objects.requireNonNull(unit, "a quantity has a unit");
    }

    /**
     * The figure: {@code digits × 10^exponent} as written, with the qualifier. Built on demand, so that
     * finding builds figures only for the numbers its rules accept.
     *
     * @throws ParseStop if the number is not a valid figure (out of bounds)
     */
    Figure figure() {
        try {
            return Figure.stated(digits, qualifier).scaledByPowerOfTen(exponent);
        } catch (IllegalArgumentException invalid) {
            throw new ParseStop("not a valid figure: " + invalid.getMessage(), numberStart);
        }
    }
}
