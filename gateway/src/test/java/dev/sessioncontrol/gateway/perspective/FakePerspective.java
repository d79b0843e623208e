package dev.sessioncontrol.gateway.perspective;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.python.core.Py;
import org.python.core.PyObject;
import org.python.util.PythonInterpreter;

/**
 * A fake {@code system.perspective}, written in Python so that it is called exactly as the
 * gateway's scripting functions are: {@code getSessionInfo()} returns a list of dictionaries
 * with the keys of the 8.1 manual, and {@code closeSession(message=None, sessionId=None)}
 * takes those keyword names and no others.
 *
 * <p>Closed sessions leave the list, and each call to {@code closeSession} is kept for the
 * test to read with {@link #closings()}.
 */
public final class FakePerspective {
    private static final String SOURCE = String.join("\n",
            "class FakePerspective(object):",
            "    def __init__(self):",
            "        self.sessions = []",
            "        self.closings = []",
            "        self.closeError = None",
            "        self.listError = None",
            "    def getSessionInfo(self, usernameFilter=None, projectFilter=None):",
            "        if self.listError is not None:",
            "            raise self.listError",
            "        return list(self.sessions)",
            "    def closeSession(self, message=None, sessionId=None):",
            "        if self.closeError is not None:",
            "            raise self.closeError",
            "        self.closings.append((sessionId, message))",
            "        self.sessions = [s for s in self.sessions if s.get('id') != sessionId]",
            "");

    private final PythonInterpreter python;
    private final PyObject fake;

    FakePerspective(PythonInterpreter python) {
        this.python = python;
        python.exec(SOURCE);
        this.fake = python.get("FakePerspective").__call__();
    }

    /** Returns the Python object bound as {@code system.perspective}. */
    PyObject asPython() {
        return fake;
    }

    /**
     * Adds sessions to what {@code getSessionInfo()} returns.
     *
     * @param sessions the sessions, in order
     * @return this fake
     */
    public FakePerspective add(SessionInfo... sessions) {
        PyObject list = fake.__getattr__("sessions");
        for (SessionInfo session : sessions) {
            list.invoke("append", session.toPython());
        }
        return this;
    }

    /** Makes every later {@code closeSession} call raise a Python {@code ValueError}. */
    public void failClosing() {
        fake.__setattr__("closeError", python.eval("ValueError('no such session')"));
    }

    /** Makes every later {@code getSessionInfo} call raise a Python {@code RuntimeError}. */
    public void failListing() {
        fake.__setattr__("listError", python.eval("RuntimeError('Perspective is starting')"));
    }

    /**
     * Returns the calls made to {@code closeSession}, oldest first.
     *
     * @return one closing per call
     */
    public List<Closing> closings() {
        List<Closing> closings = new ArrayList<>();
        for (PyObject call : fake.__getattr__("closings").asIterable()) {
            closings.add(new Closing(text(call.__getitem__(0)), text(call.__getitem__(1))));
        }
        return closings;
    }

    private static String text(PyObject value) {
        return value == Py.None ? null : (String) value.__tojava__(String.class);
    }

    @Override
    public String toString() {
        return "FakePerspective{closings=" + closings() + "}";
    }

    /** One call to {@code closeSession}: the session id and message it received. */
    public static final class Closing {
        private final String sessionId;
        private final String message;

        /**
         * Creates the record of a call.
         *
         * @param sessionId the {@code sessionId} argument, or null
         * @param message the {@code message} argument, or null
         */
        public Closing(String sessionId, String message) {
            this.sessionId = sessionId;
            this.message = message;
        }

        /** Returns the {@code sessionId} argument, or null when none was passed. */
        public String sessionId() {
            return sessionId;
        }

        /** Returns the {@code message} argument, or null when none was passed. */
        public String message() {
            return message;
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Closing)) {
                return false;
            }
            Closing that = (Closing) other;
            return Objects.equals(sessionId, that.sessionId)
                    && Objects.equals(message, that.message);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sessionId, message);
        }

        @Override
        public String toString() {
            return "closeSession(sessionId=" + sessionId + ", message=" + message + ")";
        }
    }
}
