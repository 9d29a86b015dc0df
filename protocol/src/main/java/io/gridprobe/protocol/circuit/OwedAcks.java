package io.gridprobe.protocol.circuit;

import io.gridprobe.protocol.packet.PacketCodec;
import io.gridprobe.protocol.packet.PacketFlags;
import java.util.Arrays;

/**
 * The acks a circuit owes its peer: appended to outgoing datagrams as far as the MTU allows (never zerocoded), the
 * rest sent in PacketAck messages, at most 255 a packet, newest first taken. Event-loop thread only.
 */
final class OwedAcks {
    static final int MAX_PER_PACKET = 255;

    private int[] queue = new int[16];
    private int count;
    private long sent;

    void add(int sequence) {
        if (count == queue.length) {
            queue = Arrays.copyOf(queue, queue.length * 2);
        }
        queue[count++] = sequence;
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** Acks handed out so far, appended or in PacketAck. */
    long sent() {
        return sent;
    }

    /** The datagram with as many owed acks appended as fit (and the ACKS flag), or the same array when none. */
    byte[] appendTo(byte[] datagram) {
        int room = (PacketCodec.MTU - datagram.length - 1) / 4;
        int n = Math.min(Math.min(count, MAX_PER_PACKET), room);
        if (n <= 0) {
            return datagram;
        }
        byte[] out = Arrays.copyOf(datagram, datagram.length + 4 * n + 1);
        out[0] |= (byte) PacketFlags.ACKS;
        int o = datagram.length;
        for (int i = 0; i < n; i++) {
            int a = queue[count - n + i];
            out[o++] = (byte) (a >>> 24);
            out[o++] = (byte) (a >>> 16);
            out[o++] = (byte) (a >>> 8);
            out[o++] = (byte) a;
        }
        out[o] = (byte) n;
        count -= n;
        sent += n;
        return out;
    }

    /** Takes the sequence numbers for one PacketAck (up to 255). */
    int[] takeBatch() {
        int n = Math.min(count, MAX_PER_PACKET);
        int[] batch = Arrays.copyOfRange(queue, count - n, count);
        count -= n;
        sent += n;
        return batch;
    }
}
