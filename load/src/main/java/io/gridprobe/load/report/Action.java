package io.gridprobe.load.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a load run times. Each action has one key, used in load-summary.json, the CSV columns and the {@code --fail-if}
 * expressions; a few have a shorter alias an operator is likely to type ({@code login} for the whole login).
 */
public enum Action {
    /** The login request over HTTP (XML-RPC or LLSD), from sending it to the grid's answer. */
    LOGIN_HTTP("login_http"),
    /** From starting a login to an agent the grid treats as present in its region (circuit up, movement complete). */
    LOGIN_READY("login_ready", "login"),
    /** From one agent saying something in local chat to a listener near it hearing it. */
    CHAT_HEARD("chat_heard", "chat"),
    /** From asking for a teleport to arriving in the destination region. */
    TELEPORT("teleport"),
    /** From walking over a region border to being complete in the neighbouring region. */
    CROSSING("crossing"),
    /** From asking to rez a prim to another agent seeing the new object. */
    REZ_SEEN("rez_seen", "rez"),
    /** From sending an instant message to the other agent receiving it. */
    IM_DELIVERED("im_delivered", "im"),
    /** From asking to move to the agent's position updates showing it got there. */
    WALK("walk"),
    /** From asking to log out to the grid's confirmation. */
    LOGOUT("logout");

    private final String key;
    private final List<String> aliases;

    Action(String key, String... aliases) {
        this.key = key;
        this.aliases = List.of(aliases);
    }

    /** The name used in reports and expressions, e.g. {@code chat_heard}. */
    public String key() {
        return key;
    }

    /** The action a key or alias names (case-insensitive), if any. */
    public static Optional<Action> byName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(a -> a.key.equals(n) || a.aliases.contains(n)).findFirst();
    }

    /** Every key and alias, for error messages. */
    public static List<String> names() {
        return Arrays.stream(values()).flatMap(a -> java.util.stream.Stream.concat(
                java.util.stream.Stream.of(a.key), a.aliases.stream())).toList();
    }

    @Override
    public String toString() {
        return key;
    }
}
