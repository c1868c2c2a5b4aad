package cn.selfeval.checks;

import cn.selfeval.input.SubmissionSchema;
import cn.selfeval.model.Derived;
import cn.selfeval.model.Fact;
import cn.selfeval.model.FactLists;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fields of every kind of submitted fact, by their JSON names: the record components of the model (nested
 * records as dotted paths, e.g. {@code exemption.type}) and the values the model derives ({@code @Derived}),
 * each with its Chinese title from the submission schema. What a check written as data may refer to, and what
 * the authors' reference lists.
 */
public final class FieldCatalog {

    private static final Map<Class<?>, Map<String, FieldRef>> CACHE = new ConcurrentHashMap<>();

    private FieldCatalog() {
    }

    /** The fields of the facts of a list path, or null when there is no such list. */
    public static Map<String, FieldRef> ofList(String list) {
        Class<? extends Fact> type = FactLists.all().get(list);
        return type == null ? null : of(type, list);
    }

    /** The fields of a fact class, in declaration order (record components first, then derived values). */
    public static Map<String, FieldRef> of(Class<?> type, String list) {
        return CACHE.computeIfAbsent(type, t -> Collections.unmodifiableMap(build(t, list)));
    }

    private static Map<String, FieldRef> build(Class<?> type, String list) {
        Map<String, FieldRef> fields = new LinkedHashMap<>();
        add(fields, type, list, "", null, (fact, year) -> fact);
        return fields;
    }

    /** The components of a record (and of the records nested in it, as dotted paths), then its derived values. */
    /** @param ownerTitle the title of the nested record the fields belong to (null at the top) */
    private static void add(Map<String, FieldRef> fields, Class<?> type, String list, String prefix, String ownerTitle,
            FieldRef.Reader owner) {
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                Method accessor = component.getAccessor();
                String name = prefix + component.getName();
                FieldRef.Reader reader = (fact, year) -> {
                    Object value = owner.read(fact, year);
                    return value == null ? null : invoke(accessor, value);
                };
                Class<?> valueType = component.getType();
                String title = list == null ? null : SubmissionSchema.get().fieldTitle(titledAs(list), name);
                fields.put(name, new FieldRef(name, title, ValueType.of(valueType), false, enumType(valueType), reader));
                if (valueType.isRecord() && valueType.getPackageName().equals(type.getPackageName())) {
                    add(fields, valueType, list, name + ".", title == null ? null : title.replace("（万元）", ""), reader);
                }
            }
        }
        for (Method method : type.getMethods()) {
            Derived derived = method.getAnnotation(Derived.class);
            if (derived == null || Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            boolean byYear = method.getParameterCount() == 1 && method.getParameterTypes()[0] == int.class;
            if (method.getParameterCount() != 0 && !byYear) {
                throw new IllegalStateException(method + ": @Derived takes no argument or the year");
            }
            String name = prefix + method.getName();
            FieldRef.Reader reader = (fact, year) -> {
                Object value = owner.read(fact, year);
                return value == null ? null : byYear ? invoke(method, value, year) : invoke(method, value);
            };
            // 基本支出 + 执行率（%）: a value derived on a nested record is named after it.
            String title = ownerTitle == null ? derived.value() : ownerTitle + derived.value();
            fields.put(name, new FieldRef(name, title, ValueType.of(method.getReturnType()), true,
                    enumType(method.getReturnType()), reader));
        }
    }

    /** "三公" lines are facts of their own; the schema describes their fields under each category. */
    private static String titledAs(String list) {
        return list.equals("threePublicCosts") ? "threePublicCosts.overseasTravel" : list;
    }

    private static Class<?> enumType(Class<?> type) {
        return ValueType.of(type) == ValueType.ENUM ? type : null;
    }

    private static Object invoke(Method method, Object target, Object... args) {
        try {
            return method.invoke(target, args);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        }
    }

    /** Every field name of a list, for did-you-mean suggestions. */
    public static List<String> names(Map<String, FieldRef> fields) {
        return new ArrayList<>(fields.keySet());
    }
}
