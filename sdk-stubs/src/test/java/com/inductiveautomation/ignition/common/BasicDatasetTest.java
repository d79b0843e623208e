package com.inductiveautomation.ignition.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BasicDatasetTest {
    private static final List<String> NAMES = Arrays.asList("user", "port");
    private static final List<Class<?>> TYPES = Arrays.asList(String.class, Integer.class);

    @Test
    void readsDataColumnMajor() {
        Object[][] data = {{"ann", "bob", "cy"}, {1, 2, 3}};

        Dataset dataset = new BasicDataset(NAMES, TYPES, data);

        assertThat(dataset.getRowCount()).isEqualTo(3);
        assertThat(dataset.getColumnCount()).isEqualTo(2);
        assertThat(dataset.getValueAt(1, 0)).isEqualTo("bob");
        assertThat(dataset.getValueAt(2, "port")).isEqualTo(3);
    }

    @Test
    void keepsItsOwnCopyOfTheData() {
        Object[][] data = {{"ann"}, {1}};
        Dataset dataset = new BasicDataset(NAMES, TYPES, data);

        data[0][0] = "changed";

        assertThat(dataset.getValueAt(0, 0)).isEqualTo("ann");
    }

    @Test
    void rejectsColumnCountsThatDisagree() {
        Object[][] oneColumn = {{"ann"}};

        assertThatThrownBy(() -> new BasicDataset(NAMES, TYPES, oneColumn))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
