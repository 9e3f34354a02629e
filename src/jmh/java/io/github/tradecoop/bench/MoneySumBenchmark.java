package io.github.tradecoop.bench;

import io.github.tradecoop.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.money.Monetary;
import org.javamoney.moneta.FastMoney;
import org.joda.money.CurrencyUnit;
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

/** Summing 1,000,000 amounts of CNY with two decimal places, with each library's own type. */
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 8, time = 2)
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MoneySumBenchmark {

    static final int AMOUNTS = 1_000_000;

    Money[] tradecoop;
    BigDecimal[] decimals;
    org.joda.money.Money[] joda;
    org.javamoney.moneta.Money[] moneta;
    FastMoney[] fast;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        Currency cny = Currency.getInstance("CNY");
        javax.money.CurrencyUnit monetaCny = Monetary.getCurrency("CNY");
        tradecoop = new Money[AMOUNTS];
        decimals = new BigDecimal[AMOUNTS];
        joda = new org.joda.money.Money[AMOUNTS];
        moneta = new org.javamoney.moneta.Money[AMOUNTS];
        fast = new FastMoney[AMOUNTS];
        for (int i = 0; i < AMOUNTS; i++) {
            BigDecimal amount = BigDecimal.valueOf(random.nextInt(10_000_000), 2);
            tradecoop[i] = Money.of(cny, amount);
            decimals[i] = amount;
            joda[i] = org.joda.money.Money.of(CurrencyUnit.of("CNY"), amount);
            moneta[i] = org.javamoney.moneta.Money.of(amount, monetaCny);
            fast[i] = FastMoney.of(amount, monetaCny);
        }
    }

    @Benchmark
    public Money tradecoopMoneyPlus() {
        Money total = Money.zero(tradecoop[0].currency());
        for (Money m : tradecoop) {
            total = total.plus(m);
        }
        return total;
    }

    @Benchmark
    public BigDecimal bigDecimalAdd() {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal d : decimals) {
            total = total.add(d);
        }
        return total;
    }

    @Benchmark
    public org.joda.money.Money jodaMoneyPlus() {
        org.joda.money.Money total = org.joda.money.Money.zero(joda[0].getCurrencyUnit());
        for (org.joda.money.Money m : joda) {
            total = total.plus(m);
        }
        return total;
    }

    @Benchmark
    public org.javamoney.moneta.Money monetaMoneyAdd() {
        org.javamoney.moneta.Money total = org.javamoney.moneta.Money.zero(moneta[0].getCurrency());
        for (org.javamoney.moneta.Money m : moneta) {
            total = total.add(m);
        }
        return total;
    }

    @Benchmark
    public FastMoney monetaFastMoneyAdd() {
        FastMoney total = FastMoney.zero(fast[0].getCurrency());
        for (FastMoney m : fast) {
            total = total.add(m);
        }
        return total;
    }
}
