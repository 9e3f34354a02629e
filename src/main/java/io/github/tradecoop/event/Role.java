package io.github.tradecoop.event;

import java.util.Arrays;
import java.util.Optional;

/** The part an organisation plays in a fair, with the Chinese label press releases use. */
public enum Role {
    /** 主办: hosts the event. */
    HOST("主办"),
    /** 联合主办: hosts it jointly with others. */
    CO_HOST("联合主办"),
    /** 承办: organises it on the hosts' behalf. */
    ORGANIZER("承办"),
    /** 协办: assists the organisers. */
    CO_ORGANIZER("协办"),
    /** 支持: lends its support. */
    SUPPORTER("支持"),
    /** 赞助: sponsors it. */
    SPONSOR("赞助"),
    /** 合作: partners in it. */
    PARTNER("合作"),
    /** 主宾国, страна-партнёр: the guest or partner country of honour, through the organisation representing it. */
    GUEST_OF_HONOUR("主宾国");

    private final String chineseLabel;

    Role(String chineseLabel) {
        this.chineseLabel = chineseLabel;
    }

    /**
     * Returns the Chinese label, e.g. 主办 for {@link #HOST}.
     *
     * @return the label
     */
    public String chineseLabel() {
        return chineseLabel;
    }

    /**
     * Finds the role with a Chinese label, with or without the trailing 单位 ("unit").
     *
     * @param label e.g. 主办 or 主办单位
     * @return the role, empty if the label is unknown
     */
    public static Optional<Role> fromChineseLabel(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String bare = label.endsWith("单位") ? label.substring(0, label.length() - 2) : label;
        return Arrays.stream(values()).filter(r -> r.chineseLabel.equals(bare)).findFirst();
    }
}
