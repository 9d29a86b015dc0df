package io.gridprobe.harness.config;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of {@code count} processes that split a run without talking to each other ({@code --shard 2/5}): shard
 * {@code index} uses only its own slice of the account pool (contiguous, sizes differing by one at most), so two
 * shards never log in the same pool account, and optionally only every {@code count}-th scenario class.
 *
 * @param index 1-based, at most {@code count}
 */
public record Shard(int index, int count) {
    /** The whole pool, every class: a run that is not split. */
    public static final Shard WHOLE = new Shard(1, 1);

    private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,4})\\s*/\\s*(\\d{1,4})\\s*");

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new ConfigurationException("a shard is i/n with 1 <= i <= n, not " + index + "/" + count);
        }
    }

    /** Parses "i/n"; {@code where} names the setting in the error. */
    public static Shard parse(String text, String where) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new ConfigurationException(where + " must be i/n (shard i of n, e.g. 2/5), not '" + text + "'");
        }
        try {
            return new Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } catch (ConfigurationException e) {
            throw new ConfigurationException(where + ": " + e.getMessage());
        }
    }

    public boolean isWhole() {
        return count == 1;
    }

    /** This shard's slice of {@code all}: the index-th of count contiguous, disjoint slices covering it. */
    public <T> List<T> slice(List<T> all) {
        int from = (int) ((long) all.size() * (index - 1) / count);
        int to = (int) ((long) all.size() * index / count);
        return List.copyOf(all.subList(from, to));
    }

    /** Whether the {@code position}-th (0-based) of an agreed order of items belongs to this shard. */
    public boolean takes(int position) {
        return position % count == index - 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
