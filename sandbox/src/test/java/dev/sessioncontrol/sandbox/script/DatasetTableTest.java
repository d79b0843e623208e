package dev.sessioncontrol.sandbox.script;

import static org.assertj.core.api.Assertions.assertThat;

import com.inductiveautomation.ignition.common.BasicDataset;
import com.inductiveautomation.ignition.common.Dataset;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetTableTest {
    @Test
    void alignsColumnsUnderTheirHeaders() {
        Dataset sessions = table(new Object[][] {{"1A2B3C4D", "5E6F7A8B"}, {"alice", "bo"},
            {true, null}});

        String text = DatasetTable.render(sessions);

        assertThat(text.lines()).containsExactly(
                "id        user   kickable",
                "--------  -----  --------",
                "1A2B3C4D  alice  True",
                "5E6F7A8B  bo     None",
                "(2 rows)");
    }

    @Test
    void printsMarkupInNamesLiterally() {
        String name = "<img src=x onerror=alert(1)>&amp;";
        Dataset sessions = table(new Object[][] {{"1A2B3C4D"}, {name}, {false}});

        String text = DatasetTable.render(sessions);

        assertThat(text.lines().toList().get(2)).contains(name);
    }

    @Test
    void showsControlCharactersAsEscapesSoANameCannotAddRows() {
        Dataset sessions = table(new Object[][] {{"1A2B3C4D"}, {"eve\n1A2B3C4D  admin"},
            {false}});

        String text = DatasetTable.render(sessions);

        assertThat(text.lines()).hasSize(4);
        assertThat(text).contains("eve\\u000a1A2B3C4D  admin");
    }

    @Test
    void countsASingleRowInTheSingular() {
        Dataset sessions = table(new Object[][] {{"1A2B3C4D"}, {"alice"}, {true}});

        assertThat(DatasetTable.render(sessions)).endsWith("(1 row)");
    }

    private static Dataset table(Object[][] columns) {
        return new BasicDataset(List.of("id", "user", "kickable"),
                List.of(String.class, String.class, Boolean.class), columns);
    }
}
