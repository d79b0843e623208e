package dev.sessioncontrol.build;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks that each hook class is inside a jar loaded in the hook's scope, so a gateway never
 * fails to start the module over a class it cannot see.
 */
final class HookPlacement {

    private HookPlacement() {
    }

    /**
     * Fails unless every hook's class file is in at least one jar whose scope covers the hook's.
     *
     * @throws IllegalStateException naming the hook, its scope and the jars of that scope
     */
    static void check(List<ModuleHook> hooks, List<ModuleJar> jars, List<JarContents> contents) {
        for (ModuleHook hook : hooks) {
            boolean found = false;
            for (int i = 0; i < jars.size() && !found; i++) {
                found = jars.get(i).scope().covers(hook.scope())
                        && contents.get(i).contains(hook.classEntry());
            }
            if (!found) {
                throw new IllegalStateException("hook " + hook.className() + " (scope "
                        + hook.scope() + ") is in no jar of that scope; looked in "
                        + jarsCovering(hook.scope(), jars)
                        + ". Check the hook's class name and the module that holds it");
            }
        }
    }

    private static String jarsCovering(Scope scope, List<ModuleJar> jars) {
        String names = jars.stream()
                .filter(jar -> jar.scope().covers(scope))
                .map(ModuleJar::fileName)
                .collect(Collectors.joining(", "));
        return names.isEmpty() ? "no jar at all" : names;
    }
}
