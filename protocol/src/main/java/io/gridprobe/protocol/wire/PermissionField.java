package io.gridprobe.protocol.wire;

import java.util.Optional;

/** Which of an object's masks an {@code ObjectPermissions} change is for (the message's Field byte). */
public enum PermissionField {
    /** Only gods may change it. */
    BASE(0x01),
    OWNER(0x02),
    GROUP(0x04),
    EVERYONE(0x08),
    NEXT_OWNER(0x10);

    private final int wireValue;

    PermissionField(int wireValue) {
        this.wireValue = wireValue;
    }

    public int wireValue() {
        return wireValue;
    }

    public static Optional<PermissionField> of(int wireValue) {
        for (PermissionField f : values()) {
            if (f.wireValue == wireValue) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
