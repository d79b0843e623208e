package com.inductiveautomation.ignition.common;

import java.util.List;

/**
 * Stand-in for the Ignition 8.1 table type returned to scripts (the members this module uses).
 * Checked against: https://files.inductiveautomation.com/sdk/javadoc/ignition81/8.1.33/com/inductiveautomation/ignition/common/Dataset.html
 */
public interface Dataset {
    List<String> getColumnNames();

    List<Class<?>> getColumnTypes();

    int getColumnCount();

    int getRowCount();

    int getColumnIndex(String name);

    String getColumnName(int col);

    Class<?> getColumnType(int col);

    Object getValueAt(int row, int col);

    Object getValueAt(int row, String colName);
}
