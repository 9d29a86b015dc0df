package io.gridprobe.harness.config;

/** The harness configuration is wrong or incomplete; the message says which setting and where it came from. */
public class ConfigurationException extends RuntimeException {
    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
