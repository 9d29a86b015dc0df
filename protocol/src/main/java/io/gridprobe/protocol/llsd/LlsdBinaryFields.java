package io.gridprobe.protocol.llsd;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Event-queue bodies (EnableSimulator, TeleportFinish, CrossedRegion, BulkUpdateInventory, ...) carry
 * region handles, IPv4 addresses, region sizes, flags and masks as big-endian {@code <binary>} values.
 * These helpers convert in both directions. Decoders take the raw LLSD value ({@code Object}) so that
 * {@code map.get("Handle")} can be passed straight in; a wrong type or length raises
 * {@link LlsdTypeException}.
 *
 * <p>A region handle packs the region's south-west corner in metres: {@code x << 32 | y}.
 */
public final class LlsdBinaryFields {
    private LlsdBinaryFields() {
    }

    /** 8-byte big-endian unsigned 64-bit value (bit pattern kept in a {@code long}). */
    public static long u64(Object value) {
        byte[] b = bytes(value, 8, "U64");
        long v = 0;
        for (byte x : b) {
            v = (v << 8) | (x & 0xff);
        }
        return v;
    }

    /**
     * 4-byte big-endian unsigned 32-bit value. An LLSD integer is accepted too (read as unsigned), since
     * servers are not consistent about which they send.
     */
    public static long u32(Object value) {
        if (value instanceof Integer i) {
            return Integer.toUnsignedLong(i);
        }
        byte[] b = bytes(value, 4, "U32");
        return ((long) (b[0] & 0xff) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff);
    }

    /** 2-byte big-endian unsigned 16-bit value. */
    public static int u16(Object value) {
        byte[] b = bytes(value, 2, "U16");
        return ((b[0] & 0xff) << 8) | (b[1] & 0xff);
    }

    /** A port sent as an LLSD integer (OpenSim) or as 2- or 4-byte big-endian binary. */
    public static int port(Object value) {
        long port;
        if (value instanceof byte[] b && b.length == 2) {
            port = u16(b);
        } else {
            port = u32(value);
        }
        if (port > 0xFFFF) {
            throw new LlsdTypeException("port out of range: " + port);
        }
        return (int) port;
    }

    public static long regionHandle(Object value) {
        return u64(value);
    }

    public static long regionHandle(int xMetres, int yMetres) {
        return ((long) xMetres << 32) | Integer.toUnsignedLong(yMetres);
    }

    /** West edge of the region in global metres. */
    public static int regionX(long handle) {
        return (int) (handle >>> 32);
    }

    /** South edge of the region in global metres. */
    public static int regionY(long handle) {
        return (int) handle;
    }

    /** A 4-byte network-order address (no DNS involved). */
    public static InetAddress ipv4(Object value) {
        try {
            return InetAddress.getByAddress(bytes(value, 4, "IPv4 address"));
        } catch (UnknownHostException e) {
            throw new LlsdTypeException("bad IPv4 address: " + e.getMessage());
        }
    }

    /** A 4-byte network-order address as dotted decimal, e.g. {@code 127.0.0.1}. */
    public static String ipv4String(Object value) {
        byte[] b = bytes(value, 4, "IPv4 address");
        return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff);
    }

    public static byte[] encodeU64(long value) {
        byte[] b = new byte[8];
        for (int i = 7; i >= 0; i--) {
            b[i] = (byte) value;
            value >>>= 8;
        }
        return b;
    }

    public static byte[] encodeU32(long value) {
        if (value < 0 || value > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("not an unsigned 32-bit value: " + value);
        }
        return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    }

    public static byte[] encodeU16(int value) {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException("not an unsigned 16-bit value: " + value);
        }
        return new byte[] {(byte) (value >>> 8), (byte) value};
    }

    public static byte[] encodeRegionHandle(int xMetres, int yMetres) {
        return encodeU64(regionHandle(xMetres, yMetres));
    }

    public static byte[] encodeIpv4(InetAddress address) {
        byte[] b = address.getAddress();
        if (b.length != 4) {
            throw new IllegalArgumentException("not an IPv4 address: " + address);
        }
        return b;
    }

    /** Dotted decimal to 4 bytes, parsed by hand so a typo can never trigger a DNS lookup. */
    public static byte[] encodeIpv4(String dotted) {
        String[] parts = dotted.split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("not a dotted IPv4 address: " + dotted);
        }
        byte[] b = new byte[4];
        for (int i = 0; i < 4; i++) {
            if (!parts[i].matches("\\d{1,3}") || Integer.parseInt(parts[i]) > 255) {
                throw new IllegalArgumentException("not a dotted IPv4 address: " + dotted);
            }
            b[i] = (byte) Integer.parseInt(parts[i]);
        }
        return b;
    }

    private static byte[] bytes(Object value, int length, String what) {
        if (!(value instanceof byte[] b)) {
            throw new LlsdTypeException("expected " + length + "-byte binary " + what + " but got " + Llsd.typeName(value));
        }
        if (b.length != length) {
            throw new LlsdTypeException("expected " + length + "-byte binary " + what + " but got " + b.length + " bytes");
        }
        return b;
    }
}
