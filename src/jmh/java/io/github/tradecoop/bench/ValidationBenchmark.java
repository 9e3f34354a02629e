package io.github.tradecoop.bench;

import io.github.tradecoop.Seed;
import io.github.tradecoop.event.TradeFair;
import io.github.tradecoop.json.TradeJson;
import io.github.tradecoop.validation.TradeValidator;
import io.github.tradecoop.validation.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Validating the seed fair with TradeValidator, and with Hibernate Validator called directly. */
@Fork(3)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 3, time = 2)
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ValidationBenchmark {

    TradeFair fair;
    TradeValidator tradeValidator;
    Validator hibernate;

    @Setup
    public void setUp() {
        fair = Seed.fair();
        tradeValidator = TradeValidator.create();
        hibernate = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
    }

    @Benchmark
    public List<Violation> tradeValidator() {
        return tradeValidator.validate(fair);
    }

    @Benchmark
    public Set<ConstraintViolation<TradeFair>> hibernateValidatorDirectly() {
        return hibernate.validate(fair);
    }

    /** What the docs' inline {@code TradeJson.auto().withValidation()} costs per call: no factory is built. */
    @Benchmark
    public TradeJson freshWithValidation() {
        return TradeJson.auto().withValidation();
    }
}
