package io.gridprobe.harness.inventory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A script saved to inventory.
 *
 * @param item     the script item (its asset id is the new one)
 * @param compiled whether the grid compiled it; empty when the grid does not say (OpenSim compiles scripts only when
 *                 they run in an object; Second Life reports it)
 * @param errors   the compiler's messages when it did not compile
 */
public record ScriptUpload(InventoryItem item, UUID assetId, Optional<Boolean> compiled, List<String> errors) {
    public ScriptUpload {
        errors = List.copyOf(errors);
    }

    public boolean compileReported() {
        return compiled.isPresent();
    }
}
