package com.aftersales.record;

import com.aftersales.problem.ApiError;
import com.aftersales.problem.JsonPointers;
import com.aftersales.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a bulk request (a JSON array, or CSV whose header names the JSON fields) into typed rows,
 * each with its location for error messages: {@code /3} in JSON, {@code row 4} in CSV. Every bad row
 * is collected; nothing stops at the first.
 */
public final class BulkReader {

    /** One row read, or the errors that kept it from being read. */
    public record Row<T>(T value, String location, Map<String, String> columns) {
    }

    /** The rows read and the problems found. */
    public record Result<T>(List<Row<T>> rows, List<ApiError> errors) {
    }

    private final ObjectMapper json;

    public BulkReader(ObjectMapper json) {
        this.json = json;
    }

    public <T> Result<T> read(byte[] body, String contentType, Class<T> type) {
        String media = contentType == null ? "application/json" : contentType.toLowerCase(Locale.ROOT);
        if (media.startsWith("text/csv")) {
            return readCsv(decode(body, media), type);
        }
        if (media.startsWith("application/json") || media.contains("+json")) {
            return readJson(body, type);
        }
        throw ProblemException.unsupportedMediaType("send application/json or text/csv, not " + contentType);
    }

    private <T> Result<T> readJson(byte[] body, Class<T> type) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? "body" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw ProblemException.badRequest("The JSON body cannot be read",
                    List.of(new ApiError(where, e.getOriginalMessage())));
        } catch (IOException e) {
            throw ProblemException.badRequest("body", "the body cannot be read: " + e.getMessage());
        }
        if (root == null || !root.isArray()) {
            throw ProblemException.badRequest("/", "the body must be a JSON array of records");
        }
        List<Row<T>> rows = new ArrayList<>();
        List<ApiError> errors = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            String at = "/" + i;
            JsonNode node = root.get(i);
            String nul = findNul(node, at);
            if (nul != null) {
                errors.add(new ApiError(nul, "NUL characters are not allowed"));
                continue;
            }
            if (!node.isObject()) {
                errors.add(new ApiError(at, "each record must be a JSON object"));
                continue;
            }
            convert(node, type, at, null, rows, errors);
        }
        return new Result<>(rows, errors);
    }

    private <T> Result<T> readCsv(String text, Class<T> type) {
        List<Row<T>> rows = new ArrayList<>();
        List<ApiError> errors = new ArrayList<>();
        if (text.indexOf('\0') >= 0) {
            throw ProblemException.badRequest("body", "NUL characters are not allowed");
        }
        // Empty lines are read (and skipped below) so that row numbers stay those a spreadsheet shows:
        // the header is row 1, the first record row 2, an empty line is a row, a quoted line break is not.
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(false).setTrim(true).get();
        Map<String, JavaType> fields = fieldTypes(type);
        CSVParser parser;
        try {
            parser = CSVParser.parse(new StringReader(text), format);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            // commons-csv refuses a header it cannot read: a name given twice or missing, an open quote
            throw ProblemException.badRequest("row 1", "the header row cannot be read: " + e.getMessage());
        }
        try (parser) {
            List<String> header = parser.getHeaderNames();
            checkHeader(header, fields, type);
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
                    errors.add(new ApiError("row " + (parser.getRecordNumber() + 2), "malformed CSV: " + e.getMessage()));
                    break;
                }
                String at = "row " + (record.getRecordNumber() + 1);
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                if (record.size() != header.size()) {
                    errors.add(new ApiError(at, "has " + record.size() + " cells but the header has " + header.size()));
                    continue;
                }
                ObjectNode node = JsonNodeFactory.instance.objectNode();
                Map<String, String> columns = new HashMap<>();
                for (int c = 0; c < header.size(); c++) {
                    String column = header.get(c);
                    String cell = record.get(c);
                    columns.put(column, cell);
                    if (cell.isEmpty()) {
                        continue;
                    }
                    put(node, column, cell, fields.get(column.split("\\.")[0]));
                }
                convert(node, type, at, columns, rows, errors);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("closing a CSV parser of a string", e);
        }
        return new Result<>(rows, errors);
    }

    /**
     * A header must name fields of the kind, separated by commas: one that names none (another kind's
     * file, a tab- or semicolon-separated export) is refused at row 1 rather than read as empty rows.
     */
    private static void checkHeader(List<String> header, Map<String, JavaType> fields, Class<?> type) {
        String kind = type.getSimpleName().replaceFirst("Record$", "").toLowerCase(Locale.ROOT);
        if (header.isEmpty() || header.stream().allMatch(String::isBlank)) {
            throw ProblemException.badRequest("row 1", "the CSV has no header row naming the " + kind + " fields");
        }
        if (header.stream().anyMatch(h -> fields.containsKey(h.split("\\.")[0]))) {
            return;
        }
        String joined = String.join(",", header);
        String separator = joined.contains("\t") ? "tabs" : joined.contains(";") ? "semicolons" : null;
        if (separator != null) {
            throw ProblemException.badRequest("row 1", "the columns are separated by " + separator
                    + "; separate them by commas (,), as API.md says");
        }
        throw ProblemException.badRequest("row 1", "the header names no field of a " + kind + " record ("
                + joined + "); the fields are " + new java.util.TreeSet<>(fields.keySet()));
    }

    private <T> void convert(JsonNode node, Class<T> type, String at, Map<String, String> columns,
            List<Row<T>> rows, List<ApiError> errors) {
        try {
            rows.add(new Row<>(json.treeToValue(node, type), at, columns));
        } catch (JsonMappingException e) {
            String pointer = JsonPointers.of(e.getPath());
            String where = columns == null ? at + pointer : at + ", column " + pointer.replaceFirst("^/", "").replace('/', '.');
            errors.add(new ApiError(where, e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            errors.add(new ApiError(at, e.getOriginalMessage()));
        }
    }

    /** A CSV cell into the object: dotted names nest, list fields split on '|'. */
    private static void put(ObjectNode node, String column, String cell, JavaType type) {
        String[] path = column.split("\\.");
        ObjectNode target = node;
        for (int i = 0; i < path.length - 1; i++) {
            JsonNode child = target.get(path[i]);
            target = child instanceof ObjectNode o ? o : target.putObject(path[i]);
        }
        String leaf = path[path.length - 1];
        if (path.length == 1 && type != null && type.isCollectionLikeType()) {
            ArrayNode array = target.putArray(leaf);
            for (String part : cell.split("\\|", -1)) {
                array.add(part.trim());
            }
        } else {
            target.put(leaf, cell);
        }
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
     * Content-Type (GB18030 for Excel and WPS on Chinese Windows), else UTF-8.
     */
    private static String decode(byte[] body, String media) {
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            return new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(body, 0xFF, 0xFE) || startsWith(body, 0xFE, 0xFF)) {
            return new String(body, StandardCharsets.UTF_16).replaceFirst("^\uFEFF", "");
        }
        Charset charset = StandardCharsets.UTF_8;
        int at = media.indexOf("charset=");
        if (at >= 0) {
            String name = media.substring(at + 8).split(";")[0].trim().replace("\"", "");
            try {
                charset = Charset.forName(name);
            } catch (IllegalArgumentException e) {
                throw ProblemException.unsupportedMediaType("unknown charset " + name);
            }
        }
        String text = new String(body, charset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
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
