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
import org.jspecify.annotations.Nullable;

/**
 * Validates trade fairs, trade statistics and users' own objects, returning every violation
 * at once.
 *
 * <p>Building a validator is the expensive part (tens of milliseconds); validating is cheap and
 * thread-safe. {@link #shared()} is one default built on first use and shared by every caller,
 * including {@code TradeJson.withValidation()}; {@link #create()} builds one of your own, which
 * you close when done ({@link AutoCloseable}); {@link #using(Validator)} wraps an application's
 * own {@code jakarta.validation.Validator} (Spring's, with its message source). The validators
 * the library builds run Hibernate Validator with the {@code ParameterMessageInterpolator}, so
 * no Expression Language is evaluated, ever.
 *
 * <pre>{@code
 * TradeValidator validator = TradeValidator.create();
 * List<Violation> violations = validator.validate(fair);                  // English
 * List<Violation> russian = validator.validate(fair, Locale.forLanguageTag("ru"));
 * validator.requireValid(fair);                                          // or throw them all
 * }</pre>
 */
public final class TradeValidator implements AutoCloseable {

    private static final int MAX_VALUE_TEXT = 100;

    /** The factory this validator built and closes; null when it wraps an application's validator. */
    /** The factory this validator built and its interpolator; null when it wraps an application's validator. */
    private final @Nullable Own own;
    /** The application's validator, used for every language; null when this validator built its own. */
    private final @Nullable Validator wrapped;
    /** Whether {@link #close()} closes the factory: not for {@link #shared()}. */
    private final boolean closeable;
    private final ConcurrentMap<Locale, Validator> validators = new ConcurrentHashMap<>();
    private volatile boolean closed;

    private TradeValidator(@Nullable Validator wrapped, boolean closeable) {
        this.wrapped = wrapped;
        this.closeable = closeable;
        if (wrapped == null) {
            ParameterMessageInterpolator interpolator = new ParameterMessageInterpolator();
            this.own = new Own(Validation.byProvider(HibernateValidator.class)
                    .configure()
                    .messageInterpolator(interpolator)
                    .buildValidatorFactory(), interpolator);
        } else {
            this.own = null;
        }
    }

    /** A Hibernate Validator factory this validator built, with the interpolator it was built with. */
    private record Own(ValidatorFactory factory, MessageInterpolator interpolator) {
    }

    /** The default, built on first use: a holder class is initialised once, thread-safely, by the JVM. */
    private static final class Shared {
        static final TradeValidator INSTANCE = new TradeValidator(null, false);
    }

    /**
     * Returns the default validator, built on first use and shared by every caller. Its
     * {@link #close()} does nothing: it lives as long as the library.
     *
     * @return the shared validator
     */
    public static TradeValidator shared() {
        return Shared.INSTANCE;
    }

    /**
     * Builds a validator of your own, with a Hibernate Validator factory it owns and closes in
     * {@link #close()}. Most applications want {@link #shared()}.
     *
     * @return the validator
     */
    public static TradeValidator create() {
        return new TradeValidator(null, true);
    }

    /**
     * Wraps an application's validator, such as the one Spring Boot configures, so that its
     * message source and settings are used. The library's constraints work with it as long as it
     * is Hibernate Validator (their messages use {@code {param}} placeholders only); messages of
     * consistency findings are the library's, in the language asked for. {@link #close()} leaves
     * the application's validator open.
     *
     * @param validator the application's validator
     * @return a TradeValidator that validates with it
     */
    public static TradeValidator using(Validator validator) {
        return new TradeValidator(Objects.requireNonNull(validator, "validator must not be null"), false);
    }

    /**
     * Closes the Hibernate Validator factory this validator built; afterwards {@code validate}
     * throws {@link IllegalStateException}. Does nothing for {@link #shared()} and for a validator
     * made by {@link #using(Validator)}.
     */
    @Override
    public void close() {
        if (closeable && !closed && own != null) {
            closed = true;
            own.factory().close();
        }
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
        if (closed) {
            throw new IllegalStateException("this TradeValidator was closed");
        }
        Locale language = supported(locale);
        Validator validator = wrapped != null ? wrapped : validatorIn(language, Objects.requireNonNull(own));
        Set<ConstraintViolation<Object>> found = validator.validate(object);
        if (found.isEmpty()) {
            return List.of();   // the common case: nothing to map, localize or sort
        }
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

    /** The language the library has messages for, or {@code Locale.ROOT} for English. */
    private static Locale supported(Locale locale) {
        String language = locale.getLanguage();
        return "zh".equals(language) || "ru".equals(language) ? Locale.forLanguageTag(language) : Locale.ROOT;
    }

    /** A validator of this one's own factory with messages in a language, built once per language. */
    private Validator validatorIn(Locale language, Own own) {
        return validators.computeIfAbsent(language, l -> own.factory().usingContext()
                .messageInterpolator(new FixedLocale(own.interpolator(), l == Locale.ROOT ? Locale.ENGLISH : l))
                .getValidator());
    }

    private static Violation toViolation(ConstraintViolation<Object> violation, Locale language) {
        HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
        Finding finding = hibernate.getDynamicPayload(Finding.class);
        if (finding != null) {
            return new Violation(finding.path(), finding.code(), finding.message(language),
                    finding.stated() == null ? null : finding.stated().toString());
        }
        String code = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return new Violation(path(violation.getPropertyPath()), code, violation.getMessage(),
                render(violation.getInvalidValue()), pointer(violation.getPropertyPath()));
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

    /** The JSON pointer (RFC 6901) of a property path, built from its nodes so that map keys are escaped whole. */
    private static String pointer(Path path) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
                pointer.append('/').append(escape(String.valueOf(at)));
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                pointer.append('/').append(escape(name));
            }
        }
        return pointer.toString();
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** Renders simple values, escaped and shortened; objects are left out rather than dumped. */
    private static @Nullable String render(@Nullable Object value) {
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
