package io.gridprobe.harness.config;

import java.util.Objects;

/**
 * The real account behind a role ("alice" → "Test Alice" and her password). The password never appears in
 * {@link #toString()}, logs or reports.
 */
public final class Credentials {
    private final String role;
    private final String firstName;
    private final String lastName;
    private final String password;

    public Credentials(String role, String firstName, String lastName, String password) {
        this.role = Objects.requireNonNull(role, "role");
        this.firstName = Objects.requireNonNull(firstName, "firstName");
        this.lastName = Objects.requireNonNull(lastName, "lastName");
        this.password = password == null ? "" : password;
    }

    /** Parses "First Last" (SL names are two words; a one-word name gets the last name "Resident", as SL does). */
    public static Credentials of(String role, String fullName, String password) {
        String[] parts = fullName.trim().split("\\s+", 2);
        if (parts[0].isEmpty()) {
            throw new ConfigurationException("account for role '" + role + "' has an empty name");
        }
        return new Credentials(role, parts[0], parts.length > 1 ? parts[1] : "Resident", password);
    }

    public String role() {
        return role;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    /** The secret itself: hand it only to the login request. */
    public String password() {
        return password;
    }

    public boolean hasPassword() {
        return !password.isEmpty();
    }

    @Override
    public String toString() {
        return role + "=" + fullName() + " (password " + (hasPassword() ? "***" : "missing") + ")";
    }
}
