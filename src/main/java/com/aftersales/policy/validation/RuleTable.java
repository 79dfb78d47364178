package com.aftersales.policy.validation;

import java.util.List;
import java.util.Map;

/**
 * One {@code RuleTable} of a decision-table sheet as the checks see it: its columns (type, pattern,
 * constraint snippet, title, unit) and its rows of values, with formulas already evaluated.
 */
record RuleTable(String file, String sheet, String name, int headerRow, List<Column> columns, List<Row> rows) {

    /** A column of the table; {@code index} is the sheet's column index. */
    record Column(int index, String type, String snippet, String title, Unit unit) {

        boolean isCondition() {
            return type.equals("CONDITION");
        }

        boolean isName() {
            return type.equals("NAME");
        }
    }

    /** A rule row: its 0-based sheet row and the value of each column index (blank cells absent). */
    record Row(int rowNum, String name, Map<Integer, String> values) {

        String value(Column c) {
            return values.getOrDefault(c.index(), "");
        }

        /** "row 12 (ATT-LATE-2 …)" as an admin reads it. */
        String label() {
            return "row " + (rowNum + 1) + (name.isEmpty() ? "" : " (" + name + ")");
        }
    }
}
