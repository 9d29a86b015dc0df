package io.gridprobe.protocol.llsd;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * ISO-8601 date-times as LLSD and XML-RPC carry them: with a zone offset, or without one, which grids mean as UTC.
 * The callers turn a {@link DateTimeParseException} into their own format's error.
 */
public final class IsoInstant {
    private IsoInstant() {
    }

    public static Instant parse(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutZone) {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        }
    }
}
