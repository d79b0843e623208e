package dev.sessioncontrol.sandbox.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.inductiveautomation.ignition.common.script.JythonExecException;
import org.junit.jupiter.api.Test;
import org.python.core.PyStringMap;

class CapturingScriptManagerTest {
    /** A module with one function, as a hook would add. */
    public static final class Greeter {
        /** Returns a greeting. */
        public String greet(String name) {
            return "hello " + name;
        }
    }

    @Test
    void runsCodeAgainstTheModulesHooksAddedUnderTheirDottedPaths() throws Exception {
        CapturingScriptManager manager = new CapturingScriptManager("gateway");
        manager.addScriptModule("system.greeter", new Greeter());
        PyStringMap locals = manager.createLocalsMap();

        manager.runCode("answer = system.greeter.greet('alice')", locals, manager.getGlobals(),
                "test");

        assertThat(locals.__finditem__("answer").toString()).isEqualTo("hello alice");
    }

    @Test
    void modulesAddedAfterTheGlobalsExistJoinThem() throws Exception {
        CapturingScriptManager manager = new CapturingScriptManager("gateway");
        PyStringMap globals = manager.getGlobals();
        PyStringMap locals = manager.createLocalsMap();

        manager.addScriptModule("system.greeter", new Greeter());
        manager.runCode("present = hasattr(system, 'greeter') and not hasattr(system, 'util')",
                locals, globals, "test");

        assertThat(locals.__finditem__("present").__nonzero__()).isTrue();
    }

    @Test
    void wrapsAPythonErrorInJythonExecException() {
        CapturingScriptManager manager = new CapturingScriptManager("gateway");

        assertThatThrownBy(() -> manager.runCode("system.perspective.getSessionInfo()",
                manager.createLocalsMap(), manager.getGlobals(), "test"))
                .isInstanceOf(JythonExecException.class)
                .hasMessageContaining("perspective");
    }

    @Test
    void capturesModulesByPath() {
        CapturingScriptManager manager = new CapturingScriptManager("client");
        Greeter greeter = new Greeter();

        manager.addScriptModule("system.greeter", greeter, null);

        assertThat(manager.require("system.greeter", Greeter.class)).isSameAs(greeter);
        assertThatThrownBy(() -> manager.require("system.other", Greeter.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("system.greeter");
    }
}
