package com.aftersales.facts.input;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * One delivery (RULES.md §0.3 Delivery): zone LOCAL or OTHER_COUNTY, the whole minutes from payment
 * at the cashier to delivery (A-35, G-2), and the crew. {@code visited} (a completed logistics visit
 * is known) is set only where a branch month is scored.
 */
public final class Delivery {

    private final String id;
    private final String branch;
    private final String zone;
    private final LocalDateTime paidAt;
    private final LocalDateTime deliveredAt;
    private final List<String> crew;
    private final boolean goodsDamaged;
    private final boolean visited;

    public Delivery(String id, String branch, String zone, LocalDateTime paidAt, LocalDateTime deliveredAt,
            List<String> crew, boolean goodsDamaged, boolean visited) {
        this.id = id;
        this.branch = branch;
        this.zone = zone;
        this.paidAt = Times.minute(paidAt);
        this.deliveredAt = Times.minute(deliveredAt);
        this.crew = List.copyOf(crew);
        this.goodsDamaged = goodsDamaged;
        this.visited = visited;
    }

    public String getId() { return id; }
    public String getBranch() { return branch; }
    public String getZone() { return zone; }
    public LocalDateTime getPaidAt() { return paidAt; }
    public LocalDateTime getDeliveredAt() { return deliveredAt; }
    public boolean isDelivered() { return deliveredAt != null; }
    /** Whole minutes from payment to delivery, or -1 while not delivered. */
    public long getMinutesTaken() { return deliveredAt == null ? -1 : Duration.between(paidAt, deliveredAt).toMinutes(); }
    public String getTimeTaken() { return deliveredAt == null ? "—" : Times.hours(getMinutesTaken()); }
    /** The day the delivery concerns: delivered, or paid while not delivered. */
    public LocalDate getDate() { return (deliveredAt == null ? paidAt : deliveredAt).toLocalDate(); }
    public YearMonth getDeliveredMonth() { return Times.month(deliveredAt); }
    public List<String> getCrew() { return crew; }
    public boolean isGoodsDamaged() { return goodsDamaged; }
    public boolean isVisited() { return visited; }

    public RecordRef getRef() {
        return RecordRef.of("delivery", id);
    }

    public List<RecordRef> getRecords() {
        return List.of(getRef());
    }

    @Override
    public String toString() {
        return "Delivery " + id + " " + zone + " " + getTimeTaken();
    }
}
