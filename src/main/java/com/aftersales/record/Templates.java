package com.aftersales.record;

import com.aftersales.problem.Languages;
import com.aftersales.problem.Text;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The XLSX template of a record kind ({@code GET /api/templates/<path>.xlsx}): a first sheet whose header row
 * holds the Chinese label of every field (what a clerk fills in and posts back as it is), and a second sheet
 * "字段说明" listing each column's label, field name and English label.
 */
final class Templates {

    private Templates() {
    }

    static byte[] xlsx(RecordType<?> kind) {
        List<ColumnLabels.Column> fields = ColumnLabels.of(kind.name()).fields();
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFCellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            XSSFSheet sheet = wb.createSheet(Text.of("kind." + kind.name()).in(Languages.CHINESE));
            XSSFRow header = sheet.createRow(0);
            for (int c = 0; c < fields.size(); c++) {
                header.createCell(c).setCellValue(fields.get(c).zh());
                header.getCell(c).setCellStyle(bold);
                sheet.setColumnWidth(c, 16 * 256);
            }
            sheet.createFreezePane(0, 1);
            XSSFSheet help = wb.createSheet("字段说明");
            XSSFRow h = help.createRow(0);
            h.createCell(0).setCellValue("列名 (column)");
            h.createCell(1).setCellValue("字段 (field)");
            h.createCell(2).setCellValue("English");
            h.createCell(3).setCellValue("也可写作 (also)");
            for (int i = 0; i < fields.size(); i++) {
                ColumnLabels.Column f = fields.get(i);
                XSSFRow r = help.createRow(i + 1);
                r.createCell(0).setCellValue(f.zh());
                r.createCell(1).setCellValue(f.field());
                r.createCell(2).setCellValue(f.en());
                r.createCell(3).setCellValue(String.join("、", f.aliases()));
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
