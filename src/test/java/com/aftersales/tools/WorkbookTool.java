package com.aftersales.tools;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A developer's tool for the shipped decision tables: writes an {@code .xlsx} from a tab-separated
 * text sketch, and dumps an {@code .xlsx} back to that text so a table can be reviewed in a diff.
 * The workbook is the source of truth; the text is scratch.
 *
 * <pre>
 * java -cp "target/test-classes:$(cat target/cp.txt)" com.aftersales.tools.WorkbookTool write sketch.txt out.drl.xlsx
 * java -cp "target/test-classes:$(cat target/cp.txt)" com.aftersales.tools.WorkbookTool dump in.drl.xlsx
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" com.aftersales.tools.WorkbookTool edit script.txt
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" com.aftersales.tools.WorkbookTool diff old.xlsx new.xlsx
 * </pre>
 *
 * {@code edit} changes shipped workbooks in place, keeping everything else of them: each line of the script
 * is {@code file <path>}, {@code set <Sheet>!<Cell><TAB><value>} (a number unless prefixed {@code '}, empty
 * to clear), {@code add-sheet <Sheet>} or {@code delete-row <Sheet><TAB><row number>} (the rows below move up). {@code diff} lists the
 * changed cells as {@code Sheet!Cell old -> new}, the form commit messages give for edits of shipped tables.
 *
 * Sketch format: {@code === SheetName} starts a sheet; every other line is one row of tab-separated
 * cells; {@code @merge B6:D6} merges a range; {@code @width A 40} sets a column width in characters;
 * {@code #} starts a comment. A cell that is a plain number is written as a number; prefix {@code '}
 * to keep it text.
 */
public final class WorkbookTool {

    private WorkbookTool() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length >= 3 && args[0].equals("write")) {
            write(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8), Path.of(args[2]));
        } else if (args.length >= 2 && args[0].equals("edit")) {
            WorkbookEdits.apply(Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8));
        } else if (args.length >= 3 && args[0].equals("diff")) {
            System.out.print(WorkbookEdits.diff(Files.readAllBytes(Path.of(args[1])), Files.readAllBytes(Path.of(args[2]))));
        } else if (args.length >= 2 && args[0].equals("dump")) {
            try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
                System.out.print(dump(in));
            }
        } else {
            System.err.println("usage: WorkbookTool write sketch.txt out.xlsx | dump in.xlsx | edit script.txt "
                    + "| diff old.xlsx new.xlsx");
            System.exit(2);
        }
    }

    public static void write(String sketch, Path out) throws IOException {
        try (Workbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(out)) {
            write(sketch, wb);
            wb.write(os);
        }
    }

    public static byte[] toBytes(String sketch) throws IOException {
        try (Workbook wb = new XSSFWorkbook(); var os = new java.io.ByteArrayOutputStream()) {
            write(sketch, wb);
            wb.write(os);
            return os.toByteArray();
        }
    }

    private static void write(String sketch, Workbook wb) {
        CellStyle bold = wb.createCellStyle();
        Font font = wb.createFont();
        font.setBold(true);
        bold.setFont(font);
        CellStyle wrap = wb.createCellStyle();
        wrap.setWrapText(false);
        Sheet sheet = null;
        int rowNo = 0;
        List<String> merges = new ArrayList<>();
        for (String line : sketch.split("\n", -1)) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("=== ")) {
                finish(sheet, merges);
                sheet = wb.createSheet(line.substring(4).trim());
                rowNo = 0;
                continue;
            }
            if (sheet == null) {
                continue;
            }
            if (line.startsWith("@merge ")) {
                merges.add(line.substring(7).trim());
                continue;
            }
            if (line.startsWith("@width ")) {
                String[] p = line.substring(7).trim().split("\\s+");
                sheet.setColumnWidth(CellReference.convertColStringToIndex(p[0]), Integer.parseInt(p[1]) * 256);
                continue;
            }
            Row row = sheet.createRow(rowNo++);
            String[] cells = line.split("\t", -1);
            for (int c = 0; c < cells.length; c++) {
                String v = cells[c];
                if (v.isEmpty()) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (v.startsWith("'")) {
                    cell.setCellValue(v.substring(1));
                } else if (v.matches("-?\\d+(\\.\\d+)?")) {
                    cell.setCellValue(Double.parseDouble(v));
                } else {
                    cell.setCellValue(v);
                }
                if (v.equals("RuleSet") || v.startsWith("RuleTable") || v.equals("CONDITION") || v.equals("ACTION")
                        || v.equals("NAME")) {
                    cell.setCellStyle(bold);
                }
            }
        }
        finish(sheet, merges);
    }

    private static void finish(Sheet sheet, List<String> merges) {
        if (sheet == null) {
            return;
        }
        for (String m : merges) {
            CellRangeAddress range = CellRangeAddress.valueOf(m);
            for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
                Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
                for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
                    if (row.getCell(c) == null) {
                        row.createCell(c);
                    }
                }
            }
            sheet.addMergedRegion(range);
        }
        merges.clear();
    }

    public static String dump(InputStream xlsx) throws IOException {
        StringBuilder out = new StringBuilder();
        DataFormatter fmt = new DataFormatter();
        try (Workbook wb = WorkbookFactory.create(xlsx)) {
            for (Sheet sheet : wb) {
                out.append("=== ").append(sheet.getSheetName()).append('\n');
                int last = -1;
                for (Row row : sheet) {
                    while (++last < row.getRowNum()) {
                        out.append('\n');
                    }
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        String v = cell == null ? "" : fmt.formatCellValue(cell);
                        if (cell != null && cell.getCellType() == CellType.STRING && v.matches("-?\\d+(\\.\\d+)?")) {
                            v = "'" + v;
                        }
                        cells.add(v);
                    }
                    out.append(String.join("\t", cells)).append('\n');
                }
                for (CellRangeAddress m : sheet.getMergedRegions()) {
                    out.append("@merge ").append(m.formatAsString()).append('\n');
                }
            }
        }
        return out.toString();
    }
}
