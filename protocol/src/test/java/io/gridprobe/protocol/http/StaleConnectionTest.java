package io.gridprobe.protocol.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Which failures are a pooled connection the server had closed, sent once more; and only those. */
class StaleConnectionTest {
    @Test
    void aConnectionClosedBeforeAnyResponseByteIsStale() {
        IOException stale = new IOException("HTTP/1.1 header parser received no bytes");
        assertThat(HttpTransport.isStaleConnection(stale)).isTrue();
        assertThat(HttpTransport.isStaleConnection(new CompletionException(stale))).isTrue();
    }

    @Test
    void otherFailuresAreNotSentAgain() {
        assertThat(HttpTransport.isStaleConnection(new ConnectException("Connection refused"))).isFalse();
        assertThat(HttpTransport.isStaleConnection(new IOException("connection reset"))).isFalse();
        assertThat(HttpTransport.isStaleConnection(new IllegalStateException("header parser received no bytes"))).isFalse();
        assertThat(HttpTransport.isStaleConnection(new IOException((String) null))).isFalse();
    }
}
