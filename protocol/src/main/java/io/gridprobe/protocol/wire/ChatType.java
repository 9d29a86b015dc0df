package io.gridprobe.protocol.wire;

import java.util.Optional;

/** ChatFromViewer.Type / ChatFromSimulator.ChatType codes. */
public enum ChatType {
    WHISPER(0),
    SAY(1),
    SHOUT(2),
    START_TYPING(4),
    STOP_TYPING(5),
    DEBUG_CHANNEL(6),
    REGION(7),
    OWNER_SAY(8),
    DIRECT(9);

    /** The channel avatars hear (besides the debug channel); others are for scripts. */
    public static final int PUBLIC_CHANNEL = 0;
    /** The channel scripts' errors go to. */
    public static final int DEBUG_CHANNEL_NUMBER = Integer.MAX_VALUE;

    private final int code;

    ChatType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public boolean isTyping() {
        return this == START_TYPING || this == STOP_TYPING;
    }

    public static Optional<ChatType> of(int code) {
        for (ChatType t : values()) {
            if (t.code == code) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
