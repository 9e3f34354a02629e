package io.github.tradecoop.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.tradecoop.figure.Qualifier;
import io.github.tradecoop.figure.ReportedAmount;
import io.github.tradecoop.trade.Area;
import io.github.tradecoop.trade.FlowDirection;
import io.github.tradecoop.trade.ReferencePeriod;
import io.github.tradecoop.trade.TradeFlow;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.bean.BeanDeserializerBase;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;

/** The prepared creator handles for Jackson 3 create exactly what Jackson's own instantiator creates. */
class Jackson3CreatorsTest {

    /** A mapper that shows the instantiator Jackson chose for a type. */
    private static final class Probe extends JsonMapper {
        Probe(JsonMapper.Builder builder) {
            super(builder);
        }

        DeserializationContext context() {
            return _deserializationContext();
        }

        ValueInstantiator instantiatorOf(Class<?> type) {
            return ((BeanDeserializerBase) context().findRootValueDeserializer(constructType(type))).getValueInstantiator();
        }
    }

    private final Probe plain = new Probe(JsonMapper.builder());
    private final Probe prepared = new Probe(JsonMapper.builder().addModule(new Jackson3Creators()));

    private static final Area SHENYANG = Area.city("Shenyang", "CN");
    private static final ReportedAmount VALUE = ReportedAmount.parse("RMB 91.3 billion");

    @Test
    void recordConstructorsAndStaticPropertyCreatorsAreCalledThroughAPreparedHandle() {
        for (Class<?> type : new Class<?>[] {TradeFlow.class, ReportedAmount.class}) {
            ValueInstantiator standard = plain.instantiatorOf(type);
            assertSame(StdValueInstantiator.class, standard.getClass(), type.getName());
            assertNotSame(StdValueInstantiator.class, prepared.instantiatorOf(type).getClass(), type.getName());
        }
    }

    @Test
    void theSameArgumentsCreateEqualValues() {
        Object[] flow = {SHENYANG, Area.country("RU"), ReferencePeriod.year(2023), FlowDirection.EXPORT, VALUE, null, null, null, null, null,
                null, null};
        assertEquals(createWith(plain, TradeFlow.class, flow), createWith(prepared, TradeFlow.class, flow));
        assertEquals(TradeFlow.of(SHENYANG, Area.country("RU"), ReferencePeriod.year(2023), FlowDirection.EXPORT, VALUE),
                createWith(prepared, TradeFlow.class, flow));

        // A private static creator taking decimal strings (ReportedAmount's properties creator).
        Object[] amount = {"CNY", "91300000000", "100000000", Qualifier.EXACT};
        assertEquals(VALUE, createWith(plain, ReportedAmount.class, amount));
        assertEquals(VALUE, createWith(prepared, ReportedAmount.class, amount));
    }

    @Test
    void aRefusalIsReportedAsJacksonReportsIt() {
        Object[] badCurrency = {"XYZ", "1", "1", Qualifier.EXACT};
        ValueInstantiationException standard = assertThrows(ValueInstantiationException.class,
                () -> createWith(plain, ReportedAmount.class, badCurrency));
        ValueInstantiationException fast = assertThrows(ValueInstantiationException.class,
                () -> createWith(prepared, ReportedAmount.class, badCurrency));
        assertEquals(standard.getOriginalMessage(), fast.getOriginalMessage());
        assertEquals(standard.getCause().getClass(), fast.getCause().getClass());
        assertInstanceOf(IllegalArgumentException.class, fast.getCause());
    }

    @Test
    void anInstantiatorOfAnotherKindIsLeftAlone() {
        StdValueInstantiator custom = new StdValueInstantiator((StdValueInstantiator) plain.instantiatorOf(TradeFlow.class)) {
        };
        assertSame(custom, Jackson3Creators.spreadOnce(custom));
    }

    private static Object createWith(Probe mapper, Class<?> type, Object[] args) {
        return mapper.instantiatorOf(type).createFromObjectWith(mapper.context(), args.clone());
    }
}
