package com.aftersales.record;

import com.aftersales.problem.ApiError;
import com.aftersales.problem.JsonPointers;
import com.aftersales.problem.Labels;
import com.aftersales.problem.ProblemException;
import com.aftersales.problem.Text;
import com.aftersales.problem.TextMappingException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a bulk request into typed rows, each with its location for error messages: a JSON array
 * ({@code /3}), or a table, CSV or XLSX ({@code row 4}, the header being row 1), whose header names each
 * column by its field or by the field's label ({@link ColumnLabels}: 工号 for employeeId). Unknown and
 * repeated columns are refused at row 1, naming them and the columns expected. Every bad row is collected;
 * nothing stops at the first.
 */
public final class BulkReader {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /**
     * One row read, or the errors that kept it from being read. {@code columns}: for a table row, the header
     * of each field as the sheet wrote it (to locate errors by the column the clerk sees), else null.
     */
    public record Row<T>(T value, String location, Map<String, String> columns) {
    }

    /** The rows read and the problems found. */
    public record Result<T>(List<Row<T>> rows, List<ApiError> errors) {
    }

    /** A table as read: its header cells and its rows, each with its row number as a spreadsheet shows it. */
    record Table(List<String> header, List<TableRow> rows) {
    }

    record TableRow(int number, List<String> cells, Text error) {
    }

    private final ObjectMapper json;

    public BulkReader(ObjectMapper json) {
        this.json = json;
    }

    /** Whether a Content-Type is one of the tables (CSV, XLSX). */
    public static boolean table(String contentType) {
        String media = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        return media.startsWith("text/csv") || media.startsWith(XLSX);
    }

    public <T> Result<T> read(byte[] body, String contentType, RecordType<T> type) {
        String media = contentType == null ? "application/json" : contentType.toLowerCase(Locale.ROOT);
        if (media.startsWith("text/csv")) {
            return readTable(csv(decode(body, media)), type);
        }
        if (media.startsWith(XLSX)) {
            return readTable(XlsxTables.read(body), type);
        }
        if (media.startsWith("application/json") || media.contains("+json")) {
            return readJson(body, type);
        }
        throw ProblemException.unsupportedMediaType(Text.of("input.mediaType", contentType));
    }

