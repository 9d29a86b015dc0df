package io.gridprobe.load.behaviour;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The behaviours every agent of a run does, each at its own rate: {@code idle,chat,walk} or with rates,
 * {@code chat:20s,walk:5s,teleport:1m}.
 */
public final class BehaviourMix {
    /** Each behaviour's default time between two actions of one agent. */
    private static final Map<String, Duration> DEFAULT_EVERY = new LinkedHashMap<>();
    private static final Map<String, Function<Duration, Behaviour>> MAKE = new LinkedHashMap<>();

    static {
        add("idle", Duration.ofDays(1), d -> new IdleBehaviour());
        add("chat", Duration.ofSeconds(30), ChatBehaviour::new);
        add("walk", Duration.ofSeconds(15), WalkBehaviour::new);
        add("teleport", Duration.ofSeconds(60), TeleportBehaviour::new);
        add("cross", Duration.ofSeconds(60), CrossBehaviour::new);
        add("rez", Duration.ofSeconds(60), RezBehaviour::new);
        add("im", Duration.ofSeconds(30), ImBehaviour::new);
    }

    private static void add(String name, Duration every, Function<Duration, Behaviour> make) {
        DEFAULT_EVERY.put(name, every);
        MAKE.put(name, make);
    }

    private final List<Behaviour> behaviours;

    public BehaviourMix(List<Behaviour> behaviours) {
        this.behaviours = List.copyOf(behaviours);
    }

    public List<Behaviour> behaviours() {
        return behaviours;
    }

    public static List<String> names() {
        return List.copyOf(MAKE.keySet());
    }

    /** Parses {@code --behaviour} values (each may hold several, comma-separated); none means idle. */
    public static BehaviourMix parse(List<String> values) {
        List<Behaviour> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            for (String item : value.split(",")) {
                String s = item.strip().toLowerCase(Locale.ROOT);
                if (s.isEmpty()) {
                    continue;
                }
                String[] parts = s.split(":", 2);
                String name = parts[0].strip();
                if (!MAKE.containsKey(name)) {
                    throw new IllegalArgumentException("unknown behaviour '" + name + "'; known: " + String.join(", ",
                            MAKE.keySet()));
                }
                if (seen.contains(name)) {
                    throw new IllegalArgumentException("behaviour '" + name + "' is given twice");
                }
                seen.add(name);
                Duration every = parts.length > 1 ? DurationText.parse(parts[1], "the rate of " + name)
                        : DEFAULT_EVERY.get(name);
                out.add(MAKE.get(name).apply(every));
            }
        }
        if (out.isEmpty()) {
            out.add(new IdleBehaviour());
        }
        return new BehaviourMix(out);
    }

    @Override
    public String toString() {
        return String.join(",", behaviours.stream().map(b -> b.name() + (b instanceof IdleBehaviour ? ""
                : ":" + DurationText.format(b.every()))).toList());
    }
}
