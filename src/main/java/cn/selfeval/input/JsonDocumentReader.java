package cn.selfeval.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.serialization.JsonNodeReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a submission file's bytes into a JSON tree whose nodes know their line and column. Anything that stops that
 * (missing file, wrong encoding, malformed JSON) becomes a problem and the result is null.
 */
final class JsonDocumentReader {

    /**
     * A submission nests about six levels deep and its numbers have at most a few dozen digits; far beyond that a
     * file is broken or hostile, and is refused while it is parsed (before a deep tree or a huge number is built).
     */
    static final int MAX_NESTING = 64;
    static final int MAX_NUMBER_DIGITS = 64;
    /** Longer than any text field may be ({@code maxLength} in the schema says how long each may be). */
    static final int MAX_STRING_CHARS = 1_000_000;

    private static final JsonFactory FACTORY = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING)
                    .maxNumberLength(MAX_NUMBER_DIGITS).maxStringLength(MAX_STRING_CHARS).build())
            .build();

    private static final JsonNodeReader READER = JsonNodeReader.builder()
            .jsonMapper(strictMapper())
            .locationAware()
            .build();

    private JsonDocumentReader() {
    }



    private static ObjectMapper strictMapper() {
        JsonFactory factory = FACTORY;
        // Decimals stay exact (0.1 is 0.1, not 0.1000000000000000055…) from the file to the score.
        return new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    /** The file's bytes, or null (with the problem collected) when it is missing, a folder or unreadable. */
    static byte[] readBytes(Path file, ProblemCollector problems) {
        return readBytes(file, Long.MAX_VALUE, null, problems);
    }

    /**
     * Like {@link #readBytes(Path, ProblemCollector)}, refusing a file larger than {@code maxBytes} before reading it.
     *
     * @param option the option that raises the limit, named in the message
     */
    static byte[] readBytes(Path file, long maxBytes, String option, ProblemCollector problems) {
        try {
            if (Files.isRegularFile(file) && Files.size(file) > maxBytes) {
                problems.fileProblem(String.format("文件有 %.1f MB，超过一份填报的上限 %s MB，未读取%s", Files.size(file) / 1048576.0,
                        new java.math.BigDecimal(maxBytes).divide(java.math.BigDecimal.valueOf(1048576), 1,
                                java.math.RoundingMode.DOWN).stripTrailingZeros().toPlainString(),
                        option == null ? "" : "（可用 " + option + " 放宽）"));
                return null;
            }
        } catch (IOException e) {
            // reported below as unreadable
        }
        if (!Files.exists(file)) {
            problems.fileProblem("文件不存在");
            return null;
        }
        if (Files.isDirectory(file)) {
            problems.fileProblem("这是一个目录，不是文件");
            return null;
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            problems.fileProblem("无法读取文件（" + e.getMessage() + "）");
            return null;
        }
    }

    /** Decodes a file's bytes (strict UTF-8, an optional byte-order mark) and parses them. */
    static JsonNode read(byte[] bytes, ProblemCollector problems) {
        String text = decodeUtf8(bytes, problems);
        return text == null ? null : parse(text, problems);
    }

    /** Parses JSON text already in memory; problems are reported against the collector's file label. */
    static JsonNode parse(String text, ProblemCollector problems) {
        if (text.isBlank()) {
            problems.fileProblem("文件是空的，没有任何内容");
            return null;
        }
        try {
            return READER.readTree(text, InputFormat.JSON);
        } catch (IllegalArgumentException e) {
            // networknt wraps the parser's exception
            if (e.getCause() instanceof StreamConstraintsException cause) {
                beyondConstraints(text, cause, problems);
            } else if (e.getCause() instanceof JsonProcessingException cause) {
                malformed(cause, problems);
            } else {
                problems.fileProblem("JSON 格式错误：无法解析（" + e.getMessage() + "）");
            }
        } catch (StreamConstraintsException e) {
            beyondConstraints(text, e, problems);
        } catch (JsonProcessingException e) {
            malformed(e, problems);
        } catch (IOException | RuntimeException e) {
            problems.fileProblem("JSON 格式错误：无法解析（" + e.getMessage() + "）");
        }
        return null;
    }

    /**
     * Jackson says that a limit was passed but not where: the text is read again token by token up to that point,
     * and the characters just before it tell a number from a text.
     */
    private static void beyondConstraints(String text, StreamConstraintsException e, ProblemCollector problems) {
        JsonLocation where = null;
        JsonParser parser = null;
        try {
            parser = FACTORY.createParser(text);
            for (com.fasterxml.jackson.core.JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
                    parser.getText(); // a text is read only when asked for
                }
            }
        } catch (StreamConstraintsException again) {
            where = parser == null ? null : parser.currentToken() == com.fasterxml.jackson.core.JsonToken.VALUE_STRING
                    ? parser.currentTokenLocation() : parser.currentLocation();
        } catch (IOException | RuntimeException other) {
            where = null;
        } finally {
            try {
                if (parser != null) {
                    parser.close();
                }
            } catch (IOException ignored) {
                // a parser over a String
            }
        }
        Integer line = null;
        Integer column = null;
        String message = e.getOriginalMessage();
        if (where != null && where.getLineNr() > 0) {
            line = where.getLineNr();
            column = where.getColumnNr() > 0 ? where.getColumnNr() : null;
        }
        long offset = where == null ? -1 : where.getCharOffset();
        int digits = offset > 0 ? digitsBefore(text, (int) offset) : 0;
        if (message != null && message.startsWith("String value length") && digits > MAX_NUMBER_DIGITS) {
            message = "Number value length";
        }
        if (message != null && message.startsWith("Number value length") && column != null && column > digits) {
            column -= digits; // where the number starts, not where Jackson stopped reading it
        }
        problems.textProblem(line, column, JsonSyntaxTranslator.translate(message, line, column));
    }

    private static int digitsBefore(String text, int offset) {
        int start = Math.min(offset, text.length());
        while (start > 0 && "0123456789.-+eE".indexOf(text.charAt(start - 1)) >= 0) {
            start--;
        }
        return Math.min(offset, text.length()) - start;
    }

    private static void malformed(JsonProcessingException e, ProblemCollector problems) {
        JsonLocation location = e.getLocation();
        Integer line = location != null && location.getLineNr() > 0 ? location.getLineNr() : null;
        Integer column = location != null && location.getColumnNr() > 0 ? location.getColumnNr() : null;
        problems.textProblem(line, column, JsonSyntaxTranslator.translate(e, line, column));
    }

    /**
     * Strict UTF-8 (a byte-order mark allowed), or UTF-16 as Windows Notepad saves "Unicode" (told by its byte-order
     * mark, or by the zero bytes beside every ASCII character); a GBK file is reported at its first non-UTF-8 byte.
     */
    private static String decodeUtf8(byte[] bytes, ProblemCollector problems) {
        java.nio.charset.Charset utf16 = utf16(bytes);
        if (utf16 != null) {
            return decode(bytes, utf16, problems);
        }
        return decode(bytes, StandardCharsets.UTF_8, problems);
    }

    /** UTF-16LE or UTF-16BE when the bytes are that, else null. */
    static java.nio.charset.Charset utf16(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        // Without a mark: JSON starts with ASCII ("{" or white space), so one of the first two bytes is zero.
        if (bytes.length >= 4 && bytes.length % 2 == 0) {
            if (bytes[0] != 0 && bytes[1] == 0 && bytes[2] != 0 && bytes[3] == 0) {
                return StandardCharsets.UTF_16LE;
            }
            if (bytes[0] == 0 && bytes[1] != 0 && bytes[2] == 0 && bytes[3] != 0) {
                return StandardCharsets.UTF_16BE;
            }
        }
        return null;
    }

    private static String decode(byte[] bytes, java.nio.charset.Charset charset, ProblemCollector problems) {
        boolean utf8 = charset.equals(StandardCharsets.UTF_8);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            String before = new String(bytes, 0, in.position(), charset);
            int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            int column = before.length() - before.lastIndexOf('\n');
            problems.textProblem(line, column, utf8 ? "文件不是 UTF-8 编码（第" + line + "行第" + column
                    + "列附近出现非 UTF-8 字符，可能是 GBK），请用 UTF-8 另存后再提交"
                    : "文件看来是 UTF-16 编码，但第" + line + "行第" + column + "列附近的内容不是有效的 UTF-16，请用 UTF-8 另存后再提交");
            return null;
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
