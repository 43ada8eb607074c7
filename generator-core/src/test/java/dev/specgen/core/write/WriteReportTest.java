package dev.specgen.core.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WriteReportTest {

    @Test
    void summarizesTheCountsOnOneLine() {
        WriteReport report = new WriteReport(List.of("a", "b", "c"), List.of("d"), List.of("e"));

        assertThat(report.summary()).isEqualTo("3 written, 1 unchanged, 1 deleted");
        assertThat(report.writtenCount()).isEqualTo(3);
        assertThat(report.unchangedCount()).isEqualTo(1);
        assertThat(report.deletedCount()).isEqualTo(1);
        assertThat(report.changedAnything()).isTrue();
    }

    @Test
    void sortsAndCopiesItsLists() {
        List<String> written = new ArrayList<>(List.of("b/X.java", "a/Y.java"));

        WriteReport report = new WriteReport(written, List.of(), List.of());
        written.clear();

        assertThat(report.written()).containsExactly("a/Y.java", "b/X.java");
        assertThat(report.changedAnything()).isTrue();
        assertThat(new WriteReport(List.of(), List.of("x"), List.of()).changedAnything()).isFalse();
    }
}
