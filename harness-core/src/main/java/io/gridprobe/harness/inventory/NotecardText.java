package io.gridprobe.harness.inventory;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The notecard asset format ("Linden text version 2"): a header with the embedded-items table (empty here), then
 * {@code Text length N}, then N bytes of UTF-8 text and a closing brace. Viewers and node-metaverse write it this way
 * (see the upload in {@code nmv_perms_inventory}).
 */
public final class NotecardText {
    private static final String LENGTH_KEY = "Text length ";

    private NotecardText() {
    }

    public static byte[] encode(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        String head = "Linden text version 2\n{\nLLEmbeddedItems version 1\n{\ncount 0\n}\n" + LENGTH_KEY + body.length
                + "\n";
        byte[] h = head.getBytes(StandardCharsets.UTF_8);
        byte[] tail = "}\n".getBytes(StandardCharsets.UTF_8);
        byte[] out = Arrays.copyOf(h, h.length + body.length + tail.length);
        System.arraycopy(body, 0, out, h.length, body.length);
        System.arraycopy(tail, 0, out, h.length + body.length, tail.length);
        return out;
    }

    /** The text of a notecard asset; a clear failure for bytes that are not one. */
    public static String decode(byte[] asset) {
        String s = new String(asset, StandardCharsets.ISO_8859_1); // byte-for-byte, to count bytes
        if (!s.startsWith("Linden text version")) {
            throw new InventoryException("not a notecard asset (" + asset.length + " bytes, starting "
                    + printable(s.substring(0, Math.min(24, s.length()))) + ")");
        }
        int at = s.indexOf(LENGTH_KEY);
        int eol = at < 0 ? -1 : s.indexOf('\n', at);
        if (eol < 0) {
            throw new InventoryException("notecard asset without a 'Text length' line");
        }
        int length;
        try {
            length = Integer.parseInt(s.substring(at + LENGTH_KEY.length(), eol).strip());
        } catch (NumberFormatException e) {
            throw new InventoryException("notecard asset with an unreadable text length: "
                    + printable(s.substring(at, eol)));
        }
        int start = eol + 1;
        if (length < 0 || start + length > asset.length) {
            throw new InventoryException("notecard asset says its text is " + length + " bytes but only "
                    + (asset.length - start) + " follow");
        }
        return new String(asset, start, length, StandardCharsets.UTF_8);
    }

    private static String printable(String s) {
        return "'" + s.replaceAll("[^\\x20-\\x7e]", "?") + "'";
    }
}
