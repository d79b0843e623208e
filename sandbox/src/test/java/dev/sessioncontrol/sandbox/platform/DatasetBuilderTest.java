package dev.sessioncontrol.sandbox.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.inductiveautomation.ignition.common.Dataset;
import org.junit.jupiter.api.Test;

class DatasetBuilderTest {
    @Test
    void placesRowsUnderTheirColumns() {
        Dataset table = new DatasetBuilder()
                .column("name", String.class)
                .column("alive", Boolean.class)
                .row("alice", true)
                .row("bob", null)
                .build();

        assertThat(table.getRowCount()).isEqualTo(2);
        assertThat(table.getValueAt(1, "name")).isEqualTo("bob");
        assertThat(table.getValueAt(0, "alive")).isEqualTo(true);
        assertThat(table.getValueAt(1, "alive")).isNull();
        assertThat(table.getColumnType(1)).isEqualTo(Boolean.class);
    }

    @Test
    void refusesARowOfTheWrongWidth() {
        DatasetBuilder builder = new DatasetBuilder().column("name", String.class);

        assertThatThrownBy(() -> builder.row("alice", true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 values").hasMessageContaining("1 columns");
    }

    @Test
    void buildsAnEmptyTableWithItsColumns() {
        Dataset table = new DatasetBuilder().column("name", String.class).build();

        assertThat(table.getRowCount()).isZero();
        assertThat(table.getColumnNames()).containsExactly("name");
    }
}
