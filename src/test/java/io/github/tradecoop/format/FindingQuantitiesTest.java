package io.github.tradecoop.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tradecoop.figure.Quantity;
import io.github.tradecoop.figure.Quantity.Unit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quantities in the units real reports state beyond square metres and tonnes: exhibit space in
 * square feet, land in hectares, acres and 亩, gas in cubic metres, containers in TEU, electricity
 * in kilowatt-hours. Sentences with a page address are real figures; the others are constructed.
 */
class FindingQuantitiesTest {

    private static final FigureFormat EN = FigureFormat.english();
    private static final FigureFormat ZH = FigureFormat.chinese();
    private static final FigureFormat RU = FigureFormat.russian();

    private static Quantity quantity(FigureFormat format, String text) {
        return Found.only(format, text).quantity().orElseThrow();
    }

    @Test
    void exhibitSpaceInSquareFeetAndLandInAcres() {
        // "more than 2,000 companies filled 1.1 million square feet of space" (bizbash.com, exhibitor-feedback-drives-
        // improvements-at-huge-trade-show)
        List<FoundFigure> found = EN.find("More than 2,000 companies filled 1.1 million square feet of space.");
        assertEquals(List.of("More than 2,000 companies", "1.1 million square feet"), Found.texts(found));
        assertEquals(Unit.SQUARE_FOOT, found.get(1).quantity().orElseThrow().unit());
        assertEquals(Found.closed("1050000", "1150000"), found.get(1).bounds());
        // "4,170,865 net square feet (nsf) of exhibit space", "120,000 sf of flex space" (tradeshowexecutive.com,
        // tse-data/dashboard/2014-04-01)
        assertEquals(Unit.SQUARE_FOOT, quantity(EN, "The shows included 4,170,865 net square feet (nsf) of exhibit space.").unit());
        assertEquals(Found.closed("119999.5", "120000.5"), Found.only(EN, "It boasts 120,000 sf of flex space.").bounds());
        // "spread across 149 acres" (sawanonlinebookstore.com, a-visit-to-the-trade-fair)
        assertEquals(Unit.ACRE, quantity(EN, "The exhibition complex is spread across 149 acres.").unit());
        assertEquals(Unit.HECTARE, quantity(EN, "The new grounds cover about 30 hectares.").unit());
        assertEquals(Unit.SQUARE_KILOMETRE, quantity(EN, "The zone covers 12.5 sq km.").unit());
    }

    @Test
    void goodsByVolumeWeightContainersAndEnergy() {
        assertEquals(Unit.BARREL, quantity(EN, "Exports reached 450,000 barrels of crude.").unit());
        assertEquals(Unit.KILOWATT_HOUR, quantity(EN, "It sold 3.4 billion kWh of electricity.").unit());
        assertEquals(Unit.KILOGRAM, quantity(EN, "Shipments of 2,300 kg of tea left the port.").unit());
        assertEquals(Unit.CUBIC_METRE, quantity(EN, "Pipeline deliveries were 38 billion cubic metres.").unit());
        assertEquals(Unit.LITRE, quantity(EN, "The plant bottles 5 million litres a year.").unit());
        FoundFigure teu = EN.find("The port handled 1.2 million TEUs, up 8.5% year on year.").get(0);
        assertEquals(Unit.TEU, teu.quantity().orElseThrow().unit());
        assertTrue(teu.change().isPresent(), "the change after a quantity is its change");
    }

    @Test
    void chineseLandContainersAndEnergy() {
        // "占地208亩", "集装箱吞吐量327.33万标箱，同比增长42.6%" (fc98.vip, xinwendongtai/xingyedongtai/931)
        assertEquals(Unit.MU, quantity(ZH, "项目位于太仓港综合保税区内，占地208亩。").unit());
        FoundFigure containers = ZH.find("实现集装箱吞吐量327.33万标箱，同比增长42.6%。").get(0);
        assertEquals(Unit.TEU, containers.quantity().orElseThrow().unit());
        assertEquals(Found.closed("3273250", "3273350"), containers.bounds());
        // "陆域面积103公顷", "金塘陆域面积98.4平方公里" (myeja.com, news/industry_news/736)
        assertEquals(Unit.HECTARE, quantity(ZH, "陆域纵深450米，陆域面积103公顷。").unit());
        assertEquals(Unit.SQUARE_KILOMETRE, quantity(ZH, "金塘陆域面积98.4平方公里。").unit());
        // "占地1,800畝", "140萬標箱" (xinludianqi.net/13277): traditional characters
        assertEquals(List.of("1,800畝", "7个集装箱码头", "140萬標箱"),
                Found.texts(ZH.find("项目占地1,800畝，将建设7个集装箱码头，提供140萬標箱的运输能力。")));
        assertEquals(Unit.MU, ZH.find("项目占地1,800畝").get(0).quantity().orElseThrow().unit());
        // "集装箱6.4万TEU" (cnss.com.cn/html/gkdt/20081229/40246)
        assertEquals(Unit.TEU, quantity(ZH, "设计年吞吐能力中，集装箱6.4万TEU。").unit());
        assertEquals(Unit.KILOWATT_HOUR, quantity(ZH, "全年外送电量2.5亿千瓦时。").unit());
        assertEquals(Found.closed("245000000", "255000000"), Found.only(ZH, "全年外送电量2.5亿千瓦时。").bounds(),
                "千 begins the unit, it is no thousands of a further part");
        assertEquals(Unit.BARREL, quantity(ZH, "日产原油10万桶。").unit());
    }

