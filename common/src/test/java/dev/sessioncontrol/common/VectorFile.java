package dev.sessioncontrol.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the test-vector format: UTF-8 text; lines starting with '#' are comments; records are
 * separated by blank lines; each line of a record is {@code field: value}, where the value is
 * everything after the first ": " (or empty when the line ends with ':').
 */
final class VectorFile {
    private VectorFile() {
    }

    static List<Map<String, String>> read(Reader source) throws IOException {
        List<Map<String, String>> records = new ArrayList<>();
        Map<String, String> record = new LinkedHashMap<>();
        BufferedReader lines = new BufferedReader(source);
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isEmpty()) {
                record = flush(records, record);
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 1) {
                throw new IOException("not a 'field: value' line: " + line);
            }
            String value = line.length() > colon + 1 ? line.substring(colon + 2) : "";
            if (record.put(line.substring(0, colon), value) != null) {
                throw new IOException("field given twice: " + line.substring(0, colon));
            }
        }
        flush(records, record);
        return records;
    }

    private static Map<String, String> flush(
            List<Map<String, String>> records, Map<String, String> record) {
        if (record.isEmpty()) {
            return record;
        }
        records.add(record);
        return new LinkedHashMap<>();
    }
}
