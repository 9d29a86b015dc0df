package io.gridprobe.load.engine;

import io.gridprobe.harness.config.Credentials;
import io.gridprobe.load.behaviour.BehaviourMix;
import io.gridprobe.load.ramp.Ramp;
import java.time.Duration;
import java.util.List;

/**
 * What one load process does: log these accounts in at the ramp's pace, have each do the mix, for {@code duration}
 * from the first login, then log everyone out.
 *
 * @param accounts     this process's accounts (its shard's slice), in login order
 * @param firstIndex   the run-wide index of the first account (a shard's offset), for unique chat lines and spots
 * @param startRegions regions to start in, round robin; empty: each account's last location
 * @param travelRegions regions teleports may go to
 * @param logoutBound  how long logging everyone out may take at the end
 */
public record LoadPlan(List<Credentials> accounts, int firstIndex, Ramp ramp, Duration duration, BehaviourMix mix,
                       List<String> startRegions, List<String> travelRegions, Duration logoutBound) {
    public LoadPlan {
        accounts = List.copyOf(accounts);
        startRegions = List.copyOf(startRegions);
        travelRegions = List.copyOf(travelRegions);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("the duration must be positive, not " + duration);
        }
    }

    public int agents() {
        return accounts.size();
    }
}