    @Test
    void aTonnageClassIsNoQuantity() {
        // "新建1个5万吨级集装箱泊位…设计年通过能力达61万标箱" (bbs.fqlook.com/archiver/tid-117446): a berth of the
        // 50,000-tonne class states no 50,000 tonnes, nor a count of 吨级集装箱泊位
        List<FoundFigure> found = ZH.find("该项目将新建1个5万吨级集装箱泊位，设计年通过能力达61万标箱。");
        assertEquals(List.of("1个", "61万标箱"), Found.texts(found));
        assertEquals(Unit.TEU, found.get(1).quantity().orElseThrow().unit());
        assertEquals(List.of("2个"), Found.texts(ZH.find("拟建5万吨级多用途泊位2个")));
    }

    @Test
    void russianGasInCubicMetresAndLandInHectares() {
        // "составил 66,2 млрд кубометров" (finance.rambler.ru/economics/36770475-gazprom-za-chetyre-mesyatsa-uvelichil-
        // eksport-gaza-v-dalnee-zarubezhe-na-14-9)
        Quantity gas = quantity(RU, "Экспорт газа составил 66,2 млрд кубометров.");
        assertEquals(Unit.CUBIC_METRE, gas.unit());
        assertEquals(Found.closed("66150000000", "66250000000"), gas.bounds());
        // "более 450 млрд куб. м газа" (yutem.ucoz.lv, news 2018-01-30-341)
        assertEquals(Unit.CUBIC_METRE, quantity(RU, "планирует добыть более 450 млрд куб. м газа").unit());
        assertEquals(Unit.HECTARE, quantity(RU, "участок площадью 300 га").unit());
        assertEquals(Unit.KILOWATT_HOUR, quantity(RU, "экспорт электроэнергии составил 1,2 млрд кВт·ч").unit());
        assertEquals(Unit.TEU, quantity(RU, "перевалка выросла до 150 тыс. ДФЭ").unit());
        assertEquals(Unit.BARREL, quantity(RU, "добыча составила 9,5 млн баррелей").unit());
    }

    @Test
    void everyUnitIsWrittenAndReadBackInEveryLanguage() {
        for (FigureFormat format : List.of(EN, ZH, RU)) {
            for (Unit unit : Unit.values()) {
                Quantity written = Quantity.of(io.github.tradecoop.figure.Figure.stated(new java.math.BigDecimal("12.5"), io.github.tradecoop.figure.Qualifier.ABOUT), unit);
                String text = format.format(written);
                assertNotNull(text);
                assertEquals(written, format.parseQuantity(text), () -> "read back: " + text);
            }
        }
    }

    @Test
    void aQuantitysNounIsItsUnitAsWritten() {
        assertEquals("square feet", Found.only(EN, "It boasts 120,000 square feet of flex space.").noun().orElseThrow());
        assertEquals("吨", Found.only(ZH, "全省农产品出口24.9万吨。").noun().orElseThrow(), "the magnitude is no part of the unit");
        assertEquals("кв. м", Found.only(RU, "на общей площади 37 000 кв. м.").noun().orElseThrow(), "the sentence's point is not the unit's");
        // an item of a list whose unit is written once, after the last item, has no unit of its own written
        List<FoundFigure> imports = ZH.find("进口煤炭、原油和天然气分别为3385.3万、957.2万、150万吨。");
        assertTrue(imports.get(0).noun().isEmpty());
        assertEquals("吨", imports.get(2).noun().orElseThrow());
    }
}
