package com.aftersales.visit;

import java.util.Arrays;
import java.util.Optional;

/**
 * The items of the visit table a customer rates (回访管理制度 五、奖惩标准 考核内容); a rating's key
 * is the code or the Chinese name.
 */
public enum RatingItem {
    SERVICE_ATTITUDE("服务态度"),
    SATISFACTION("用户满意度"),
    DELIVERY_TIME("配送时效"),
    GOODS_INTACT("商品完好率");

    private final String zh;

    RatingItem(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    /** The item a key names, by code or Chinese name. */
    public static Optional<RatingItem> parse(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String k = key.trim();
        return Arrays.stream(values()).filter(i -> i.name().equalsIgnoreCase(k) || i.zh.equals(k)).findFirst();
    }
}
