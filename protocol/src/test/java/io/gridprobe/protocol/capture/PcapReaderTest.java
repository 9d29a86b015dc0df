package io.gridprobe.protocol.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PcapReaderTest {
    private static final byte[] PAYLOAD = {0x40, 0, 0, 0, 1, 0, (byte) 0xFF, (byte) 0xFF, 0, 3, 1, 2, 3};

    /** The raw captures of ../shared hold exactly the datagrams of their JSONL twins, with the same sides. */
    @Test
    void sharedPcapngFilesMatchTheirJsonl() throws IOException {
        List<Path> jsonl = SharedReference.captureFiles();
        assumeTrue(!jsonl.isEmpty(), SharedReference.absentReason());
        int total = 0;
        for (Path j : jsonl) {
            Path pcapng = j.resolveSibling(j.getFileName().toString().replace(".jsonl", ".pcapng"));
            assumeTrue(Files.isRegularFile(pcapng), "no " + pcapng);
            List<CaptureRecord> expected = CaptureReader.read(j).stream().filter(CaptureRecord::isUdp).toList();
            List<CaptureRecord> actual = CaptureFiles.read(pcapng);
            assertThat(CaptureFiles.sniff(pcapng)).isEqualTo(CaptureFiles.Format.PCAP);
            assertThat(actual).as(pcapng.toString()).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                CaptureRecord e = expected.get(i);
                CaptureRecord a = actual.get(i);
                String where = a.where() + " vs " + e.where();
                assertThat(a.hex()).as(where).isEqualTo(e.hex());
                assertThat(a.direction()).as(where).isEqualTo(e.direction());
                assertThat(a.client()).as(where).isEqualTo(e.client());
                assertThat(a.server()).as(where).isEqualTo(e.server());
                assertThat(a.time()).as(where).isCloseTo(e.time(), org.assertj.core.data.Offset.offset(2e-6));
            }
            total += actual.size();
        }
        assertThat(total).isEqualTo(1382);
    }

    @ParameterizedTest
    @ValueSource(ints = {LinkType.NULL, LinkType.ETHERNET, LinkType.RAW,
            LinkType.LOOP, LinkType.LINUX_SLL, LinkType.IPV4,
            LinkType.LINUX_SLL2})
    void classicPcapOfEveryLinkTypeAndByteOrder(int linkType) throws IOException {
        for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
            for (boolean nanos : new boolean[] {false, true}) {
                ByteArrayOutputStream file = new ByteArrayOutputStream();
                ByteBuffer h = ByteBuffer.allocate(24).order(order);
                h.putInt(nanos ? 0xA1B23C4D : 0xA1B2C3D4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0)
                        .putInt(65535).putInt(linkType);
                file.writeBytes(h.array());
                byte[] f1 = frame(linkType, order, udp(44048, 9000, PAYLOAD));
                byte[] tcp = frame(linkType, order, ipv4(6, new byte[20]));
                byte[] f2 = frame(linkType, order, udp(9000, 44048, new byte[] {0, 0, 0, 0, 2, 0, 1, 9}));
                record(file, order, 100, nanos ? 500_000_000 : 500_000, f1);
                record(file, order, 100, nanos ? 750_000_000 : 750_000, tcp);
                record(file, order, 101, 0, f2);

                List<UdpDatagram> ds = PcapReader.readDatagrams("t.pcap", file.toByteArray());
                assertThat(ds).as(linkType + " " + order).hasSize(2);
                assertThat(ds.get(0).payload()).isEqualTo(PAYLOAD);
                assertThat(ds.get(0).source()).isEqualTo("127.0.0.1:44048");
                assertThat(ds.get(0).destination()).isEqualTo("127.0.0.1:9000");
                assertThat(ds.get(0).time()).isZero();
                assertThat(ds.get(1).frame()).isEqualTo(3);
                assertThat(ds.get(1).time()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
                assertThat(ds.get(1).payload()).hasSize(8);
            }
        }
    }

    @Test
    void pcapngWithBothByteOrdersSeveralSectionsAndInterfaces() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        // section 1, big endian: interface 0 Ethernet in microseconds, interface 1 SLL2 in nanoseconds
        ByteOrder be = ByteOrder.BIG_ENDIAN;
        block(file, be, 0x0A0D0D0A, buf(be, 16).putInt(0x1A2B3C4D).putShort((short) 1).putShort((short) 0)
                .putLong(-1L).array());
        block(file, be, 1, idb(be, LinkType.ETHERNET, -1));
        block(file, be, 1, idb(be, LinkType.LINUX_SLL2, 9));
        block(file, be, 6, epb(be, 0, 2_000_000L, frame(LinkType.ETHERNET, be, udp(50000, 9001, PAYLOAD))));
        block(file, be, 6, epb(be, 1, 2_250_000_000L, frame(LinkType.LINUX_SLL2, be, udp(9001, 50000, PAYLOAD))));
        block(file, be, 5, new byte[8]); // statistics: skipped
        // section 2, little endian: interface 0 raw IPv4, simple packet block
        ByteOrder le = ByteOrder.LITTLE_ENDIAN;
        block(file, le, 0x0A0D0D0A, buf(le, 16).putInt(0x1A2B3C4D).putShort((short) 1).putShort((short) 0)
                .putLong(-1L).array());
        block(file, le, 1, idb(le, LinkType.IPV4, -1));
        byte[] raw = udp(50000, 9001, PAYLOAD);
        ByteBuffer spb = buf(le, 4 + pad(raw.length)).putInt(raw.length).put(raw);
        block(file, le, 3, spb.array());

        List<UdpDatagram> ds = PcapReader.readDatagrams("t.pcapng", file.toByteArray());
        assertThat(ds).hasSize(3);
        assertThat(ds).allSatisfy(d -> assertThat(d.payload()).isEqualTo(PAYLOAD));
        assertThat(ds.get(1).time()).isCloseTo(0.25, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ds.get(2).time()).isCloseTo(0.25, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ds.get(2).destination()).isEqualTo("127.0.0.1:9001");
    }

    @Test
    void sidesFromUseCircuitCodePeersPortsAndExplicitServerPorts() {
        byte[] other = {0, 0, 0, 0, 1, 0, 1, 0};
        List<UdpDatagram> ds = new ArrayList<>();
        // a stale circuit: no UseCircuitCode, one peer each; the lower port is the server
        ds.add(new UdpDatagram(1, 0, "127.0.0.1:9001", "127.0.0.1:39807", other));
        // UseCircuitCode names the simulator even though its port is higher
        ds.add(new UdpDatagram(2, 0, "127.0.0.1:4000", "127.0.0.1:12000", PAYLOAD));
        ds.add(new UdpDatagram(3, 0, "127.0.0.1:12000", "127.0.0.1:4000", other));
        List<CaptureRecord> rs = CaptureFiles.assignSides("x", ds, Set.of());
        assertThat(rs).extracting(CaptureRecord::direction).containsExactly("s2c", "c2s", "s2c");
        assertThat(rs.get(2).server()).isEqualTo("127.0.0.1:12000");
        List<CaptureRecord> forced = CaptureFiles.assignSides("x", ds, Set.of(39807));
        assertThat(forced.get(0).direction()).isEqualTo("c2s");
        assertThat(forced.get(0).server()).isEqualTo("127.0.0.1:39807");
    }

    @Test
    void rejectsWhatIsNotACapture(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> PcapReader.readDatagrams("x", "hello world".getBytes()))
                .isInstanceOf(IOException.class).hasMessageContaining("not a pcap");
        byte[] cut = new byte[30];
        ByteBuffer.wrap(cut).order(ByteOrder.LITTLE_ENDIAN).putInt(0xA1B2C3D4);
        assertThatThrownBy(() -> PcapReader.readDatagrams("x", cut)).isInstanceOf(IOException.class)
                .hasMessageContaining("cut short");
        Path j = dir.resolve("a.jsonl");
        Files.writeString(j, "{\"kind\":\"udp\"}\n");
        assertThat(CaptureFiles.sniff(j)).isEqualTo(CaptureFiles.Format.JSONL);
    }

    // -- building captures ---------------------------------------------------------------------------------------

    private static ByteBuffer buf(ByteOrder order, int n) {
        return ByteBuffer.allocate(n).order(order);
    }

    private static int pad(int n) {
        return (n + 3) & ~3;
    }

    private static void block(ByteArrayOutputStream out, ByteOrder order, int type, byte[] body) {
        int total = 12 + pad(body.length);
        ByteBuffer b = buf(order, total).putInt(type).putInt(total).put(body);
        b.putInt(total - 4, total);
        out.writeBytes(b.array());
    }

    private static byte[] idb(ByteOrder order, int linkType, int tsresol) {
        ByteBuffer b = buf(order, tsresol < 0 ? 12 : 20).putShort((short) linkType).putShort((short) 0).putInt(0);
        if (tsresol >= 0) {
            b.putShort((short) 9).putShort((short) 1).put((byte) tsresol).put(new byte[3]);
        }
        b.putShort((short) 0).putShort((short) 0);
        return b.array();
    }

    private static byte[] epb(ByteOrder order, int itf, long ts, byte[] frame) {
        return buf(order, 20 + pad(frame.length)).putInt(itf).putInt((int) (ts >>> 32)).putInt((int) ts)
                .putInt(frame.length).putInt(frame.length).put(frame).array();
    }

    private static void record(ByteArrayOutputStream out, ByteOrder order, int sec, int frac, byte[] frame) {
        out.writeBytes(buf(order, 16).putInt(sec).putInt(frac).putInt(frame.length).putInt(frame.length).array());
        out.writeBytes(frame);
    }

    private static byte[] udp(int src, int dst, byte[] payload) {
        ByteBuffer u = ByteBuffer.allocate(8 + payload.length).putShort((short) src).putShort((short) dst)
                .putShort((short) (8 + payload.length)).putShort((short) 0).put(payload);
        return ipv4(17, u.array());
    }

    private static byte[] ipv4(int protocol, byte[] l4) {
        ByteBuffer ip = ByteBuffer.allocate(20 + l4.length);
        ip.put((byte) 0x45).put((byte) 0).putShort((short) (20 + l4.length)).putShort((short) 1).putShort((short) 0x4000)
                .put((byte) 64).put((byte) protocol).putShort((short) 0).put(new byte[] {127, 0, 0, 1})
                .put(new byte[] {127, 0, 0, 1}).put(l4);
        return ip.array();
    }

    /** Wraps an IPv4 packet in the link layer; Ethernet frames get trailing padding that the reader must drop. */
    private static byte[] frame(int linkType, ByteOrder hostOrder, byte[] ip) {
        ByteArrayOutputStream f = new ByteArrayOutputStream();
        switch (linkType) {
            case LinkType.NULL -> f.writeBytes(buf(hostOrder, 4).putInt(2).array());
            case LinkType.LOOP -> f.writeBytes(buf(ByteOrder.BIG_ENDIAN, 4).putInt(2).array());
            case LinkType.ETHERNET -> {
                f.writeBytes(new byte[12]);
                f.writeBytes(new byte[] {(byte) 0x81, 0, 0, 5}); // a VLAN tag
                f.writeBytes(new byte[] {8, 0});
            }
            case LinkType.LINUX_SLL -> {
                f.writeBytes(new byte[14]);
                f.writeBytes(new byte[] {8, 0});
            }
            case LinkType.LINUX_SLL2 -> {
                f.writeBytes(new byte[] {8, 0});
                f.writeBytes(new byte[18]);
            }
            default -> {
            }
        }
        f.writeBytes(ip);
        if (linkType == LinkType.ETHERNET) {
            f.writeBytes(new byte[6]);
        }
        return f.toByteArray();
    }
}
