package io.gridprobe.harness.appearance;

import java.util.List;

/**
 * How the agent's appearance got settled. On grids that bake appearance server-side (Second Life; they grant the
 * UpdateAvatarAppearance capability) the viewer's outfit lives in the Current Outfit folder and the grid never
 * answers AgentWearablesRequest, so no wearables are listed; on OpenSimulator the grid lists what the avatar wears.
 */
public record AppearanceReadiness(Mode mode, List<Wearable> wearables) {
    public enum Mode {
        /** The grid answered AgentWearablesRequest with AgentWearablesUpdate (OpenSimulator). */
        WEARABLES_FROM_GRID,
        /** The grid bakes server-side; AgentWearablesRequest is not used there. */
        SERVER_SIDE_BAKING
    }

    public AppearanceReadiness {
        wearables = List.copyOf(wearables);
    }

    public boolean hasAllBodyParts() {
        return wearables.stream().filter(Wearable::isBodyPart).map(Wearable::type).distinct().count() == 4;
    }
}
