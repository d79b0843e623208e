package com.inductiveautomation.ignition.common;

import java.io.Serializable;
import java.util.List;

/**
 * Stand-in for the Ignition 8.1 table type returned to scripts (the members this module uses).
 *
 * <p>Checked against the 8.1.5 page:
 * https://files.inductiveautomation.com/sdk/javadoc/ignition81/8.1.5/com/inductiveautomation/ignition/common/Dataset.html
 * The 7.8.4 page shows {@code Dataset extends java.io.Serializable}. The platform interface
 * also declares {@code double getPrimitiveValueAt(int, int)}, {@code QualityCode
 * getQualityAt(int, int)} and the default methods {@code binarySearch} and
 * {@code getColumnAsList}; they are left out because this module does not call them.
 */
public interface Dataset extends Serializable {
    /**
     * Returns the column names, in order.
     *
     * @return an unmodifiable list of column names
     */
    List<String> getColumnNames();

    /**
     * Returns the column types, in order.
     *
     * @return an unmodifiable list of column types
     */
    List<Class<?>> getColumnTypes();

    /**
     * Returns the number of columns.
     *
     * @return the column count
     */
    int getColumnCount();

    /**
     * Returns the number of rows.
     *
     * @return the row count
     */
    int getRowCount();

    /**
     * Returns the index of the named column, ignoring case in the platform.
     *
     * @param name the column name
     * @return the column index, or -1 if there is no such column
     */
    int getColumnIndex(String name);

    /**
     * Returns the name of a column.
     *
     * @param col the column index
     * @return the column name
     */
    String getColumnName(int col);

    /**
     * Returns the type of a column.
     *
     * @param col the column index
     * @return the column type
     */
    Class<?> getColumnType(int col);

    /**
     * Returns the value at a row and column.
     *
     * @param row the row index
     * @param col the column index
     * @return the value, possibly null
     */
    Object getValueAt(int row, int col);

    /**
     * Returns the value at a row in the named column.
     *
     * @param row the row index
     * @param colName the column name
     * @return the value, possibly null
     */
    Object getValueAt(int row, String colName);
}
