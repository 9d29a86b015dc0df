package io.gridprobe.protocol.circuit;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real UDP relay on loopback that sits between a client and a server and misbehaves like a bad network: it drops
 * every Nth datagram, duplicates, or swaps neighbours, in each direction. Both peers talk to it as to each other.
 */
final class LossyRelay implements AutoCloseable {
    enum Mode { CLEAN, DROP_EVERY_NTH, DUPLICATE, REORDER }

    private final DatagramSocket socket;
    private final InetSocketAddress server;
    private final Mode mode;
    private final int n;
    private final Thread thread;
    private final AtomicInteger dropped = new AtomicInteger();
    private volatile InetSocketAddress client;
    private volatile boolean running = true;
    private int toServer;
    private int toClient;
    private DatagramPacket heldForServer;
    private DatagramPacket heldForClient;

    LossyRelay(InetSocketAddress server, Mode mode, int n) throws SocketException {
        this.socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.socket.setSoTimeout(50);
        this.server = server;
        this.mode = mode;
        this.n = n;
        this.thread = new Thread(this::run, "lossy-relay");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    InetSocketAddress address() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    int dropped() {
        return dropped.get();
    }

    private void run() {
        byte[] buf = new byte[2048];
        while (running) {
            DatagramPacket in = new DatagramPacket(buf, buf.length);
            try {
                socket.receive(in);
            } catch (SocketTimeoutException e) {
                flushHeld();
                continue;
            } catch (IOException e) {
                return;
            }
            boolean fromServer = in.getSocketAddress().equals(server);
            if (!fromServer) {
                client = (InetSocketAddress) in.getSocketAddress();
            }
            InetSocketAddress to = fromServer ? client : server;
            if (to == null) {
                continue;
            }
            byte[] copy = java.util.Arrays.copyOf(in.getData(), in.getLength());
            DatagramPacket out = new DatagramPacket(copy, copy.length, to);
            int count = fromServer ? ++toClient : ++toServer;
            try {
                switch (mode) {
                    case CLEAN -> socket.send(out);
                    case DROP_EVERY_NTH -> {
                        if (count % n == 0) {
                            dropped.incrementAndGet();
                        } else {
                            socket.send(out);
                        }
                    }
                    case DUPLICATE -> {
                        socket.send(out);
                        if (count % n == 0) {
                            socket.send(out);
                        }
                    }
                    case REORDER -> {
                        DatagramPacket held = fromServer ? heldForClient : heldForServer;
                        if (held == null && count % n == 0) {
                            if (fromServer) {
                                heldForClient = out;
                            } else {
                                heldForServer = out;
                            }
                        } else {
                            socket.send(out);
                            if (held != null) {
                                socket.send(held); // the held one arrives after its successor
                                if (fromServer) {
                                    heldForClient = null;
                                } else {
                                    heldForServer = null;
                                }
                            }
                        }
                    }
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    private void flushHeld() {
        try {
            if (heldForClient != null) {
                socket.send(heldForClient);
                heldForClient = null;
            }
            if (heldForServer != null) {
                socket.send(heldForServer);
                heldForServer = null;
            }
        } catch (IOException ignored) {
            // the relay is closing
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        socket.close();
        thread.join(2000);
    }
}
