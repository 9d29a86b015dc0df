package io.gridprobe.scenarios.support;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.core.AgentRegion;
import io.gridprobe.harness.junit.GridTarget;
import io.gridprobe.protocol.login.StartLocation;
import io.gridprobe.protocol.types.Vector3;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Logging an agent in from inside a test, for what {@code @Login} parameters cannot express: a second login of the
 * same role (presence after logout), or a region chosen after checking the grid has it. The caller closes the agent
 * (try-with-resources), which logs it out.
 */
public final class ManualLogin {
    private ManualLogin() {
    }

    /** Logs the role in to the centre of {@code region} (in the class's lane, see {@link GridTarget#spot}). */
    public static Agent login(GridTarget grid, String role, String region) {
        return inRegion(login(grid, role, grid.spot(region, 128, 128, 25)), region);
    }

    /** Logs the role in where {@code @Login} would: the grid's first known region, else the last location. */
    public static Agent login(GridTarget grid, String role) {
        return login(grid, role, grid.firstRegion().map(r -> grid.spot(r, 128, 128, 25))
                .orElse(StartLocation.last()));
    }

    /** Logs the role in at a spot of a named region (for observers placed where a test needs them). */
    public static Agent login(GridTarget grid, String role, String region, int x, int y, int z) {
        return inRegion(login(grid, role, StartLocation.uri(region, x, y, z)), region);
    }

    /**
     * A grid may log an agent in somewhere else than asked (OpenSimulator falls back to another region when the one
     * asked for refuses the arrival, e.g. while an earlier session of the account is still being removed there). A
     * test that placed an observer must not go on as if it were there: it fails here, saying where the grid put it.
     */
    public static Agent inRegion(Agent agent, String region) {
        String actual = agent.region().name();
        if (actual.equalsIgnoreCase(region)) {
            return agent;
        }
        agent.close();
        throw new AssertionError("the grid logged " + agent.role() + " in to " + actual + ", not to " + region
                + " as asked");
    }

    public static Agent login(GridTarget grid, String role, StartLocation where) {
        Duration timeout = grid.config().scaled(Duration.ofSeconds(60));
        try {
            return grid.client().login(grid.credentials(role), where).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("login of " + role + " failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("login of " + role + " did not finish within " + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while logging in " + role, e);
        }
    }

    /** Distance between two avatars in metres, from their regions' corners and positions (across regions too). */
    public static double distance(Agent a, Agent b) {
        double[] p = global(a);
        double[] q = global(b);
        return Math.sqrt((p[0] - q[0]) * (p[0] - q[0]) + (p[1] - q[1]) * (p[1] - q[1]) + (p[2] - q[2]) * (p[2] - q[2]));
    }

    private static double[] global(Agent a) {
        AgentRegion r = a.region();
        Vector3 p = a.position();
        return new double[] {r.globalX() + (double) p.x(), r.globalY() + (double) p.y(), p.z()};
    }
}
