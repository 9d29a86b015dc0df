package io.gridprobe.protocol.login;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** One entry of the login response's {@code buddy-list}; rights are the friendship permission bit sets. */
public record Buddy(UUID buddyId, int rightsGiven, int rightsHas) {
    static Buddy fromStruct(Map<String, Object> s) {
        LoginValues v = new LoginValues(s, "buddy-list entry");
        return new Buddy(v.uuid("buddy_id"), v.integer("buddy_rights_given", 0), v.integer("buddy_rights_has", 0));
    }

    Map<String, Object> toStruct() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("buddy_id", buddyId.toString());
        s.put("buddy_rights_given", rightsGiven);
        s.put("buddy_rights_has", rightsHas);
        return s;
    }
}
