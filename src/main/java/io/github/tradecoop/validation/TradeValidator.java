package io.github.tradecoop.validation;

import io.github.tradecoop.check.Finding;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Validates trade fairs, trade statistics and users' own objects, returning every violation
 * at once.
 *
 * <p>Create one with {@link #create()} and share it: it is immutable and thread-safe, and
 * building it is the expensive part. It runs Hibernate Validator with the
 * {@code ParameterMessageInterpolator}, so no Expression Language is evaluated, ever.
 *
 * <pre>{@code
 * TradeValidator validator = TradeValidator.create();
 * List<Violation> violations = validator.validate(fair);                  // English
 * List<Violation> russian = validator.validate(fair, Locale.forLanguageTag("ru"));
 * validator.requireValid(fair);                                          // or throw them all
 * }</pre>
 */
public final class TradeValidator {

    private static final int MAX_VALUE_TEXT = 100;

    private final ValidatorFactory factory;
    private final MessageInterpolator interpolator;
    private final ConcurrentMap<Locale, Validator> validators = new ConcurrentHashMap<>();

    private TradeValidator() {
        this.interpolator = new ParameterMessageInterpolator();
        this.factory = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(interpolator)
                .buildValidatorFactory();
    }

    /**
     * Builds a validator.
     *
     * @return the validator
     */
    public static TradeValidator create() {
        return new TradeValidator();
    }

    /**
     * Validates an object, with messages in English.
     *
     * @param object the object: a fair, statistics, or any class with constraints
     * @return every violation, ordered by path and code; empty if the object is valid
     */
    public List<Violation> validate(Object object) {
        return validate(object, Locale.ENGLISH);
    }

    /**
     * Validates an object, with messages in a language. The library has messages in English,
     * Chinese and Russian; other languages get English.
     *
     * @param object the object
     * @param locale the language of the messages
     * @return every violation, ordered by path and code; empty if the object is valid
     */
    public List<Violation> validate(Object object, Locale locale) {
        Objects.requireNonNull(object, "object must not be null");
        Objects.requireNonNull(locale, "locale must not be null");
        Locale language = FindingMessages.supported(locale);
        Validator validator = validators.computeIfAbsent(language, l -> factory.usingContext()
                .messageInterpolator(new FixedLocale(interpolator, l == Locale.ROOT ? Locale.ENGLISH : l))
                .getValidator());
        Set<ConstraintViolation<Object>> found = validator.validate(object);
        return found.stream()
                .map(v -> toViolation(v, language))
                .sorted(Comparator.comparing(Violation::path).thenComparing(Violation::code)
                        .thenComparing(Violation::message))
                .toList();
    }

    /**
     * Validates an object and throws if anything is wrong.
     *
     * @param object the object
     * @throws InvalidTradeDataException carrying every violation, with English messages
     */
    public void requireValid(Object object) {
        requireValid(object, Locale.ENGLISH);
    }

    /**
     * Validates an object and throws if anything is wrong.
     *
     * @param object the object
     * @param locale the language of the messages
     * @throws InvalidTradeDataException carrying every violation
     */
    public void requireValid(Object object, Locale locale) {
        List<Violation> violations = validate(object, locale);
        if (!violations.isEmpty()) {
            throw new InvalidTradeDataException(violations);
        }
    }

    private static Violation toViolation(ConstraintViolation<Object> violation, Locale language) {
        HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
        Finding finding = hibernate.getDynamicPayload(Finding.class);
        if (finding != null) {
            return new Violation(finding.path(), finding.code(), FindingMessages.render(finding, language),
                    finding.stated() == null ? null : finding.stated().toString());
        }
        String code = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return new Violation(path(violation.getPropertyPath()), code, violation.getMessage(),
                render(violation.getInvalidValue()));
    }

    /**
     * Prints a path as {@code attendance[0].originCountries[1]}: an index or key after the
     * node it belongs to, and no {@code <list element>} or {@code <map key>} pseudo-names.
     */
    private static String path(Path path) {
        StringBuilder text = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                text.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                if (text.length() > 0) {
                    text.append('.');
                }
                text.append(name);
            }
        }
        return text.toString();
    }

    /** Renders simple values, escaped and shortened; objects are left out rather than dumped. */
    private static String render(Object value) {
        if (!(value instanceof CharSequence || value instanceof Number || value instanceof Enum<?>
                || value instanceof java.time.temporal.Temporal)) {
            return null;
        }
        String text = value.toString();
        StringBuilder safe = new StringBuilder();
        for (int i = 0; i < text.length() && safe.length() < MAX_VALUE_TEXT; i++) {
            char c = text.charAt(i);
            safe.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return safe.length() < text.length() ? safe + "…" : safe.toString();
    }

    /** Interpolates in one language, whatever the caller's default locale is. */
    private record FixedLocale(MessageInterpolator delegate, Locale locale) implements MessageInterpolator {

        @Override
        public String interpolate(String messageTemplate, Context context) {
            return delegate.interpolate(messageTemplate, context, locale);
        }

        @Override
        public String interpolate(String messageTemplate, Context context, Locale ignored) {
            return delegate.interpolate(messageTemplate, context, locale);
        }
    }
}
