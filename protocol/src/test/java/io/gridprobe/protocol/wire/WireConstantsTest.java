package io.gridprobe.protocol.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each table of wire numbers gives each meaning its own number, and the bit tables one bit per flag. */
class WireConstantsTest {
    /** Combinations, not flags of their own. */
    private static final Set<String> COMPOSITES = Set.of("MOVING", "COPY_MODIFY_TRANSFER", "ALL", "FOLDED_MASK",
            "EVERYONE", "OWNER", "FOLDING_SHIFT");

    @Test
    void noTwoNamesShareANumberWithinATable() throws Exception {
        for (Class<?> table : List.of(ImDialog.class, AssetType.class, InventoryType.class, FolderType.class,
                PrimFlags.class, CompressedFlags.class, PCode.class, DeRezDestination.class, ObjectUpdateType.class,
                TeleportFlags.class, ControlFlags.class, PermissionBits.class, GroupPowers.class, FriendRights.class,
                ChatSource.class)) {
            Map<Long, String> seen = new HashMap<>();
            for (Map.Entry<String, Long> c : constants(table).entrySet()) {
                if (COMPOSITES.contains(c.getKey()) || c.getKey().startsWith("AUDIBLE")) {
                    continue;
                }
                String before = seen.put(c.getValue(), c.getKey());
                assertThat(before).as("%s.%s and %s", table.getSimpleName(), c.getKey(), before).isNull();
            }
        }
    }

    @Test
    void flagTablesUseOneBitPerFlag() throws Exception {
        for (Class<?> table : List.of(ControlFlags.class, PermissionBits.class, PrimFlags.class, TeleportFlags.class,
                ObjectUpdateType.class, GroupPowers.class, FriendRights.class, CompressedFlags.class)) {
            List<String> notOneBit = new ArrayList<>();
            constants(table).forEach((name, value) -> {
                if (!COMPOSITES.contains(name) && Long.bitCount(value) != 1) {
                    notOneBit.add(name);
                }
            });
            assertThat(notOneBit).as(table.getSimpleName()).isEmpty();
        }
    }

    @Test
    void controlFlagsMovingIsTheSixDirectionKeys() {
        assertThat(ControlFlags.MOVING).isEqualTo(0x3F);
        assertThat(ControlFlags.any(ControlFlags.FLY | ControlFlags.AT_POS, ControlFlags.MOVING)).isTrue();
        assertThat(ControlFlags.any(ControlFlags.FLY | ControlFlags.STOP, ControlFlags.MOVING)).isFalse();
    }

    @Test
    void typingIsTwoDialogsAndTwoChatTypes() {
        assertThat(ImDialog.isTyping(ImDialog.START_TYPING)).isTrue();
        assertThat(ImDialog.isTyping(ImDialog.STOP_TYPING)).isTrue();
        assertThat(ImDialog.isTyping(ImDialog.MESSAGE_FROM_AGENT)).isFalse();
        assertThat(ChatType.values()).filteredOn(ChatType::isTyping)
                .containsExactly(ChatType.START_TYPING, ChatType.STOP_TYPING);
    }

    @Test
    void codesReadBackToTheirEnumAndUnknownOnesToNothing() {
        for (ChatType t : ChatType.values()) {
            assertThat(ChatType.of(t.code())).contains(t);
        }
        for (PermissionField f : PermissionField.values()) {
            assertThat(PermissionField.of(f.wireValue())).contains(f);
        }
        assertThat(ChatType.of(3)).isEmpty();
        assertThat(PermissionField.of(0x20)).isEmpty();
    }

    private static Map<String, Long> constants(Class<?> table) throws IllegalAccessException {
        Map<String, Long> out = new HashMap<>();
        for (Field f : table.getDeclaredFields()) {
            int m = f.getModifiers();
            if (Modifier.isStatic(m) && Modifier.isFinal(m) && Modifier.isPublic(m)
                    && (f.getType() == int.class || f.getType() == long.class)) {
                out.put(f.getName(), ((Number) f.get(null)).longValue());
            }
        }
        return out;
    }
}
