package io.gridprobe.harness.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GridFactsTest {
    @Test
    void aFeatureSeenOnceStaysPresentAndAnAbsenceKeepsItsEvidence() {
        GridFacts facts = new GridFacts();
        assertThat(facts.get("groups")).isEmpty();
        facts.learned("groups", false, "no AgentDataUpdate within 5000 ms");
        assertThat(facts.get("groups")).hasValueSatisfying(f -> {
            assertThat(f.present()).isFalse();
            assertThat(f.evidence()).contains("5000 ms");
        });
        facts.learned("groups", true, "bob received group data");
        facts.learned("groups", false, "a later slow answer");
        assertThat(facts.get("groups").orElseThrow().present()).isTrue();
        assertThat(facts.get("groups").orElseThrow().evidence()).isEqualTo("bob received group data");
    }
}
