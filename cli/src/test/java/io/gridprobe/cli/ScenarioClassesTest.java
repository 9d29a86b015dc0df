package io.gridprobe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridprobe.harness.config.Shard;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** How shards split the scenario classes, and what the run says when the pool bounds --parallel. */
class ScenarioClassesTest {
    private static ScenarioClasses all() {
        return ScenarioClasses.of(LauncherFactory.create().discover(LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectPackage(RunCommand.SCENARIO_PACKAGE)).build()));
    }

    @Test
    void shardsRunEachClassExactlyOnce() {
        ScenarioClasses classes = all();
        assertThat(classes.all()).hasSizeGreaterThan(10);
        List<Class<?>> seen = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            List<Class<?>> mine = classes.forShard(new Shard(i, 3));
            assertThat(mine.size()).isBetween(classes.all().size() / 3, classes.all().size() / 3 + 1);
            seen.addAll(mine);
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(classes.all());
        assertThat(classes.forShard(Shard.WHOLE)).containsExactlyElementsOf(classes.all());
    }

    @Test
    void theRunSaysWhenThePoolOrTheLanesAllowFewerClassesThanAskedForAndOnlyThen() {
        ScenarioClasses classes = all();
        assertThat(classes.mostPoolAccountsPerClass()).isEqualTo(3);
        assertThat(classes.concurrencyNotice(6, 4))
                .isEqualTo("pool of 6 accounts: at most 2 scenario classes at once (they need up to 3 pool accounts each)");
        assertThat(classes.concurrencyNotice(16, 4)).isNull();
        assertThat(classes.concurrencyNotice(6, 1)).isNull();
        assertThat(classes.concurrencyNotice(60, 8)).startsWith("at most 5 scenario classes at once");
        assertThat(classes.concurrencyNotice(0, 4)).startsWith("no account pool");
        assertThat(classes.tooBigFor(2)).contains("needs 3 pool accounts").contains("the pool has 2");
        assertThat(classes.tooBigFor(3)).isNull();
    }
}
