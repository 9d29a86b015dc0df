package io.gridprobe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridprobe.harness.junit.RoleRequirements;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** The roles the suites log in are the ones the README, the CI script and the Jenkinsfile tell operators to set. */
class ScenarioRolesTest {
    @Test
    void everyRoleTheSuitesUseIsTheDocumentedList() throws Exception {
        TestPlan plan = LauncherFactory.create().discover(LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectPackage(RunCommand.SCENARIO_PACKAGE)).build());
        RoleRequirements needed = RunCommand.rolesNeeded(plan);
        assertThat(needed.roles()).containsExactlyInAnyOrderElementsOf(RoleRequirements.KNOWN);

        Path top = Path.of("..");
        String readme = Files.readString(top.resolve("README.md"));
        String jenkinsfile = Files.readString(top.resolve("Jenkinsfile"));
        String postDeploy = Files.readString(top.resolve("ci/post-deploy.sh"));
        for (String role : RoleRequirements.KNOWN) {
            assertThat(readme).as("README").contains("| `" + role + "` |").containsPattern("(?m)^\\s+" + role + ":\\s+\\{ name:");
            assertThat(jenkinsfile).as("Jenkinsfile").contains("${id}-" + role + "\"");
            assertThat(postDeploy.toUpperCase()).as("ci/post-deploy.sh").contains(role.toUpperCase());
        }
    }
}
