package com.inductiveautomation.perspective.gateway.api;

/**
 * Stand-in for the Ignition 8.1 public interface of a Perspective session. No member is
 * declared: this module reaches sessions through InternalSession and SessionKernel.
 *
 * <p>Checked against the 8.1.22 page of InternalSession, which extends it:
 * https://files.inductiveautomation.com/sdk/javadoc/ignition81/8.1.22/com/inductiveautomation/perspective/gateway/session/InternalSession.html
 */
public interface Session {
}
