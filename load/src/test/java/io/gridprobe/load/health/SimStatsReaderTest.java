package io.gridprobe.load.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gridprobe.load.report.HealthSample;
import io.gridprobe.protocol.capture.CaptureReader;
import io.gridprobe.protocol.capture.CaptureRecord;
import io.gridprobe.protocol.capture.SharedReference;
import io.gridprobe.protocol.packet.Message;
import io.gridprobe.protocol.packet.PacketCodec;
import io.gridprobe.protocol.template.MessageTemplate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SimStats as a real OpenSimulator 0.9.2.2 sent them in the reference captures. */
class SimStatsReaderTest {
    @Test
    void readsTheCapturedSimStatsOfBothRegions() {
        List<java.nio.file.Path> files = SharedReference.captureFiles();
        assumeTrue(!files.isEmpty(), SharedReference.absentReason());
        PacketCodec codec = new PacketCodec(MessageTemplate.bundled());
        List<Message> stats = new ArrayList<>();
        for (var file : files) {
            for (CaptureRecord r : CaptureReader.readUnchecked(file)) {
                if (r.isUdp() && !r.fromClient()) {
                    Message m = codec.decode(r.payload()).message();
                    if (m.name().equals("SimStats")) {
                        stats.add(m);
                    }
                }
            }
        }
        assertThat(stats).isNotEmpty();
        Message first = stats.get(0);
        HealthSample s = SimStatsReader.read(first);
        // an idle OpenSimulator: full speed, nominal 55 FPS, nothing queued
        assertThat(s.timeDilation()).isEqualTo(1.0);
        assertThat(s.simFps()).isEqualTo(55.0);
        assertThat(s.physicsFps()).isEqualTo(55.0);
        assertThat(s.pendingDownloads()).isZero();
        assertThat(s.frameMs()).isGreaterThan(0);
        long handle = SimStatsReader.regionHandle(first);
        assertThat(handle >>> 32).isIn(1000L * 256, 1001L * 256);
        assertThat(handle & 0xffffffffL).isEqualTo(1000L * 256);
    }
}
