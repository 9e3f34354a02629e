package io.github.tradecoop.event;

/** What a {@link ScaleFigure} measures: how large a fair was, beyond who attended and exhibited. */
public enum ScaleMeasure {
    /** Exhibition area, in square metres: "1.55 million square metres", "展览面积约7万平方米". */
    EXHIBITION_AREA,
    /** Booths (stands): "around 74,000 booths", "国际标准展位3386个". */
    BOOTHS,
    /** Exhibition halls or pavilions: "7个展馆". */
    HALLS,
    /** Countries and regions taking part: "from 215 countries and regions". */
    COUNTRIES_AND_REGIONS,
    /** Events held during the fair: "15 high-level forums", "40 мероприятий". */
    EVENTS
}
