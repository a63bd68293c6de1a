package org.statsbase.core.internal.config;

import java.util.ArrayList;
import java.util.List;
import org.statsbase.core.error.DataFileException;
import org.statsbase.core.error.DataProblem;
import org.statsbase.core.error.ErrorCode;

/**
 * Collects every problem of one JSON file, each with its JSON path, so that the loader can fail
 * once with all of them.
 *
 * <p>Thread safety: not thread-safe (a growing list); one instance per load, on one thread.
 */
public final class JsonProblems {

    private final String source;
    private final List<DataProblem> problems = new ArrayList<>();

    public JsonProblems(String source) {
        this.source = source;
    }

    /** The file or resource name. */
    public String source() {
        return source;
    }

    /**
     * Records a problem. The path is part of the message as well as the field, because
     * {@link DataFileException#getMessage()} quotes only the first problem's message.
     */
    public void add(String path, ErrorCode code, Object... args) {
        problems.add(new DataProblem(source, 0, path,
                code.code() + " " + path + "：" + code.formatZh(args),
                code.code() + " " + path + ": " + code.formatEn(args)));
    }

    /** Records a problem whose messages are already written (for example a failed code check). */
    public void add(String path, String code, String messageZh, String messageEn) {
        problems.add(new DataProblem(source, 0, path, code + " " + path + "：" + messageZh,
                code + " " + path + ": " + messageEn));
    }

    /** Whether any problem was recorded. */
    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Throws {@link DataFileException#malformed} if any problem was recorded. */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw DataFileException.malformed(source, problems);
        }
    }

    /** The JSON path of a member. */
    public static String member(String path, String key) {
        boolean plain = !key.isEmpty() && Character.isJavaIdentifierStart(key.charAt(0))
                && key.chars().allMatch(Character::isJavaIdentifierPart);
        return plain ? path + "." + key : path + "[\"" + key.replace("\"", "\\\"") + "\"]";
    }

    /** The JSON path of an array element. */
    public static String element(String path, int index) {
        return path + "[" + index + "]";
    }
}
