package dev.sessioncontrol.sandbox.platform;

import com.inductiveautomation.ignition.common.BasicDataset;
import com.inductiveautomation.ignition.common.Dataset;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link Dataset} row by row, for the sandbox's own tables; the platform's dataset
 * takes its data column by column.
 *
 * <pre>{@code
 * Dataset clients = new DatasetBuilder()
 *         .column("name", String.class)
 *         .column("alive", Boolean.class)
 *         .row("alice", true)
 *         .build();
 * }</pre>
 */
public final class DatasetBuilder {
    private final List<String> names = new ArrayList<>();
    private final List<Class<?>> types = new ArrayList<>();
    private final List<Object[]> rows = new ArrayList<>();

    /**
     * Adds a column; every column comes before the first row.
     *
     * @param name the column name
     * @param type the column type
     * @return this builder
     * @throws IllegalStateException if rows were added already
     */
    public DatasetBuilder column(String name, Class<?> type) {
        if (!rows.isEmpty()) {
            throw new IllegalStateException("Column '" + name + "' comes after the first row");
        }
        names.add(name);
        types.add(type);
        return this;
    }

    /**
     * Adds a row.
     *
     * @param values one value per column, in column order; null is allowed
     * @return this builder
     * @throws IllegalArgumentException if the count differs from the column count
     */
    public DatasetBuilder row(Object... values) {
        if (values.length != names.size()) {
            throw new IllegalArgumentException("A row has " + values.length
                    + " values; the table has " + names.size() + " columns " + names);
        }
        rows.add(values.clone());
        return this;
    }

    /** Returns the dataset. */
    public Dataset build() {
        Object[][] data = new Object[names.size()][rows.size()];
        for (int row = 0; row < rows.size(); row++) {
            for (int col = 0; col < names.size(); col++) {
                data[col][row] = rows.get(row)[col];
            }
        }
        return new BasicDataset(names, types, data);
    }
}
