package cn.selfeval.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
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

    private static final JsonNodeReader READER = JsonNodeReader.builder()
            .jsonMapper(strictMapper())
            .locationAware()
            .build();

    private JsonDocumentReader() {
    }

    private static ObjectMapper strictMapper() {
        JsonFactory factory = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        // Decimals stay exact (0.1 is 0.1, not 0.1000000000000000055…) from the file to the score.
        return new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    /** The file's bytes, or null (with the problem collected) when it is missing, a folder or unreadable. */
    static byte[] readBytes(Path file, ProblemCollector problems) {
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
            if (e.getCause() instanceof JsonProcessingException cause) {
                malformed(cause, problems);
            } else {
                problems.fileProblem("JSON 格式错误：无法解析（" + e.getMessage() + "）");
            }
        } catch (JsonProcessingException e) {
            malformed(e, problems);
        } catch (IOException | RuntimeException e) {
            problems.fileProblem("JSON 格式错误：无法解析（" + e.getMessage() + "）");
        }
        return null;
    }

    private static void malformed(JsonProcessingException e, ProblemCollector problems) {
        JsonLocation location = e.getLocation();
        Integer line = location != null && location.getLineNr() > 0 ? location.getLineNr() : null;
        Integer column = location != null && location.getColumnNr() > 0 ? location.getColumnNr() : null;
        problems.textProblem(line, column, JsonSyntaxTranslator.translate(e, line, column));
    }

    /** Strict UTF-8, without a byte-order mark; a GBK file is reported at its first non-UTF-8 byte. */
    private static String decodeUtf8(byte[] bytes, ProblemCollector problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            String before = new String(bytes, 0, in.position(), StandardCharsets.UTF_8);
            int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            int column = before.length() - before.lastIndexOf('\n');
            problems.textProblem(line, column, "文件不是 UTF-8 编码（第" + line + "行第" + column
                    + "列附近出现非 UTF-8 字符，可能是 GBK），请用 UTF-8 另存后再提交");
            return null;
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
