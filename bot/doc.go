// Package bot is eventbot's Discord adapter: it turns slash commands,
// mentions and direct messages into plain questions for an Answerer and the
// answers into embeds, and it owns the gateway session, rate limiting,
// metrics and the health endpoint. All discordgo types stay inside it.
package bot
