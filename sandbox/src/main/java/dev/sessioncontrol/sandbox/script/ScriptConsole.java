package dev.sessioncontrol.sandbox.script;

import dev.sessioncontrol.common.rpc.SessionControlException;
import dev.sessioncontrol.sandbox.platform.JythonRuntime;
import dev.sessioncontrol.sandbox.platform.PythonNamespace;
import java.io.StringWriter;
import java.util.Map;
import java.util.Optional;
import org.python.core.CompileMode;
import org.python.core.CompilerFlags;
import org.python.core.Py;
import org.python.core.PyException;
import org.python.core.PyObject;
import org.python.util.PythonInterpreter;

/**
 * A Jython 2.7 console with Ignition's script modules bound under their dotted names, so that
 * the lines an integrator types in Ignition run unchanged, for example
 * {@code system.sessions.kick(sid, reason="Maintenance", graceSeconds=2)}.
 *
 * <p>Each input runs the way Python's interactive prompt runs it: an expression's value is
 * printed, statements print what they print. Besides the bound modules, scripts have
 * {@code printTable(dataset)}, which prints a dataset as an aligned table.
 *
 * <p>Not thread-safe: use one console from one thread.
 */
public final class ScriptConsole {
    private static final String FILE_NAME = "<sandbox>";
    private static final String HELPERS = String.join("\n",
            "def printTable(dataset):",
            "    '''Prints a dataset as an aligned text table.'''",
            "    print _tables.render(dataset)",
            "");

    private final PythonInterpreter interpreter;
    private final CompilerFlags flags = new CompilerFlags();

    private ScriptConsole(PythonInterpreter interpreter) {
        this.interpreter = interpreter;
    }

    /**
     * Creates a console.
     *
     * @param modules the script modules by dotted path, for example {@code system.sessions}
     * @param globals further names for scripts, for example {@code sandbox}
     * @return the console
     */
    public static ScriptConsole create(Map<String, Object> modules, Map<String, Object> globals) {
        JythonRuntime.initialize();
        PythonInterpreter interpreter = new PythonInterpreter();
        PyObject namespace = interpreter.getLocals();
        PythonNamespace.module(namespace, "system");
        modules.forEach((path, module) -> PythonNamespace.bind(namespace, path, module));
        globals.forEach(interpreter::set);
        interpreter.set("_tables", DatasetTable.class);
        interpreter.exec(HELPERS);
        return new ScriptConsole(interpreter);
    }

    /**
     * Tells whether an input is a complete statement; a {@code for} or {@code def} header
     * without its body is not.
     *
     * @param source the input so far
     * @return true if it can run
     */
    public boolean isComplete(String source) {
        try {
            if (compile(source) != null) {
                return true;
            }
        } catch (PyException syntaxError) {
            // Complete enough to run: running it reports the syntax error.
            return true;
        }
        try {
            compileWhole(source);
            return false;
        } catch (PyException error) {
            // Only a missing block keeps the prompt waiting; an input that can never compile,
            // such as a string with a lone surrogate, is complete, and running it reports why.
            return !error.match(Py.SyntaxError);
        }
    }

    /**
     * Runs one input.
     *
     * @param source a complete statement or expression; may span lines
     * @return what it printed and, if it raised, the Python traceback
     */
    public Outcome run(String source) {
        // A character stream, not bytes: Jython encodes unicode for a byte stream as ASCII and
        // fails on the first accented name, where a writer takes every character as it is.
        StringWriter out = new StringWriter();
        interpreter.setOut(out);
        interpreter.setErr(out);
        String error = null;
        try {
            PyObject code = compile(source);
            interpreter.exec(code == null ? compileWhole(source) : code);
        } catch (PyException e) {
            error = describe(e);
        } finally {
            interpreter.getSystemState().stdout.invoke("flush");
        }
        return new Outcome(out.toString(), Optional.ofNullable(error));
    }

    /**
     * Evaluates an expression and returns its Java value.
     *
     * @param expression a Python expression
     * @param type the Java type wanted
     * @param <T> that type
     * @return the value
     * @throws PyException if the expression raises or has no value of that type
     */
    public <T> T evaluate(String expression, Class<T> type) {
        PyObject value = interpreter.eval(expression);
        Object java = value.__tojava__(type);
        if (java == Py.NoConversion) {
            throw Py.TypeError(expression + " is a " + value.getType().fastGetName()
                    + ", not a " + type.getSimpleName());
        }
        return type.cast(java);
    }

    /**
     * What one input printed and whether it raised.
     *
     * @param output everything the input printed
     * @param error the traceback if it raised
     */
    public record Outcome(String output, Optional<String> error) {
        /** Tells whether the input ran without raising. */
        public boolean succeeded() {
            return error.isEmpty();
        }
    }

    /** Returns the compiled input, or null while a compound statement still lacks lines. */
    private PyObject compile(String source) {
        PyObject code = Py.compile_command_flags(source, FILE_NAME, CompileMode.single, flags,
                true);
        return code == Py.None ? null : code;
    }

    /**
     * Compiles an input as it stands, with no further lines to come: raises the error that
     * keeps it from compiling.
     */
    private PyObject compileWhole(String source) {
        return Py.compile_flags(source + "\n", FILE_NAME, CompileMode.single, flags);
    }

    /**
     * Describes a raised exception: Python's traceback for Python errors; for an exception
     * raised by Java code, such as a refused kick, its name and message without the Java stack.
     */
    private static String describe(PyException raised) {
        Object java = raised.value == null ? null : raised.value.__tojava__(Throwable.class);
        if (java instanceof SessionControlException refused) {
            return "SessionControlException (" + refused.kind() + "): " + refused.getMessage();
        }
        if (java instanceof Throwable failure && java != Py.NoConversion) {
            return failure.getClass().getSimpleName() + ": " + failure.getMessage();
        }
        return raised.toString().strip();
    }
}
