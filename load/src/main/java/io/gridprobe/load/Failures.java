package io.gridprobe.load;

import io.gridprobe.harness.core.LoginTookTooLongException;
import io.gridprobe.harness.events.AwaitTimeoutException;
import io.gridprobe.harness.teleport.TeleportFailedException;
import io.gridprobe.load.behaviour.CrossingRefusedException;
import io.gridprobe.load.behaviour.NotNoticedException;
import io.gridprobe.load.report.FailureReason;
import io.gridprobe.protocol.circuit.CircuitLostException;
import io.gridprobe.protocol.http.HttpFailure;
import io.gridprobe.protocol.login.GridUnreachableException;
import io.gridprobe.protocol.login.LoginConnectionException;
import io.gridprobe.protocol.login.LoginHttpException;
import io.gridprobe.protocol.login.LoginRefusedException;
import io.gridprobe.protocol.login.LoginTimeoutException;
import io.gridprobe.protocol.login.MalformedLoginResponseException;
import io.gridprobe.protocol.ProtocolException;
import io.gridprobe.protocol.region.RegionJoinException;
import java.util.concurrent.TimeoutException;

/** Sorts what went wrong into a {@link FailureReason}: the one place that maps exception types to reasons. */
public final class Failures {
    private Failures() {
    }

    public static FailureReason classify(Throwable t) {
        Throwable c = unwrap(t);
        if (c instanceof LoginRefusedException || c instanceof TeleportFailedException
                || c instanceof CrossingRefusedException) {
            return FailureReason.REFUSED;
        }
        if (c instanceof NotNoticedException) {
            return FailureReason.NOT_SEEN;
        }
        if (c instanceof LoginTimeoutException || c instanceof LoginTookTooLongException
                || c instanceof TimeoutException || c instanceof AwaitTimeoutException) {
            return FailureReason.TIMEOUT;
        }
        if (c instanceof GridUnreachableException || c instanceof LoginConnectionException
                || c instanceof LoginHttpException || c instanceof RegionJoinException) {
            return FailureReason.UNREACHABLE;
        }
        if (c instanceof CircuitLostException) {
            return FailureReason.DISCONNECTED;
        }
        if (c instanceof MalformedLoginResponseException || c instanceof ProtocolException) {
            return FailureReason.PROTOCOL;
        }
        return FailureReason.OTHER;
    }

    /** The cause under the wrappers that futures add. */
    public static Throwable unwrap(Throwable t) {
        return HttpFailure.unwrap(t);
    }
}
