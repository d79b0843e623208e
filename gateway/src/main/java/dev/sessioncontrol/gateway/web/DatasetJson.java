package dev.sessioncontrol.gateway.web;

import com.inductiveautomation.ignition.common.Dataset;
import java.util.Date;

/**
 * Writes the rows of a dataset as an array of JSON objects keyed by column name. Dates become
 * ISO-8601 instants, booleans and whole numbers stay themselves, everything else is text.
 */
final class DatasetJson {
    private DatasetJson() {
    }

    /**
     * Writes the rows as the next value of the writer.
     *
     * @param rows the dataset
     * @param json the writer, positioned where a value goes
     */
    static void writeRows(Dataset rows, JsonWriter json) {
        json.beginArray();
        for (int row = 0; row < rows.getRowCount(); row++) {
            json.beginObject();
            for (int col = 0; col < rows.getColumnCount(); col++) {
                json.name(rows.getColumnName(col));
                writeValue(rows.getValueAt(row, col), json);
            }
            json.endObject();
        }
        json.endArray();
    }

    private static void writeValue(Object value, JsonWriter json) {
        if (value == null) {
            json.nullValue();
        } else if (value instanceof Boolean) {
            json.value((Boolean) value);
        } else if (value instanceof Date) {
            json.value(((Date) value).toInstant().toString());
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            json.value(((Number) value).longValue());
        } else {
            json.value(value.toString());
        }
    }
}
