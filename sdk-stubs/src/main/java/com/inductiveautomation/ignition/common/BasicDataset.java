package com.inductiveautomation.ignition.common;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Stand-in for the Ignition 8.1 in-memory dataset. A plain value holder, so it behaves like the
 * platform's class: column names and types plus column-major data ({@code data[col][row]}).
 * Checked against: https://files.inductiveautomation.com/sdk/javadoc/ignition81/8.1.33/com/inductiveautomation/ignition/common/BasicDataset.html
 */
public class BasicDataset implements Dataset, Serializable {
    private static final long serialVersionUID = 1L;

    private final List<String> columnNames;
    private final List<Class<?>> columnTypes;
    private final Object[][] data;

    public BasicDataset() {
        this(Collections.emptyList(), Collections.emptyList(), new Object[0][0]);
    }

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
