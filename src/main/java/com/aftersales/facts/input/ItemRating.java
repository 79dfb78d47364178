package com.aftersales.facts.input;

import java.time.LocalDate;
import java.util.List;

/**
 * One item of a completed visit as the customer rated it (服务态度, 用户满意度, 配送时效, 商品完好率),
 * for the VISIT-PEN-* table: item SERVICE_ATTITUDE, SATISFACTION, DELIVERY_TIME or GOODS_INTACT;
 * rating VS, S, N, D or VD.
 */
public final class ItemRating {

    private final Visit visit;
    private final String item;
    private final String rating;

    public ItemRating(Visit visit, String item, String rating) {
        this.visit = visit;
        this.item = item;
        this.rating = rating;
    }

    public Visit getVisit() { return visit; }
    public String getVisitId() { return visit.getId(); }
    public String getVisitKind() { return visit.getKind(); }
    public String getItem() { return item; }
    public String getRating() { return rating; }
    public LocalDate getDate() { return visit.getAttemptDate(); }
    public String getDeliveryId() { return visit.getDeliveryId(); }
    public String getResponsibleEmployeeId() { return visit.getResponsibleEmployeeId(); }
    public List<RecordRef> getRecords() { return visit.getRecords(); }

    @Override
    public String toString() {
        return "ItemRating " + visit.getId() + " " + item + "=" + rating;
    }
}
