package io.gridprobe.harness.core;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What agents of a run have learned about the grid itself (whether it has groups, ...), with the evidence, so that
 * the next scenario that needs a missing feature is skipped at once with the same reason instead of probing again.
 * Only what the grid showed is recorded; a feature seen working once counts as present for the rest of the run.
 */
public final class GridFacts {
    /** Whether a feature is there, what showed it, and when. */
    public record Fact(boolean present, String evidence, Instant learned) {
    }

    private final Map<String, Fact> facts = new ConcurrentHashMap<>();

    public Optional<Fact> get(String feature) {
        return Optional.ofNullable(facts.get(feature));
    }

    /** Records what an agent saw; a feature seen present stays present. */
    public void learned(String feature, boolean present, String evidence) {
        facts.merge(feature, new Fact(present, evidence, Instant.now()),
                (old, now) -> old.present() ? old : now);
    }
}
