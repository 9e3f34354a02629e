package io.github.tradecoop.event;

/**
 * What was signed. Reports often do not say, and then the kind is {@link #UNKNOWN}: the model
 * never turns "signed 55 projects" into 55 contracts.
 */
public enum ProjectKind {
    /** A binding contract, such as a purchase or construction contract (合同). */
    CONTRACT,
    /** A framework or cooperation agreement (框架协议, 合作协议). */
    AGREEMENT,
    /** An investment agreement: a commitment to invest in a project (投资协议). */
    INVESTMENT_AGREEMENT,
    /** An agreement of intent, not yet binding (意向协议). */
    INTENTION_AGREEMENT,
    /** A memorandum of understanding or letter of intent. */
    MEMORANDUM,
    /** The report does not say what was signed. */
    UNKNOWN
}
