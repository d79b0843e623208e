package com.inductiveautomation.ignition.common;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Stand-in for the Ignition 8.1 in-memory dataset. A plain value holder, so it behaves like the
 * platform's class: column names and types plus column-major data ({@code data[col][row]}).
 *
 * <p>Checked against the 8.1.28 page of AbstractDataset, whose direct subclasses include
 * BasicDataset and which implements Dataset and Serializable:
 * https://files.inductiveautomation.com/sdk/javadoc/ignition81/8.1.28/com/inductiveautomation/ignition/common/AbstractDataset.html
 * The constructor {@code (List<String>, List<Class<?>>, Object[][])} takes column-major data
 * (shared/ignition-sdk/API.md, resolved item R6). The platform class extends
 * AbstractDataset; this stand-in implements Dataset directly, which code compiled against it
 * cannot tell apart.
 */
public class BasicDataset implements Dataset, Serializable {
    private static final long serialVersionUID = 1L;

    private final List<String> columnNames;
    private final List<Class<?>> columnTypes;
    private final Object[][] data;

    /** Creates an empty dataset: no columns, no rows. */
    public BasicDataset() {
        this(Collections.emptyList(), Collections.emptyList(), new Object[0][0]);
    }

    /**
     * Creates a dataset from column names, column types and column-major data.
     *
     * @param columnNames the column names, in order
     * @param columnTypes the column types, in the same order
     * @param data the values, one array per column ({@code data[col][row]})
     * @throws IllegalArgumentException if the three arguments differ in column count
     */
    public BasicDataset(List<String> columnNames, List<Class<?>> columnTypes, Object[][] data) {
        if (columnNames.size() != columnTypes.size() || columnNames.size() != data.length) {
            throw new IllegalArgumentException("column names, types and data differ in count");
        }
        this.columnNames = Collections.unmodifiableList(new ArrayList<>(columnNames));
        this.columnTypes = Collections.unmodifiableList(new ArrayList<>(columnTypes));
        this.data = new Object[data.length][];
        for (int col = 0; col < data.length; col++) {
            this.data[col] = data[col].clone();
        }
    }

    @Override
    public List<String> getColumnNames() {
        return columnNames;
    }

    @Override
    public List<Class<?>> getColumnTypes() {
        return columnTypes;
    }

    @Override
    public int getColumnCount() {
        return columnNames.size();
    }

    @Override
    public int getRowCount() {
        return data.length == 0 ? 0 : data[0].length;
    }

    @Override
    public int getColumnIndex(String name) {
        return columnNames.indexOf(name);
    }

    @Override
    public String getColumnName(int col) {
        return columnNames.get(col);
    }

    @Override
    public Class<?> getColumnType(int col) {
        return columnTypes.get(col);
    }

    @Override
    public Object getValueAt(int row, int col) {
        return data[col][row];
    }

    @Override
    public Object getValueAt(int row, String colName) {
        int col = getColumnIndex(colName);
        if (col < 0) {
            throw new ArrayIndexOutOfBoundsException("no column named " + colName);
        }
        return data[col][row];
    }

    @Override
    public String toString() {
        return "Dataset [" + getRowCount() + "R x " + getColumnCount() + "C]";
    }
}
