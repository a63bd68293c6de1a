package org.statsbase.validation.constraints.internal;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.validation.constraints.Indicator;
import org.statsbase.validation.data.Column;
import org.statsbase.validation.data.ColumnType;
import org.statsbase.validation.data.ColumnarDataset;
import org.statsbase.validation.data.Schema;
import org.statsbase.validation.data.Value;
import org.statsbase.validation.error.ValidationError;

/**
 * The indicators of a bean class: which property holds which indicator, of which column type, and
 * how to read it; and a bean as a one-record dataset. Built once per bean class.
 *
 * <p>Thread safety: immutable.
 */
final class BeanIndicators {

    /** A property read as an indicator. */
    private record Property(String name, String indicator, ColumnType type, Reader reader) {
    }

    @FunctionalInterface
    private interface Reader {
        Object read(Object bean) throws ReflectiveOperationException;
    }

    private final Class<?> beanClass;
    private final List<Property> properties;
    private final Schema schema;
    private final Map<String, String> propertyOfIndicator;

    private BeanIndicators(Class<?> beanClass, List<Property> properties) {
        this.beanClass = beanClass;
        this.properties = List.copyOf(properties);
        List<Column> columns = new ArrayList<>();
        Map<String, String> byIndicator = new LinkedHashMap<>();
        for (Property p : properties) {
            columns.add(Column.of(p.indicator(), p.type()));
            byIndicator.put(p.indicator(), p.name());
        }
        this.schema = Schema.of(columns, List.of());
        this.propertyOfIndicator = Map.copyOf(byIndicator);
    }

