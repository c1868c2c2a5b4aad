package cn.selfeval.web;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * Results kept in memory for their pages and downloads, under ids nobody can guess (a unit's score card is seen
 * only through the link its upload was answered with). Bounded: when the kept results weigh more than the
 * capacity (a batch weighs as many as its units), the least recently used go first. Nothing is written to disk.
 */
public final class ResultStore<T> {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final int capacity;
    private final ToIntFunction<T> weight;
    private final LinkedHashMap<String, T> entries = new LinkedHashMap<>(16, 0.75f, true);
    private int held;

    public ResultStore(int capacity, ToIntFunction<T> weight) {
        this.capacity = capacity;
        this.weight = weight;
    }

    public synchronized String put(T value) {
        String id = newId();
        entries.put(id, value);
        held += weight.applyAsInt(value);
        Iterator<Map.Entry<String, T>> oldest = entries.entrySet().iterator();
        while (held > capacity && entries.size() > 1 && oldest.hasNext()) {
            Map.Entry<String, T> e = oldest.next();
            if (e.getKey().equals(id)) {
                continue;
            }
            held -= weight.applyAsInt(e.getValue());
            oldest.remove();
        }
        return id;
    }

    public synchronized Optional<T> get(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    public synchronized int size() {
        return entries.size();
    }

    private static String newId() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
