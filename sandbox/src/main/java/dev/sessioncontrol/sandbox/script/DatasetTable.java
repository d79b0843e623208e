package dev.sessioncontrol.sandbox.script;

import com.inductiveautomation.ignition.common.Dataset;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Renders a {@link Dataset} as an aligned text table: a header, a rule, one line per row, and
 * the row count.
 *
 * <p>Values are printed literally, as text, never interpreted: a user or host name full of
 * markup shows as that markup. Only control characters are shown as {@code \\uXXXX} escapes,
 * so that a name cannot break a row into several lines or steer the terminal. Times show as
 * local {@code HH:mm:ss}, booleans and nulls as Python writes them.
 */
public final class DatasetTable {
    private static final String GAP = "  ";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private DatasetTable() {
    }

    /**
     * Renders a dataset.
     *
     * @param dataset the table
     * @return the text, lines separated by {@code \n}, without a trailing line break
     */
    public static String render(Dataset dataset) {
        int columns = dataset.getColumnCount();
        int rows = dataset.getRowCount();
        List<String[]> lines = new ArrayList<>();
        String[] header = new String[columns];
        for (int col = 0; col < columns; col++) {
            header[col] = cell(dataset.getColumnName(col));
        }
        lines.add(header);
        for (int row = 0; row < rows; row++) {
            String[] line = new String[columns];
            for (int col = 0; col < columns; col++) {
                line[col] = cell(dataset.getValueAt(row, col));
            }
            lines.add(line);
        }
        int[] widths = widths(lines, columns);

        StringBuilder out = new StringBuilder();
        appendLine(out, header, widths);
        String[] rule = new String[columns];
        for (int col = 0; col < columns; col++) {
            rule[col] = "-".repeat(widths[col]);
        }
        appendLine(out, rule, widths);
        for (String[] line : lines.subList(1, lines.size())) {
            appendLine(out, line, widths);
        }
        out.append('(').append(rows).append(rows == 1 ? " row)" : " rows)");
        return out.toString();
    }

    private static int[] widths(List<String[]> lines, int columns) {
        int[] widths = new int[columns];
        for (String[] line : lines) {
            for (int col = 0; col < columns; col++) {
                widths[col] = Math.max(widths[col], line[col].codePointCount(0,
                        line[col].length()));
            }
        }
        return widths;
    }

    private static void appendLine(StringBuilder out, String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int col = 0; col < cells.length; col++) {
            if (col > 0) {
                line.append(GAP);
            }
            line.append(cells[col]);
            int pad = widths[col] - cells[col].codePointCount(0, cells[col].length());
            line.append(" ".repeat(pad));
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    private static String cell(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean flag) {
            return flag ? "True" : "False";
        }
        if (value instanceof Date date) {
            return TIME.format(date.toInstant());
        }
        return visible(value.toString());
    }

    private static String visible(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
