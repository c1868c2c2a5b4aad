import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * The floor selfeval's speed is compared with (benchmark/run): a program that starts the same JVM with the same
 * flags, parses its command line with picocli, reads each submission with Jackson and prints one line for it. No
 * check of the same files can be faster. Files and folders (every .json in them) may be given.
 */
@Command(name = "floor")
public final class Floor implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(arity = "1..*")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        for (Path given : files) {
            if (Files.isDirectory(given)) {
                try (Stream<Path> walk = Files.walk(given)) {
                    walk.filter(f -> f.toString().endsWith(".json")).sorted().forEach(Floor::summarise);
                }
            } else {
                summarise(given);
            }
        }
        return 0;
    }

    private static void summarise(Path file) {
        try {
            JsonNode submission = JSON.readTree(file.toFile());
            int facts = 0;
            for (JsonNode section : submission) {
                facts += section.isArray() ? section.size() : 1;
            }
            System.out.println(file + "：" + submission.path("unit").path("name").asText() + "，" + facts + " 项");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new Floor()).execute(args));
    }
}
