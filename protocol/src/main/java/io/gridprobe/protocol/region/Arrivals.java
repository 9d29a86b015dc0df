package io.gridprobe.protocol.region;

import java.util.ArrayList;
import java.util.List;

/**
 * The messages a region sent during a join, for the failure message: names in order of first arrival with repeat
 * counts ({@code PacketAck×3, RegionHandshake}); bounded, since a chatty region must not grow it without end.
 */
final class Arrivals {
    private static final int MAX_NAMES = 24;

    private final List<String> names = new ArrayList<>();
    private final List<Integer> counts = new ArrayList<>();
    private int others;

    synchronized void add(String name) {
        int i = names.indexOf(name);
        if (i >= 0) {
            counts.set(i, counts.get(i) + 1);
        } else if (names.size() < MAX_NAMES) {
            names.add(name);
            counts.add(1);
        } else {
            others++;
        }
    }

    synchronized List<String> list() {
        List<String> out = new ArrayList<>(names.size() + 1);
        for (int i = 0; i < names.size(); i++) {
            out.add(counts.get(i) == 1 ? names.get(i) : names.get(i) + "×" + counts.get(i));
        }
        if (others > 0) {
            out.add(others + " more");
        }
        return out;
    }

    /** "received: A, B" or "received: nothing". */
    String describe() {
        List<String> l = list();
        return "received: " + (l.isEmpty() ? "nothing" : String.join(", ", l));
    }
}
