package io.github.tradecoop.trade;

/** Which way goods flow, from the reporter's point of view. */
public enum FlowDirection {
    /** Goods leaving the reporter for the partner. */
    EXPORT,
    /** Goods arriving at the reporter from the partner. */
    IMPORT,
    /** Imports plus exports: the "import and export volume". */
    TOTAL,
    /** Re-exports of goods imported earlier. */
    RE_EXPORT,
    /** Re-imports of goods exported earlier. */
    RE_IMPORT
}
