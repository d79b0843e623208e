package dev.sessioncontrol.common;

import java.security.SecureRandom;

/** A SecureRandom that hands out a given byte sequence, to make generated values checkable. */
final class ScriptedRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;

    private final byte[] script;
    private int position;

    ScriptedRandom(byte[] script) {
        this.script = script.clone();
    }

    @Override
    public synchronized void nextBytes(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = script[position++ % script.length];
        }
    }
}
