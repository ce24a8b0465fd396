package be.buddyflow.trajectory;

import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * One process variable with its name and type, so that no code reads a variable by a string
 * literal or casts what it gets. Each process declares its variables in one class.
 */
public final class ProcessVariable<T> {

    private final String name;
    private final Class<T> type;

    private ProcessVariable(String name, Class<T> type) {
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
    }

    public static ProcessVariable<String> string(String name) {
        return new ProcessVariable<>(name, String.class);
    }

    public static ProcessVariable<Boolean> bool(String name) {
        return new ProcessVariable<>(name, Boolean.class);
    }

    public static ProcessVariable<Integer> integer(String name) {
        return new ProcessVariable<>(name, Integer.class);
    }

    /** A number as forms submit it (Integer, Long or Double, depending on the client). */
    public static ProcessVariable<Number> number(String name) {
        return new ProcessVariable<>(name, Number.class);
    }

    public String name() {
        return name;
    }

    public T get(VariableScope scope) {
        return from(scope.getVariables());
    }

    public T from(Map<String, ?> variables) {
        Object value = variables.get(name);
        if (value == null) {
            return null;
        }
        if (!type.isInstance(value)) {
            throw new IllegalStateException("Process variable '" + name + "' holds a "
                    + value.getClass().getSimpleName() + ", expected " + type.getSimpleName());
        }
        return type.cast(value);
    }

    /** The value, or an error naming the variable: for variables the model guarantees. */
    public T require(VariableScope scope) {
        T value = get(scope);
        if (value == null) {
            throw new IllegalStateException("Process variable '" + name + "' is missing");
        }
        return value;
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value);
    }

    public void put(Map<String, Object> variables, T value) {
        variables.put(name, value);
    }

    @Override
    public String toString() {
        return name;
    }
}
