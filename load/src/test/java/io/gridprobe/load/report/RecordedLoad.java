package io.gridprobe.load.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * A load run's worth of recorded measurements, made up once from a fixed seed (as a run of 40 agents over 30 s would
 * record them), replayed into recorders: all of it into one, or each shard's agents into a recorder of the shard's.
 */
final class RecordedLoad {
    static final long START_MILLIS = 1_796_000_000_000L; // a whole second, in 2026
    static final int AGENTS = 40;
    static final int SECONDS = 30;
    static final List<String> REGIONS = List.of("Load A", "Load B");

    /** One measurement: at a time, by an agent (whose shard is agent % n). */
    record Event(long millis, int agent, Action action, long nanos, FailureReason failure, String region,
                 HealthSample health, boolean connects) {
    }

    static List<Event> generate(long seed) {
        Random random = new Random(seed);
        List<Event> events = new ArrayList<>();
        Action[] timed = {Action.CHAT_HEARD, Action.WALK, Action.TELEPORT, Action.REZ_SEEN, Action.IM_DELIVERED};
        for (int agent = 0; agent < AGENTS; agent++) {
            long login = START_MILLIS + agent * 200L + random.nextInt(150);
            events.add(new Event(login, agent, Action.LOGIN_HTTP, 20_000_000L + random.nextInt(400_000_000), null, null,
                    null, false));
            if (agent % 13 == 7) {
                events.add(new Event(login + 50, agent, Action.LOGIN_READY, 0, FailureReason.TIMEOUT, null, null, false));
                continue;
            }
            events.add(new Event(login + 100, agent, Action.LOGIN_READY, 200_000_000L + random.nextInt(1_500_000_000),
                    null, null, null, true));
            for (long t = login + 1000; t < START_MILLIS + SECONDS * 1000L; t += 500 + random.nextInt(1500)) {
                Action a = timed[random.nextInt(timed.length)];
                boolean fails = random.nextInt(50) == 0;
                events.add(fails
                        ? new Event(t, agent, a, 0, FailureReason.values()[random.nextInt(FailureReason.values().length)],
                                null, null, false)
                        : new Event(t, agent, a, (long) (1_000_000 * Math.exp(random.nextGaussian() * 1.2 + 4)), null,
                                null, null, false));
            }
        }
        // each region's own stats, one a second, heard by every agent in it (so by both shards)
        for (int s = 0; s < SECONDS; s++) {
            for (String region : REGIONS) {
                HealthSample h = new HealthSample(1.0 - random.nextDouble() * 0.2, 45 + random.nextInt(11),
                        40 + random.nextInt(16), Math.min(AGENTS, s * 2), 0, random.nextInt(5), random.nextInt(3),
                        15 + random.nextDouble() * 10);
                for (int agent = 0; agent < AGENTS; agent += 9) {
                    events.add(new Event(START_MILLIS + s * 1000L + 300 + agent, agent, null, 0, null, region, h, false));
                }
            }
        }
        events.sort(Comparator.comparingLong(Event::millis));
        return events;
    }

    /** Replays the events of shard {@code shard} of {@code shards} (1-based), ticking at each whole second. */
    static LoadReport replay(List<Event> events, int shard, int shards) {
        SettableClock clock = new SettableClock(START_MILLIS);
        LoadRecorder recorder = new LoadRecorder(clock);
        int myAgents = 0;
        for (int a = 0; a < AGENTS; a++) {
            myAgents += a % shards == shard - 1 ? 1 : 0;
        }
        recorder.target(myAgents);
        long nextTick = START_MILLIS + 1000;
        for (Event e : events) {
            while (e.millis() >= nextTick) {
                clock.set(nextTick + 3);
                recorder.tick();
                nextTick += 1000;
            }
            if (e.agent() % shards != shard - 1) {
                continue;
            }
            clock.set(e.millis());
            if (e.health() != null) {
                recorder.gridHealth(e.region(), e.health());
            } else if (e.failure() != null) {
                recorder.failure(e.action(), e.failure());
            } else {
                recorder.record(e.action(), e.nanos());
                if (e.connects()) {
                    recorder.agentConnected();
                }
            }
        }
        clock.set(nextTick + 3);
        return recorder.report(new RunInfo("http://127.0.0.1:9000/", myAgents, "5/s", SECONDS,
                List.of("chat", "walk", "teleport", "rez", "im"), List.of(shard + "/" + shards)));
    }

    private RecordedLoad() {
    }
}
