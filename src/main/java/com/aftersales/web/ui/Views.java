package com.aftersales.web.ui;

import com.aftersales.payroll.StatementViews.LineView;
import io.quarkus.qute.TemplateData;
import java.util.List;

/** The shapes the templates show that no service answers as such. */
public final class Views {

    private Views() {
    }

    /** A statement's lines of one policy, with their totals. */
    @TemplateData
    public record PolicyGroup(String policy, String title, List<LineView> lines, String deduct, String pay) {
    }

    /** A record an explanation rests on, with its fields as pairs (the used ones marked). */
    @TemplateData
    public record RecordRow(String type, String id, List<Field> fields) {
    }

    @TemplateData
    public record Field(String name, String value) {
    }

    /** One month of a branch's visit satisfaction. */
    @TemplateData
    public record KpiMonth(String period, int visits, int dissatisfied, String rate, String target) {

        /** Below the target: shown red. */
        public boolean below() {
            return rate != null && target != null && new java.math.BigDecimal(rate).compareTo(new java.math.BigDecimal(target)) < 0;
        }
    }

    /**
     * A sheet of an uploaded workbook as a grid: its column letters, its rows (number and cells), the
     * messages of its bad cells beside their row.
     */
    @TemplateData
    public record Grid(String file, String sheet, List<String> columns, List<GridRow> rows, int errors) {
    }

    @TemplateData
    public record GridRow(int number, List<GridCell> cells, List<String> messages) {
    }

    /** {@code level}: "" (fine), "bad" (an error at the cell), "warn". */
    @TemplateData
    public record GridCell(String ref, String text, String level, String message) {
    }

    /** The unmatched punches of one PIN on one device. */
    @TemplateData
    public record PinGroup(String deviceSerial, String branch, String pin, int punches, String first, String last) {
    }
}
