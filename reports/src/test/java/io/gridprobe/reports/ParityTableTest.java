package io.gridprobe.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParityTableTest {
    @TempDir
    Path dir;

    private Path summary(String name, RunSummary.Scenario... scenarios) {
        RunSummary s = new RunSummary("http://127.0.0.1:9000/", 0);
        for (RunSummary.Scenario sc : scenarios) {
            s.add(sc);
        }
        s.finished(12_300);
        Path file = dir.resolve(name + ".json");
        s.write(file);
        return file;
    }

    @Test
    void eachScenarioIsOneRowWithEveryRunsVerdict() {
        Path embedded = summary("embedded",
                new RunSummary.Scenario("ChatTest.heard", List.of("chat", "smoke"), RunSummary.Outcome.PASSED, 10, null),
                new RunSummary.Scenario("MoneyTest.pay", List.of("money"), RunSummary.Outcome.PASSED, 10, null));
        Path opensim = summary("opensim",
                new RunSummary.Scenario("ChatTest.heard", List.of("chat", "smoke"), RunSummary.Outcome.FAILED, 10,
                        "expected: \"a|b\"\nbut was: \"c\""),
                new RunSummary.Scenario("MoneyTest.pay", List.of("money"), RunSummary.Outcome.SKIPPED, 10,
                        "Assumption failed: the grid has no L$"));

        String md = ParityTable.markdown(List.of(ParityTable.Run.read("embedded", embedded),
                ParityTable.Run.read("OpenSim", opensim)));

        assertThat(md.lines()).contains(
                "| scenario | tags | embedded | OpenSim |",
                "| ChatTest.heard | chat, smoke | pass | **FAIL**: expected: \"a\\|b\" but was: \"c\" |",
                "| MoneyTest.pay | money | pass | skip: the grid has no L$ |",
                "| **total** | | 2 passed, 0 failed, 0 errors, 0 skipped | 0 passed, 1 failed, 0 errors, 1 skipped |");
    }

    @Test
    void aScenarioOneRunLackedIsSaidSo() {
        Path a = summary("a", new RunSummary.Scenario("X.y", List.of("x"), RunSummary.Outcome.PASSED, 1, null));
        Path b = summary("b");
        assertThat(ParityTable.markdown(List.of(ParityTable.Run.read("a", a), ParityTable.Run.read("b", b))))
                .contains("| X.y | x | pass | not run |");
    }
}
