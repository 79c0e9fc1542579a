// Package fakediscord is a fake Discord for tests, on loopback: a REST API
// that records every request with its JSON body, and a gateway websocket
// that says Hello, answers Identify with READY and Resume with RESUMED,
// acknowledges heartbeats, and lets a test inject events, drop the
// connection and answer REST calls with 429.
package fakediscord
