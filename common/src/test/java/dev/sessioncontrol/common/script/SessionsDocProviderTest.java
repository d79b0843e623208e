package dev.sessioncontrol.common.script;

import static org.assertj.core.api.Assertions.assertThat;

import com.inductiveautomation.ignition.common.script.builtin.KeywordArgs;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SessionsDocProviderTest {
    private static final String PATH = "system.sessions";

    private final SessionsDocProvider docs = new SessionsDocProvider();

    @Test
    void everyScriptFunctionIsDescribed() {
        for (Method function : scriptFunctions()) {
            assertThat(docs.getMethodDescription(PATH, function))
                    .as("description of %s()", function.getName())
                    .isNotBlank();
            assertThat(docs.getReturnValueDescription(PATH, function))
                    .as("return value of %s()", function.getName())
                    .isNotBlank();
        }
    }

    @Test
    void everyParameterOfEveryFunctionHasANote() {
        for (Method function : scriptFunctions()) {
            Map<String, String> notes = docs.getParameterDescriptions(PATH, function);

            List<String> parameters = parameterNames(function);
            assertThat(notes.keySet())
                    .as("documented parameters of %s()", function.getName())
                    .containsExactlyInAnyOrderElementsOf(parameters);
            assertThat(notes.values())
                    .as("parameter notes of %s()", function.getName())
                    .allSatisfy(note -> assertThat(note).isNotBlank());
        }
    }

    @Test
    void everyPublicFunctionDeclaresItsKeywords() {
        for (Method function : scriptFunctions()) {
            assertThat(function.getAnnotation(KeywordArgs.class))
                    .as("@KeywordArgs of %s()", function.getName())
                    .isNotNull();
        }
    }

    @Test
    void theNamespaceHasFunctionsToDescribe() {
        assertThat(scriptFunctions()).extracting(Method::getName).contains("list", "kick");
    }

    /** Returns the public functions scripts can call, that is every public method but toString. */
    private static List<Method> scriptFunctions() {
        return Arrays.stream(SessionsScriptModule.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .filter(m -> !Modifier.isStatic(m.getModifiers()))
                .filter(m -> !m.getName().equals("toString"))
                .collect(Collectors.toList());
    }

    private static List<String> parameterNames(Method function) {
        KeywordArgs keywords = function.getAnnotation(KeywordArgs.class);
        assertThat(keywords).as("@KeywordArgs of %s()", function.getName()).isNotNull();
        return Arrays.asList(keywords.names());
    }
}