    private <T> Result<T> readJson(byte[] body, RecordType<T> type) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? "body" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw ProblemException.badRequest(Text.of("problem.jsonUnreadable"),
                    List.of(ApiError.of(where, "input.unreadable", e.getOriginalMessage())));
        } catch (IOException e) {
            throw ProblemException.badRequest("body", Text.of("input.bodyUnreadable", e.getMessage()));
        }
        if (root == null || !root.isArray()) {
            throw ProblemException.badRequest(ApiError.of("/", "input.notArray"));
        }
        List<Row<T>> rows = new ArrayList<>();
        List<ApiError> errors = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            String at = "/" + i;
            JsonNode node = root.get(i);
            String nul = findNul(node, at);
            if (nul != null) {
                errors.add(ApiError.of(nul, "input.nul"));
                continue;
            }
            if (!node.isObject()) {
                errors.add(ApiError.of(at, "input.notObject"));
                continue;
            }
            convert((ObjectNode) node, type, at, null, rows, errors);
        }
        return new Result<>(rows, errors);
    }

    /** A CSV text as a table; empty lines are rows (as in a spreadsheet), a quoted line break is not. */
    private static Table csv(String text) {
        if (text.indexOf('\0') >= 0) {
            throw ProblemException.badRequest(ApiError.of("body", "input.nul"));
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setTrim(true).get();
        List<String> header = null;
        List<TableRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    record = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    // what commons-csv throws for input it cannot parse (an unclosed quote, ...)
                    int row = (int) parser.getRecordNumber() + 1;
                    if (header == null) {
                        throw ProblemException.badRequest(ApiError.of("row 1", "input.headerUnreadable", e.getMessage()));
                    }
                    rows.add(new TableRow(row, List.of(), Text.of("input.malformedCsv", e.getMessage())));
                    break;
                }
                List<String> cells = record.toList();
                if (header == null) {
                    header = cells;
                } else {
                    rows.add(new TableRow((int) record.getRecordNumber(), cells, null));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading CSV from a string", e);
        }
        return new Table(header == null ? List.of() : header, rows);
    }

    private <T> Result<T> readTable(Table table, RecordType<T> type) {
        Map<String, JavaType> types = fieldTypes(type.javaType());
        ColumnLabels labels = ColumnLabels.of(type.name());
        String[] fieldOf = header(table.header(), types, labels, type);
        List<Row<T>> rows = new ArrayList<>();
        List<ApiError> errors = new ArrayList<>();
        int width = table.header().size();
        for (TableRow row : table.rows()) {
            String at = "row " + row.number();
            if (row.error() != null) {
                errors.add(ApiError.of(at, row.error()));
                continue;
            }
            List<String> cells = row.cells();
            if (cells.stream().allMatch(String::isEmpty)) {
                continue;
            }
            if (cells.size() != width && !trailingEmpty(cells, width)) {
                errors.add(ApiError.of(at, "input.cellCount", cells.size(), width));
                continue;
            }
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            Map<String, String> columns = new HashMap<>();
            boolean bad = false;
            for (int c = 0; c < width; c++) {
                String field = fieldOf[c];
                String cell = c < cells.size() ? cells.get(c) : "";
                if (field == null) {
                    continue;
                }
                columns.put(field, table.header().get(c).trim());
                if (cell.isEmpty()) {
                    continue;
                }
                String problem = put(node, field, cell, types.get(field.split("\\.")[0]));
                if (problem != null) {
                    errors.add(ApiError.of(at + ", column " + table.header().get(c).trim(), "input.boolean", cell));
                    bad = true;
                }
            }
            if (!bad) {
                convert(node, type, at, columns, rows, errors);
            }
        }
        return new Result<>(rows, errors);
    }

    private static boolean trailingEmpty(List<String> cells, int width) {
        return cells.size() > width && cells.subList(width, cells.size()).stream().allMatch(String::isEmpty);
    }

    /**
     * The field each column names (null: an ignored or blank column). A header that names no field at all (another
     * kind's file, a tab- or semicolon-separated export), an unknown column, or two columns naming one field are
     * refused at row 1.
     */
    private static String[] header(List<String> header, Map<String, JavaType> types, ColumnLabels labels,
            RecordType<?> type) {
        Text kind = Text.of("kind." + type.name());
        if (header.isEmpty() || header.stream().allMatch(String::isBlank)) {
            throw ProblemException.badRequest(ApiError.of("row 1", "input.noHeader", kind));
        }
        String[] out = new String[header.size()];
        List<String> unknown = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        List<ApiError> errors = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            String h = header.get(c).replace("\uFEFF", "").trim();
            if (h.isEmpty()) {
                continue;
            }
            String field = field(h, types, labels);
            if (field == null) {
                if (!labels.resolve(h).ignored()) {
                    unknown.add(h);
                }
                continue;
            }
            String first = seen.putIfAbsent(field, h);
            if (first != null) {
                errors.add(ApiError.of("row 1, column " + h, "input.duplicateColumn", h, first, field));
                continue;
            }
            out[c] = field;
        }
        if (seen.isEmpty() && unknown.size() == 1) {
            String joined = unknown.get(0);
            String separator = joined.contains("\t") ? "tabs" : joined.contains(";") ? "semicolons" : null;
            if (separator != null) {
                throw ProblemException.badRequest(ApiError.of("row 1", "input.separator." + separator));
            }
        }
        if (!unknown.isEmpty()) {
            errors.add(0, ApiError.of("row 1", "input.unknownColumns", String.join(", ", unknown), kind,
                    expected(types, labels)));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors.get(0).text(), errors);
        }
        return out;
    }

    /** The field a header names: a field's name (dotted names nest: itemRatings.SATISFACTION), else a label. */
    private static String field(String header, Map<String, JavaType> types, ColumnLabels labels) {
        ColumnLabels.Resolved r = labels.resolve(header);
        if (r.field() != null) {
            return r.field();
        }
        if (r.ignored()) {
            return null;
        }
        String first = header.split("\\.")[0];
        if (types.containsKey(first) && !header.endsWith(".")) {
            return header;
        }
        return null;
    }

    /** The columns of a kind, by field and Chinese label: "id (编号), employeeId (工号), ...". */
    private static String expected(Map<String, JavaType> types, ColumnLabels labels) {
        if (labels.fields().isEmpty()) {
            return String.join(", ", new TreeSet<>(types.keySet()));
        }
        return labels.fields().stream().map(c -> c.field() + " (" + c.zh() + ")").collect(Collectors.joining(", "));
    }

    private <T> void convert(ObjectNode node, RecordType<T> type, String at, Map<String, String> columns,
            List<Row<T>> rows, List<ApiError> errors) {
        List<ApiError> normal = new ArrayList<>();
        type.normalize(node, normal::add);
        if (!normal.isEmpty()) {
            normal.forEach(e -> errors.add(e.at(locate(at, e.location(), columns))));
            return;
        }
        try {
            rows.add(new Row<>(json.treeToValue(node, type.javaType()), at, columns));
        } catch (JsonMappingException e) {
            String where = locate(at, JsonPointers.of(e.getPath()), columns);
            errors.add(error(where, e));
        } catch (JsonProcessingException e) {
            errors.add(ApiError.of(at, "input.unreadable", e.getOriginalMessage()));
        }
    }

    /** "/3" + "/clockIn" -> "/3/clockIn"; "row 4" + "/at" -> "row 4, column at" (the header as the sheet wrote it). */
    static String locate(String at, String pointer, Map<String, String> columns) {
        if (columns == null) {
            return at + pointer;
        }
        String field = pointer.replaceFirst("^/", "").replace('/', '.');
        if (field.isEmpty()) {
            return at;
        }
        String header = columns.get(field);
        if (header == null) {
            header = columns.getOrDefault(field.split("\\.")[0], field);
        }
        return at + ", column " + header;
    }

    /** The message of a value Jackson could not read: the bundle text when there is one. */
    private static ApiError error(String where, JsonMappingException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TextMappingException m) {
                return ApiError.of(where, m.text());
            }
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            String values = Arrays.stream(f.getTargetType().getEnumConstants())
                    .map(v -> ((Enum<?>) v).name() + " (" + Labels.of((Enum<?>) v, com.aftersales.problem.Languages.ENGLISH) + ")")
                    .collect(Collectors.joining(", "));
            String labels = Arrays.stream(f.getTargetType().getEnumConstants())
                    .map(v -> Labels.of((Enum<?>) v, com.aftersales.problem.Languages.CHINESE))
                    .collect(Collectors.joining("、"));
            return ApiError.of(where, "input.enum", String.valueOf(f.getValue()), values, labels);
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null) {
            return ApiError.of(where, "input.value", String.valueOf(f.getValue()),
                    Text.of("type." + f.getTargetType().getSimpleName()));
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m && m.getTargetType() != null
                && Text.exists("type." + m.getTargetType().getSimpleName())) {
            return ApiError.of(where, "input.wrongType", Text.of("type." + m.getTargetType().getSimpleName()));
        }
        return ApiError.of(where, "input.unreadable", e.getOriginalMessage());
    }

    private static final Set<String> TRUE = Set.of("true", "yes", "y", "1", "是", "有", "√");
    private static final Set<String> FALSE = Set.of("false", "no", "n", "0", "否", "无", "×");

    /** A cell into the object: dotted names nest, list fields split on '|' (or 、), booleans as 是/否 too. */
    private static String put(ObjectNode node, String column, String cell, JavaType type) {
        String[] path = column.split("\\.");
        ObjectNode target = node;
        for (int i = 0; i < path.length - 1; i++) {
            JsonNode child = target.get(path[i]);
            target = child instanceof ObjectNode o ? o : target.putObject(path[i]);
        }
        String leaf = path[path.length - 1];
        if (path.length == 1 && type != null && type.isCollectionLikeType()) {
            ArrayNode array = target.putArray(leaf);
            for (String part : cell.split("[|、]", -1)) {
                array.add(part.trim());
            }
        } else if (path.length == 1 && type != null && (type.getRawClass() == Boolean.class
                || type.getRawClass() == boolean.class)) {
            String v = cell.trim().toLowerCase(Locale.ROOT);
            if (TRUE.contains(v)) {
                target.put(leaf, true);
            } else if (FALSE.contains(v)) {
                target.put(leaf, false);
            } else {
                return "boolean";
            }
        } else {
            target.put(leaf, cell);
        }
        return null;
    }

    private Map<String, JavaType> fieldTypes(Class<?> type) {
        BeanDescription bean = json.getDeserializationConfig().introspect(json.constructType(type));
        Map<String, JavaType> out = new HashMap<>();
        for (BeanPropertyDefinition p : bean.findProperties()) {
            out.put(p.getName(), p.getPrimaryType());
        }
        return out;
    }

    private static String findNul(JsonNode node, String at) {
        if (node.isTextual()) {
            return node.textValue().indexOf('\0') >= 0 ? at : null;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().indexOf('\0') >= 0) {
                    return at;
                }
                String found = findNul(e.getValue(), at + "/" + e.getKey());
                if (found != null) {
                    return found;
                }
            }
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = findNul(node.get(i), at + "/" + i);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * The text of a CSV body: a byte-order mark decides the encoding (and is dropped), whatever the
     * header says, since some clients label every text body ISO-8859-1; otherwise the charset of the
     * Content-Type (GB18030 for Excel and WPS on Chinese Windows); without one, UTF-8 if the bytes are
     * UTF-8, else GB18030 (what Excel and WPS on Chinese Windows save as "CSV").
     */
    static String decode(byte[] body, String media) {
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            return new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(body, 0xFF, 0xFE) || startsWith(body, 0xFE, 0xFF)) {
            return new String(body, StandardCharsets.UTF_16).replaceFirst("^\uFEFF", "");
        }
        Charset charset = null;
        int at = media.indexOf("charset=");
        if (at >= 0) {
            String name = media.substring(at + 8).split(";")[0].trim().replace("\"", "");
            try {
                charset = Charset.forName(name);
            } catch (IllegalArgumentException e) {
                throw ProblemException.unsupportedMediaType(Text.of("input.charset", name));
            }
        }
        if (charset == null) {
            charset = utf8(body) ? StandardCharsets.UTF_8 : Charset.forName("GB18030");
        }
        String text = new String(body, charset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static boolean utf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(body));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] body, int... prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((body[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
