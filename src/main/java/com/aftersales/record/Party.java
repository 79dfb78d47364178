package com.aftersales.record;

import java.time.LocalDate;

/** An employee a record concerns, over the dates it concerns them (the index month runs load by). */
public record Party(String employeeId, LocalDate from, LocalDate to) {

    public static Party on(String employeeId, LocalDate date) {
        return new Party(employeeId, date, date);
    }
}
