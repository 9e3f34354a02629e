package io.github.tradecoop.trade;

import io.github.tradecoop.validation.MaxLength;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a trade flow carries, when a release breaks trade down by product or sector: a name as
 * the release writes it ("mechanical and electrical products", "crude oil") and, where stated, a
 * Harmonized System code: a chapter ({@code 27}), a heading ({@code 2709}), a subheading
 * ({@code 270900}) or a national extension of one (8 or 10 digits, as China's and the EAEU's
 * tariffs write them).
 *
 * @param name   the name, as reported
 * @param hsCode the HS code, digits only; {@code null} if not stated
 */
public record Product(@MaxLength(300) String name, @Nullable String hsCode) implements java.io.Serializable {

    /**
     * Checks the name and the code.
     *
     * @param name the name, as reported
     * @param hsCode the HS code; {@code null} if not stated
     * @throws IllegalArgumentException if the name is blank or the code is not an HS code
     */
    public Product {
        Objects.requireNonNull(name, "name must not be null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (hsCode != null && !isHsCode(hsCode)) {
            throw new IllegalArgumentException("hsCode must be an HS chapter (01 to 97), heading or subheading: 2, 4, 6, 8"
                    + " or 10 digits; was \"" + (hsCode.length() > 20 ? hsCode.substring(0, 17) + "..." : hsCode) + "\"");
        }
    }

    /**
     * Obtains a product by name.
     *
     * @param name the name, as reported
     * @return the product
     */
    public static Product of(String name) {
        return new Product(name, null);
    }

    /**
     * Obtains a product with its HS code.
     *
     * @param name   the name, as reported
     * @param hsCode the HS code, such as {@code "2709"}
     * @return the product
     */
    public static Product of(String name, String hsCode) {
        return new Product(name, hsCode);
    }

    private static boolean isHsCode(String code) {
        int length = code.length();
        if (length != 2 && length != 4 && length != 6 && length != 8 && length != 10) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (code.charAt(i) < '0' || code.charAt(i) > '9') {
                return false;
            }
        }
        int chapter = Integer.parseInt(code, 0, 2, 10);
        return chapter >= 1 && chapter <= 97;
    }
}
