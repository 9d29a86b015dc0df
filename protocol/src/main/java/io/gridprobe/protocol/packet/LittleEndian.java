package io.gridprobe.protocol.packet;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Little-endian reads and writes on byte arrays: the byte order of every body field but IPPORT and IPADDR. */
final class LittleEndian {
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle FLOAT = MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle DOUBLE = MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG_BE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private LittleEndian() {
    }

    static int u16(byte[] b, int off) {
        return (short) SHORT.get(b, off) & 0xFFFF;
    }

    static short s16(byte[] b, int off) {
        return (short) SHORT.get(b, off);
    }

    static int s32(byte[] b, int off) {
        return (int) INT.get(b, off);
    }

    static long s64(byte[] b, int off) {
        return (long) LONG.get(b, off);
    }

    static float f32(byte[] b, int off) {
        return (float) FLOAT.get(b, off);
    }

    static double f64(byte[] b, int off) {
        return (double) DOUBLE.get(b, off);
    }

    static long beLong(byte[] b, int off) {
        return (long) LONG_BE.get(b, off);
    }

    static void putU16(byte[] b, int off, int v) {
        SHORT.set(b, off, (short) v);
    }

    static void putS32(byte[] b, int off, int v) {
        INT.set(b, off, v);
    }

    static void putS64(byte[] b, int off, long v) {
        LONG.set(b, off, v);
    }

    static void putF32(byte[] b, int off, float v) {
        FLOAT.set(b, off, v);
    }

    static void putF64(byte[] b, int off, double v) {
        DOUBLE.set(b, off, v);
    }

    static void putBeLong(byte[] b, int off, long v) {
        LONG_BE.set(b, off, v);
    }
}
