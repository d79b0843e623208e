package dev.sessioncontrol.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertPath;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks of a built .modl shared by the unit tests (on modules made from test jars) and the
 * integration test (on the real package). They read the archive on their own, without the
 * packager's classes, so a packager bug cannot hide itself.
 */
final class ModlChecks {

    static final Pattern VERSION = Pattern.compile("(\\d+\\.\\d+\\.\\d+)\\.(\\d{1,10})");

    private static final List<String> PROVIDED_NAMES = List.of("sdk-stubs", "slf4j", "jython",
            "servlet", "junit", "assertj", "mockito", "jqwik", "opentest4j", "byte-buddy");

    private static final List<String> PROVIDED_PACKAGES = List.of("com/inductiveautomation/",
            "org/slf4j/", "org/python/", "javax/servlet/", "org/junit/", "org/assertj/",
            "org/mockito/");

    private static final byte[] CLASS_MAGIC = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE};

    private ModlChecks() {
    }

    /** What module.xml must say. */
    record Expected(String id, String name, String baseVersion, String requiredIgnitionVersion,
            String requiredFrameworkVersion, Map<String, String> dependsByModule,
            Map<String, String> jarScopes, Map<String, String> hooksByScope) {
    }

    /** Checks every element of module.xml and returns the version it declares. */
    static String checkDescriptor(ModlContents modl, Expected expected) {
        assertThat(modl.entryNames()).startsWith(ModuleXml.FILE_NAME);
        assertThat(modl.text("id")).isEqualTo(expected.id());
        assertThat(modl.text("name")).isEqualTo(expected.name());
        assertThat(modl.text("description")).isNotBlank();
        String version = modl.text("version");
        Matcher matcher = VERSION.matcher(version);
        assertThat(matcher.matches()).as("version %s is major.minor.revision.build", version)
                .isTrue();
        assertThat(matcher.group(1)).isEqualTo(expected.baseVersion());
        assertThat(Long.parseLong(matcher.group(2))).isLessThanOrEqualTo(Integer.MAX_VALUE);
        assertThat(modl.text("requiredIgnitionVersion"))
                .isEqualTo(expected.requiredIgnitionVersion());
        assertThat(modl.text("requiredFrameworkVersion"))
                .isEqualTo(expected.requiredFrameworkVersion());
        assertThat(modl.text("freeModule")).isEqualTo("true");
        assertThat(asMap(modl.scoped("depends"), true))
                .isEqualTo(expected.dependsByModule());
        assertThat(asMap(modl.scoped("jar"), true)).isEqualTo(expected.jarScopes());
        assertThat(asMap(modl.scoped("hook"), false)).isEqualTo(expected.hooksByScope());
        return version;
    }

    /** Checks the archive holds only module.xml, its jars, doc/ and signature files. */
    static void checkOnlyModuleFiles(ModlContents modl) {
        List<String> allowed = new ArrayList<>(List.of(ModuleXml.FILE_NAME,
                ModlSigner.SIGNATURES, ModlSigner.CERTIFICATES));
        modl.scoped("jar").forEach(jar -> allowed.add(jar.getValue()));
        for (String name : modl.entryNames()) {
            assertThat(allowed.contains(name) || name.startsWith("doc/"))
                    .as("entry %s is module.xml, a listed jar, doc/ or a signature file", name)
                    .isTrue();
            String lower = name.toLowerCase(Locale.ROOT);
            assertThat(PROVIDED_NAMES).as("provided or test library packed as %s", name)
                    .noneMatch(lower::contains);
        }
        for (Map.Entry<String, String> jar : modl.scoped("jar")) {
            for (String entry : modl.jarEntries(jar.getValue()).keySet()) {
                assertThat(PROVIDED_PACKAGES)
                        .as("%s carries %s of a provided or test library", jar.getValue(), entry)
                        .noneMatch(entry::startsWith);
            }
        }
    }

    /** Checks each hook class is inside a jar loaded in the hook's scope. */
    static void checkHooksInScopedJars(ModlContents modl) {
        for (Map.Entry<String, String> hook : modl.scoped("hook")) {
            String classEntry = hook.getValue().replace('.', '/') + ".class";
            boolean found = modl.scoped("jar").stream()
                    .filter(jar -> jar.getKey().contains(hook.getKey()))
                    .anyMatch(jar -> modl.jarEntries(jar.getValue()).containsKey(classEntry));
            assertThat(found).as("hook %s is in a jar of scope %s", hook.getValue(),
                    hook.getKey()).isTrue();
        }
    }

    /** Lists the class files in the module's jars whose class-file major version differs. */
    static List<String> classesNotOfMajorVersion(ModlContents modl, int major) {
        List<String> wrong = new ArrayList<>();
        int classes = 0;
        for (Map.Entry<String, String> jar : modl.scoped("jar")) {
            for (Map.Entry<String, byte[]> entry : modl.jarEntries(jar.getValue()).entrySet()) {
                if (!entry.getKey().endsWith(".class")) {
                    continue;
                }
                classes++;
                int found = majorVersion(entry.getValue());
                if (found != major) {
                    wrong.add(jar.getValue() + "!" + entry.getKey() + " has " + found);
                }
            }
        }
        assertThat(classes).as("class files in the module jars").isPositive();
        return wrong;
    }

    /**
     * Verifies each entry's signature with the certificate from certificates.p7b and returns
     * the entries whose signature is missing or wrong.
     */
    static List<String> entriesFailingVerification(ModlContents modl)
            throws GeneralSecurityException {
        X509Certificate signer = certificates(modl).get(0);
        Properties signatures = modl.signatures();
        List<String> failing = new ArrayList<>();
        for (String name : modl.entryNames()) {
            if (name.endsWith("/") || isSignatureFile(name)) {
                continue;
            }
            String encoded = signatures.getProperty("/" + name);
            if (encoded == null || !verifies(signer, modl.entry(name), encoded)) {
                failing.add(name);
            }
        }
        return failing;
    }

    /** The certificate chain stored as PKCS#7 in certificates.p7b. */
    @SuppressWarnings("unchecked")
    static List<X509Certificate> certificates(ModlContents modl)
            throws GeneralSecurityException {
        CertPath path = CertificateFactory.getInstance("X.509").generateCertPath(
                new ByteArrayInputStream(modl.entry(ModlSigner.CERTIFICATES)), "PKCS7");
        return (List<X509Certificate>) path.getCertificates();
    }

    static boolean isSignatureFile(String name) {
        return name.equals(ModlSigner.SIGNATURES) || name.equals(ModlSigner.CERTIFICATES);
    }

    private static boolean verifies(X509Certificate signer, byte[] content, String encoded)
            throws GeneralSecurityException {
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initVerify(signer.getPublicKey());
        signature.update(content);
        return signature.verify(Base64.getDecoder().decode(encoded));
    }

    private static int majorVersion(byte[] classFile) {
        for (int i = 0; i < CLASS_MAGIC.length; i++) {
            if (classFile.length < 8 || classFile[i] != CLASS_MAGIC[i]) {
                return -1;
            }
        }
        return ((classFile[6] & 0xFF) << 8) | (classFile[7] & 0xFF);
    }

    /** Turns scope/value pairs into a map, keyed by value or by scope; duplicates fail. */
    private static Map<String, String> asMap(List<Map.Entry<String, String>> pairs,
            boolean byValue) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Map.Entry<String, String> pair : pairs) {
            String key = byValue ? pair.getValue() : pair.getKey();
            String value = byValue ? pair.getKey() : pair.getValue();
            assertThat(map.put(key, value)).as("%s appears twice in module.xml", key).isNull();
        }
        return map;
    }
}
