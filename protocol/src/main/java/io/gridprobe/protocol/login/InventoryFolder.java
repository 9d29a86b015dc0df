package io.gridprobe.protocol.login;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** One entry of the login response's {@code inventory-skeleton} (or {@code inventory-skel-lib}). */
public record InventoryFolder(UUID folderId, UUID parentId, String name, int typeDefault, int version) {
    static InventoryFolder fromStruct(Map<String, Object> s) {
        LoginValues v = new LoginValues(s, "inventory-skeleton entry");
        return new InventoryFolder(v.uuid("folder_id"), v.uuid("parent_id"), v.string("name", ""),
                v.integer("type_default", -1), v.integer("version", 0));
    }

    /** Member names, order and types as OpenSim sends them. */
    Map<String, Object> toStruct() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("folder_id", folderId.toString());
        s.put("type_default", typeDefault);
        s.put("version", version);
        s.put("parent_id", parentId.toString());
        return s;
    }
}
