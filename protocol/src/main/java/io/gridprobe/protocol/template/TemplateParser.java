package io.gridprobe.protocol.template;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the message-template format (version 2.0): {@code //} comments, a {@code version} line, and messages of
 * the form {@code { Name Frequency Number Trust Encoding [Flags...] { Block Cardinality [N] { Field Type [N] } ... } }}.
 * Braces may share lines with anything, so the parser works on tokens, not lines.
 */
public final class TemplateParser {
    private final String source;
    private final List<Token> tokens;
    private int pos;

    private record Token(String text, int line) {
    }

    private TemplateParser(String source, String text) {
        this.source = source;
        this.tokens = tokenize(text);
    }

    /** Parses template text; {@code source} names it in error messages. */
    public static MessageTemplate parse(String source, String text) {
        return new TemplateParser(source, text).parseAll();
    }

    private static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '{' || c == '}') {
                out.add(new Token(String.valueOf(c), line));
                i++;
            } else {
                int start = i;
                while (i < n && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '{' && text.charAt(i) != '}'
                        && !(text.charAt(i) == '/' && i + 1 < n && text.charAt(i + 1) == '/')) {
                    i++;
                }
                out.add(new Token(text.substring(start, i), line));
            }
        }
        return out;
    }

    private MessageTemplate parseAll() {
        String version = null;
        List<MessageDef> messages = new ArrayList<>();
        while (pos < tokens.size()) {
            Token t = tokens.get(pos);
            if (t.text().equals("version")) {
                pos++;
                version = next("a version number").text();
            } else if (t.text().equals("{")) {
                messages.add(parseMessage());
            } else {
                throw error(t, "expected '{' or 'version', found '" + t.text() + "'");
            }
        }
        return new MessageTemplate(source, version, messages);
    }

    private MessageDef parseMessage() {
        expect("{");
        Token nameTok = next("a message name");
        String name = nameTok.text();
        try {
            Frequency frequency = Frequency.parse(next("a frequency").text());
            int number = parseNumber(next("a message number"));
            boolean trusted = parseTrust(next("Trusted or NotTrusted"));
            boolean zerocoded = parseEncoding(next("Zerocoded or Unencoded"));
            Set<String> flags = new LinkedHashSet<>();
            while (!peekIs("{") && !peekIs("}")) {
                flags.add(next("a flag").text());
            }
            List<BlockDef> blocks = new ArrayList<>();
            while (peekIs("{")) {
                blocks.add(parseBlock());
            }
            expect("}");
            return new MessageDef(name, frequency, number, trusted, zerocoded, flags, blocks);
        } catch (IllegalArgumentException e) {
            throw error(nameTok, "message " + name + ": " + e.getMessage());
        }
    }

    private BlockDef parseBlock() {
        expect("{");
        Token nameTok = next("a block name");
        String cardinality = next("Single, Multiple or Variable").text();
        BlockDef.Cardinality card;
        int count;
        switch (cardinality) {
            case "Single" -> {
                card = BlockDef.Cardinality.SINGLE;
                count = 1;
            }
            case "Multiple" -> {
                card = BlockDef.Cardinality.MULTIPLE;
                count = parseNumber(next("a repeat count"));
            }
            case "Variable" -> {
                card = BlockDef.Cardinality.VARIABLE;
                count = 0;
            }
            default -> throw error(nameTok, "block " + nameTok.text() + ": unknown cardinality '" + cardinality + "'");
        }
        List<FieldDef> fields = new ArrayList<>();
        while (peekIs("{")) {
            fields.add(parseField());
        }
        expect("}");
        return new BlockDef(nameTok.text(), card, count, fields);
    }

    private FieldDef parseField() {
        expect("{");
        Token nameTok = next("a field name");
        Token typeTok = next("a field type");
        FieldType type;
        try {
            type = FieldType.parse(typeTok.text());
        } catch (IllegalArgumentException e) {
            throw error(typeTok, "field " + nameTok.text() + ": " + e.getMessage());
        }
        int size = type.size();
        if (type == FieldType.Fixed || type == FieldType.Variable) {
            size = parseNumber(next("a size for " + type));
        }
        expect("}");
        return new FieldDef(nameTok.text(), type, size);
    }

    private static boolean parseTrust(Token t) {
        return switch (t.text()) {
            case "Trusted" -> true;
            case "NotTrusted" -> false;
            default -> throw new IllegalArgumentException("expected Trusted or NotTrusted, found '" + t.text() + "'");
        };
    }

    private static boolean parseEncoding(Token t) {
        return switch (t.text()) {
            case "Zerocoded" -> true;
            case "Unencoded" -> false;
            default -> throw new IllegalArgumentException("expected Zerocoded or Unencoded, found '" + t.text() + "'");
        };
    }

    private int parseNumber(Token t) {
        try {
            String s = t.text();
            long v = s.startsWith("0x") || s.startsWith("0X") ? Long.parseLong(s.substring(2), 16) : Long.parseLong(s);
            if (v < 0 || v > 0xFFFFFFFFL) {
                throw new NumberFormatException();
            }
            return (int) v;
        } catch (NumberFormatException e) {
            throw error(t, "expected a number, found '" + t.text() + "'");
        }
    }

    private boolean peekIs(String text) {
        return pos < tokens.size() && tokens.get(pos).text().equals(text);
    }

    private Token next(String what) {
        if (pos >= tokens.size()) {
            int line = tokens.isEmpty() ? 1 : tokens.get(tokens.size() - 1).line();
            throw new TemplateException(source + ":" + line + ": expected " + what + ", found end of file");
        }
        return tokens.get(pos++);
    }

    private Token expect(String text) {
        Token t = next("'" + text + "'");
        if (!t.text().equals(text)) {
            throw error(t, "expected '" + text + "', found '" + t.text() + "'");
        }
        return t;
    }

    private TemplateException error(Token t, String message) {
        return new TemplateException(source + ":" + t.line() + ": " + message);
    }
}