    /**
     * The indicators of a bean class.
     *
     * @throws StatsbaseException SB-VAL-0703..0706
     */
    static BeanIndicators of(Class<?> beanClass) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (Class<?> c = beanClass; c != null && !c.getName().startsWith("java."); c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !f.isSynthetic()) {
                    fields.putIfAbsent(f.getName(), f);
                }
            }
        }
        Map<String, Method> getters = new LinkedHashMap<>();
        if (beanClass.isRecord()) {
            for (RecordComponent rc : beanClass.getRecordComponents()) {
                getters.put(rc.getName(), rc.getAccessor());
            }
        }
        for (Method m : beanClass.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 0 || m.getReturnType() == void.class
                    || m.getDeclaringClass() == Object.class || m.isSynthetic() || m.isBridge()) {
                continue;
            }
            propertyName(m).ifPresent(name -> getters.putIfAbsent(name, m));
        }
        List<String> names = new ArrayList<>(fields.keySet());
        getters.keySet().stream().filter(n -> !fields.containsKey(n)).forEach(names::add);

        List<Property> properties = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        for (String name : names) {
            Field field = fields.get(name);
            Method getter = getters.get(name);
            if (getter != null && field != null && !getter.getReturnType().equals(field.getType())) {
                getter = null; // a getter of another type is not this field's
            }
            Indicator annotation = field != null && field.isAnnotationPresent(Indicator.class)
                    ? field.getAnnotation(Indicator.class)
                    : getter != null ? getter.getAnnotation(Indicator.class) : null;
            Class<?> type = getter != null ? getter.getReturnType() : field.getType();
            Optional<ColumnType> columnType = columnType(type);
            if (columnType.isEmpty()) {
                if (annotation != null) {
                    throw new StatsbaseException(ValidationError.CONSTRAINT_INDICATOR_TYPE, beanClass.getName(), name,
                            type.getName());
                }
                continue;
            }
            String indicator = name;
            if (annotation != null) {
                indicator = annotation.value().strip();
                if (indicator.isEmpty()) {
                    throw new StatsbaseException(ValidationError.CONSTRAINT_INDICATOR_BLANK, beanClass.getName(), name);
                }
            }
            String before = seen.putIfAbsent(indicator, name);
            if (before != null) {
                throw new StatsbaseException(ValidationError.CONSTRAINT_INDICATOR_TWICE, beanClass.getName(), before,
                        name, indicator);
            }
            properties.add(new Property(name, indicator, columnType.get(), reader(beanClass, name, getter, field)));
        }
        return new BeanIndicators(beanClass, properties);
    }

    private static Reader reader(Class<?> beanClass, String name, Method getter, Field field) {
        // a getter first: a public getter of an exported class needs no opened package
        if (getter != null && getter.trySetAccessible()) {
            return getter::invoke;
        }
        if (field != null && field.trySetAccessible()) {
            return field::get;
        }
        throw new StatsbaseException(ValidationError.CONSTRAINT_PROPERTY_UNREADABLE, beanClass.getName(), name,
                "inaccessible / 无访问权限");
    }

    private static Optional<String> propertyName(Method m) {
        String n = m.getName();
        Indicator annotated = m.getAnnotation(Indicator.class);
        if (n.startsWith("get") && n.length() > 3) {
            return Optional.of(decapitalize(n.substring(3)));
        }
        if (n.startsWith("is") && n.length() > 2 && (m.getReturnType() == boolean.class
                || m.getReturnType() == Boolean.class)) {
            return Optional.of(decapitalize(n.substring(2)));
        }
        return annotated != null ? Optional.of(n) : Optional.empty();
    }

    /** As {@code java.beans.Introspector.decapitalize}: {@code Revenue} → {@code revenue}, {@code URL} stays. */
    private static String decapitalize(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(1)) && Character.isUpperCase(s.charAt(0))) {
            return s;
        }
        return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }

    private static Optional<ColumnType> columnType(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == short.class
                || type == byte.class || type == double.class || type == float.class) {
            return Optional.of(ColumnType.NUMBER);
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return Optional.of(ColumnType.TEXT);
        }
        if (type == boolean.class || type == Boolean.class) {
            return Optional.of(ColumnType.BOOLEAN);
        }
        if (type == LocalDate.class) {
            return Optional.of(ColumnType.DATE);
        }
        return Optional.empty();
    }

    /** The dataset's schema: one column per indicator, no key. */
    Schema schema() {
        return schema;
    }

    /** The property holding an indicator. */
    Optional<String> property(String indicator) {
        return Optional.ofNullable(propertyOfIndicator.get(indicator));
    }

    /**
     * The bean as a one-record dataset.
     *
     * @throws StatsbaseException SB-VAL-0707 when a getter throws, SB-VAL-0705 when access is refused
     */
    ColumnarDataset dataset(Object bean) {
        Value[] values = new Value[properties.size()];
        for (int i = 0; i < values.length; i++) {
            Property p = properties.get(i);
            Object raw;
            try {
                raw = p.reader().read(bean);
            } catch (InvocationTargetException e) {
                throw new StatsbaseException(ValidationError.CONSTRAINT_PROPERTY_FAILED, e.getCause(),
                        beanClass.getName(), p.name(), String.valueOf(e.getCause()));
            } catch (ReflectiveOperationException e) {
                throw new StatsbaseException(ValidationError.CONSTRAINT_PROPERTY_UNREADABLE, e, beanClass.getName(),
                        p.name(), e.toString());
            }
            values[i] = value(raw);
        }
        return ColumnarDataset.builder(schema).add(values).build();
    }

    private static Value value(Object o) {
        if (o == null) {
            return Value.missing();
        }
        if (o instanceof BigDecimal d) {
            return Value.of(d);
        }
        if (o instanceof BigInteger i) {
            return Value.of(new BigDecimal(i));
        }
        if (o instanceof Long || o instanceof Integer || o instanceof Short || o instanceof Byte) {
            return Value.of(((Number) o).longValue());
        }
        if (o instanceof Double || o instanceof Float) {
            double d = ((Number) o).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return Value.missing();
            }
            // the shortest decimal text of the value, as it was written: 0.1 is 0.1, not 0.1000000000000000055…
            return Value.of(new BigDecimal(o.toString()));
        }
        if (o instanceof Number n) {
            try {
                return Value.of(new BigDecimal(n.toString()));
            } catch (NumberFormatException e) {
                return Value.missing();
            }
        }
        if (o instanceof CharSequence s) {
            return Value.of(s.toString());
        }
        if (o instanceof Boolean b) {
            return Value.of(b.booleanValue());
        }
        return Value.of((LocalDate) o);
    }
}
