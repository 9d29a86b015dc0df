package io.gridprobe.harness.core;

import java.time.Duration;

/**
 * A login (login request, region join, capabilities, event queue) did not finish within its bound. If it succeeds
 * later, the agent is logged out at once: nobody waits for it any more, and an account left online would be kicked
 * by (or kick) its next login.
 */
public class LoginTookTooLongException extends RuntimeException {
    public LoginTookTooLongException(String who, Duration bound) {
        super("login of " + who + " did not finish within " + bound.toMillis() + " ms (abandoned: a late success is "
                + "logged out)");
    }
}
