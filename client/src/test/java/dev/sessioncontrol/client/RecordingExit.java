package dev.sessioncontrol.client;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A client exit that remembers each call and its force flag instead of ending anything. */
final class RecordingExit implements ClientExit {
    private final List<Boolean> forceFlags = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstExit = new CountDownLatch(1);

    @Override
    public void exit(boolean force) {
        forceFlags.add(force);
        firstExit.countDown();
    }

    /** Returns the force flag of every exit, in order. */
    List<Boolean> forceFlags() {
        return forceFlags;
    }

    /**
     * Waits for the first exit, for exits that run on another thread.
     *
     * @return true if an exit happened before the wait ended
     */
    boolean awaitExit() throws InterruptedException {
        return firstExit.await(10, TimeUnit.SECONDS);
    }
}
