/*
 * Session Control status page: lists the gateway's Vision, designer and Perspective sessions,
 * refreshes the list every few seconds, and kicks a session after asking for a reason and a
 * grace time.
 *
 * Every name that comes from the gateway (user, host, project, reason) is written with
 * textContent, never as HTML, so a user or host name containing markup is shown as text.
 * Every state-changing request carries the web session's CSRF token in a header and a JSON body.
 */
(function () {
    "use strict";

    var REFRESH_MILLIS = 3000;
    var HISTORY_ROWS = 20;

    var root = document.getElementById("session-control");
    var api = (root && root.getAttribute("data-api")) || "/data/dev.sessioncontrol/";
    var state = {
        me: null,
        csrfHeader: "X-Session-Control-Csrf",
        csrfToken: null,
        sessions: [],
        serverNow: null,
        kickTarget: null,
        timer: null
    };

    function byId(id) {
        return document.getElementById(id);
    }

    function cell(row, text, className) {
        var td = document.createElement("td");
        td.textContent = text;
        if (className) {
            td.className = className;
        }
        row.appendChild(td);
        return td;
    }

    function showMessage(text, isError) {
        var box = byId("sc-message");
        box.textContent = text;
        box.className = isError ? "sc-message sc-error" : "sc-message";
        box.hidden = !text;
    }

    function request(method, path, body) {
        var options = {method: method, credentials: "same-origin", headers: {}};
        if (body !== undefined) {
            options.headers["Content-Type"] = "application/json";
            options.headers[state.csrfHeader] = state.csrfToken || "";
            options.body = JSON.stringify(body);
        }
        return fetch(api + path, options).then(function (response) {
            return response.json().catch(function () {
                return {error: "HTTP_" + response.status,
                    message: "The gateway answered " + response.status + " without JSON."};
            }).then(function (json) {
                if (!response.ok) {
                    var failure = new Error(json.message || ("HTTP " + response.status));
                    failure.kind = json.error;
                    failure.status = response.status;
                    throw failure;
                }
                return json;
            });
        });
    }

    function formatDuration(millis) {
        var seconds = Math.max(0, Math.floor(millis / 1000));
        var days = Math.floor(seconds / 86400);
        var hours = Math.floor((seconds % 86400) / 3600);
        var minutes = Math.floor((seconds % 3600) / 60);
        if (days > 0) {
            return days + " d " + hours + " h";
        }
        if (hours > 0) {
            return hours + " h " + (minutes < 10 ? "0" : "") + minutes + " min";
        }
        if (minutes > 0) {
            return minutes + " min " + (seconds % 60) + " s";
        }
        return seconds + " s";
    }

    function since(isoTime) {
        if (!isoTime || !state.serverNow) {
            return "";
        }
        return formatDuration(state.serverNow - Date.parse(isoTime));
    }

    function matchesFilter(session, filter) {
        if (!filter) {
            return true;
        }
        return [session.user, session.type, session.project, session.host, session.address,
            session.scope]
            .some(function (value) {
                return String(value || "").toLowerCase().indexOf(filter) >= 0;
            });
    }

    function renderSessions() {
        var rows = byId("sc-session-rows");
        var filter = byId("sc-filter").value.trim().toLowerCase();
        var mayKick = !!(state.me && state.me.mayKick);
        var shown = state.sessions.filter(function (s) {
            return matchesFilter(s, filter);
        });
        rows.replaceChildren();
        shown.forEach(function (session) {
            var row = document.createElement("tr");
            row.setAttribute("data-session-id", session.id);
            cell(row, session.user, "sc-col-user");
            cell(row, session.type, "sc-col-type");
            cell(row, session.project, "sc-col-project");
            cell(row, session.host || session.address, "sc-col-host");
            cell(row, session.scope, "sc-col-scope");
            cell(row, since(session.started), "sc-col-uptime");
            cell(row, since(session.lastContact) + " ago", "sc-col-contact");
            cell(row, session.kickable ? "yes" : "no",
                "sc-col-kickable " + (session.kickable ? "sc-yes" : "sc-no"));
            var action = cell(row, "", "sc-col-action");
            if (mayKick && session.kickable) {
                var button = document.createElement("button");
                button.type = "button";
                button.className = "sc-kick";
                button.textContent = "Kick";
                button.addEventListener("click", function () {
                    openKickDialog(session);
                });
                action.appendChild(button);
            }
            rows.appendChild(row);
        });
        byId("sc-empty").hidden = shown.length > 0;
    }

    function renderHistory(orders) {
        var rows = byId("sc-history-rows");
        rows.replaceChildren();
        orders.forEach(function (order) {
            var row = document.createElement("tr");
            cell(row, order.issued ? new Date(order.issued).toLocaleString() : "");
            cell(row, order.issuer);
            cell(row, order.user);
            cell(row, order.host);
            cell(row, order.reason);
            cell(row, order.status);
            cell(row, order.detail);
            rows.appendChild(row);
        });
        byId("sc-history-empty").hidden = orders.length > 0;
        byId("sc-history").hidden = false;
    }

    function refresh() {
        return request("GET", "sessions").then(function (listing) {
            state.sessions = listing.sessions;
            state.serverNow = Date.parse(listing.now);
            byId("sc-updated").textContent = "Updated " + new Date().toLocaleTimeString();
            renderSessions();
            if (state.me && state.me.features && state.me.features.history) {
                return request("GET", "history?limit=" + HISTORY_ROWS).then(function (h) {
                    renderHistory(h.orders);
                });
            }
        }).catch(function (failure) {
            byId("sc-updated").textContent = "Not updated: " + failure.message;
            if (failure.kind === "LOGIN_REQUIRED" && state.timer) {
                // The web session is gone (logged out, or the gateway restarted): polling on
                // would only fill the gateway log; reloading the page logs in again.
                window.clearInterval(state.timer);
                state.timer = null;
            }
        });
    }

    function openKickDialog(session) {
        state.kickTarget = session;
        byId("sc-kick-user").textContent = session.user;
        byId("sc-kick-host").textContent = session.host || session.address;
        byId("sc-kick-project").textContent = session.project;
        byId("sc-kick-reason").value = "";
        byId("sc-kick-force").checked = false;
        byId("sc-kick-dialog").showModal();
        byId("sc-kick-reason").focus();
    }

    function closeKickDialog() {
        state.kickTarget = null;
        byId("sc-kick-dialog").close();
    }

    function kick(session, options) {
        var path = "sessions/" + encodeURIComponent(session.id) + "/kick";
        return request("POST", path, options).catch(function (failure) {
            if (failure.kind !== "CSRF_TOKEN") {
                throw failure;
            }
            // The gateway may have restarted and made a new key: fetch the token once more.
            return loadCsrfToken().then(function () {
                return request("POST", path, options);
            });
        });
    }

    function confirmKick(event) {
        event.preventDefault();
        var session = state.kickTarget;
        var grace = Number(byId("sc-kick-grace").value);
        if (!session || !byId("sc-kick-form").reportValidity()) {
            return;
        }
        var options = {
            reason: byId("sc-kick-reason").value,
            graceSeconds: grace,
            force: byId("sc-kick-force").checked
        };
        closeKickDialog();
        kick(session, options).then(function (result) {
            var outcome = result.outcomes[0] || {};
            showMessage("Session of " + session.user + " on " + (session.host || session.address)
                + ": " + outcome.outcome + ". " + (outcome.detail || ""), false);
            return refresh();
        }).catch(function (failure) {
            showMessage("Kick refused (" + (failure.kind || failure.status) + "): "
                + failure.message, true);
        });
    }

    function loadCsrfToken() {
        return request("GET", "csrf").then(function (csrf) {
            state.csrfHeader = csrf.header || state.csrfHeader;
            state.csrfToken = csrf.token;
        });
    }

    function describeMe(me) {
        var text = "Logged in as " + me.user + ": ";
        text += me.mayKick ? "you may kick sessions."
            : "you may view sessions; kicking needs one of the roles " + me.kickRoles.join(", ")
            + ".";
        byId("sc-who").textContent = text;
    }

    function start() {
        if (!root || !byId("sc-session-rows")) {
            return;
        }
        byId("sc-filter").addEventListener("input", renderSessions);
        byId("sc-kick-form").addEventListener("submit", confirmKick);
        byId("sc-kick-cancel").addEventListener("click", closeKickDialog);
        request("GET", "me").then(function (me) {
            state.me = me;
            describeMe(me);
            return me.mayKick ? loadCsrfToken() : null;
        }).then(refresh).then(function () {
            state.timer = window.setInterval(refresh, REFRESH_MILLIS);
        }).catch(function (failure) {
            byId("sc-who").textContent = "Not connected.";
            showMessage(failure.message, true);
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
}());
