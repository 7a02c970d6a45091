package io.geopress.site;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;

/**
 * A value as {@code toString} writes it, with records (and the lists and maps that hold them) written here through
 * their components. A record's own {@code toString} is set up at its first call, per record class, and then runs
 * through method handles: in a cold JVM that took a one-article rebuild 35–55 ms of the keys of its pages.
 */
final class RecordText {
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            for (RecordComponent component : components) component.getAccessor().setAccessible(true);
            return components;
        }
    };

    private RecordText() {}

    static String of(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value) {
        if (value instanceof Record record) {
            out.append(record.getClass().getSimpleName()).append('[');
            RecordComponent[] components = COMPONENTS.get(record.getClass());
            for (int i = 0; i < components.length; i++) {
                if (i > 0) out.append(", ");
                out.append(components[i].getName()).append('=');
                try {
                    append(out, components[i].getAccessor().invoke(record));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            out.append(']');
        } else if (value instanceof Collection<?> items) {
            out.append('[');
            boolean first = true;
            for (Object item : items) {
                if (!first) out.append(", ");
                append(out, item);
                first = false;
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) out.append(", ");
                append(out, entry.getKey());
                out.append('=');
                append(out, entry.getValue());
                first = false;
            }
            out.append('}');
        } else {
            out.append(value);
        }
    }
}
