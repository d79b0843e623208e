package dev.sessioncontrol.build;

/**
 * Where in Ignition a jar, hook or dependency applies: any of {@code G} (gateway),
 * {@code C} (Vision client) and {@code D} (designer), each at most once, e.g. {@code CD}.
 */
record Scope(String letters) {

    private static final String KNOWN_LETTERS = "GCD";

    Scope {
        if (letters == null || letters.isEmpty()) {
            throw new IllegalArgumentException(
                    "scope is empty; expected letters from G, C and D, e.g. CD");
        }
        for (int i = 0; i < letters.length(); i++) {
            char letter = letters.charAt(i);
            if (KNOWN_LETTERS.indexOf(letter) < 0) {
                throw new IllegalArgumentException("scope '" + letters + "' has the letter '"
                        + letter + "'; expected only G (gateway), C (client) and D (designer)");
            }
            if (letters.indexOf(letter) != i) {
                throw new IllegalArgumentException("scope '" + letters + "' repeats the letter '"
                        + letter + "'; name each of G, C and D at most once");
            }
        }
    }

    static Scope of(String letters) {
        return new Scope(letters);
    }

    boolean isSingle() {
        return letters.length() == 1;
    }

    /** Tells whether everything {@code other} names is also named here. */
    boolean covers(Scope other) {
        return other.letters.chars().allMatch(letter -> letters.indexOf(letter) >= 0);
    }

    @Override
    public String toString() {
        return letters;
    }
}
